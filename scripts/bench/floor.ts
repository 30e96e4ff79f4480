/**
 * Builds and indexes the floor site (floor-site.ts) on the benchmark's corpus, measured as
 * the build is: `astro build`, then `pagefind --site`, wall and CPU time of each process tree.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuild, pagefindSite, routeCounts } from './build-archive.ts';
import { writeFloorSite } from './floor-site.ts';
import type { MeasuredRun } from './run-measured.ts';
import { childEnv } from '../../src/settings.ts';

/** One step of the floor: wall and CPU time, peak memory of its process tree. */
export interface FloorStep {
  wallMs: number;
  cpuMs: number;
  peakTreeRssBytes: number;
}

/** The floor: both steps together (one after the other), and each. */
export interface FloorMeasurement extends FloorStep {
  /** Routes the bare site rendered: one per article, and its index. */
  routesRendered: number;
  /** Pages Pagefind indexed (the HTML files written). */
  pages: number;
  astro: FloorStep;
  pagefind: FloorStep;
}

const step = (run: MeasuredRun): FloorStep => ({
  wallMs: Math.round(run.wallMs),
  cpuMs: run.cpuMs,
  peakTreeRssBytes: run.peakTreeRssBytes,
});

/**
 * Writes the floor site into `folder` for the `count` articles in `content`, builds it and
 * indexes it.
 */
export async function measureFloor(
  projectRoot: string,
  folder: string,
  content: string,
  count: number,
  log: (line: string) => void,
): Promise<FloorMeasurement> {
  writeFloorSite(folder, join(content, 'articles'), count, projectRoot);
  const env = childEnv({ FORCE_COLOR: '0', NO_COLOR: '1' });
  const astro = await astroBuild(projectRoot, folder, env, log);
  const dist = join(folder, 'dist');
  const pagefind = await pagefindSite(projectRoot, dist, env, log);
  const [built, indexed] = [step(astro), step(pagefind)];
  return {
    wallMs: built.wallMs + indexed.wallMs,
    cpuMs: built.cpuMs + indexed.cpuMs,
    peakTreeRssBytes: Math.max(built.peakTreeRssBytes, indexed.peakTreeRssBytes),
    routesRendered: routeCounts(astro).routesRendered,
    pages: readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'))
      .length,
    astro: built,
    pagefind: indexed,
  };
}
