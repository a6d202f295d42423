#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { buildDictionary } from '../extract/build';
import { matcherFor } from '../match/compile';
import { parseDictionary } from '../dictionary/load';
import { LOW_CONFIDENCE, type Dictionary } from '../dictionary/schema';
import { buildSearchIndex, search } from '../search/search';
import { annotatableText, articleIds, listArticleFiles, readArticleFile } from './corpus';
import { InputError, readTextFile } from './read-text';
import { WriteError, writeFileAtomic } from './write-atomic';
import { jsonLine, terminalSafe } from './terminal-safe';
import { VERSION } from './version';
import { progressReporter } from './progress';

const HELP: Record<string, string> = {
  main: `kashif — the dictionary of officials and organizations of Arabic news, from the command line

usage: kashif <command> [options]      (from a checkout: npx kashif …)

commands:
  build <files or folders…> -o dictionary.json   read .txt/.html articles, write the dictionary
  annotate --dict dictionary.json <file>         print every mention in a file, one JSON object per line
  lookup --dict dictionary.json <query>          the entities a user typing the query is looking for

Run a command with --help for its options; kashif --version prints the version.`,
  build: `usage: kashif build <files or folders…> -o dictionary.json [--quiet]

Reads every .txt, .html and .htm article in the files and folders given (folders are searched recursively),
extracts the officials and organizations they name, and writes the dictionary: JSON, its format documented in
docs/dictionary-format.md. Articles may be UTF-8, UTF-16 or windows-1256. The output is written atomically: an
interrupted or failed build (a full disk) leaves the previous file as it was. If FILE is a symbolic link, the
file it points to is replaced and the link kept; a device, pipe or folder is refused.

options:
  -o, --output FILE   where to write the dictionary (required)
  -q, --quiet         no progress on stderr`,
  annotate: `usage: kashif annotate --dict dictionary.json <file.txt|file.html>

Prints one JSON object per line for each mention, in document order:
  {"start":…,"end":…,"text":"…","id":"…","name":"…","type":"person"|"org"}
start/end are UTF-16 offsets into the file's text (.txt) or into the page's reading text (.html: what
\`build\` reads of it, without scripts, styles and navigation). text is the exact characters matched, without
the clitic in front (و ف ب ك ل); name is the entity's canonical name.

options:
  -d, --dict FILE     the dictionary (required)`,
  lookup: `usage: kashif lookup --dict dictionary.json <query> [--limit N] [--json]

Finds entities by name or alias, by the start of any of their words, with or without ال and clitics, whatever
the hamza forms and diacritics, with one typo in words of five letters or more, and by Latin aliases.

options:
  -d, --dict FILE     the dictionary (required)
  -n, --limit N       at most N results (default 10)
      --json          one JSON object per line instead of text`,
};

function fail(message: string): never {
  process.stderr.write(`kashif: ${terminalSafe(message)}\n`);
  process.exit(1);
}

/** node:util's parseArgs errors, in a line of our own: its unknown-option message is a paragraph about `--`. */
function usageError(e: unknown): string | undefined {
  if (!(e instanceof TypeError) || !('code' in e)) return undefined;
  const option = /'(-[^']*)'/u.exec(e.message)?.[1];
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option ?? ''}`.trim();
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return e.message.replace(/^Option '([^']*)' argument missing$/u, '$1 needs a value');
  if (e.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
    return `unexpected argument ${/'([^']*)'/u.exec(e.message)?.[1] ?? ''}`.trim();
  return String(e.code).startsWith('ERR_PARSE_ARGS') ? e.message : undefined;
}

function loadDictionary(file: string | undefined): Dictionary {
  if (!file) throw new InputError('--dict FILE is required');
  const { text } = readTextFile(file);
  const parsed = parseDictionary(text, file);
  if (!parsed.ok) throw new InputError(parsed.error);
  return parsed.value;
}

function runBuild(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return console.log(HELP.build);
  if (!values.output) throw new InputError('build needs -o FILE: where to write the dictionary');
  if (!positionals.length) throw new InputError('build needs at least one article file or folder');
  const files = listArticleFiles(positionals);
  const ids = articleIds(files);
  const progress = progressReporter(values.quiet ? undefined : process.stderr);
  const articles = files.map((f, k) => {
    progress(`reading ${k + 1}/${files.length}`, k + 1, files.length);
    return readArticleFile(f, ids[k]!);
  });
  const dictionary = buildDictionary(articles, {
    onProgress: (done, total) => progress(`extracting ${done}/${total}`, done, total),
  });
  writeFileAtomic(values.output, JSON.stringify(dictionary, null, 1) + '\n');
  const low = dictionary.entities.filter((e) => e.confidence && e.confidence.score < LOW_CONFIDENCE);
  progress.done(
    `${terminalSafe(values.output)}: ${dictionary.entities.filter((e) => e.type === 'person').length} persons, ${dictionary.entities.filter((e) => e.type === 'org').length} organizations from ${files.length} articles` +
      (low.length
        ? `; ${low.length} of low confidence (${terminalSafe(
            low
              .slice(0, 8)
              .map((e) => e.name)
              .join('، '),
          )}${low.length > 8 ? ' …' : ''})`
        : ''),
  );
}

function runAnnotate(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { dict: { type: 'string', short: 'd' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) return console.log(HELP.annotate);
  if (positionals.length !== 1) throw new InputError('annotate takes exactly one file');
  const dictionary = loadDictionary(values.dict);
  const text = annotatableText(positionals[0]!);
  const matcher = matcherFor(dictionary.entities);
  const out: string[] = [];
  for (const h of matcher.findMentions(text)) {
    const e = matcher.entities[h.entity]!;
    out.push(
      jsonLine({ start: h.start, end: h.end, text: text.slice(h.start, h.end), id: e.id, name: e.name, type: e.type }),
    );
  }
  process.stdout.write(out.length ? out.join('\n') + '\n' : '');
}

function runLookup(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      dict: { type: 'string', short: 'd' },
      limit: { type: 'string', short: 'n' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return console.log(HELP.lookup);
  const query = positionals.join(' ').trim();
  if (!query) throw new InputError('lookup needs a query');
  const limit = values.limit === undefined ? 10 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1)
    throw new InputError(`--limit: expected a positive whole number, got "${values.limit}"`);
  const dictionary = loadDictionary(values.dict);
  const entities = dictionary.entities.map((e) => ({ ...e, weight: e.mentions.reduce((n, m) => n + m.count, 0) }));
  const hits = search(buildSearchIndex(entities), query, limit);
  for (const h of hits) {
    const e = dictionary.entities[h.entity]!;
    if (values.json)
      console.log(
        jsonLine({
          id: e.id,
          name: e.name,
          type: e.type,
          matched: h.matched,
          role: e.roles[0]?.title ?? null,
          score: h.score,
        }),
      );
    else
      console.log(
        terminalSafe(
          `${e.type === 'person' ? 'person' : 'org   '}  ${e.name}${e.roles[0] ? ` — ${e.roles[0].title}` : ''}${h.matched !== e.name ? `  (${h.matched})` : ''}`,
        ),
      );
  }
  if (!hits.length && !values.json) console.log(terminalSafe(`no entity matches "${query}"`));
}

const COMMANDS: Record<string, (args: string[]) => void> = {
  build: runBuild,
  annotate: runAnnotate,
  lookup: runLookup,
};

function main(argv: string[]) {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') return console.log(HELP.main);
  if (command === '--version' || command === '-V') return console.log(`kashif ${VERSION}`);
  const run = COMMANDS[command];
  if (!run)
    fail(
      command.startsWith('-')
        ? `unknown option ${command} (try kashif --help)`
        : `unknown command "${command}" (try kashif --help)`,
    );
  try {
    run(rest);
  } catch (e) {
    if (e instanceof InputError || e instanceof WriteError) fail(e.message);
    const usage = usageError(e);
    if (usage) fail(`${command}: ${usage} (try kashif ${command} --help)`);
    // a file system error (no permission, disk full, a folder where a file should be): one line, with its path
    if (e instanceof Error && 'code' in e && 'path' in e)
      fail(`${String(e.path)}: ${e.message.replace(/^\w+: /u, '')}`);
    throw e;
  }
}

main(process.argv.slice(2));
