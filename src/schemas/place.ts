/** A place an article can be about: `content/places.yaml`. */
import { z } from 'astro/zod';
import { aliases, entityId, mergedIds, nameLatin, text } from './fields.ts';

export const placeKinds = ['country', 'region', 'city', 'district', 'organization', 'other'] as const;

export const placeSchema = z.strictObject({
  /** Frozen ASCII slug, generated once by transliteration (e.g. `dushanbe`). */
  id: entityId,
  /** Name as displayed, in Russian, in the nominative: «Душанбе». */
  name: text,
  /** Latin spelling readers may search for: "Dushanbe"; left out until known. */
  nameLatin,
  /** What sort of place it is; `other` (not yet known) is not shown. */
  kind: z.enum(placeKinds, {
    message: `must be one of: ${placeKinds.join(', ')}`,
  }),
  /** Grammatical gender of the name, for endings that do not tell (Казань) or loan names. */
  gender: z.enum(['masculine', 'feminine', 'neuter', 'indeclinable']).optional(),
  /** Id of the place that contains this one (a city's country). */
  within: entityId.optional(),
  /** Other names and spellings of the place. */
  aliases,
  /** Ids of places merged into this one: their old pages redirect here. */
  mergedIds,
});

export type Place = z.infer<typeof placeSchema>;
