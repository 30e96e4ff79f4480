import { describe, expect, test } from 'vitest';
import { MentionIndex, escapeHtml, excerptAt } from '../../../../src/search/build/list-excerpt.ts';

const TEXT =
  'Министры иностранных дел Азербайджана и РФ Джейхун Байрамов и Сергей\u00a0Лавров обсудили в четверг ' +
  'на встрече в Душанбе вопросы развития связей. На встрече Байрамова и Лаврова также были обсуждены ' +
  'вопросы безопасности, сообщил МИД.';

const index = new MentionIndex([
  ['lavrov', ['Сергей Лавров', 'Лавров', 'Лаврова', 'Сергей']],
  ['sobyanin', ['Сергей Собянин', 'Собянин', 'Сергей']],
  ['artemov', ['Семён Артёмов']],
  ['peterburg', ['Санкт-Петербург']],
]);
const all = new Set(['lavrov', 'sobyanin', 'artemov', 'peterburg']);

describe('MentionIndex', () => {
  test('finds every form as whole words, case-blind, a full name as one mention', () => {
    const found = index.find(TEXT, all);
    expect(found.get('lavrov')?.count).toBe(2);
    expect(TEXT.slice(...found.get('lavrov')!.first!)).toBe('Сергей\u00a0Лавров');
    expect(found.has('sobyanin')).toBe(false);
    expect(index.find('лавровый лист', all).size).toBe(0);
    expect(index.find('СЕРГЕЙ ЛАВРОВ', all).get('lavrov')?.count).toBe(1);
  });

  test('a form several people share counts for each of them it is asked about', () => {
    expect(index.find('Сергей сказал', new Set(['sobyanin'])).get('sobyanin')?.count).toBe(1);
    expect(index.find('Сергей Собянин сказал', all).get('lavrov')).toBeUndefined();
  });

  test('ё and е, hyphens and spaces in a name do not matter; the first mention is the one from an offset on', () => {
    expect(index.find('Семен Артемов', all).get('artemov')?.count).toBe(1);
    expect(index.find('в Санкт-Петербурге и Санкт Петербург', all).get('peterburg')?.count).toBe(1);
    const text = 'Лавров\nЛавров прибыл';
    expect(index.find(text, all, 7).get('lavrov')).toEqual({ count: 2, first: [7, 13] });
  });
});

describe('excerptAt', () => {
  test('shows the words around a mention, marked, with «…» where the text was cut', () => {
    const excerpt = excerptAt(TEXT, index.find(TEXT, all).get('lavrov')!.first);
    expect(excerpt).toContain('<mark>Сергей Лавров</mark> обсудили');
    expect(excerpt.startsWith('…')).toBe(true);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(excerpt.replace(/<\/?mark>/gu, '').split(/\s+/u).length).toBeLessThanOrEqual(25);
  });

  test('keeps punctuation next to the mention outside the mark', () => {
    const text = 'Встреча с Лавровым, сообщил МИД.';
    expect(excerptAt(text, [10, 18])).toBe('Встреча с <mark>Лавровым</mark>, сообщил МИД.');
  });

  test('starts at the beginning without a mention, and escapes the text', () => {
    expect(excerptAt('a < b & "c"')).toBe('a &lt; b &amp; &quot;c&quot;');
    expect(escapeHtml('<mark>')).toBe('&lt;mark&gt;');
    const long = Array.from({ length: 400 }, (_, index) => `слово${index}`).join(' ');
    expect(excerptAt(long)).toBe(`${Array.from({ length: 24 }, (_, index) => `слово${index}`).join(' ')}…`);
    expect(excerptAt(long, [long.lastIndexOf('слово399'), long.length])).toMatch(
      /^…слово391 .* <mark>слово399<\/mark>$/u,
    );
  });
});
