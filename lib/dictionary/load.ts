import { Dictionary } from './schema';

export type Result<T, E = string> = { ok: true; value: T } | { ok: false; error: E };

/** «entities[3].roles[0].title» from a zod issue path. */
function pathText(path: readonly PropertyKey[]): string {
  return (
    path.reduce<string>(
      (out, p) => (typeof p === 'number' ? `${out}[${p}]` : out ? `${out}.${String(p)}` : String(p)),
      '',
    ) || '(the top level)'
  );
}

/**
 * Parses and validates a dictionary file's text. Nothing is loaded unless all of it is valid; the error names the
 * file and the path of the first bad field, as a person can act on it.
 */
export function parseDictionary(text: string, fileName: string): Result<Dictionary> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `${fileName}: not valid JSON (${(e as Error).message})` };
  }
  return validateDictionary(json, fileName);
}

export function validateDictionary(json: unknown, fileName: string): Result<Dictionary> {
  const parsed = Dictionary.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const more = parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more problems)` : '';
    return { ok: false, error: `${fileName}: ${pathText(issue.path)}: ${issue.message}${more}` };
  }
  const ids = new Set<string>();
  for (const [k, e] of parsed.data.entities.entries()) {
    if (ids.has(e.id))
      return { ok: false, error: `${fileName}: entities[${k}].id: "${e.id}" is used by another entity` };
    ids.add(e.id);
  }
  return { ok: true, value: parsed.data };
}
