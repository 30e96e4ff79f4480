/** The part of `az` (Russian morphology on OpenCorpora, a port of pymorphy2) Letopis uses. */
declare module 'az' {
  export interface AzTag {
    /** Part of speech: NOUN, ADJF, PRTF, VERB, NPRO… */
    readonly POS: string;
    toString(): string;
    /** Every grammeme is also a flag: `tag.Surn`, `tag.gent`, `tag.femn`. */
    readonly [grammeme: string]: unknown;
  }
  export interface AzParse {
    readonly word: string;
    readonly tag: AzTag;
    readonly score: number;
    /** `Dictionary` for a word OpenCorpora knows; other parsers guess. */
    readonly parser: string;
    inflect(grammemes: string[]): AzParse | false;
    normalize(keepPos?: boolean): AzParse;
  }
  export interface AzMorph {
    (word: string, options?: Record<string, unknown>): AzParse[];
    init(path: string, callback: (error: Error | null) => void): void;
  }
  const Az: {
    Morph: AzMorph;
    load(url: string, responseType: string, callback: (error: Error | null, data?: unknown) => void): void;
  };
  export default Az;
}
