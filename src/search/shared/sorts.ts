/** The orders search results come in: the search page's `sort` and the lists' first pages. */
export const SORTS = ['relevance', 'newest', 'oldest'] as const;
export type Sort = (typeof SORTS)[number];
