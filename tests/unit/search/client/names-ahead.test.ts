import { describe, expect, test } from 'vitest';
import { NameIndex } from '../../../../src/lib/names/name-index.ts';
import { NAMESAKES } from '../namesakes.ts';
import { NameTable } from '../../../../src/lib/names/name-table.ts';
import { MAX_NAMES_AHEAD, namesAhead } from '../../../../src/search/client/names-ahead.ts';

const table = NameTable.fromJSON(new NameIndex(NAMESAKES, []).toJSON());

describe('namesAhead', () => {
  test('gives the one person a typed beginning leads to, whose list the finished query reads', () => {
    expect(table.formsStartingWith('Сергей Лавр', MAX_NAMES_AHEAD).length).toBeGreaterThan(0);
    expect(namesAhead('Сергей Лавр', table)).toEqual([{ kind: 'people', id: 'sergey-lavrov' }]);
  });

  test('guesses nothing from too few letters, from too many names, or from a name nobody has', () => {
    expect(namesAhead('Се', table)).toEqual([]);
    expect(table.formsStartingWith('ил', MAX_NAMES_AHEAD).length).toBeGreaterThan(MAX_NAMES_AHEAD);
    expect(namesAhead('Иль', table)).toEqual([]);
    expect(namesAhead('Пётр Щ', table)).toEqual([]);
  });
});
