/**
 * `getStaticPaths` of a page that has one address (the date archive's index, the indexes of
 * people, places and sources, the search page, the feeds, robots.txt). Astro's incremental
 * build reads a `cacheKey` only from `getStaticPaths`, so each such page is a dynamic route
 * (`[...index].astro`, `[rss].xml.ts`) with this one path and the key of what it shows: a
 * rebuild that changes nothing on it reuses it instead of rendering it again.
 */
export function onePath<Props extends Record<string, unknown>>(
  params: Record<string, string | undefined>,
  cacheKey: string,
  props?: Props,
): { params: Record<string, string | undefined>; cacheKey: string; props: Props }[] {
  return [{ params, cacheKey, props: props ?? ({} as Props) }];
}
