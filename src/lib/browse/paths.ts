/** Site paths (without the base) of the date archive: `/2022/`, `/2022/05/`, `/2022/05/12/`. */

const two = (value: number) => String(value).padStart(2, '0');

export function yearPath(year: number): string {
  return `/${year}/`;
}

export function monthPath(year: number, month: number): string {
  return `/${year}/${two(month)}/`;
}

/** The page of a day, from its `YYYY-MM-DD` key. */
export function dayPath(day: string): string {
  return `/${day.replaceAll('-', '/')}/`;
}

export const ARCHIVE_PATH = '/archive/';
