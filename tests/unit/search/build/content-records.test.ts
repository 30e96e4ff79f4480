import { describe, expect, it } from 'vitest';
import { prepareArticle } from '../../../../src/lib/markdown/prepare-article.ts';
import { validateContent } from '../../../../src/lib/validation/validate-content.ts';
import {
  articleSearchRecord,
  entitySearchRecords,
  searchDates,
} from '../../../../src/search/build/content-records.ts';
import { nameKey } from '../../../../src/search/shared/keys.ts';
import { FIXTURES } from '../../../support/content-fixture.ts';

const { content } = validateContent(`${FIXTURES}/content-valid`);
const [article] = content.articles;
const shown = (from: NonNullable<typeof article>) =>
  prepareArticle(
    {
      digest: from.digest,
      title: from.data.title,
      lead: from.data.lead,
      body: content.texts.text(from.body),
    },
    '/',
  );

describe('articleSearchRecord', () => {
  it('holds the page text, its URL without the base, filters, sort and searchable names', () => {
    const record = articleSearchRecord(
      article!,
      shown(article!),
      content,
      searchDates(article!, shown(article!)),
    );
    expect(record.url).toBe('/2022/05/12/valid-article/');
    expect(record.language).toBe('ru');
    expect(record.content).toBe('Корректный материал\n\nТекст материала.');
    expect(record.meta['title']).toBe('Корректный материал');
    expect(record.meta['date']).toBe('12 мая 2022');
    expect(record.meta['source']).toBe('ТАСС');
    expect(record.meta['names']).toContain('Сергея Лаврова');
    expect(record.meta['keys']).toContain(nameKey('Лаврову'));
    // Exactly these: a `kind` filter on articles would cost a first search a file per year shard.
    expect(record.filters).toEqual({
      person: ['sergey-lavrov'],
      place: ['rossiya', 'dushanbe'],
      source: ['tass'],
      year: ['2022'],
      month: ['2022-05'],
    });
    // Midnight in Moscow is 21:00 UTC the day before.
    expect(record.sort).toEqual({ date: '2022-05-11T21:00:00.000Z /2022/05/12/valid-article/' });
  });

  it('holds the title and lead typeset, as the page shows them', () => {
    const quoted = {
      ...article!,
      data: { ...article!.data, title: 'Визит "в Душанбе" - итоги', lead: 'Лид - "кратко"' },
    };
    const record = articleSearchRecord(quoted, shown(quoted), content, searchDates(quoted, shown(quoted)));
    expect(record.meta['title']).toBe('Визит «в\u00a0Душанбе»\u00a0— итоги');
    expect(record.content).toContain('Лид\u00a0— «кратко»');
  });
});

describe('entitySearchRecords', () => {
  it('makes one record per person, place and source page, with what the page says', () => {
    const records = entitySearchRecords(content);
    expect(records.map((record) => record.url)).toEqual([
      '/people/sergey-lavrov/',
      '/places/rossiya/',
      '/places/dushanbe/',
      '/sources/tass/',
    ]);
    const [person, russia] = records;
    expect(person?.content).toBe('Сергей Лавров\n\nSergey Lavrov\n\nминистр иностранных дел России');
    expect(person?.meta).toMatchObject({ title: 'Сергей Лавров', kind: 'person' });
    expect(person?.meta['names']).toContain('Лавровым');
    expect(person?.filters).toEqual({ kind: ['person'] });
    expect(russia?.content).toBe('Россия\n\nRussia\n\nстрана');
  });
});
