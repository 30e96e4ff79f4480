/**
 * Builds a benchmark archive the way an operator does (`astro build` with the archive as
 * LETOPIS_CONTENT) and measures it. When the build leaves no Pagefind index (a checkout
 * without the search integration), the benchmark indexes the output with the Pagefind CLI
 * itself and counts that step in, so every run measures a searchable site.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { splitPhases, type Phase } from './phases.ts';
import type { BuildMeasurement } from './report.ts';
import { runMeasured, type MeasuredRun } from './run-measured.ts';
import { childEnv } from '../../src/settings.ts';

export interface ArchiveFolders {
  content: string;
  dist: string;
  cache: string;
}

export async function buildArchive(
  projectRoot: string,
  folders: ArchiveFolders,
  log: (line: string) => void,
): Promise<BuildMeasurement> {
  const env = childEnv({
    LETOPIS_CONTENT: folders.content,
    LETOPIS_OUT_DIR: folders.dist,
    LETOPIS_CACHE_DIR: folders.cache,
    FORCE_COLOR: '0',
    NO_COLOR: '1',
  });
  const build = await astroBuild(projectRoot, projectRoot, env, log);
  if (existsSync(join(folders.dist, 'pagefind')))
    return measurement(build, splitPhases(build.lines, build.wallMs, build.samples));

  const index = await pagefindSite(projectRoot, folders.dist, env, log);
  return {
    wallMs: Math.round(build.wallMs + index.wallMs),
    cpuMs: build.cpuMs + index.cpuMs,
    peakTreeRssBytes: Math.max(build.peakTreeRssBytes, index.peakTreeRssBytes),
    ...routeCounts(build),
    phases: [
      ...splitPhases(build.lines, build.wallMs, build.samples),
      {
        name: 'search index (pagefind CLI, run by the benchmark)',
        ms: Math.round(index.wallMs),
        cpuMs: index.cpuMs,
        peakRssBytes: index.peakTreeRssBytes,
      },
    ],
  };
}

function measurement(run: MeasuredRun, phases: Phase[]): BuildMeasurement {
  return {
    wallMs: Math.round(run.wallMs),
    cpuMs: run.cpuMs,
    peakTreeRssBytes: run.peakTreeRssBytes,
    phases,
    ...routeCounts(run),
    ...searchJob(run),
  };
}

/**
 * How long the search index took, from the search integration's summary: it is built alongside
 * Astro's phases, so the "search index" phase shows only the wait for it after the pages.
 */
export function searchJob(run: Pick<MeasuredRun, 'lines'>): { searchIndexMs?: number } {
  for (const { text } of run.lines) {
    const match = /in (\d+) ms alongside the build/.exec(text);
    if (match) return { searchIndexMs: Number(match[1]) };
  }
  return {};
}

/** Routes Astro rendered, and routes its incremental build reused ("(cached)"/"(restored)"). */
export function routeCounts(run: Pick<MeasuredRun, 'lines'>): {
  routesRendered: number;
  routesReused: number;
} {
  const routes = run.lines.filter((line) => /[├└]─/.test(line.text));
  const routesReused = routes.filter((line) => /\((cached|restored)\)/.test(line.text)).length;
  return { routesRendered: routes.length - routesReused, routesReused };
}

/** `astro build` in `cwd` with `env`, measured; fails with the build's last lines. */
export async function astroBuild(
  projectRoot: string,
  cwd: string,
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
): Promise<MeasuredRun> {
  const astro = [process.execPath, join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'];
  const build = await runMeasured(astro, { cwd, env, onLine: progress(log) });
  failUnlessOk(build, 'astro build');
  return build;
}

/** The stock Pagefind CLI over a built site (`pagefind --site <dist>`), measured. */
export async function pagefindSite(
  projectRoot: string,
  dist: string,
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
): Promise<MeasuredRun> {
  const pagefind = [
    process.execPath,
    join(projectRoot, 'node_modules/pagefind/lib/runner/bin.cjs'),
    '--site',
    dist,
  ];
  const index = await runMeasured(pagefind, { cwd: projectRoot, env, onLine: progress(log) });
  failUnlessOk(index, 'pagefind');
  return index;
}

function failUnlessOk(run: MeasuredRun, what: string): void {
  if (run.exitCode === 0) return;
  const tail = run.lines
    .slice(-40)
    .map((line) => line.text)
    .join('\n');
  throw new Error(`${what} failed with exit code ${run.exitCode}; its last output:\n${tail}`);
}

/** Passes on the lines worth seeing live: phase openings, summaries, warnings; not every page. */
function progress(log: (line: string) => void) {
  let routes = 0;
  return ({ text }: { text: string }) => {
    if (/[├└]─/.test(text)) {
      routes += 1;
      if (routes % 5000 === 0) log(`  … ${routes} routes`);
      return;
    }
    if (text.trim()) log(text);
  };
}
