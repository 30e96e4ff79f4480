/**
 * `npm run import` on the messy fixture (tests/fixtures/import/messy.jsonl: 22 articles with
 * homoglyphs, zero-width spaces, CRLF, stray spaces, names in oblique cases, repeats, and one
 * line of each bad kind), imported into a temporary copy of the real archive.
 */
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { validateContent } from '../../src/lib/validation/validate-content.ts';
import { parseMarkdown } from '../../src/lib/markdown/parse.ts';
import { copyContent, fingerprint, runScript } from '../support/editorial-cli.ts';

const FIXTURE = 'tests/fixtures/import/messy.jsonl';
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function importInto(content: string, ...args: string[]) {
  return runScript('import', [FIXTURE, '--content', content, ...args]);
}

function freshContent(): string {
  const content = copyContent();
  made.push(dirname(content));
  return content;
}

function frontmatter(content: string, file: string): Record<string, unknown> {
  return parseYaml(
    parseMarkdown(readFileSync(join(content, 'articles', file), 'utf8')).frontmatter ?? '',
  ) as Record<string, unknown>;
}

describe('importing the messy fixture', () => {
  let content: string;
  let first: ReturnType<typeof runScript>;
  beforeAll(() => {
    content = freshContent();
    first = importInto(content, '--progress-every', '10');
  }, 120_000);

  test('imports every good line, skips repeats, fails bad lines, and exits 1', () => {
    expect(first.stdout).toContain('added 19, updated 0, unchanged 0, skipped 3, failed 5');
    expect(first.status).toBe(1);
  });

  test.each([
    [23, 'failed: invalid JSON: Unterminated string in JSON'],
    [24, 'failed: "title" is missing'],
    [25, 'failed: "date" is missing'],
    [26, 'failed: "text" is missing'],
    [27, 'failed: "date": "2022-02-30" is an impossible date: there is no such day'],
  ])('reports bad line %i with its reason', (line, message) => {
    expect(first.stderr).toContain(`${FIXTURE}:${line}: ${message}`);
  });

  test.each([
    [7, 'same source URL'],
    [9, 'same source, date and title'],
    [20, 'same source URL'],
  ])('skips line %i, which repeats an earlier line (%s)', (line, reason) => {
    expect(first.stderr).toMatch(
      new RegExp(
        `${FIXTURE}:${line}: skipped: repeats an earlier line of this import \\(${reason.replaceAll(',', ',')}\\)`,
      ),
    );
  });

  test('the result passes validation', () => {
    const { problems, articleCount } = validateContent(content);
    expect(problems).toEqual([]);
    expect(articleCount).toBe(20);
  });

  test('names in oblique cases, Latin spellings and with homoglyphs resolve to existing entries', () => {
    expect(frontmatter(content, '2022/05/13-lavrov-obsudil-v-moskve-situatsiyu-v-regione.md')).toMatchObject({
      people: ['sergey-lavrov', 'dzheykhun-bayramov'],
      // The last two are mentioned in the text («России», «Азербайджана»), not tagged.
      places: ['moskva', 'nagorniy-karabakh', 'rossiya', 'azerbaydzhan'],
    });
    expect(
      frontmatter(content, '2022/05/17-aliev-i-pashinyan-dogovorilis-o-novoy-vstreche.md'),
    ).toMatchObject({
      people: ['ilkham-aliev', 'nikol-pashinyan', 'sharl-mishel'],
      places: ['bryussel', 'baku', 'azerbaydzhan', 'armeniya'],
    });
    expect(frontmatter(content, '2022/05/22-lavrov-peregovory-prodolzhatsya.md')).toMatchObject({
      source: 'tass',
      people: ['sergey-lavrov'],
      places: ['rossiya'],
    });
    expect(frontmatter(content, '2022/06/21-lavrov-pribyl-v-baku.md')).toMatchObject({
      people: ['sergey-lavrov'],
      places: ['baku'],
    });
  });

  test('new people, places and sources get frozen ids and Latin names, and are matched in later lines', () => {
    const people = parseYaml(readFileSync(join(content, 'people.yaml'), 'utf8')) as {
      id: string;
      nameLatin: string;
    }[];
    expect(people.slice(-3)).toMatchObject([
      { id: 'dmitriy-peskov', nameLatin: 'Dmitriy Peskov' },
      { id: 'mariya-zakharova', nameLatin: 'Mariya Zakharova' },
      { id: 'elvira-nabiullina', nameLatin: 'Elvira Nabiullina' },
    ]);
    expect(frontmatter(content, '2022/05/16-brifing-marii-zakharovoy-glavnoe.md')).toMatchObject({
      people: ['mariya-zakharova'],
    });
    expect(
      frontmatter(content, '2022/06/16-peskov-rasskazal-o-rabote-foruma-v-sankt-peterburge.md'),
    ).toMatchObject({ source: 'interfaks', people: ['dmitriy-peskov'], places: ['sankt-peterburg'] });
    expect(first.stdout).toContain('new sources (2): РИА Новости (ria-novosti), Интерфакс (interfaks)');
    expect(first.stdout).toContain('new places (1): Санкт-Петербург (sankt-peterburg)');
  });

  test('a date-time is filed under its Moscow day; the same title on one day gets a unique slug', () => {
    expect(frontmatter(content, '2022/05/20-nochnoe-zayavlenie-mid-armenii.md')).toMatchObject({
      date: '2022-05-19T22:30:00Z',
    });
    const june18 = readdirSync(join(content, 'articles', '2022', '06')).filter((file) =>
      file.startsWith('18-'),
    );
    expect(june18.sort()).toEqual([
      '18-zayavlenie-po-itogam-vstrechi-2.md',
      '18-zayavlenie-po-itogam-vstrechi.md',
    ]);
  });

  test('clean-up is applied, counted by kind in the summary, and leaves no stray characters', () => {
    for (const kind of [
      'look-alike Latin/Cyrillic',
      'invisible characters',
      'line endings',
      'spaces before',
      'runs of spaces',
      'decomposed letters',
    ]) {
      expect(first.stdout).toMatch(new RegExp(`\\d+  [^\\n]*${kind}`));
    }
    const texts = readdirSync(join(content, 'articles'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.md'))
      .map((file) => readFileSync(join(content, 'articles', file), 'utf8'));
    for (const text of texts) expect(text).not.toMatch(/[\r\u200B\u00AD]|Моcкв| ,/u);
    expect(texts.join('\n')).toContain('Она заявила, что Россия продолжит посредничество!');
  });

  test('shows progress every N lines on stderr when it is not a terminal', () => {
    expect(first.stderr).toContain('10 lines read');
    expect(first.stderr).toContain('20 lines read');
  });

  test('importing the same file again changes nothing', () => {
    const before = fingerprint(content);
    const again = importInto(content);
    expect(again.stdout).toContain('added 0, updated 0, unchanged 0, skipped 22, failed 5');
    expect(again.stderr).toContain(`${FIXTURE}:1: skipped: is already in the archive (same source URL)`);
    // Exit 1 for the five bad lines, not for the articles already there.
    expect(again.status).toBe(1);
    expect(fingerprint(content)).toEqual(before);
    const updated = importInto(content, '--update');
    expect(updated.stdout).toContain('updated 0, unchanged 19');
    expect(fingerprint(content)).toEqual(before);
  }, 60_000);
});

test('--update replaces an existing article in place; without it the article is kept', () => {
  const content = freshContent();
  const file = join(
    content,
    'articles',
    '2022/05/12-glavy-mid-azerbaydzhana-i-rf-obsudili-voprosy-normalizatsii-otnosheniy.md',
  );
  const original = readFileSync(file, 'utf8');
  const jsonl = join(dirname(content), 'update.jsonl');
  const line = {
    title: 'Главы МИД Азербайджана и РФ обсудили вопросы нормализации отношений между Баку и Ереваном',
    date: '2022-05-12',
    source: 'ТАСС',
    text: 'Исправленный текст.',
    people: ['Лавров'],
  };
  writeFileSync(jsonl, `${JSON.stringify(line)}\n`);
  const kept = runScript('import', [jsonl, '--content', content]);
  // Skipped, reported, and not a failure.
  expect(kept.status).toBe(0);
  expect(kept.stderr).toContain('skipped: is already in the archive (same source, date and title)');
  expect(readFileSync(file, 'utf8')).toBe(original);
  const replaced = runScript('import', [jsonl, '--content', content, '--update']);
  expect(replaced.status).toBe(0);
  expect(replaced.stdout).toContain('added 0, updated 1');
  expect(readFileSync(file, 'utf8')).toContain('Исправленный текст.');
  expect(validateContent(content).problems).toEqual([]);
}, 60_000);

test('a file whose every article is in the archive already exits 0 and reports each line', () => {
  const content = freshContent();
  const good = readFileSync(FIXTURE, 'utf8').split(/\r?\n/).slice(0, 6).join('\n');
  const jsonl = join(dirname(content), 'yesterday.jsonl');
  writeFileSync(jsonl, `${good}\n`);
  expect(runScript('import', [jsonl, '--content', content]).status).toBe(0);
  const before = fingerprint(content);
  const again = runScript('import', [jsonl, '--content', content]);
  expect(again.status).toBe(0);
  expect(again.stdout).toContain('added 0, updated 0, unchanged 0, skipped 6, failed 0');
  for (const line of [1, 2, 3, 4, 5, 6])
    expect(again.stderr).toContain(`${jsonl}:${line}: skipped: is already in the archive`);
  expect(fingerprint(content)).toEqual(before);
}, 60_000);

test('usage errors exit 2 and say what is wrong', () => {
  // Vitest types its asymmetric matchers `any`; `as unknown` keeps that out of typed code.
  expect(runScript('import', [])).toMatchObject({
    status: 2,
    stderr: expect.stringContaining('no file to import') as unknown,
  });
  expect(runScript('import', ['no-such.jsonl'])).toMatchObject({
    status: 2,
    stderr: expect.stringContaining('no-such.jsonl: no such file') as unknown,
  });
  expect(runScript('import', [FIXTURE, '--content', '/nonexistent'])).toMatchObject({
    status: 2,
    stderr: expect.stringContaining('not a content folder') as unknown,
  });
}, 60_000);
