/**
 * The frontmatter of an article, apart from its references to people, places and a source:
 * those are ids, checked as `reference()`s in `content.config.ts` and by `validateContent`.
 */
import { z } from 'astro/zod';
import { articleDate, articleImage, entityId, text } from './fields.ts';

export const articleFields = {
  /** Headline as published, in Russian. */
  title: text,
  /** Publication date: YYYY-MM-DD (a day in Moscow time) or date-time with offset. */
  date: articleDate,
  /** When the outlet last changed the text, if it did: the same forms as `date`, not before it. */
  updated: articleDate.optional(),
  /** Address of the original publication, when known. Never invented. */
  sourceUrl: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).optional(),
  /** One- or two-sentence summary shown in lists and feeds. */
  lead: text.optional(),
  /** A picture of the article: on its page, in lists, feeds and link previews. */
  image: articleImage.optional(),
  /** A draft is validated but neither rendered nor indexed. */
  draft: z.boolean().default(false),
};

/** Article frontmatter with references as plain ids, for checking outside of Astro. */
export const articleSchema = z.strictObject({
  ...articleFields,
  /** Id of the source in `content/sources.yaml`. */
  source: entityId,
  /** Ids of the people in `content/people.yaml` the article is about. */
  people: z.array(entityId).default([]),
  /** Ids of the places in `content/places.yaml` the article is about. */
  places: z.array(entityId).default([]),
});
