/** Reading built HTML in Node without a browser (parse5, the parser browsers follow). */
import { parse } from 'parse5';

/** An element as the checks need it: its name, attributes and text. */
export interface HtmlElement {
  name: string;
  attrs: Record<string, string>;
  text: string;
}

interface Node {
  nodeName: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: { childNodes: Node[] };
}

/** Every element of a document, in document order (template contents included). */
export function htmlElements(html: string): HtmlElement[] {
  const found: HtmlElement[] = [];
  const visit = (node: Node) => {
    if (node.attrs) {
      found.push({
        name: node.nodeName,
        attrs: Object.fromEntries(node.attrs.map((attr) => [attr.name, attr.value])),
        text: textOf(node),
      });
    }
    for (const child of [...(node.childNodes ?? []), ...(node.content?.childNodes ?? [])]) visit(child);
  };
  visit(parse(html));
  return found;
}

function textOf(node: Node): string {
  if (node.nodeName === '#text') return node.value ?? '';
  return (node.childNodes ?? []).map(textOf).join('');
}
