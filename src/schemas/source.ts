/** A news outlet articles come from: `content/sources.yaml`. */
import { z } from 'astro/zod';
import { entityId, text } from './fields.ts';

export const sourceSchema = z.strictObject({
  /** Frozen ASCII slug, generated once by transliteration (e.g. `tass`). */
  id: entityId,
  /** Name as the outlet writes it: «ТАСС». */
  name: text,
  /** Home page of the outlet. */
  url: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }),
});

export type Source = z.infer<typeof sourceSchema>;
