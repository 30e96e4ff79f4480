/**
 * The first sentence of a paragraph, for a list's line under a title when the article has no
 * lead. ICU's Russian sentence rules (`Intl.Segmenter`) do not break after an abbreviation
 * followed by a lowercase word («в 2021 г. несмотря»); they do break inside a quotation
 * («Решения нет. И не будет», — сказал он), so sentences are joined until «ёлочки» close.
 */
const sentences = new Intl.Segmenter('ru', { granularity: 'sentence' });

const count = (text: string, char: string) => text.split(char).length - 1;

/** The first sentence of `text`, trimmed; the whole text when it is one sentence. */
export function firstSentence(text: string): string {
  const trimmed = text.trim();
  let sentence = '';
  for (const { segment } of sentences.segment(trimmed)) {
    sentence += segment;
    if (sentence.trim().length > 0 && count(sentence, '«') <= count(sentence, '»')) return sentence.trim();
  }
  return trimmed;
}
