/**
 * Reads a JSON Lines import (a file or standard input) line by line as UTF-8, refusing what
 * is not: a UTF-16 or UTF-32 file (a byte-order mark, or NUL bytes between ASCII letters, as
 * Windows tools save "Unicode" text) or bytes that are not UTF-8 at all (a Windows-1251 export)
 * is told at the first chunk, before anything is imported; a line further on that is not UTF-8
 * is reported on its own. A UTF-8 byte-order mark and Windows line endings are accepted.
 */

/** The whole input is not UTF-8 text: what it is instead, and the fix. */
export class EncodingError extends Error {}

/** One line of the input: its number, its text (or why it could not be read) and its size. */
export interface InputLine {
  number: number;
  text?: string;
  /** Why the line is not text, when it is not. */
  invalid?: string;
  /** Bytes of the line with its line break, for progress. */
  bytes: number;
}

const FIX = 'save it as UTF-8 (in a text editor: Save As, encoding UTF-8) and import again';

/** What the first bytes of an input say about its encoding, or `undefined` when it is UTF-8. */
export function encodingProblem(head: Uint8Array): string | undefined {
  const starts = (...bytes: number[]) => bytes.every((byte, index) => head[index] === byte);
  if (starts(0xff, 0xfe, 0, 0) || starts(0, 0, 0xfe, 0xff)) return `is UTF-32; ${FIX}`;
  if (starts(0xff, 0xfe)) return `is UTF-16 (little-endian); ${FIX}`;
  if (starts(0xfe, 0xff)) return `is UTF-16 (big-endian); ${FIX}`;
  // Without a mark, UTF-16 text of ASCII punctuation and letters has a NUL in every other byte.
  const sample = head.subarray(0, 512);
  let evenNuls = 0;
  let oddNuls = 0;
  sample.forEach((byte, index) => {
    if (byte === 0) {
      if (index % 2 === 0) evenNuls += 1;
      else oddNuls += 1;
    }
  });
  if (sample.length >= 4 && Math.max(evenNuls, oddNuls) >= sample.length / 4) {
    return `is UTF-16 (${oddNuls > evenNuls ? 'little' : 'big'}-endian); ${FIX}`;
  }
  const bad = firstInvalidByte(head);
  if (bad !== undefined) {
    const guess = looksLikeCyrillic8Bit(head) ? ' (it looks like Windows-1251)' : '';
    return `is not UTF-8${guess}: line ${bad.line} holds bytes that are not UTF-8 characters; ${FIX}`;
  }
  return undefined;
}

/**
 * The first line holding bytes that are not UTF-8, ignoring a sequence cut off at the end of
 * `bytes` (the rest of it is in the next chunk).
 */
function firstInvalidByte(bytes: Uint8Array): { line: number } | undefined {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return undefined;
  } catch {
    // Find where: decode line by line.
  }
  let line = 1;
  let start = 0;
  for (let index = 0; index <= bytes.length; index += 1) {
    if (index === bytes.length || bytes[index] === 0x0a) {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start, index), {
          stream: index === bytes.length,
        });
      } catch {
        return { line };
      }
      line += 1;
      start = index + 1;
    }
  }
  return undefined;
}

/** The offset of the first byte in `part` that breaks UTF-8. */
function invalidOffset(part: Uint8Array): number {
  for (let end = 1; end <= part.length; end += 1) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(part.subarray(0, end), { stream: true });
    } catch {
      return end - 1;
    }
  }
  return 0;
}

/** Most bytes above 0x7F in the Cyrillic letters' range of Windows-1251 (0xC0–0xFF, Ё, ё). */
function looksLikeCyrillic8Bit(bytes: Uint8Array): boolean {
  let high = 0;
  let letters = 0;
  for (const byte of bytes.subarray(0, 4096)) {
    if (byte < 0x80) continue;
    high += 1;
    if (byte >= 0xc0 || byte === 0xa8 || byte === 0xb8) letters += 1;
  }
  return high > 0 && letters / high > 0.8;
}

/**
 * The lines of `input` (chunks of bytes: a file stream or standard input). Throws
 * {@link EncodingError} on the first chunk when the input is not UTF-8.
 */
export async function* readInputLines(input: AsyncIterable<Buffer | string>): AsyncGenerator<InputLine> {
  let pending: Buffer[] = [];
  let number = 0;
  let first = true;
  const line = (bytes: Buffer, withBreak: boolean): InputLine => {
    number += 1;
    let content = bytes;
    if (content.at(-1) === 0x0d) content = content.subarray(0, -1);
    if (number === 1 && content[0] === 0xef && content[1] === 0xbb && content[2] === 0xbf)
      content = content.subarray(3);
    const size = bytes.length + (withBreak ? 1 : 0);
    try {
      return { number, text: new TextDecoder('utf-8', { fatal: true }).decode(content), bytes: size };
    } catch {
      return {
        number,
        invalid: `is not UTF-8 text (from byte ${invalidOffset(content) + 1} of the line): save the file as UTF-8`,
        bytes: size,
      };
    }
  };
  for await (const raw of input) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw) : raw;
    if (first && chunk.length > 0) {
      first = false;
      const problem = encodingProblem(chunk);
      if (problem) throw new EncodingError(problem);
    }
    let start = 0;
    let newline = chunk.indexOf(0x0a, start);
    while (newline !== -1) {
      const piece = chunk.subarray(start, newline);
      const bytes = pending.length > 0 ? Buffer.concat([...pending, piece]) : piece;
      pending = [];
      yield line(bytes, true);
      start = newline + 1;
      newline = chunk.indexOf(0x0a, start);
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  }
  if (pending.length > 0) yield line(Buffer.concat(pending), false);
}
