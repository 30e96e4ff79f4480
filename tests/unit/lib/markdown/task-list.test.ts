import { describe, expect, test } from 'vitest';
import type { Element, ElementContent } from 'hast';
import { labelTaskListItem } from '../../../../src/lib/markdown/task-list.ts';

const checkbox: Element = {
  type: 'element',
  tagName: 'input',
  properties: { type: 'checkbox', disabled: true },
  children: [],
};
const text = (value: string): ElementContent => ({ type: 'text', value });
const element = (tagName: string, children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties: {},
  children,
});

describe('labelTaskListItem', () => {
  test('wraps a tight task item in a label', () => {
    const item = element('li', [checkbox, text('согласовать текст')]);
    expect(labelTaskListItem(item).children).toEqual([
      element('label', [checkbox, text('согласовать текст')]),
    ]);
  });

  test('wraps the paragraph content of a loose task item', () => {
    const rest = element('p', [text('подробности')]);
    const item = element('li', [element('p', [checkbox, text('провести встречу')]), rest]);
    expect(labelTaskListItem(item).children).toEqual([
      element('p', [element('label', [checkbox, text('провести встречу')])]),
      rest,
    ]);
  });

  test('leaves ordinary items and other elements alone', () => {
    const item = element('li', [text('пункт')]);
    expect(labelTaskListItem(item)).toBe(item);
    const paragraph = element('p', [checkbox]);
    expect(labelTaskListItem(paragraph)).toBe(paragraph);
  });
});
