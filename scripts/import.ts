/**
 * `npm run import -- <file.jsonl> [--update] [--content <dir>] [--progress-every <n>]`
 *
 * Bulk import of JSON Lines, one article a line: {"title", "date", "source", "url", "text",
 * "people", "places", "lead"}. Bad lines are reported with their number and skipped; the
 * good ones are imported. An article already in the archive is skipped unless --update.
 *
 * Exit codes: 0 every line was imported (or, with --update, replaced or already equal);
 * 1 some line was skipped or failed; 2 usage error or a content folder that cannot be used;
 * 130 interrupted (Ctrl+C): what was read so far is written, nothing is half-written.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { contentRoot } from '../src/lib/content-root.ts';
import { checkArticleInput } from '../src/lib/editorial/article-input.ts';
import { ContentError, readContent } from '../src/lib/editorial/content-store.ts';
import { ArticleImporter, type Outcome } from '../src/lib/editorial/importer.ts';
import { Progress } from '../src/lib/editorial/progress.ts';
import { outcomeLine, summary } from '../src/lib/editorial/report.ts';
import { usageErrorFor } from './usage-error.ts';

const USAGE = 'usage: npm run import -- <file.jsonl> [--update] [--content <dir>] [--progress-every <lines>]';
/** Articles queued before their files (and new entity entries) are written. */
const BATCH = 200;

const usageError: (message: string) => never = usageErrorFor(USAGE);

function parseCli() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        update: { type: 'boolean', default: false },
        content: { type: 'string' },
        'progress-every': { type: 'string', default: '1000' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return usageError((error as Error).message);
  }
}

const args = parseCli();
if (args.values.help) {
  console.log(USAGE);
  process.exit(0);
}
const [input, ...extra] = args.positionals;
if (!input || extra.length > 0)
  usageError(input ? `one file at a time, got: ${args.positionals.join(' ')}` : 'no file to import');
if (!existsSync(input) || !statSync(input).isFile()) usageError(`${input}: no such file`);
const progressEvery = Number(args.values['progress-every']);
if (!Number.isInteger(progressEvery) || progressEvery < 0)
  usageError('--progress-every takes a whole number of lines');
const root = (args.values.content ?? contentRoot()).replace(/\/+$/, '');

let importer: ArticleImporter;
try {
  importer = new ArticleImporter(root, readContent(root), { update: args.values.update });
} catch (error) {
  if (error instanceof ContentError) usageError(error.message);
  throw error;
}

let interrupted = false;
process.on('SIGINT', () => {
  // A second Ctrl+C stops at once; temporary files are removed on exit, finished files stay whole.
  if (interrupted) process.exit(130);
  interrupted = true;
});

const progress = new Progress(process.stderr, { every: progressEvery });
const size = statSync(input).size;
const stream = createReadStream(input, { encoding: 'utf8' });
const lines = createInterface({ input: stream, crlfDelay: Infinity });
let lineNumber = 0;
let bytesDone = 0;
let queued = 0;

for await (const rawLine of lines) {
  lineNumber += 1;
  // The stream reads ahead by 64 KB; the lines handled are what tells how far the import is.
  bytesDone += Buffer.byteLength(rawLine) + 1;
  const line = lineNumber === 1 ? rawLine.replace(/^\uFEFF/, '') : rawLine;
  if (line.trim() !== '') {
    report(`${input}:${lineNumber}`, importLine(line));
  }
  if (queued >= BATCH) {
    importer.flush();
    queued = 0;
  }
  const { added, updated, skipped, failed } = importer.stats;
  progress.update(
    lineNumber,
    `${added} added, ${updated} updated, ${skipped} skipped, ${failed} failed`,
    size > 0 ? Math.min(1, bytesDone / size) : undefined,
  );
  if (interrupted) break;
}
lines.close();
importer.flush();
progress.clear();

console.log(`${interrupted ? 'Interrupted after' : 'Imported'} ${input} (${lineNumber} lines) into ${root}/`);
console.log(summary(importer.stats, importer.created, root, importer.review, importer.nameOf));
const { skipped, failed } = importer.stats;
process.exitCode = interrupted ? 130 : skipped + failed > 0 ? 1 : 0;

function importLine(line: string): Outcome {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    return importer.fail([`invalid JSON: ${(error as Error).message}`]);
  }
  const checked = checkArticleInput(record);
  if (!checked.ok) return importer.fail(checked.reasons);
  const outcome = importer.add(checked.article, checked.cleanup);
  if (outcome.kind === 'added' || outcome.kind === 'updated') queued += 1;
  return outcome;
}

function report(origin: string, outcome: Outcome) {
  const message = outcomeLine(origin, outcome);
  if (!message) return;
  progress.clear();
  console.error(message);
}
