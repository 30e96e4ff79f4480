/**
 * `npm run import` on tests/fixtures/import/entities.jsonl: 15 short articles written the way
 * Коммерсантъ, РБК, ТАСС, BBC Russian and УНИАН tag theirs — names in oblique cases, synonyms
 * («Британия», «Соединенное Королевство»), a Latin-named foreigner, honorifics, punctuation,
 * typos («Сергей Лавроф», «Греннелл», «Азия Биби», «Панджаб»), «SShA», and people and places the
 * text mentions but the tags leave out. Every resulting person and place is checked.
 *
 * Counted on this fixture: 7 people and 12 places created for 7 new people and 12 places (plus
 * Лавров, Москва and Россия already in the archive); 6 merges listed for a check; 6 tags refused;
 * 6 mentions tagged from the text.
 */
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseMarkdown } from '../../src/lib/markdown/parse.ts';
import { validateContent } from '../../src/lib/validation/validate-content.ts';
import { copyContent, runScript } from '../support/editorial-cli.ts';

const FIXTURE = 'tests/fixtures/import/entities.jsonl';
let content: string;
let run: ReturnType<typeof runScript>;
beforeAll(() => {
  content = copyContent();
  run = runScript('import', [FIXTURE, '--content', content]);
}, 120_000);
afterAll(() => rmSync(dirname(content), { recursive: true, force: true }));

const list = (name: string) =>
  parseYaml(readFileSync(join(content, `${name}.yaml`), 'utf8')) as Record<string, unknown>[];
function tags(file: string): { people?: string[]; places?: string[] } {
  const text = readFileSync(join(content, 'articles/2018', file), 'utf8');
  return parseYaml(parseMarkdown(text).frontmatter ?? '') as { people?: string[]; places?: string[] };
}

describe('importing outlets’ tags as they come', () => {
  test('every line is imported and the result is valid', () => {
    expect(run.stdout).toContain('added 15, updated 0, unchanged 0, skipped 0, failed 0');
    expect(run.status).toBe(0);
    expect(validateContent(content).problems).toEqual([]);
  });

  test('one entry per real person, in the nominative, with a real Latin name or none', () => {
    expect(list('people').slice(5)).toEqual([
      { id: 'sergey-skripal', name: 'Сергей Скрипаль' },
      { id: 'tereza-mey', name: 'Тереза Мэй', nameLatin: 'Theresa May' },
      { id: 'richard-grenell', name: 'Ричард Гренелл' },
      { id: 'asiya-bibi', name: 'Асия Биби' },
      { id: 'mariya-zakharova', name: 'Мария Захарова', nameLatin: 'Mariya Zakharova' },
      { id: 'michael-o-leary', name: "Michael O'Leary", nameLatin: "Michael O'Leary" },
      { id: 'devid-devis', name: 'Дэвид Дэвис' },
    ]);
  });

  test('one entry per real place; the gazetteer gives kind, container, English name and a readable id', () => {
    const places = list('places')
      .slice(12)
      .map(({ id, name, nameLatin, kind, within }) => ({ id, name, nameLatin, kind, within }));
    expect(places).toEqual([
      { id: 'solsberi', name: 'Солсбери', nameLatin: undefined, kind: 'other', within: undefined },
      {
        id: 'velikobritaniya',
        name: 'Великобритания',
        nameLatin: 'United Kingdom',
        kind: 'country',
        within: undefined,
      },
      { id: 'ssha', name: 'США', nameLatin: 'United States', kind: 'country', within: undefined },
      { id: 'germaniya', name: 'Германия', nameLatin: 'Germany', kind: 'country', within: undefined },
      { id: 'berlin', name: 'Берлин', nameLatin: 'Berlin', kind: 'city', within: 'germaniya' },
      { id: 'pakistan', name: 'Пакистан', nameLatin: 'Pakistan', kind: 'country', within: undefined },
      { id: 'pendzhab', name: 'Пенджаб', nameLatin: undefined, kind: 'other', within: undefined },
      { id: 'islamabad', name: 'Исламабад', nameLatin: 'Islamabad', kind: 'city', within: 'pakistan' },
      { id: 'niderlandy', name: 'Нидерланды', nameLatin: 'Netherlands', kind: 'country', within: undefined },
      { id: 'irlandiya', name: 'Ирландия', nameLatin: 'Ireland', kind: 'country', within: undefined },
      { id: 'london', name: 'Лондон', nameLatin: 'London', kind: 'city', within: 'velikobritaniya' },
      { id: 'mir', name: 'Мир', nameLatin: undefined, kind: 'other', within: undefined },
    ]);
  });

  test('synonyms, cases, typos and surnames reach the one entry', () => {
    expect(tags('03/08-skripali-ostayutsya-v-bolnitse.md')).toMatchObject({
      people: ['sergey-skripal'],
      places: ['velikobritaniya'],
    });
    expect(tags('03/13-lavrov-otvetil-londonu.md')).toMatchObject({
      people: ['sergey-lavrov'],
      places: ['ssha', 'moskva', 'rossiya'],
    });
    expect(tags('03/14-tereza-mey-vystupila-v-parlamente.md')).toEqual(
      expect.objectContaining({ people: ['tereza-mey'], places: ['velikobritaniya'] }),
    );
    expect(tags('05/10-grennell-prigrozil-sanktsiyami.md')).toMatchObject({
      people: ['richard-grenell'],
      places: ['germaniya', 'berlin'],
    });
    expect(tags('11/08-aziya-bibi-pokinula-tyurmu.md')).toMatchObject({
      people: ['asiya-bibi'],
      places: ['pendzhab', 'islamabad'],
    });
    expect(tags('09/21-o-liri-poobeschal-kompensatsii.md')).toMatchObject({
      people: ['michael-o-leary'],
      places: ['irlandiya'],
    });
    expect(tags('07/10-devis-obyasnil-ukhod.md').people).toEqual(['devid-devis', 'tereza-mey']);
    expect(tags('03/15-brifing-marii-zakharovoy.md')).toMatchObject({
      people: ['mariya-zakharova'],
      places: ['niderlandy'],
    });
  });

  test('near and surname-only matches are merged and listed for a check', () => {
    for (const line of [
      '«Скрипали» → sergey-skripal (Сергей Скрипаль): a surname only one person has',
      '«Сергей Лавроф» → sergey-lavrov (Сергей Лавров): one letter off «сергей лавров»',
      '«Греннелл» → richard-grenell (Ричард Гренелл): one letter off «гренелл»',
      '«Азия Биби» → asiya-bibi (Асия Биби): one letter off «асия биби»',
      '«Панджаб» → pendzhab (Пенджаб): one letter off «пенджаб»',
      '«Дэвис Дэвис» → devid-devis (Дэвид Дэвис): one letter off «дэвид дэвис»',
    ])
      expect(run.stdout).toContain(line);
    expect(run.stdout).toContain('merged — check (6):');
  });

  test('tags that are no names are refused, line by line, and make no entry', () => {
    for (const [line, kind, name] of [
      [4, 'people', 'Её Величество'],
      [4, 'people', 'Пророк'],
      [4, 'places', 'лондонское Сити'],
      [10, 'people', '!!!'],
      [10, 'people', 'министр'],
      [10, 'places', '.'],
    ] as const)
      expect(run.stderr).toContain(`${FIXTURE}:${line}: refused ${kind} «${name}»`);
    expect(run.stdout).toContain('refused 6 tags that are no names');
  });

  test('people and places the text mentions are added; a common word at a sentence start is not', () => {
    expect(tags('05/08-posol-ssha-v-germanii-richard-grenell-raskritikoval-berlin.md')).toMatchObject({
      people: ['richard-grenell', 'tereza-mey'],
      places: ['germaniya', 'ssha'],
    });
    expect(tags('07/13-lavrov-provel-peregovory-v-moskve.md')).toEqual(
      expect.objectContaining({ people: ['sergey-lavrov'], places: ['moskva'] }),
    );
    expect(tags('03/15-brifing-marii-zakharovoy.md').places).not.toContain('mir');
    expect(run.stdout).toContain('tagged from the text: 6 mentions');
  });

  test('no id is a mechanical split of an abbreviation', () => {
    const files = readdirSync(join(content, 'articles'), { recursive: true, encoding: 'utf8' });
    expect(files.join('\n')).not.toContain('s-sh-a');
    expect(list('places').map((place) => place.id)).not.toContain('s-sh-a');
  });
});
