/**
 * When a person, place or source was in the news: its articles counted per year, or per month
 * when they all fall within two years, with the empty periods between kept (a gap is news too),
 * and the bars of an inline SVG chart of those counts.
 */

/** One period of the timeline. */
export interface TimelineBin {
  /** `2022` or `2022-05`. */
  key: string;
  count: number;
}

/** The counts, oldest period first, and whether a period is a year or a month. */
export interface MentionTimeline {
  unit: 'year' | 'month';
  bins: TimelineBin[];
}

/** Articles spread over at most this many months are counted by month. */
export const MONTHLY_SPAN = 24;

/** The timeline of articles published on `days` (`YYYY-MM-DD`, any order). */
export function mentionTimeline(days: readonly string[]): MentionTimeline {
  if (days.length === 0) return { unit: 'year', bins: [] };
  const months = days.map((day) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1);
  const first = Math.min(...months);
  const last = Math.max(...months);
  const unit = last - first < MONTHLY_SPAN ? 'month' : 'year';
  const counts = new Map<string, number>();
  for (const month of months) {
    const key = periodKey(month, unit);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const bins: TimelineBin[] = [];
  const step = unit === 'month' ? 1 : 12;
  const start = unit === 'month' ? first : first - (first % 12);
  for (let month = start; month <= last; month += step) {
    const key = periodKey(month, unit);
    bins.push({ key, count: counts.get(key) ?? 0 });
  }
  return { unit, bins };
}

function periodKey(month: number, unit: 'year' | 'month'): string {
  const year = String(Math.floor(month / 12));
  return unit === 'year' ? year : `${year}-${String((month % 12) + 1).padStart(2, '0')}`;
}

/** A bar of the chart, in the SVG's own units. */
export interface TimelineBar {
  key: string;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The bars of `bins` in a `width` × `height` box, the highest count reaching the top; a
 * period with articles gets at least a sliver, so one article is never invisible.
 */
export function timelineBars(
  bins: readonly TimelineBin[],
  { width, height, gap = 2 }: { width: number; height: number; gap?: number },
): TimelineBar[] {
  const highest = Math.max(1, ...bins.map((bin) => bin.count));
  const slot = bins.length === 0 ? 0 : width / bins.length;
  const barWidth = Math.max(1, slot - gap);
  return bins.map((bin, index) => {
    const barHeight = bin.count === 0 ? 0 : Math.max(2, (bin.count / highest) * height);
    return {
      key: bin.key,
      count: bin.count,
      x: round(index * slot + (slot - barWidth) / 2),
      y: round(height - barHeight),
      width: round(barWidth),
      height: round(barHeight),
    };
  });
}

const round = (value: number) => Math.round(value * 100) / 100;
