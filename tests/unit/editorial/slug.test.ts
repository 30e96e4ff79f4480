import { expect, test } from 'vitest';
import { MAX_SLUG_LENGTH, slugFromText, uniqueSlug } from '../../../src/lib/editorial/slug.ts';

test('transliterates and cuts at a word boundary, as the seed article was named', () => {
  const title = 'Главы МИД Азербайджана и РФ обсудили вопросы нормализации отношений между Баку и Ереваном';
  expect(slugFromText(title)).toBe('glavy-mid-azerbaydzhana-i-rf-obsudili-voprosy-normalizatsii-otnosheniy');
});

test('never ends on a dangling preposition or conjunction', () => {
  const slug = slugFromText(
    'Министры иностранных дел стран Содружества Независимых Государств обсудили вопросы в гуманитарной сфере',
    60,
  );
  expect(slug.length).toBeLessThanOrEqual(60);
  expect(slug).toBe('ministry-inostrannykh-del-stran-sodruzhestva-nezavisimykh');
});

test('short titles are kept whole; an unpronounceable one gets a fallback', () => {
  expect(slugFromText('Лавров прибыл в Баку')).toBe('lavrov-pribyl-v-baku');
  expect(slugFromText('!!!')).toBe('material');
  expect(
    slugFromText('Ооооооооооооооооооооооооооооооооооооооооооооооооооооооооооооооооооооооооооооо').length,
  ).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
});

test('uniqueSlug numbers a slug that is taken', () => {
  const taken = new Set(['zayavlenie', 'zayavlenie-2']);
  expect(uniqueSlug('zayavlenie', (slug) => taken.has(slug))).toBe('zayavlenie-3');
  expect(uniqueSlug('novoe', (slug) => taken.has(slug))).toBe('novoe');
});
