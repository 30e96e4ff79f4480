/** The six Russian grammatical cases, in the school order (им., род., дат., вин., твор., предл.). */
export const CASES = [
  'nominative',
  'genitive',
  'dative',
  'accusative',
  'instrumental',
  'prepositional',
] as const;

export type GrammaticalCase = (typeof CASES)[number];

/** One spelling of a name in one case. */
export interface NameForm {
  case: GrammaticalCase;
  text: string;
}
