/** A person an article can be about: `content/people.yaml`. */
import { z } from 'astro/zod';
import { aliases, entityId, mergedIds, nameLatin, text } from './fields.ts';

export const personSchema = z.strictObject({
  /** Frozen ASCII slug, generated once by transliteration (e.g. `sergey-lavrov`). */
  id: entityId,
  /** Name as displayed, in Russian, in the nominative: «Сергей Лавров». */
  name: text,
  /** Latin spelling readers may search for: "Sergey Lavrov"; left out until known. */
  nameLatin,
  /** Who the person is, briefly: «министр иностранных дел России»; nothing is shown without it. */
  description: text.optional(),
  /** Grammatical gender, for names whose form does not tell (e.g. «Шарль Мишель»). */
  gender: z.enum(['male', 'female']).optional(),
  /** Other spellings and names the person is known by. */
  aliases,
  /** Ids of people merged into this one: their old pages redirect here. */
  mergedIds,
});

export type Person = z.infer<typeof personSchema>;
