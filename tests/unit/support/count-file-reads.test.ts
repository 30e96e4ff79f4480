import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from 'vitest';
import { readCountArgument, readsLogged } from '../../support/file-reads.ts';

test('the preload logs each read of a file under its folder once, in workers too', () => {
  const work = mkdtempSync(join(tmpdir(), 'letopis-reads-'));
  const watched = join(work, 'watched');
  mkdirSync(watched);
  const file = join(watched, 'a.md');
  writeFileSync(file, 'текст');
  writeFileSync(join(work, 'elsewhere.md'), 'текст');
  const log = join(work, 'reads.log');
  const script = join(work, 'reads.mjs');
  writeFileSync(
    script,
    `import fs from 'node:fs';
import { readFileSync, openSync, closeSync, createReadStream } from 'node:fs';
import { readFile, open } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
readFileSync(${JSON.stringify(file)}, 'utf8');
readFileSync(${JSON.stringify(file)});
closeSync(openSync(${JSON.stringify(file)}));
await readFile(${JSON.stringify(file)});
await (await open(${JSON.stringify(file)})).close();
await new Promise((done) => fs.readFile(${JSON.stringify(file)}, done));
await new Promise((done) => createReadStream(${JSON.stringify(file)}).on('data', () => {}).on('close', done));
readFileSync(${JSON.stringify(join(work, 'elsewhere.md'))});
await new Promise((done) => new Worker(new URL(${JSON.stringify(pathToFileURL(join(work, 'worker.mjs')).href)})).on('exit', done));
`,
  );
  writeFileSync(
    join(work, 'worker.mjs'),
    `import { readFileSync } from 'node:fs';\nreadFileSync(${JSON.stringify(file)});\n`,
  );
  const result = spawnSync(process.execPath, [readCountArgument(watched, log), script], { encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  // Seven reads in the main thread, one in the worker; the file outside the folder is not logged.
  expect(readsLogged(log)).toEqual(new Map([[file, 8]]));
});
