/**
 * Checks that a benchmark report holds every field the issue asks for, with sane values
 * (present, finite, non-negative; pages and index files written). It never judges speed.
 */
import type { BenchReport } from './report.ts';

/** Every problem found, one line each; empty when the report is complete. */
export function missingFields(report: unknown): string[] {
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
  for (const step of ['build', 'rebuild']) {
    number(`${step}.wallMs`, 1);
    number(`${step}.cpuMs`, 1);
    number(`${step}.peakTreeRssBytes`, 1);
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
  if (!at('search.largestFirstSearchFile')) problems.push('search.largestFirstSearchFile: missing');
  if (!at('output.largestIndexFile')) problems.push('output.largestIndexFile: missing');
  if (!at('output.articlePage')) problems.push('output.articlePage: missing');
  if (!Array.isArray(at('targets'))) problems.push('targets: missing');
  return problems;
}

export type { BenchReport };
