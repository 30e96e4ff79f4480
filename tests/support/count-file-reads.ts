/**
 * A Node preload (`--import`) that logs every read of a file under a folder, in the main thread
 * and in every worker thread, whatever module reads it: each `readFileSync`, `readFile`,
 * `open` (and with it `createReadStream`) and their promise forms appends the file's path as a
 * line to a log. Tests run a real build with it and count the lines per file.
 *
 * Its settings come in its own URL, so nothing else in the build sees them:
 * `--import=file:///…/count-file-reads.ts?under=<folder>&log=<file>`.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const settings = new URL(import.meta.url).searchParams;
const under = resolve(settings.get('under') ?? '/nowhere') + sep;
const log = settings.get('log') ?? '/dev/null';

const appendLine = fs.appendFileSync;
let depth = 0;

function note(path: unknown): void {
  if (depth > 0) return;
  let file: string | undefined;
  if (typeof path === 'string') file = resolve(path);
  else if (path instanceof URL) file = fileURLToPath(path);
  else if (Buffer.isBuffer(path)) file = resolve(path.toString());
  // One short line per write: appends from several threads never interleave.
  if (file?.startsWith(under)) appendLine(log, `${file}\n`);
}

/** `fn` with every call noted, and calls it makes to other noted functions not noted again. */
function counted<F extends (...args: never[]) => unknown>(fn: F): F {
  return function (this: unknown, ...args: Parameters<F>) {
    note(args[0]);
    depth += 1;
    try {
      return fn.apply(this, args);
    } finally {
      depth -= 1;
    }
  } as F;
}

fs.readFileSync = counted(fs.readFileSync);
fs.openSync = counted(fs.openSync);
fs.readFile = counted(fs.readFile);
fs.open = counted(fs.open);
fs.promises.readFile = counted(fs.promises.readFile);
fs.promises.open = counted(fs.promises.open);
syncBuiltinESMExports();
