/**
 * Text from files (dictionary names, article text, file names) printed to a terminal: control characters would
 * be obeyed by it (ESC starts a sequence that can move the cursor, rewrite the title or hide lines), so they are
 * printed as \uXXXX. C1 controls count too: some terminals read U+009B as the start of a control sequence.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is this module's purpose
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/gu;
// JSON.stringify escapes C0 controls itself but leaves DEL and C1 raw
const RAW_IN_JSON = /[\u007f-\u009f]/gu;

const escaped = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

export const terminalSafe = (text: string): string => text.replace(CONTROL, escaped);

/** One JSON object on one line, valid JSON with the same value, with no character a terminal would obey. */
export const jsonLine = (value: unknown): string => JSON.stringify(value).replace(RAW_IN_JSON, escaped);
