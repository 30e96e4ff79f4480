/**
 * `npm run import -- <file.jsonl | -> [--update] [--no-wait] [--content <dir>] [--progress-every <n>]`
 *
 * Bulk import of JSON Lines, one article a line: {"title", "date", "source", "url", "text",
 * "people", "places", "lead"}; `-` reads them from standard input. Bad lines are reported with
 * their number and skipped; the good ones are imported. An article already in the archive is
 * skipped unless --update. One import (or `npm run new`) writes to a content folder at a time:
 * a second one waits for the first, or with --no-wait refuses.
 *
 * Exit codes: 0 no line failed: each was imported, or replaced with --update, or already in the
 * archive and skipped (still reported: a daily import of a feed that repeats yesterday's
 * articles must not fail); 1 some line failed; 2 usage error, an input that is not UTF-8 JSON
 * Lines, a content folder that cannot be used (read-only, full, locked with --no-wait); 130
 * interrupted (Ctrl+C): what was read so far is written, nothing is half-written.
 */
import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { settings } from '../src/settings.ts';
import { checkArticleInput } from '../src/lib/editorial/article-input.ts';
import { ContentError, readContent } from '../src/lib/editorial/content-store.ts';
import { fileSystemMessage } from '../src/lib/editorial/fs-errors.ts';
import { ArticleImporter, type Outcome } from '../src/lib/editorial/importer.ts';
import { EncodingError, encodingProblem, readInputLines } from '../src/lib/editorial/json-lines.ts';
import { Progress } from '../src/lib/editorial/progress.ts';
import { outcomeLine, summary } from '../src/lib/editorial/report.ts';
import { failWith, takeContentLock } from './content-lock-cli.ts';
import { usageErrorFor } from './usage-error.ts';

const USAGE =
  'usage: npm run import -- <file.jsonl | -> [--update] [--no-wait] [--content <dir>] [--progress-every <lines>]';
/** Articles queued before their files (and new entity entries) are written. */
const BATCH = 200;

const usageError: (message: string) => never = usageErrorFor(USAGE);

function parseCli() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        update: { type: 'boolean', default: false },
        'no-wait': { type: 'boolean', default: false },
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
const fromStdin = input === '-';
/** How the messages name the input: the file, or `stdin`. */
const origin = fromStdin ? 'stdin' : input;
const size = fromStdin ? 0 : inputSize(input);
const progressEvery = Number(args.values['progress-every']);
if (!Number.isInteger(progressEvery) || progressEvery < 0)
  usageError('--progress-every takes a whole number of lines');
const root = (args.values.content ?? settings().LETOPIS_CONTENT).replace(/\/+$/, '');
// A file that is not UTF-8 is refused before waiting for the lock (standard input is checked
// as it comes).
if (!fromStdin) {
  const problem = encodingProblem(readHead(input));
  if (problem) failWith(`${input} ${problem}`);
}

// The lock first, then the folder's state: what another import wrote before this one got the
// lock is seen (its file names taken, its new people known).
const release = await takeContentLock(root, 'npm run import', !args.values['no-wait']);
let importer: ArticleImporter;
try {
  importer = new ArticleImporter(root, readContent(root), { update: args.values.update });
} catch (error) {
  if (error instanceof ContentError) usageError(error.message);
  throw failure(error);
}

let interrupted = false;
process.on('SIGINT', () => {
  // A second Ctrl+C stops at once; temporary files are removed on exit, finished files stay whole.
  if (interrupted) process.exit(130);
  interrupted = true;
});

if (fromStdin && process.stdin.isTTY)
  console.error('Reading JSON Lines from standard input; end with Ctrl+D.');
const progress = new Progress(process.stderr, { every: progressEvery });
const stream = fromStdin ? process.stdin : createReadStream(input);
let lineNumber = 0;
let bytesDone = 0;
let queued = 0;

try {
  for await (const line of readInputLines(stream)) {
    lineNumber = line.number;
    bytesDone += line.bytes;
    if (line.invalid !== undefined) report(`${origin}:${lineNumber}`, importer.fail([line.invalid]));
    else if (line.text?.trim()) report(`${origin}:${lineNumber}`, importLine(line.text));
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
  stream.destroy();
  importer.flush();
} catch (error) {
  progress.clear();
  if (error instanceof EncodingError) failWith(`${origin} ${error.message}`);
  throw failure(error);
}
progress.clear();
await release();

console.log(
  `${interrupted ? 'Interrupted after' : 'Imported'} ${origin} (${lineNumber} lines) into ${root}/`,
);
console.log(summary(importer.stats, importer.created, root, importer.review, importer.nameOf));
process.exitCode = interrupted ? 130 : importer.stats.failed > 0 ? 1 : 0;

/** The size of the file to import, or a one-line refusal for a missing file, a folder… */
function inputSize(file: string): number {
  let stats;
  try {
    stats = statSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return usageError(`${file}: no such file: check the path, or give - to read standard input`);
    return failWith(fileSystemMessage(error, '.') ?? `${file}: ${(error as Error).message}`);
  }
  if (stats.isDirectory())
    return usageError(
      `${file} is a folder, not a file: give the JSON Lines file to import, e.g. npm run import -- ${join(file, 'news.jsonl')}`,
    );
  if (!stats.isFile() && !stats.isFIFO())
    return usageError(`${file} is not a file: give a JSON Lines file, or - to read standard input`);
  return stats.isFile() ? stats.size : 0;
}

/** The first 64 KB of `file`, to tell its encoding. */
function readHead(file: string): Buffer {
  const head = Buffer.alloc(64 * 1024);
  let descriptor: number | undefined;
  try {
    descriptor = openSync(file, 'r');
    return head.subarray(0, readSync(descriptor, head, 0, head.length, 0));
  } catch (error) {
    return failWith(fileSystemMessage(error, '.') ?? `${file}: ${(error as Error).message}`);
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

/** A file-system error becomes its one-line message and exit 2; anything else is a bug. */
function failure(error: unknown): unknown {
  const message = fileSystemMessage(error, root);
  if (message) failWith(message);
  return error;
}

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

function report(where: string, outcome: Outcome) {
  const message = outcomeLine(where, outcome);
  if (!message) return;
  progress.clear();
  console.error(message);
}
