/** Field types shared by the collection schemas. */
import { z } from 'astro/zod';
import { articleDateProblem, parseArticleDate, type ArticleDate } from '../lib/dates.ts';
import { controlCharacterProblem } from '../lib/control-characters.ts';

/** A frozen ASCII id such as `sergey-lavrov`: lowercase Latin letters and digits, hyphenated. */
export const entityId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  message:
    'must be lowercase ASCII words joined by hyphens (e.g. "sergey-lavrov"); ids are frozen, never derived from the display name',
});

/**
 * A line of Russian text that cannot be blank nor hold a control character (NUL, BEL, ESC…:
 * invisible on the page, they make the feeds malformed XML).
 */
export const text = z
  .string()
  .trim()
  .min(1, { message: 'must not be empty' })
  .superRefine((value, ctx) => {
    const problem = controlCharacterProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem.message, params: { fix: problem.fix } });
  });

/** Other spellings a reader may type: nicknames, former names, other transliterations. */
export const aliases = z.array(text).optional();

/**
 * The real Latin spelling readers may search for («Theresa May», "Germany"), as the person or
 * place writes it or as the world knows it. Left out until known: a mechanical transliteration
 * of a foreign name («Tereza Mey») finds nothing, so none is invented.
 */
export const nameLatin = text.optional();

/**
 * Ids of entries merged into this one (`npm run entities -- merge`): their pages redirect
 * here, and no new entry takes them.
 */
export const mergedIds = z.array(entityId).optional();

/** ISO 8601 date (that day in Moscow) or date-time with an offset. */
export const articleDate = z.unknown().transform((value, ctx): ArticleDate => {
  const parsed = parseArticleDate(value);
  if (!parsed) {
    const problem = articleDateProblem(value) ?? 'not a date';
    ctx.addIssue({
      code: 'custom',
      message: `"${String(value)}": ${problem}`,
      params: {
        fix: problem.startsWith('year ')
          ? 'correct the year: four digits, 1000–9999, as in 2022-05-12'
          : 'write YYYY-MM-DD (a day in Moscow time) or an ISO date-time with offset such as 2022-05-12T14:30:00+03:00',
      },
    });
    return z.NEVER;
  }
  return parsed;
});

/** The picture formats a browser and every link preview show. */
export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp'] as const;

/**
 * An article's picture: a file beside the article (or anywhere in the content folder), named
 * relative to the article's file, with what it shows and whose it is.
 */
export const articleImage = z.strictObject({
  /** The file, relative to the article's file: `./12-severny-potok.jpg`. */
  src: z
    .string()
    .trim()
    .regex(/^\.{1,2}\/[^\\]+$/, {
      message: 'must be a path relative to the article file, starting with "./" or "../"',
    })
    .regex(new RegExp(`\\.(${IMAGE_EXTENSIONS.join('|')})$`, 'i'), {
      message: `must name a ${IMAGE_EXTENSIONS.join(', ')} file`,
    }),
  /** What the picture shows, for readers who cannot see it (not a caption, not the credit). */
  alt: text,
  /** Whose picture it is, as the outlet credits it: «Фото: Михаил Метцель / ТАСС». */
  credit: text,
});
