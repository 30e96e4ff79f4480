import { describe, expect, it } from 'vitest';
import { parseFragment } from 'parse5';
import { serializeJsonLd } from '../../../src/lib/seo/json-ld.ts';

const hostile = {
  headline: 'Заголовок </script><script>alert(1)</script> и <!-- комментарий -->',
  description: 'A & B > C \u2028 line \u2029 paragraph',
};

describe('serializeJsonLd', () => {
  it('writes no character that HTML could read as the end of the script or a comment', () => {
    const json = serializeJsonLd(hostile);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain('\\u003c/script\\u003e');
    expect(json).toContain('\\u003c!--');
    expect(json).toContain('\\u2028');
  });

  it('is the same JSON value after parsing', () => {
    expect(JSON.parse(serializeJsonLd(hostile))).toEqual(hostile);
  });

  it('stays one script element, whole, when an HTML parser reads it', () => {
    const html = `<script type="application/ld+json">${serializeJsonLd(hostile)}</script><p>after</p>`;
    const nodes = parseFragment(html).childNodes;
    expect(nodes.map((node) => node.nodeName)).toEqual(['script', 'p']);
    const script = nodes[0] as unknown as { childNodes: { value: string }[] };
    expect(JSON.parse(script.childNodes[0]!.value)).toEqual(hostile);
  });

  it('refuses what is not JSON', () => {
    expect(() => serializeJsonLd(undefined)).toThrow(TypeError);
  });
});
