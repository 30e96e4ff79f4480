/**
 * The frozen ASCII slug of a new article or entity: the title transliterated the way the
 * existing ids were (`@sindresorhus/slugify`, Yandex-style), cut at a word boundary so URLs
 * stay readable, and made unique among the slugs already taken.
 */
import slugify from '@sindresorhus/slugify';

/** Longest article slug; the seed article's 70-character slug is the model. */
export const MAX_SLUG_LENGTH = 70;

// One- and two-letter words (в, и, на, по) are prepositions and conjunctions: a slug cut
// right after one reads as unfinished.
const SHORT_WORD = /^[a-z]{1,2}$/;

/** `glavy-mid-azerbaydzhana-i-rf-obsudili…`: at most `maxLength` characters, whole words only. */
export function slugFromText(text: string, maxLength = MAX_SLUG_LENGTH, fallback = 'material'): string {
  // Not split at capitals: «США» is `ssha`, not `s-sh-a`.
  const full = slugify(text, { decamelize: false });
  if (full.length <= maxLength) return full || fallback;
  const words = full.split('-');
  const kept: string[] = [];
  let length = 0;
  for (const word of words) {
    const next = length + (kept.length > 0 ? 1 : 0) + word.length;
    if (next > maxLength) break;
    kept.push(word);
    length = next;
  }
  while (kept.length > 1 && SHORT_WORD.test(kept.at(-1) ?? '')) kept.pop();
  // A first word longer than the limit is cut inside: better than an empty slug.
  return kept.join('-') || full.slice(0, maxLength).replace(/-+$/, '') || fallback;
}

/** `slug`, or `slug-2`, `slug-3`… : the first that `isTaken` does not claim. */
export function uniqueSlug(slug: string, isTaken: (candidate: string) => boolean): string {
  if (!isTaken(slug)) return slug;
  for (let n = 2; ; n += 1) {
    const candidate = `${slug}-${n}`;
    if (!isTaken(candidate)) return candidate;
  }
}
