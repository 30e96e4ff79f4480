/**
 * The layout of a link-preview card (1200 × 630, the size Open Graph and X show large): the
 * site name on top, the title in the middle, a line of facts at the bottom, in the site's
 * colours and PT Serif. Written as the element tree Satori lays out (its JSX without JSX).
 */

/** The size of every card, in pixels. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** What a card says. */
export interface CardText {
  /** The typeset title: a headline, a name. */
  title: string;
  /** A line above the title: «Летопись», or «Летопись · Люди». */
  kicker: string;
  /** The line of facts under the title: date and source, or a description. */
  footer: string;
}

/** An element as Satori reads it (React's shape, without React). */
export interface CardElement {
  type: string;
  props: { style: Record<string, string | number>; children: string | CardElement | CardElement[] };
}

/** The font families, one per subset file (PT Serif comes split into Cyrillic and Latin files). */
export const CARD_FONT_FAMILY = '"PT Serif Cyrillic", "PT Serif Latin"';

const COLOURS = {
  background: '#fdfcf9',
  text: '#1b1b1b',
  muted: '#595959',
  accent: '#8a1c1c',
  line: '#d9d5cc',
};

/** The font size of the title: smaller for long headlines, so three lines hold ~140 characters. */
export function titleSize(title: string): number {
  const length = [...title].length;
  if (length <= 40) return 72;
  if (length <= 80) return 60;
  if (length <= 120) return 50;
  return 42;
}

/** Longer titles are cut at a word with an ellipsis: a card is not the article. */
export function cardTitle(title: string, limit = 160): string {
  const characters = [...title];
  if (characters.length <= limit) return title;
  const cut = characters.slice(0, limit).join('');
  const atWord = cut.slice(0, Math.max(cut.lastIndexOf(' '), limit / 2));
  return `${atWord.replace(/[\s,.:;—-]+$/u, '')}…`;
}

const element = (
  type: string,
  style: Record<string, string | number>,
  children: CardElement['props']['children'],
): CardElement => ({ type, props: { style, children } });

/** The card's element tree. */
export function cardLayout(card: CardText): CardElement {
  const title = cardTitle(card.title);
  return element(
    'div',
    {
      width: CARD_SIZE.width,
      height: CARD_SIZE.height,
      display: 'flex',
      flexDirection: 'column',
      boxSizing: 'border-box',
      padding: '56px 72px',
      background: COLOURS.background,
      color: COLOURS.text,
      fontFamily: CARD_FONT_FAMILY,
      borderTop: `16px solid ${COLOURS.accent}`,
    },
    [
      element('div', { display: 'flex', fontSize: 32, fontWeight: 700, color: COLOURS.accent }, card.kicker),
      element(
        'div',
        {
          display: 'flex',
          flexGrow: 1,
          alignItems: 'center',
          fontSize: titleSize(title),
          fontWeight: 700,
          lineHeight: 1.15,
        },
        title,
      ),
      element(
        'div',
        {
          display: 'flex',
          fontSize: 30,
          color: COLOURS.muted,
          borderTop: `2px solid ${COLOURS.line}`,
          paddingTop: 20,
        },
        card.footer,
      ),
    ],
  );
}
