/** Link-preview cards: `/cards/<name>.png`, rendered once per card text (src/data/preview-cards.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { previewCardPaths } from '../../data/preview-cards.ts';
import { renderCardPng } from '../../lib/og/render-card.ts';
import type { CardText } from '../../lib/og/card-layout.ts';

export const getStaticPaths = (() => previewCardPaths()) satisfies GetStaticPaths;

export const GET: APIRoute<{ text: CardText }> = async ({ props }) =>
  new Response(await renderCardPng(props.text), { headers: { 'Content-Type': 'image/png' } });
