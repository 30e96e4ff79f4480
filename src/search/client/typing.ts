/**
 * Whether a query is worth searching while the reader is still typing it. A last word of one
 * letter («Владимир П», «4 я») is a prefix of thousands of words, and so is a number of up to
 * three digits («июль 20», «201»: every year and date written with them): Pagefind would
 * fetch every index chunk for that prefix and the fragments of results nobody asked for,
 * only for the next keystroke to replace them (at 20,000 articles a search for «июль 201»
 * held the next one back by ~0.7 s). Such a query waits for the next keystroke (or Enter).
 */
export function worthSearchingWhileTyping(query: string): boolean {
  const words = query.trim().split(/\s+/u);
  const last = words.at(-1) ?? '';
  return last === '' || ([...last].length >= 2 && !/^\d{1,3}$/u.test(last));
}
