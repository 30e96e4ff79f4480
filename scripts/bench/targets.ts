/**
 * The benchmark's targets (issues 7, 30 and 33): each limit that applies at the archive's size,
 * judged against the report's measurements, with how much is to spare or by how much it is
 * missed. The table (report-table.ts) prints them last.
 */
import type { BenchReport, Target } from './report.ts';
import { formatTargetBytes, GB, KB, millis } from './units.ts';

/** How far `measured` is from an upper `limit`: the share to spare, or the factor over. */
export function distance(measured: number, limit: number): string {
  if (limit === 0) return measured === 0 ? 'met' : `missed by ${measured}`;
  if (measured <= limit) return `met, ${Math.round((1 - measured / limit) * 100)} % to spare`;
  return `missed by ${(measured / limit).toFixed(2)}×`;
}

/** A target of an upper limit, judged and measured; `limitText` when the limit reads otherwise. */
function atMost(
  name: string,
  limit: number,
  measured: number,
  show: (value: number) => string,
  limitText = show(limit),
): Target {
  return {
    name,
    limit: `≤ ${limitText}`,
    measured: show(measured),
    met: measured <= limit,
    by: distance(measured, limit),
  };
}

/** Routes an add rebuild may render: the pages the new articles appear on, and a fixed few. */
export const routesAllowed = (articlesAdded: number): number => 15 * articlesAdded + 30;

/**
 * The targets that apply at this size: the daily rebuild's and the floor's (issue 33) at every
 * size, memory at 20,000 and 100,000 articles, search and article pages (issue 7).
 */
export function targets(report: Omit<BenchReport, 'targets'>): Target[] {
  const times = (value: number) => `${value.toFixed(2)}×`;
  const count = (unit: string) => (value: number) => `${value} ${unit}`;
  const { noChange, add, equalsClean } = report.rebuild;
  const list: Target[] = [
    atMost('no-change rebuild renders no page', 0, noChange.routesRendered, count('routes')),
    atMost('rebuild equals a clean build', 0, equalsClean.differingCount, count('files differ')),
    atMost(
      `add ${add.articlesAdded}: routes rendered (15 a new article + 30)`,
      routesAllowed(add.articlesAdded),
      add.routesRendered,
      count('routes'),
    ),
    atMost(`add ${add.articlesAdded}: time ÷ no-change rebuild`, 1.5, report.ratios.addVsNoChange, times),
  ];
  if (report.ratios.buildVsFloorWall !== undefined && report.ratios.buildVsFloorCpu !== undefined) {
    list.push(atMost('full build ÷ floor, wall', 1.5, report.ratios.buildVsFloorWall, times));
    list.push(atMost('full build ÷ floor, CPU', 2, report.ratios.buildVsFloorCpu, times));
  }
  const peak = (limit: number) =>
    atMost(
      'full build peak memory',
      limit,
      report.build.peakTreeRssBytes,
      formatTargetBytes,
      `${limit / GB} GB`,
    );
  if (report.articles >= 20_000 && report.articles < 100_000) {
    list.push(peak(4 * GB));
    list.push(atMost('first results (cold median)', 100, report.search.coldMedianMs, millis));
  }
  // Issue 30: free text at scale, cold, on a local server.
  if (report.articles >= 20_000 && report.search.text.queries.length > 0) {
    const limit = report.articles >= 100_000 ? 400 : 200;
    const { coldMedianMs, coldP95Ms } = report.search.text;
    const withP95 = (median: number) => `${millis(median)} (p95 ${millis(coldP95Ms)})`;
    list.push(atMost('free text first results (cold median)', limit, coldMedianMs, withP95, `${limit} ms`));
  }
  if (report.articles >= 100_000) {
    list.push(peak(10 * GB));
    list.push(atMost('first results (cold median)', 100, report.search.coldMedianMs, millis));
  }
  const transfer = (name: string, bytes: number) =>
    atMost(name, 300 * KB, bytes, formatTargetBytes, '300 KB');
  list.push(transfer('first search transfer', report.search.firstSearchBytesMax));
  if (report.search.text.queries.length > 0)
    list.push(transfer('first search transfer, free text', report.search.text.firstSearchBytesMax));
  const page = report.output.articlePage;
  if (page) {
    list.push(
      atMost('article page gzip HTML+CSS', 20 * KB, page.gzipHtmlCssBytes, formatTargetBytes, '20 KB'),
    );
    list.push(atMost('article page scripts', 0, page.scripts, String));
  }
  return list;
}
