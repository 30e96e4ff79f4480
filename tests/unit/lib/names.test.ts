import { describe, expect, test } from 'vitest';
import { personNameForms } from '../../../src/lib/names/person-forms.ts';
import { placeNameForms } from '../../../src/lib/names/place-forms.ts';
import { NameIndex } from '../../../src/lib/names/name-index.ts';
import { normalizeName } from '../../../src/lib/names/normalize.ts';

const texts = (forms: { text: string }[]) => forms.map((form) => form.text);

describe('personNameForms', () => {
  test('declines first name and surname in all six cases', () => {
    const forms = texts(personNameForms({ name: 'Сергей Лавров', nameLatin: 'Sergey Lavrov' }));
    for (const form of [
      'Сергей Лавров',
      'Сергея Лаврова',
      'Сергею Лаврову',
      'Сергеем Лавровым',
      'Сергее Лаврове',
      'Лавровым',
      'Сергея',
      'Sergey Lavrov',
    ]) {
      expect(forms).toContain(form);
    }
  });

  test('uses the given gender where the name does not tell', () => {
    const forms = texts(
      personNameForms({ name: 'Шарль Мишель', nameLatin: 'Charles Michel', gender: 'male' }),
    );
    expect(forms).toContain('Шарля Мишеля');
    expect(forms).toContain('Мишелем');
  });

  test('declines a woman’s surname as feminine', () => {
    const forms = texts(personNameForms({ name: 'Эльмира Алиева', nameLatin: 'Elmira Aliyeva' }));
    expect(forms).toContain('Алиевой');
    expect(forms).not.toContain('Алиевым');
  });
});

describe('placeNameForms', () => {
  test('declines adjective and noun together', () => {
    expect(texts(placeNameForms({ name: 'Нагорный Карабах', nameLatin: 'Nagorno-Karabakh' }))).toEqual([
      'Нагорный Карабах',
      'Нагорного Карабаха',
      'Нагорному Карабаху',
      'Нагорным Карабахом',
      'Нагорном Карабахе',
      'Nagorno-Karabakh',
    ]);
  });

  test('leaves indeclinable loan names alone and keeps abbreviations as written', () => {
    expect(texts(placeNameForms({ name: 'Душанбе', nameLatin: 'Dushanbe' }))).toEqual([
      'Душанбе',
      'Dushanbe',
    ]);
    const russia = texts(placeNameForms({ name: 'Россия', nameLatin: 'Russia', aliases: ['РФ'] }));
    expect(russia).toEqual(['Россия', 'России', 'Россию', 'Россией', 'Russia', 'РФ']);
  });

  test('follows an explicit gender', () => {
    expect(texts(placeNameForms({ name: 'Казань', nameLatin: 'Kazan', gender: 'feminine' }))).toContain(
      'Казанью',
    );
  });
});

describe('NameIndex', () => {
  const index = new NameIndex(
    [
      [
        'ilkham-aliev',
        { id: 'ilkham-aliev', name: 'Ильхам Алиев', nameLatin: 'Ilham Aliyev', description: '' },
      ],
      [
        'elmira-alieva',
        { id: 'elmira-alieva', name: 'Эльмира Алиева', nameLatin: 'Elmira Aliyeva', description: '' },
      ],
    ],
    [['dushanbe', { id: 'dushanbe', name: 'Душанбе', nameLatin: 'Dushanbe', kind: 'city' }]],
  );

  test('finds an entity by any case, Latin spelling, and regardless of letter case and ё', () => {
    expect(index.lookup('алиевым').map((m) => m.id)).toEqual(['ilkham-aliev']);
    expect(index.lookup('ILHAM ALIYEV').map((m) => m.id)).toEqual(['ilkham-aliev']);
    expect(index.lookup('Душанбе')[0]).toMatchObject({ kind: 'places', id: 'dushanbe' });
    expect(index.lookup('Лаврентьев')).toEqual([]);
  });

  test('puts the entity whose nominative matches first when a form is shared', () => {
    expect(index.lookup('Алиева').map((m) => m.id)).toEqual(['elmira-alieva', 'ilkham-aliev']);
  });

  test('normalizes spelling differences away', () => {
    expect(normalizeName('  Пётр   Иванов-Петров! ')).toBe('петр иванов петров');
  });
});
