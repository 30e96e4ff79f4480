/**
 * Spellings that mean the same thing, for search: `content/synonyms.yaml`, a list of groups.
 * A search for any spelling of a group finds the articles that use any of them (the search
 * index gives each such article every spelling of the group: src/search/build/synonyms.ts).
 */
import { z } from 'astro/zod';
import { text } from './fields.ts';

export const synonymGroupSchema = z.strictObject({
  /**
   * Every spelling outlets and readers use, as written, two or more, each with a letter or a
   * digit: «Брексит», «Брекзит», «Brexit»; «Северный поток-2», «Nord Stream 2».
   */
  variants: z
    .array(text.regex(/[\p{L}\p{N}]/u, { message: 'must hold a letter or a digit' }))
    .min(2, { message: 'must list at least two spellings' }),
});

export type SynonymGroup = z.infer<typeof synonymGroupSchema>;
