import { describe, expect, it } from 'vitest';
import { imageSize } from 'image-size';
import { CARD_SIZE, cardLayout, cardTitle, titleSize } from '../../../src/lib/og/card-layout.ts';
import { renderCardPng } from '../../../src/lib/og/render-card.ts';

describe('cardTitle and titleSize', () => {
  it('keeps a headline whole up to the limit, else cuts it at a word with an ellipsis', () => {
    expect(cardTitle('Короткий заголовок')).toBe('Короткий заголовок');
    const long = 'Министр иностранных дел '.repeat(10).trim();
    const cut = cardTitle(long, 60);
    expect(cut.endsWith('…')).toBe(true);
    expect([...cut].length).toBeLessThanOrEqual(61);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
  });

  it('sets long titles smaller', () => {
    expect(titleSize('Лавров')).toBeGreaterThan(titleSize('а'.repeat(100)));
  });
});

describe('cardLayout', () => {
  it('lays out kicker, title and footer on a 1200 × 630 card in PT Serif', () => {
    const card = cardLayout({ kicker: 'Летопись · Люди', title: 'Хайко Маас', footer: 'министр' });
    expect(card.props.style).toMatchObject(CARD_SIZE);
    expect(String(card.props.style['fontFamily'])).toContain('PT Serif');
    const children = card.props.children as { props: { children: string } }[];
    expect(children.map((child) => child.props.children)).toEqual([
      'Летопись · Люди',
      'Хайко Маас',
      'министр',
    ]);
  });
});

describe('renderCardPng', () => {
  it('renders a 1200 × 630 PNG', async () => {
    const png = await renderCardPng({
      kicker: 'Летопись',
      title: '«Северный поток — 2»',
      footer: '12 мая 2022 · ТАСС',
    });
    expect(imageSize(png)).toMatchObject({ type: 'png', width: 1200, height: 630 });
  });
});
