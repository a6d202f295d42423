import { describe, expect, it } from 'vitest';
import { distinctRoles } from '../../lib/dictionary/distinct-roles';

describe('distinct roles', () => {
  it('lists a role that many articles give once, counting its articles', () => {
    const roles = [
      { title: 'وزير الخارجية', country: 'الجزائر', source: 'a', date: '2021-09-25' },
      { title: 'السفير', source: 'a' },
      { title: 'وزير الخارجية', country: 'الجزائر', source: 'b', date: '2023-01-24' },
      { title: 'وزيرُ الخارجية', country: 'الجزائر', source: 'c' },
    ];
    const distinct = distinctRoles(roles);
    expect(distinct.map((d) => [d.role.title, d.sources])).toEqual([
      ['وزير الخارجية', 3],
      ['السفير', 1],
    ]);
    // the most recent source stands for the group
    expect(distinct[0]!.role.source).toBe('b');
  });

  it('keeps roles apart that differ in their organization or country', () => {
    const roles = [
      { title: 'وزير الخارجية', country: 'الجزائر', source: 'a' },
      { title: 'وزير الخارجية', country: 'تونس', source: 'b' },
      { title: 'المتحدث', org: 'الأمم المتحدة', source: 'a' },
      { title: 'المتحدث', source: 'b' },
    ];
    expect(distinctRoles(roles)).toHaveLength(4);
  });

  it('counts no article for roles the reader wrote without a source, and one per article', () => {
    const roles = [
      { title: 'سفير' },
      { title: 'سفير' },
      { title: 'مبعوث', source: 'a' },
      { title: 'مبعوث', source: 'a' },
    ];
    expect(distinctRoles(roles).map((d) => d.sources)).toEqual([0, 1]);
  });
});
