import fs from 'node:fs';

/** The version `kashif --version` prints: package.json's, the one number the project keeps. */
export const VERSION: string = (
  JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
