/**
 * Renders a link-preview card to PNG at build time: Satori lays the card out and turns its
 * text into SVG paths, resvg rasterises the SVG. Measured on the team's 2-core machine: ~10 ms
 * Satori plus ~20 ms resvg a card (~23 ms of CPU); astro-og-canvas (CanvasKit) took ~34 ms of
 * CPU and ~99 ms of wall time for the same card
 * (docs/decisions/0030-preview-cards-per-source-and-entity.md).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { CARD_SIZE, cardLayout, type CardText } from './card-layout.ts';

type SatoriFont = Parameters<typeof satori>[1]['fonts'][number];

let fonts: SatoriFont[] | undefined;

/** PT Serif, regular and bold, Cyrillic and Latin: the faces the site itself uses. */
function cardFonts(): SatoriFont[] {
  if (fonts) return fonts;
  const require = createRequire(import.meta.url);
  const file = (subset: string, weight: number) =>
    readFileSync(require.resolve(`@fontsource/pt-serif/files/pt-serif-${subset}-${weight}-normal.woff`));
  fonts = (['cyrillic', 'latin'] as const).flatMap((subset) =>
    ([400, 700] as const).map((weight) => ({
      name: `PT Serif ${subset === 'cyrillic' ? 'Cyrillic' : 'Latin'}`,
      data: file(subset, weight),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

/** The card as a PNG file's bytes. */
export async function renderCardPng(card: CardText): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await satori(cardLayout(card) as Parameters<typeof satori>[0], {
    ...CARD_SIZE,
    fonts: cardFonts(),
  });
  return new Uint8Array(new Resvg(svg, { fitTo: { mode: 'original' } }).render().asPng());
}
