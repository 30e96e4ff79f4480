import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addArticles, dayAfter, entityCounts, writeCorpus } from '../../../scripts/bench/corpus.ts';
import { feminineSurname, generatePeople, generatePlaces } from '../../../scripts/bench/names.ts';
import { seededRandom } from '../../../scripts/bench/random.ts';
import { splitSentences } from '../../../scripts/bench/vocabulary.ts';
import { validateContent } from '../../../src/lib/validation/validate-content.ts';

const vocabulary = {
  words: ['новость', 'заседание', 'правительство', 'решение', 'область', 'город', 'выборы'],
  sentences: ['Об этом сообщила пресс-служба ведомства.'],
};
const folders: string[] = [];
const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), 'letopis-corpus-test-'));
  folders.push(dir);
  return dir;
};
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('writeCorpus', () => {
  // Validation parses every article: generous on a busy machine (this is not a speed test).
  it('writes an archive that passes the content validation', { timeout: 60_000 }, () => {
    const root = scratch();
    const summary = writeCorpus(root, vocabulary, { articles: 20, seed: 3 });
    expect(summary).toMatchObject({ articles: 20, ...entityCounts(20), sources: 8 });
    expect(validateContent(root).problems).toEqual([]);
  });

  it('is deterministic for a seed', () => {
    const [a, b] = [scratch(), scratch()];
    writeCorpus(a, vocabulary, { articles: 10, seed: 9 });
    writeCorpus(b, vocabulary, { articles: 10, seed: 9 });
    const files = (dir: string) =>
      readdirSync(join(dir, 'articles'), { recursive: true, encoding: 'utf8' }).sort();
    expect(files(a)).toEqual(files(b));
    expect(readFileSync(join(a, 'people.yaml'), 'utf8')).toBe(readFileSync(join(b, 'people.yaml'), 'utf8'));
  });

  it('names a long word that 3 to 8 of its articles use, for a free-text query few shards answer', () => {
    const root = scratch();
    const words = [
      ...vocabulary.words,
      ...Array.from({ length: 400 }, (_, i) => `редкость${'а'.repeat(i % 7)}${i}`),
    ];
    const { rareWord } = writeCorpus(root, { ...vocabulary, words }, { articles: 60, seed: 4 });
    expect(rareWord.length).toBeGreaterThanOrEqual(7);
    const files = readdirSync(join(root, 'articles'), { recursive: true, encoding: 'utf8' }).filter((file) =>
      file.endsWith('.md'),
    );
    const wordsOf = (file: string): string[] =>
      readFileSync(join(root, 'articles', file), 'utf8')
        .toLowerCase()
        .match(/[а-яё]+/gu) ?? [];
    const using = files.filter((file) => wordsOf(file).includes(rareWord));
    expect(using.length).toBeGreaterThanOrEqual(3);
    expect(using.length).toBeLessThanOrEqual(8);
  });
});

describe('names', () => {
  it('forms female surnames', () => {
    expect(['Иванов', 'Ильин', 'Островский', 'Трубецкой', 'Черных'].map(feminineSurname)).toEqual([
      'Иванова',
      'Ильина',
      'Островская',
      'Трубецкая',
      'Черных',
    ]);
  });

  it('gives people and places distinct frozen ASCII ids', () => {
    const random = seededRandom(1);
    for (const list of [generatePeople(500, random), generatePlaces(300, random)]) {
      const ids = list.map((entity) => entity.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.every((id) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))).toBe(true);
    }
  });
});

describe('splitSentences', () => {
  it('splits after a full stop before a capital or a digit', () => {
    expect(
      splitSentences('Министры встретились в Душанбе вчера. 9 ноября 2020 года лидеры подписали заявление.'),
    ).toEqual(['Министры встретились в Душанбе вчера.', '9 ноября 2020 года лидеры подписали заявление.']);
  });
});

describe('addArticles', () => {
  it('adds articles on the day after the newest, each different, all valid', { timeout: 60_000 }, () => {
    const root = scratch();
    const summary = writeCorpus(root, vocabulary, { articles: 12, seed: 4 });
    const day = dayAfter(summary.newestDay);
    const before = readdirSync(join(root, 'articles'), { recursive: true, encoding: 'utf8' });
    expect(
      before.some((file) => file.endsWith('.md') && file.startsWith(summary.newestDay.slice(0, 4))),
    ).toBe(true);
    const added = addArticles(root, vocabulary, { articles: 12, seed: 4 }, 3, day);
    expect(new Set(added).size).toBe(3);
    for (const file of added) {
      expect(file).toContain(`/articles/${day.slice(0, 4)}/${day.slice(5, 7)}/${day.slice(8)}-`);
      expect(readFileSync(file, 'utf8')).toContain(`date: ${day}`);
    }
    expect(validateContent(root).problems).toEqual([]);
  });

  it('counts days across months and years', () => {
    expect(dayAfter('2025-12-31')).toBe('2026-01-01');
    expect(dayAfter('2024-02-28')).toBe('2024-02-29');
    expect(dayAfter('2023-02-28')).toBe('2023-03-01');
  });
});
