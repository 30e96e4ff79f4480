import { describe, expect, test } from 'vitest';
import { synonymFinder } from '../../../../src/search/build/synonyms.ts';

const groups = [
  { variants: ['Брексит', 'Брекзит', 'Brexit'] },
  { variants: ['Северный поток-2', 'Nord Stream 2'] },
  { variants: ['ЕС', 'Евросоюз'] },
];
const find = synonymFinder(groups);

describe('synonymFinder', () => {
  test('an article using any spelling, in any case form, gets every spelling of its group', () => {
    expect(find('Парламент снова отверг соглашение о брексите.')).toBe('Брексит · Брекзит · Brexit');
    expect(find('Первая неделя после Брекзита')).toBe('Брексит · Брекзит · Brexit');
    expect(find('Johnson: Brexit done')).toBe('Брексит · Брекзит · Brexit');
  });

  test('a spelling of several words matches them in a row, with a hyphen or a space between', () => {
    const nordStream = 'Северный поток-2 · Nord Stream 2';
    expect(find('оператор «Северного потока 2»')).toBe(nordStream);
    expect(find('газопровод «Северный поток-2»')).toBe(nordStream);
    expect(find('утечки на Nord Stream 2')).toBe(nordStream);
    expect(find('утечки на Nord Stream')).toBeUndefined();
    expect(find('Северный поток 2019 года')).toBeUndefined();
    expect(find('поток северный 2')).toBeUndefined();
  });

  test('a short word must be whole: «ЕС» is not the start of «если»', () => {
    expect(find('если бы')).toBeUndefined();
    expect(find('решение ЕС')).toBe('ЕС · Евросоюз');
    expect(find('Евросоюза и брексита')).toBe('Брексит · Брекзит · Brexit · ЕС · Евросоюз');
  });

  test('every form the archive writes a spelling in joins the group (Snowball stems cases apart)', () => {
    const archive = synonymFinder(groups, ['Первая неделя после брекзита', 'о Брексите, ещё о брексите']);
    expect(archive('Johnson: Brexit done')).toBe('Брексит · Брекзит · Brexit · брекзита · брексите');
    expect(archive('Пётр I')).toBeUndefined();
  });

  test('ё and е, hyphens and spaces do not tell spellings apart', () => {
    const peter = synonymFinder([{ variants: ['Пётр I', 'Петр Первый'] }]);
    expect(peter('Домик Петра I')).toBe('Пётр I · Петр Первый');
    expect(peter('Пётр Первый прожил')).toBe('Пётр I · Петр Первый');
  });

  test('without groups, nothing', () => {
    expect(synonymFinder([])('брексит')).toBeUndefined();
  });
});
