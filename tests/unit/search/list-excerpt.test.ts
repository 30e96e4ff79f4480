import { describe, expect, test } from 'vitest';
import {
  countMentions,
  escapeHtml,
  excerptAround,
  mentionPattern,
} from '../../../src/lib/search/list-excerpt.ts';

const TEXT =
  'Министры иностранных дел Азербайджана и РФ Джейхун Байрамов и Сергей\u00a0Лавров обсудили в четверг ' +
  'на встрече в Душанбе вопросы развития связей. На встрече Байрамова и Лаврова также были обсуждены ' +
  'вопросы безопасности, сообщил МИД.';

describe('mentionPattern and countMentions', () => {
  test('find every form as a whole word, case-blind, a full name as one mention', () => {
    const pattern = mentionPattern(['Сергей Лавров', 'Лавров', 'Лаврова', 'Сергей']);
    expect(countMentions(TEXT, pattern)).toBe(2);
    expect(countMentions('лавровый лист', pattern)).toBe(0);
    expect(countMentions('СЕРГЕЙ ЛАВРОВ', pattern)).toBe(1);
  });

  test('ё and е are the same letter; no forms match nothing', () => {
    expect(countMentions('Алексей Пескoв, Семён Артёмов', mentionPattern(['Семен Артемов']))).toBe(1);
    expect(mentionPattern([])).toBeUndefined();
    expect(countMentions(TEXT, undefined)).toBe(0);
  });
});

describe('excerptAround', () => {
  test('shows the words around the first mention, marked, with «…» where the text was cut', () => {
    const excerpt = excerptAround(TEXT, mentionPattern(['Лавров', 'Лаврова', 'Сергей Лавров']));
    expect(excerpt).toContain('<mark>Сергей Лавров</mark> обсудили');
    expect(excerpt.startsWith('…')).toBe(true);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(excerpt.replace(/<\/?mark>/gu, '').split(/\s+/u).length).toBeLessThanOrEqual(25);
  });

  test('keeps punctuation next to the mention outside the mark', () => {
    expect(excerptAround('Встреча с Лавровым, сообщил МИД.', mentionPattern(['Лавровым']))).toBe(
      'Встреча с <mark>Лавровым</mark>, сообщил МИД.',
    );
  });

  test('starts at the beginning when nothing matches, and escapes the text', () => {
    expect(excerptAround('a < b & "c"', undefined)).toBe('a &lt; b &amp; &quot;c&quot;');
    expect(escapeHtml('<mark>')).toBe('&lt;mark&gt;');
    const long = Array.from({ length: 40 }, (_, index) => `слово${index}`).join(' ');
    expect(excerptAround(long, mentionPattern(['Лавров']))).toBe(
      `${Array.from({ length: 24 }, (_, index) => `слово${index}`).join(' ')}…`,
    );
  });
});
