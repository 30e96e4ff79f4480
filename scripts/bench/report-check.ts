/**
 * Checks that a benchmark report holds every field the issues ask for, with sane values
 * (present, finite, non-negative; pages and index files written). It never judges speed, nor
 * whether a target is met.
 */
import type { BenchReport } from './report.ts';

/**
 * Every problem found, one line each; empty when the report is complete. `floor`: the run was
 * asked to measure the floor, so its fields and ratios must be there.
 */
export function missingFields(report: unknown, options: { floor?: boolean } = {}): string[] {
  const problems: string[] = [];
  const at = (path: string): unknown =>
    path
      .split('.')
      .reduce<unknown>(
        (value, key) =>
          value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined,
        report,
      );
  const number = (path: string, min = 0) => {
    const value = at(path);
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min)
      problems.push(`${path}: expected a number ≥ ${min}, got ${JSON.stringify(value)}`);
  };
  for (const path of [
    'articles',
    'corpus.distinctWords',
    'corpus.people',
    'corpus.places',
    'output.pages',
    'output.files',
    'output.bytes',
    'output.searchIndexFiles',
    'output.searchIndexBytes',
  ])
    number(path, 1);
  for (const step of ['build', 'rebuild.noChange', 'rebuild.add']) {
    number(`${step}.wallMs`, 1);
    number(`${step}.cpuMs`, 1);
    number(`${step}.peakTreeRssBytes`, 1);
    number(`${step}.routesRendered`);
    number(`${step}.routesReused`);
    const phases = at(`${step}.phases`);
    if (!Array.isArray(phases) || phases.length < 4)
      problems.push(`${step}.phases: expected at least 4 phases, got ${JSON.stringify(phases)}`);
    else if (!phases.some((phase: { name?: string }) => /search index/.test(phase.name ?? '')))
      problems.push(`${step}.phases: no search index phase`);
  }
  for (const path of [
    'search.coldMedianMs',
    'search.coldP95Ms',
    'search.warmMedianMs',
    'search.warmP95Ms',
    'search.firstSearchBytesMax',
    'search.text.coldMedianMs',
    'search.text.coldP95Ms',
    'search.text.warmMedianMs',
    'search.text.warmP95Ms',
    'search.text.firstSearchBytesMax',
  ])
    number(path);
  for (const path of ['search.queries', 'search.text.queries']) {
    const queries = at(path);
    if (!Array.isArray(queries) || queries.length === 0)
      problems.push(`${path}: expected timings for the query set`);
    else
      queries.forEach((query: { results?: number; query?: string }, index) => {
        if (!query.results) problems.push(`${path}[${index}] "${query.query}": no results`);
      });
  }
  number('rebuild.add.articlesAdded', 1);
  number('rebuild.equalsClean.files', 1);
  number('rebuild.equalsClean.differingCount');
  if (typeof at('rebuild.equalsClean.equal') !== 'boolean')
    problems.push('rebuild.equalsClean.equal: expected true or false');
  number('ratios.addVsNoChange');
  if (options.floor) {
    for (const path of [
      'floor.wallMs',
      'floor.cpuMs',
      'floor.peakTreeRssBytes',
      'floor.routesRendered',
      'floor.pages',
    ])
      number(path, 1);
    number('ratios.buildVsFloorWall');
    number('ratios.buildVsFloorCpu');
  }
  if (!at('search.largestFirstSearchFile')) problems.push('search.largestFirstSearchFile: missing');
  if (!at('output.largestIndexFile')) problems.push('output.largestIndexFile: missing');
  if (!at('output.articlePage')) problems.push('output.articlePage: missing');
  if (!Array.isArray(at('targets'))) problems.push('targets: missing');
  return problems;
}

export type { BenchReport };
