/** A person an article can be about: `content/people.yaml`. */
import { z } from 'astro/zod';
import { aliases, entityId, text } from './fields.ts';

export const personSchema = z.strictObject({
  /** Frozen ASCII slug, generated once by transliteration (e.g. `sergey-lavrov`). */
  id: entityId,
  /** Name as displayed, in Russian, in the nominative: «Сергей Лавров». */
  name: text,
  /** Latin spelling readers may search for: "Sergey Lavrov". */
  nameLatin: text,
  /** Who the person is, briefly: «министр иностранных дел России». */
  description: text,
  /** Grammatical gender, for names whose form does not tell (e.g. «Шарль Мишель»). */
  gender: z.enum(['male', 'female']).optional(),
  /** Other spellings and names the person is known by. */
  aliases,
});

export type Person = z.infer<typeof personSchema>;
