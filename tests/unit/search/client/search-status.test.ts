import { describe, expect, test } from 'vitest';
import {
  countStatus,
  searchLeftLabel,
  searchingLeftStatus,
  shownInsteadStatus,
} from '../../../../src/search/client/search-status.ts';

describe('search status', () => {
  test('the count, with the years when part of the archive was searched', () => {
    expect(countStatus(5)).toBe('Найдено 5\u00a0материалов');
    expect(countStatus(1, ['2025', '2025'])).toBe('Найден 1\u00a0материал за 2025 год');
    expect(countStatus(1_500, ['2022', '2025'])).toBe('Найдено 1\u00a0500\u00a0материалов за 2022–2025 годы');
    expect(countStatus(0)).toBe('Ничего не найдено.');
    expect(countStatus(0, ['2024', '2025'])).toBe('Ничего не найдено за 2024–2025 годы.');
  });

  test('the button that searches the rest, and the status while it does', () => {
    expect(searchLeftLabel(['2001', '2021'])).toBe('Искать ещё в 2001–2021 годах');
    expect(searchLeftLabel(['2019', '2019'])).toBe('Искать ещё в 2019 году');
    expect(searchingLeftStatus(['2001', '2021'])).toBe('Ищем в 2001–2021 годах…');
  });

  test('the results of a corrected query, shown as the query typed found none', () => {
    expect(shownInsteadStatus('Меркал', 'Меркель', 21)).toBe(
      'По запросу «Меркал» ничего не найдено. Показаны материалы по запросу «Меркель»: 21\u00a0материал.',
    );
    expect(shownInsteadStatus('переговры в Брюселе', 'переговоры в Брюсселе', 1_204)).toBe(
      'По запросу «переговры в Брюселе» ничего не найдено. Показаны материалы по запросу «переговоры в Брюсселе»: 1\u00a0204\u00a0материала.',
    );
  });
});
