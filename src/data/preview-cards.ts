/**
 * The link-preview cards of the build (rendered by src/lib/og/): one for the site, one per
 * source and one per person and place. An article without its own picture shows its source's
 * card: a card per article cost ~20 ms of CPU each, 113 % of a 20,000-article build
 * (docs/decisions/0030-preview-cards-per-source-and-entity.md). Each card's `cacheKey` digests
 * its text, so a rebuild renders only the cards of new or renamed entities.
 */
import { getArchive, type Archive } from './archive.ts';
import { imageOf } from './article-images.ts';
import type { ArchiveArticle } from './archive.ts';
import { CARD_SIZE, type CardText } from '../lib/og/card-layout.ts';
import type { PreviewImage } from '../lib/seo/open-graph.ts';
import { siteUrl } from '../lib/seo/absolute-url.ts';
import { cacheKey } from '../lib/cache-key.ts';
import type { EntityKind } from '../lib/urls.ts';
import { browse, ui } from '../i18n/ru.ts';

/** A card: its name below `/cards/` (without `.png`) and what it says. */
export interface PreviewCard {
  name: string;
  text: CardText;
}

const KICKERS = { people: ui.navPeople, places: ui.navPlaces, sources: ui.navSources } as const;

/** The site's own card, for the home page, the date archive and the indexes. */
export function siteCard(): PreviewCard {
  return { name: 'site', text: { kicker: ui.siteName, title: ui.siteName, footer: ui.siteTagline } };
}

/** The card of a person, place or source. */
export function entityCard(archive: Archive, kind: EntityKind, id: string): PreviewCard {
  const kicker = `${ui.siteName} · ${KICKERS[kind]}`;
  const name = `${kind}/${id}`;
  if (kind === 'people') {
    const person = archive.people.get(id);
    return { name, text: { kicker, title: person?.name ?? id, footer: person?.description ?? '' } };
  }
  if (kind === 'places') {
    const place = archive.places.get(id);
    const within = place?.within ? archive.places.get(place.within)?.name : undefined;
    const kindName = place ? ui.placeKinds[place.kind] : '';
    return {
      name,
      text: { kicker, title: place?.name ?? id, footer: within ? `${kindName}, ${within}` : kindName },
    };
  }
  const source = archive.sources.get(id);
  return {
    name,
    text: {
      kicker,
      title: source?.name ?? id,
      footer: `${browse.sourceSite}: ${source ? new URL(source.url).host : id}`,
    },
  };
}

/** What the card shows, for readers who cannot see it. */
function cardAlt(card: PreviewCard): string {
  return [card.text.title, card.text.footer, card.text.kicker].filter(Boolean).join('. ');
}

/** The `og:image` of a card. */
export function cardImage(card: PreviewCard): PreviewImage {
  return {
    url: siteUrl(`/cards/${card.name}.png`),
    ...CARD_SIZE,
    alt: cardAlt(card),
    type: 'image/png',
  };
}

/** An article's preview: its own picture, else its source's card. */
export function articlePreviewImage(article: ArchiveArticle, archive: Archive): PreviewImage {
  const image = imageOf(article);
  return image
    ? {
        url: siteUrl(image.sitePath),
        width: image.width,
        height: image.height,
        alt: image.alt,
        type: image.mediaType,
      }
    : cardImage(entityCard(archive, 'sources', article.sourceId));
}

/** Every card of the build, with its static path and cache key. */
export async function previewCardPaths() {
  const archive = await getArchive();
  const cards = [
    siteCard(),
    ...(['sources', 'people', 'places'] as const).flatMap((kind) =>
      [...archive[kind].keys()].map((id) => entityCard(archive, kind, id)),
    ),
  ];
  return cards.map((card) => ({
    params: { card: card.name },
    props: { text: card.text },
    cacheKey: cacheKey(card.text),
  }));
}
