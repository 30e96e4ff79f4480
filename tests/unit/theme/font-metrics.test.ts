import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fromFile } from '@capsizecss/unpack/fs';
import postcss from 'postcss';

const FONTS_CSS = fileURLToPath(new URL('../../../src/styles/fonts.css', import.meta.url));
const METRICS = ['ascent-override', 'descent-override', 'line-gap-override'] as const;

interface FontFace {
  family: string;
  src: string;
  metrics: Record<(typeof METRICS)[number], string | undefined>;
}

function fontFaces(css: string): FontFace[] {
  const faces: FontFace[] = [];
  postcss.parse(css).walkAtRules('font-face', (rule) => {
    const value = (name: string) => {
      let found: string | undefined;
      rule.walkDecls(name, (declaration) => {
        found = declaration.value;
      });
      return found;
    };
    faces.push({
      family: value('font-family')!.replaceAll("'", ''),
      src: value('src')!,
      metrics: Object.fromEntries(METRICS.map((name) => [name, value(name)])) as FontFace['metrics'],
    });
  });
  return faces;
}

/** The overrides a face of these metrics states: its own ascent, descent and line gap per em. */
function overridesOf(font: { ascent: number; descent: number; lineGap: number; unitsPerEm: number }) {
  const percent = (units: number) => `${Number(((Math.abs(units) / font.unitsPerEm) * 100).toFixed(1))}%`;
  return {
    'ascent-override': percent(font.ascent),
    'descent-override': percent(font.descent),
    'line-gap-override': percent(font.lineGap),
  };
}

const faces = fontFaces(readFileSync(FONTS_CSS, 'utf8'));
const webFaces = faces.filter((face) => face.family === 'PT Serif');
const fallbackFaces = faces.filter((face) => face.family === 'PT Serif Fallback');

describe('fonts.css', () => {
  it('declares the PT Serif faces and a regular and a bold local fallback', () => {
    expect(webFaces.length).toBeGreaterThanOrEqual(4);
    expect(fallbackFaces).toHaveLength(2);
    for (const face of fallbackFaces) expect(face.src).toMatch(/^local\(/);
  });

  it.each(webFaces.map((face) => [face.src.match(/url\('([^']+)'\)/)![1]!, face] as const))(
    '%s states the vertical metrics its file has',
    async (url, face) => {
      const file = fileURLToPath(import.meta.resolve(url));
      expect(face.metrics).toEqual(overridesOf(await fromFile(file)));
    },
  );

  it('gives the fallback the same vertical metrics, so a late face moves no line', () => {
    for (const face of fallbackFaces) expect(face.metrics).toEqual(webFaces[0]!.metrics);
  });
});
