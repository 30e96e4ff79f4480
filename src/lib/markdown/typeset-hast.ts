/** Applies Russian typesetting to the text inside one HTML block, leaving code alone. */
import type { Element, ElementContent, Text } from 'hast';
import { typesetRun } from '../typography.ts';

/** Elements whose text is typeset as one run: a paragraph, a heading, a cell, an item. */
export const TEXT_BLOCKS = [
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'td',
  'th',
  'dt',
  'dd',
  'figcaption',
  'caption',
];

const VERBATIM = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'math', 'svg']);

/** A copy of `block` whose text is typeset; code and preformatted text stay as written. */
export function typesetElement(block: Readonly<Element>): Element {
  const texts: Text[] = [];
  const copy = cloneCollecting(block, texts) as Element;
  const typeset = typesetRun(texts.map((text) => text.value));
  texts.forEach((text, index) => {
    text.value = typeset[index] ?? text.value;
  });
  return copy;
}

function cloneCollecting(node: Readonly<ElementContent | Element>, texts: Text[]): ElementContent {
  if (node.type === 'text') {
    const copy: Text = { type: 'text', value: node.value };
    texts.push(copy);
    return copy;
  }
  if (node.type !== 'element' || VERBATIM.has(node.tagName)) return structuredClone(node);
  return {
    ...node,
    properties: { ...node.properties },
    children: node.children.map((child) => cloneCollecting(child, texts)),
  };
}
