// The command-line analyzer: `article-lens analyze [--format jsonl|json|text] [--lang fr|en]
// [--date YYYY-MM-DD] [--dollar CODE] [--entities FILE] PATH...`. Files and folders (recursively, .txt and .md) are
// analyzed one by one; a bad path or file gets a one-line message on stderr and a non-zero exit
// code, and the other files are still analyzed. Output is written as it is produced and the
// process ends on its own (process.exitCode, never process.exit) so piped output is not lost.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../core/analyze';
import { parseEntityList } from '../core/entities/entityList';
import { formatText } from '../core/format';
import { decodeArticle, MAX_ARTICLE_BYTES } from '../core/text/decode';
import { SUPPORTED_LANGS, type ArticleAnalysis, type EntityList, type Lang } from '../core/types';

const USAGE = `usage: article-lens analyze [--format jsonl|json|text] [--lang fr|en] [--date YYYY-MM-DD] [--dollar CODE] [--entities FILE] PATH...
  Analyzes .txt and .md files (folders recursively) and prints one annotation object per article.
  --entities reads your entity list (JSON: {"entities": [{"name", "type", "aliases"}], "ignore": [names]}).`;

type Format = 'jsonl' | 'json' | 'text';

interface CliOptions {
  format: Format;
  lang?: Lang;
  date?: string;
  dollar?: string;
  entitiesFile?: string;
  paths: string[];
}

class UsageError extends Error {}

function parseArgs(argv: string[]): CliOptions {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h') throw new UsageError('');
  if (command !== 'analyze') throw new UsageError(command ? `unknown command '${command}'` : 'missing command');
  const options: CliOptions = { format: 'jsonl', paths: [] };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const value = (): string => {
      const v = rest[++i];
      if (v === undefined) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    if (arg === '--format') {
      const v = value();
      if (v !== 'jsonl' && v !== 'json' && v !== 'text') throw new UsageError(`--format must be jsonl, json or text, not '${v}'`);
      options.format = v;
    } else if (arg === '--lang') {
      const v = value();
      if (!(SUPPORTED_LANGS as readonly string[]).includes(v)) throw new UsageError(`--lang must be one of ${SUPPORTED_LANGS.join(', ')}, not '${v}'`);
      options.lang = v as Lang;
    } else if (arg === '--date') {
      const v = value();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) throw new UsageError(`--date must be a date YYYY-MM-DD, not '${v}'`);
      options.date = v;
    } else if (arg === '--dollar') {
      const v = value().toUpperCase();
      if (!/^[A-Z]{3}$/.test(v)) throw new UsageError(`--dollar must be an ISO 4217 code such as USD or CAD, not '${v}'`);
      options.dollar = v;
    } else if (arg === '--entities') {
      options.entitiesFile = value();
    } else if (arg === '--help' || arg === '-h') {
      throw new UsageError('');
    } else if (arg.startsWith('--')) {
      throw new UsageError(`unknown option '${arg}'`);
    } else {
      options.paths.push(arg);
    }
  }
  if (options.paths.length === 0) throw new UsageError('no PATH given');
  return options;
}

const ARTICLE_EXTENSIONS = new Set(['.txt', '.md']);

/**
 * Expands folders (recursively, sorted) into article files; reports paths that cannot be read.
 * `seen` holds the folders and files already visited (device and inode), so a symbolic link back
 * to a parent folder is not followed round the loop and no file is analyzed twice.
 */
function* articleFiles(p: string, report: (msg: string) => void, seen: Set<string>, explicit = true): Generator<string> {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(p);
  } catch (err) {
    report(`${p}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (err as Error).message}`);
    return;
  }
  const identity = `${stat.dev}:${stat.ino}`;
  if (seen.has(identity)) return;
  seen.add(identity);
  if (stat.isDirectory()) {
    let names: string[];
    try {
      names = fs.readdirSync(p).sort();
    } catch (err) {
      report(`${p}: cannot read folder (${(err as Error).message})`);
      return;
    }
    for (const name of names) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      const child = path.join(p, name);
      let childStat: fs.Stats;
      try {
        childStat = fs.statSync(child);
      } catch {
        continue; // a dangling link inside a folder is not the user's request
      }
      if (childStat.isDirectory() || ARTICLE_EXTENSIONS.has(path.extname(name).toLowerCase())) {
        yield* articleFiles(child, report, seen, false);
      }
    }
  } else if (stat.isFile()) {
    if (explicit || ARTICLE_EXTENSIONS.has(path.extname(p).toLowerCase())) yield p;
  } else {
    report(`${p}: not a regular file`);
  }
}

function main(argv: string[]): void {
  let options: CliOptions;
  try {
    options = parseArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    if (err.message) process.stderr.write(`article-lens: ${err.message}\n`);
    process.stderr.write(`${USAGE}\n`);
    process.exitCode = err.message ? 2 : 0;
    return;
  }
  let failures = 0;
  const report = (msg: string): void => {
    failures++;
    process.stderr.write(`article-lens: ${msg}\n`);
  };
  const results: ArticleAnalysis[] = [];
  const out = process.stdout;
  // A reader that stops early (`| head`) closes the pipe: that is not an error of ours.
  out.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
  });
  let entityList: EntityList | undefined;
  if (options.entitiesFile !== undefined) {
    let json: string;
    try {
      json = fs.readFileSync(options.entitiesFile, 'utf8');
    } catch (err) {
      process.stderr.write(`article-lens: ${options.entitiesFile}: cannot read the entity list (${(err as Error).message})\n`);
      process.exitCode = 2;
      return;
    }
    const { list, problems } = parseEntityList(json);
    // A list that is not JSON at all would silently change every result: stop. A bad entry is
    // reported and left out, and the rest of the list is used.
    if (list.entities.length === 0 && list.ignore.length === 0 && problems.length > 0) {
      process.stderr.write(`article-lens: ${options.entitiesFile}: ${problems[0]}\n`);
      process.exitCode = 2;
      return;
    }
    for (const problem of problems) report(`${options.entitiesFile}: ${problem}, left out`);
    entityList = list;
  }
  const seen = new Set<string>();
  for (const p of options.paths) {
    for (const file of articleFiles(p, report, seen)) {
      let bytes: Buffer;
      try {
        const size = fs.statSync(file).size;
        if (size > MAX_ARTICLE_BYTES) {
          report(`${file}: skipped, ${(size / 1e6).toFixed(1)} MB is over the ${MAX_ARTICLE_BYTES / 1e6} MB limit`);
          continue;
        }
        bytes = fs.readFileSync(file);
      } catch (err) {
        report(`${file}: cannot read (${(err as Error).message})`);
        continue;
      }
      const decoded = decodeArticle(bytes);
      if (!decoded.ok) {
        report(`${file}: skipped, ${decoded.reason}`);
        continue;
      }
      const rel = path.relative(process.cwd(), path.resolve(file)).split(path.sep).join('/');
      const result = analyze(decoded.text, { file: rel, lang: options.lang, date: options.date, defaultDollar: options.dollar, entityList });
      if (options.format === 'jsonl') out.write(`${JSON.stringify(result)}\n`);
      else if (options.format === 'text') out.write(`${formatText(decoded.text, result)}\n`);
      else results.push(result);
    }
  }
  if (options.format === 'json') out.write(`${JSON.stringify(results, null, 2)}\n`);
  if (failures > 0) process.exitCode = 1;
}

main(process.argv.slice(2));
