/**
 * The date archive as a tree: years → months → days → articles, built in one pass over
 * articles already sorted newest first. Every level keeps newest first and is also reachable
 * by key (`2022`, `2022-05`, `2022-05-12`), so a page finds its period and its non-empty
 * neighbours without scanning the archive.
 */

/** What grouping needs from an article: its Moscow calendar day, `YYYY-MM-DD`. */
export interface Dated {
  date: { day: string };
}

export interface DayGroup<T> {
  /** `YYYY-MM-DD`. */
  key: string;
  year: number;
  month: number;
  day: number;
  articles: T[];
}

export interface MonthGroup<T> {
  /** `YYYY-MM`. */
  key: string;
  year: number;
  month: number;
  days: DayGroup<T>[];
  count: number;
}

export interface YearGroup<T> {
  /** `YYYY`. */
  key: string;
  year: number;
  months: MonthGroup<T>[];
  count: number;
}

/** Every non-empty period, newest first, as a tree and as flat lists with lookups. */
export interface DateTree<T> {
  years: YearGroup<T>[];
  months: MonthGroup<T>[];
  days: DayGroup<T>[];
  year: Map<string, YearGroup<T>>;
  month: Map<string, MonthGroup<T>>;
  day: Map<string, DayGroup<T>>;
}

/** Groups articles sorted newest first by year, month and day. O(n). */
export function groupByDate<T extends Dated>(newestFirst: readonly T[]): DateTree<T> {
  const tree: DateTree<T> = {
    years: [],
    months: [],
    days: [],
    year: new Map(),
    month: new Map(),
    day: new Map(),
  };
  for (const article of newestFirst) {
    const dayKey = article.date.day;
    const monthKey = dayKey.slice(0, 7);
    const yearKey = dayKey.slice(0, 4);
    const [year, month, day] = dayKey.split('-').map(Number) as [number, number, number];
    let yearGroup = tree.year.get(yearKey);
    if (!yearGroup) {
      yearGroup = { key: yearKey, year, months: [], count: 0 };
      tree.years.push(yearGroup);
      tree.year.set(yearKey, yearGroup);
    }
    let monthGroup = tree.month.get(monthKey);
    if (!monthGroup) {
      monthGroup = { key: monthKey, year, month, days: [], count: 0 };
      yearGroup.months.push(monthGroup);
      tree.months.push(monthGroup);
      tree.month.set(monthKey, monthGroup);
    }
    let dayGroup = tree.day.get(dayKey);
    if (!dayGroup) {
      dayGroup = { key: dayKey, year, month, day, articles: [] };
      monthGroup.days.push(dayGroup);
      tree.days.push(dayGroup);
      tree.day.set(dayKey, dayGroup);
    }
    dayGroup.articles.push(article);
    monthGroup.count += 1;
    yearGroup.count += 1;
  }
  return tree;
}

/** The items around position `index` of a newest-first list: the one before it in time and the one after. */
export interface Neighbours<T> {
  earlier: T | undefined;
  later: T | undefined;
}

/** Neighbours in time of `list[index]`, where `list` is newest first. */
export function neighbours<T>(newestFirst: readonly T[], index: number): Neighbours<T> {
  return {
    earlier: index >= 0 ? newestFirst[index + 1] : undefined,
    later: index > 0 ? newestFirst[index - 1] : undefined,
  };
}
