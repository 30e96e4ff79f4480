/**
 * Whether a query is worth searching while the reader is still typing it. A last word of one
 * letter («Владимир П», «4 я») is a prefix of thousands of words: Pagefind would fetch every
 * index chunk for that letter and the fragments of results nobody asked for, only for the
 * next keystroke to replace them. Such a query waits for the next keystroke (or Enter).
 */
export function worthSearchingWhileTyping(query: string): boolean {
  const words = query.trim().split(/\s+/u);
  const last = words.at(-1) ?? '';
  return last === '' || [...last].length >= 2;
}
