/**
 * `npm run test:lighthouse`: serves the built site with `astro preview` and runs Lighthouse
 * (mobile preset) on every page of quality.config.ts in one headless Chromium, one page after
 * another. Prints the four scores per page; exits 1 when a page is missing or scores below its
 * threshold. Failed pages leave an HTML report in lighthouse-reports/.
 * Performance is timed, so a page that misses it is audited twice more and judged by the median
 * run (Lighthouse's own advice on variability); the other categories are judged on one run.
 * Port: LETOPIS_LIGHTHOUSE_PORT, else LETOPIS_E2E_PORT + 40, else 4361.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { launch } from 'chrome-launcher';
import lighthouse, { type Result, type RunnerResult } from 'lighthouse';
import { computeMedianRun as untypedMedianRun } from 'lighthouse/core/lib/median-run.js';
import { auditedPages, lighthouseThresholds } from '../../quality.config.ts';
import { settings } from '../../src/settings.ts';
import { CHROMIUM_ARGS, findChromium } from '../../tests/e2e/support/browser.ts';
import { BuiltSite } from './built-site.ts';
import { judgeScores, type LighthouseResult } from './lighthouse-verdict.ts';
import { startPreview } from './preview-server.ts';

const REPORT_DIR = 'lighthouse-reports';
// Its declaration names Lighthouse's global `LH` namespace, which the package's entry does not
// bring into scope; the entry exports the same result type as `Result`.
const computeMedianRun = untypedMedianRun as (runs: Result[]) => Result;
const { LETOPIS_LIGHTHOUSE_PORT: port, LETOPIS_OUT_DIR } = settings();

// Fail before starting anything when the build is missing or lacks a listed page.
const missing = missingPages(LETOPIS_OUT_DIR);
if (missing.length > 0) {
  console.error(`Lighthouse cannot run:\n  ${missing.join('\n  ')}\n(pages: quality.config.ts)`);
  process.exit(1);
}

const server = await startPreview(port);
const chrome = await launch({
  chromePath: findChromium('measurements'),
  chromeFlags: [...CHROMIUM_ARGS, '--headless=new'],
});
const failures: string[] = [];
try {
  for (const page of auditedPages) {
    const url = `${server.origin}${page.path}`;
    const status = (await fetch(url)).status;
    if (status !== 200) {
      failures.push(`${page.name} ${page.path}: HTTP ${status}`);
      console.log(
        `${page.name.padEnd(10)} ${page.path}: HTTP ${status} — the page list names a page the site does not serve`,
      );
      continue;
    }
    const run = await auditPage(url);
    const lhr = run.lhr as unknown as LighthouseResult;
    if (run.lhr.runtimeError) failures.push(`${page.name}: ${run.lhr.runtimeError.message}`);
    const verdicts = judgeScores(lhr, lighthouseThresholds);
    console.log(
      `${page.name.padEnd(10)} ${verdicts.map((v) => `${v.id} ${v.score}${v.passed ? '' : ' ✗'}`).join('  ')}`,
    );
    const failed = verdicts.filter((verdict) => !verdict.passed);
    for (const verdict of failed) {
      failures.push(`${page.name} ${page.path}: ${verdict.id} ${verdict.score} < ${verdict.threshold}`);
      for (const audit of verdict.failingAudits) console.log(`             ${verdict.id}: ${audit}`);
    }
    if (failed.length > 0 || run.lhr.runtimeError) {
      mkdirSync(REPORT_DIR, { recursive: true });
      writeFileSync(`${REPORT_DIR}/${page.name}.html`, run.report as string);
    }
  }
} finally {
  chrome.kill();
  server.stop();
}

if (failures.length > 0) {
  console.error(`\nLighthouse failed:\n  ${failures.join('\n  ')}\nReports: ${REPORT_DIR}/`);
  process.exit(1);
}

/**
 * One Lighthouse run of `url`; when its performance misses the threshold, the median of three
 * runs instead. A busy machine slows one run by chance; a real regression slows all three.
 */
async function auditPage(url: string): Promise<RunnerResult> {
  const performanceOf = (run: RunnerResult) =>
    judgeScores(run.lhr, { performance: lighthouseThresholds.performance })[0]!;
  const first = await runLighthouse(url);
  if (first.lhr.runtimeError || performanceOf(first).passed) return first;
  const runs = [first, await runLighthouse(url), await runLighthouse(url)];
  const median = computeMedianRun(runs.map((run) => run.lhr));
  const scores = runs.map((run) => performanceOf(run).score);
  console.log(`${''.padEnd(10)} performance of 3 runs: ${scores.join(', ')}; judged by the median run`);
  return runs.find((run) => run.lhr === median) ?? first;
}

async function runLighthouse(url: string): Promise<RunnerResult> {
  const run = await lighthouse(url, {
    port: chrome.port,
    output: 'html',
    logLevel: 'error',
    onlyCategories: Object.keys(lighthouseThresholds),
  });
  if (!run) throw new Error(`Lighthouse returned no result for ${url}`);
  return run;
}

/** Why the build cannot be audited: no build, or listed pages that are not in it. */
function missingPages(outDir: string): string[] {
  const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
  try {
    const site = new BuiltSite(outDir);
    return auditedPages.flatMap((page) => {
      try {
        site.pageHtml(page.path);
        return [];
      } catch (error) {
        return [messageOf(error)];
      }
    });
  } catch (error) {
    return [messageOf(error)];
  }
}
