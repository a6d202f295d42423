import type { OrgFound } from './organizations';
import { entityKey } from '../dictionary/ids';

/**
 * «مجلس الإدارة», «اللجنة المنظمة», «المكتب السياسي», «مجلس الوزراء»: a kind of body that every company, party or
 * state has. Named without its owner (no complement, no country's adjective after it), it is a different body in
 * each article, so as one entry of the dictionary it would link a club's board to a bank's and highlight both. Such a
 * name is no entity; with its owner it is («مجلس إدارة البنك», «مجلس الوزراء العراقي», «المكتب السياسي لحماس»).
 */
const KINDS_OF_BODY: ReadonlySet<string> = new Set(
  [
    'مجلس الإدارة',
    'مجلس الأمناء',
    'مجلس الوزراء',
    'مجلس النواب',
    'مجلس الشيوخ',
    'المجلس التنفيذي',
    'المجلس التشريعي',
    'المجلس البلدي',
    'المجلس المحلي',
    'اللجنة المنظمة',
    'اللجنة التنظيمية',
    'اللجنة التنفيذية',
    'اللجنة الفنية',
    'لجنة التحكيم',
    'المكتب السياسي',
    'المكتب التنفيذي',
    'المكتب الإعلامي',
    'الأمانة العامة',
    'الهيئة العامة',
    'الجمعية العمومية',
    'هيئة الدفاع',
    'إدارة الأعمال',
  ].map(entityKey),
);

/** Whether a body's name is only a kind of body, its owner unsaid. */
export function isOwnerlessBody(o: OrgFound): boolean {
  return !o.aliases.length && KINDS_OF_BODY.has(entityKey(o.name));
}

/** The bodies found in a sentence, without those named only by their kind. */
export function withoutOwnerlessBodies(orgs: OrgFound[]): OrgFound[] {
  return orgs.some(isOwnerlessBody) ? orgs.filter((o) => !isOwnerlessBody(o)) : orgs;
}
