/**
 * CI smoke test of the benchmark (`npm run test:bench-smoke`): runs it on a small archive with
 * the floor and a day of 50 new articles (`--floor --add 50`), and fails when it does not
 * finish or its JSON report lacks a field. It prints the targets with their verdicts but never
 * asserts them: times on a CI runner, and ratios at 300 articles, say little.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { missingFields } from './report-check.ts';
import { settings } from '../../src/settings.ts';

const articles = String(settings().LETOPIS_BENCH_SMOKE_ARTICLES);
const added = String(settings().LETOPIS_BENCH_SMOKE_ADD);
const scratch = mkdtempSync(join(tmpdir(), 'letopis-bench-smoke-'));
const json = join(scratch, 'report.json');
try {
  const run = spawnSync(
    process.execPath,
    [
      resolve(import.meta.dirname, 'cli.ts'),
      '--articles',
      articles,
      '--floor',
      '--add',
      added,
      '--json',
      json,
    ],
    { stdio: 'inherit' },
  );
  if (run.status !== 0) throw new Error(`the benchmark exited with ${run.status ?? run.signal}`);
  const problems = missingFields(JSON.parse(readFileSync(json, 'utf8')), { floor: true });
  if (problems.length > 0) throw new Error(`the benchmark report is incomplete:\n${problems.join('\n')}`);
  process.stdout.write(`bench smoke: ${articles} articles (+${added}), report complete\n`);
} catch (error) {
  process.stderr.write(`bench smoke FAILED: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
