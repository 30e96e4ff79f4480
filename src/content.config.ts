/**
 * The content model. Articles are Markdown under `content/articles/YYYY/MM/DD-<slug>.md`;
 * people, places and sources are YAML lists the articles reference by frozen ASCII id.
 * `validateContent` (run by the content-guard integration and `npm run check`) adds what a
 * schema cannot see: dangling references, duplicate ids, folder dates, empty bodies.
 */
import { defineCollection, reference } from 'astro:content';
import { file } from 'astro/loaders';
import { articleFiles } from './loaders/article-files.ts';
import { z } from 'astro/zod';
import { settings } from './settings.ts';
import { articleFields } from './schemas/article.ts';
import { personSchema } from './schemas/person.ts';
import { placeSchema } from './schemas/place.ts';
import { sourceSchema } from './schemas/source.ts';

const root = settings().LETOPIS_CONTENT;

const articles = defineCollection({
  // Frontmatter only: pages render the body they show (see src/loaders/article-files.ts).
  loader: articleFiles(`${root}/articles`),
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
