import { expect, test } from 'vitest';
import {
  checkedPagesRecord,
  checkerKey,
  fileStamp,
  pagesToCheck,
  passedPages,
} from '../../../src/lib/deploy/checked-pages.ts';

const page = { ino: 42, size: 8_000, mtimeMs: 1_733_300_000_123.5 };
const stamps = new Map([
  ['index.html', fileStamp(page)],
  ['2022/05/12/index.html', fileStamp({ ...page, ino: 43 })],
]);
const checker = checkerKey(['checker code', '<theme script>']);

test('a page whose file is the one that passed is not read again', () => {
  const record = JSON.stringify(checkedPagesRecord(checker, stamps));
  expect(pagesToCheck(stamps, passedPages(record, checker))).toEqual([]);
});

test('a page written again, replaced or new is read', () => {
  const record = JSON.stringify(checkedPagesRecord(checker, stamps));
  const now = new Map([
    ['index.html', fileStamp({ ...page, mtimeMs: page.mtimeMs + 1 })],
    ['2022/05/12/index.html', fileStamp({ ...page, ino: 44 })],
    ['2022/05/13/index.html', fileStamp({ ...page, ino: 45 })],
  ]);
  expect(pagesToCheck(now, passedPages(record, checker))).toEqual([...now.keys()]);
  const resized = new Map([['index.html', fileStamp({ ...page, size: page.size + 1 })]]);
  expect(pagesToCheck(resized, passedPages(record, checker))).toEqual(['index.html']);
});

test('a record of another checker, or one that cannot be read, says nothing passed', () => {
  const record = JSON.stringify(checkedPagesRecord(checker, stamps));
  const otherScripts = checkerKey(['checker code', '<theme script, changed>']);
  expect(otherScripts).not.toBe(checker);
  expect(passedPages(record, otherScripts).size).toBe(0);
  expect(passedPages(undefined, checker).size).toBe(0);
  const damage: string[] = [];
  expect(passedPages('{"checker":', checker, (reason) => damage.push(reason)).size).toBe(0);
  expect(
    passedPages(JSON.stringify({ checker, pages: [1] }), checker, (reason) => damage.push(reason)).size,
  ).toBe(0);
  // Another checker's record is no damage; a truncated or misshapen one is, each told once.
  expect(passedPages(record, otherScripts, (reason) => damage.push(reason)).size).toBe(0);
  expect(damage).toHaveLength(2);
  expect(damage[1]).toBe('not the shape this build writes');
});

test('the checker key tells the parts apart, not only their concatenation', () => {
  expect(checkerKey(['ab', 'c'])).not.toBe(checkerKey(['a', 'bc']));
});
