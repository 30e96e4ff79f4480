import { describe, expect, test } from 'vitest';
import { NameIndex } from '../../../src/lib/names/name-index.ts';
import { NameTable, type NameTableJson } from '../../../src/lib/names/name-table.ts';

describe('NameTable', () => {
  test('survives JSON: the browser looks names up exactly as the build does', () => {
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
      [],
    );
    const json = JSON.parse(JSON.stringify(index.toJSON())) as NameTableJson;
    const table = NameTable.fromJSON(json);
    const everyForm = json.flatMap(([, , forms]) => forms.map(([, text]) => text));
    expect(everyForm.length).toBeGreaterThan(20);
    for (const text of [...everyForm, 'Алиева', 'алиевым', 'Aliyev', 'Эльмиры Алиевой'])
      expect(table.lookup(text)).toEqual(index.lookup(text));
    expect(table.longestNameWords).toBe(index.longestNameWords);
  });
});
