import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { EncodingError, encodingProblem, readInputLines } from '../../../src/lib/editorial/json-lines.ts';

const LINE = '{"title": "Лавров прибыл в Душанбе", "date": "2022-05-12", "source": "ТАСС"}';

async function lines(chunks: Buffer[]) {
  const read = [];
  for await (const line of readInputLines(Readable.from(chunks))) read.push(line);
  return read;
}

describe('encodingProblem', () => {
  test('UTF-8, with or without its byte-order mark, is fine', () => {
    expect(encodingProblem(Buffer.from(LINE))).toBeUndefined();
    expect(encodingProblem(Buffer.from(`\uFEFF${LINE}`))).toBeUndefined();
  });

  test('UTF-16 is named, with the fix, by its mark or by its NUL bytes', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(LINE, 'utf16le')]);
    expect(encodingProblem(le)).toMatch(/^is UTF-16 \(little-endian\); save it as UTF-8/);
    expect(encodingProblem(Buffer.from(LINE, 'utf16le'))).toMatch(/^is UTF-16 \(little-endian\)/);
    const be = Buffer.from(LINE, 'utf16le').swap16();
    expect(encodingProblem(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toMatch(
      /^is UTF-16 \(big-endian\)/,
    );
  });

  test('Windows-1251 is not UTF-8, and is guessed as such', () => {
    // «Лавров» in Windows-1251.
    const cp1251 = Buffer.concat([
      Buffer.from('{"title": "'),
      Buffer.from([0xcb, 0xe0, 0xe2, 0xf0, 0xee, 0xe2]),
      Buffer.from('"}'),
    ]);
    expect(encodingProblem(cp1251)).toBe(
      'is not UTF-8 (it looks like Windows-1251): line 1 holds bytes that are not UTF-8 characters; save it as UTF-8 (in a text editor: Save As, encoding UTF-8) and import again',
    );
  });

  test('a character cut at the end of a chunk is not taken for a bad byte', () => {
    const bytes = Buffer.from(LINE);
    expect(encodingProblem(bytes.subarray(0, bytes.indexOf(Buffer.from('Л')) + 1))).toBeUndefined();
  });
});

describe('readInputLines', () => {
  test('splits lines across chunks, drops the BOM and CRs, counts bytes', async () => {
    const text = Buffer.from(`\uFEFF${LINE}\r\n${LINE}\n\n${LINE}`);
    const read = await lines([text.subarray(0, 20), text.subarray(20, 101), text.subarray(101)]);
    expect(read.map((line) => [line.number, line.text])).toEqual([
      [1, LINE],
      [2, LINE],
      [3, ''],
      [4, LINE],
    ]);
    expect(read.reduce((sum, line) => sum + line.bytes, 0)).toBe(text.length);
  });

  test('a line further on that is not UTF-8 is reported on its own', async () => {
    const bad = Buffer.concat([
      Buffer.from(`${LINE}\n`),
      Buffer.from([0x7b, 0xcb, 0xe0, 0x7d, 0x0a]),
      Buffer.from(LINE),
    ]);
    // The first chunk is checked whole; this line comes in a later one.
    const read = await lines([bad.subarray(0, LINE.length), bad.subarray(LINE.length)]);
    expect(read).toHaveLength(3);
    expect(read[1]).toMatchObject({
      number: 2,
      invalid: expect.stringContaining('is not UTF-8 text (from byte 3 of the line)') as unknown,
    });
    expect(read[2]?.text).toBe(LINE);
  });

  test('a UTF-16 input stops at the first chunk, before any line', async () => {
    await expect(lines([Buffer.from(`${LINE}\n`, 'utf16le')])).rejects.toThrow(EncodingError);
  });
});
