/**
 * GFM task lists render a bare `<input type="checkbox">` per item, which has no accessible
 * name (axe: "Form elements must have labels"). Wrapping the item's content in a `<label>`
 * names each checkbox by its own text.
 */
import type { Element, ElementContent } from 'hast';

const isCheckbox = (node: ElementContent | undefined): boolean =>
  node?.type === 'element' && node.tagName === 'input' && node.properties['type'] === 'checkbox';

/** The content of a task item wrapped in a `<label>`; other elements come back unchanged. */
export function labelTaskListItem(item: Element): Element {
  if (item.tagName !== 'li') return item;
  const [first] = item.children;
  if (isCheckbox(first)) return { ...item, children: [label(item.children)] };
  // A loose list puts each item's content in a paragraph.
  if (first?.type === 'element' && first.tagName === 'p' && isCheckbox(first.children[0])) {
    return {
      ...item,
      children: [{ ...first, children: [label(first.children)] }, ...item.children.slice(1)],
    };
  }
  return item;
}

function label(children: ElementContent[]): Element {
  return { type: 'element', tagName: 'label', properties: {}, children };
}
