/**
 * The content model. Articles are Markdown under `content/articles/YYYY/MM/DD-<slug>.md`;
 * people, places and sources are YAML lists the articles reference by frozen ASCII id.
 * `validateContent` (run by the content-guard integration and `npm run check`) adds what a
 * schema cannot see: dangling references, duplicate ids, folder dates, empty bodies.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentRoot } from './lib/content-root.ts';
import { articleFields } from './schemas/article.ts';
import { personSchema } from './schemas/person.ts';
import { placeSchema } from './schemas/place.ts';
import { sourceSchema } from './schemas/source.ts';

const root = contentRoot();

const articles = defineCollection({
  loader: glob({
    base: `${root}/articles`,
    pattern: '**/[^_]*.md',
    // The id is the dated path (`2022/05/12-slug`), never a slug recomputed from the title.
    generateId: ({ entry }) => entry.replace(/\.md$/, ''),
    // Pages read the rendered HTML; the Markdown source would be a second copy of every article
    // in the content store, which Astro serialises and keeps in memory for the whole build.
    retainBody: false,
  }),
  schema: z.strictObject({
    ...articleFields,
    /** The outlet that published the article. */
    source: reference('sources'),
    /** People the article is about. */
    people: z.array(reference('people')).default([]),
    /** Places the article is about. */
    places: z.array(reference('places')).default([]),
  }),
});

const people = defineCollection({ loader: file(`${root}/people.yaml`), schema: personSchema });
const places = defineCollection({ loader: file(`${root}/places.yaml`), schema: placeSchema });
const sources = defineCollection({ loader: file(`${root}/sources.yaml`), schema: sourceSchema });

export const collections = { articles, people, places, sources };
