/**
 * Vitest global setup: every temporary folder the tests make (theirs, and those of the builds and
 * scripts they start) goes under one folder of this run, removed when the run ends, so no run
 * leaves anything in the system's temporary folder. `os.tmpdir()` reads `TMPDIR` on each call,
 * and the test workers inherit the environment.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const previous = process.env['TMPDIR'];
  const root = mkdtempSync(join(tmpdir(), 'letopis-vitest-'));
  process.env['TMPDIR'] = root;
  return () => {
    if (previous === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = previous;
    rmSync(root, { recursive: true, force: true });
  };
}
