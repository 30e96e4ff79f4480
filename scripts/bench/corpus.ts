/**
 * Writes a deterministic synthetic archive in the layout of `content/`: sources, people and
 * places as YAML, and ~3.5 KB Russian articles spread over 25 years under
 * `articles/YYYY/MM/DD-<slug>.md`. The same seed and size always give the same files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import slugify from '@sindresorhus/slugify';
import { stringify } from 'yaml';
import { articleFile } from '../../src/lib/article-path.ts';
import { generatePeople, generatePlaces, type SyntheticPerson, type SyntheticPlace } from './names.ts';
import { seededRandom, type Random } from './random.ts';
import type { Vocabulary } from './vocabulary.ts';

const SOURCES = [
  { id: 'tass', name: 'ТАСС', url: 'https://tass.ru/' },
  { id: 'ria-novosti', name: 'РИА Новости', url: 'https://ria.ru/' },
  { id: 'interfaks', name: 'Интерфакс', url: 'https://www.interfax.ru/' },
  { id: 'kommersant', name: 'Коммерсантъ', url: 'https://www.kommersant.ru/' },
  { id: 'vedomosti', name: 'Ведомости', url: 'https://www.vedomosti.ru/' },
  { id: 'rbk', name: 'РБК', url: 'https://www.rbc.ru/' },
  { id: 'izvestiya', name: 'Известия', url: 'https://iz.ru/' },
  { id: 'rossiyskaya-gazeta', name: 'Российская газета', url: 'https://rg.ru/' },
];
const FUNCTION_WORDS =
  'в на и по с о что не к за из для от до при как также уже после между об его их этот'.split(' ');
const MONTHS = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];
const FIRST_DAY = Date.UTC(2001, 0, 1);
const DAYS = 25 * 365 + 6;
/** Target size of an article body in characters (~3.5 KB of UTF-8 with frontmatter). */
const BODY_CHARS = 1450;

export interface CorpusOptions {
  articles: number;
  seed: number;
}

export interface CorpusSummary {
  articles: number;
  people: number;
  places: number;
  sources: number;
  distinctWords: number;
  bytes: number;
  /** The newest article's day (`YYYY-MM-DD`): added articles are dated the day after. */
  newestDay: string;
  /**
   * A word of 7 letters or more that 3 to 8 articles use (the first such in alphabetical order):
   * a free-text query whose words only a few year shards hold.
   */
  rareWord: string;
}

/** People and places grow with the archive: a few thousand of each at 20k articles and more. */
export function entityCounts(articles: number): { people: number; places: number } {
  const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(max, Math.round(value)));
  return { people: clamp(articles / 8, 40, 4000), places: clamp(articles / 16, 20, 2000) };
}

/** Generates the archive into `root` (which must be empty or absent). */
export function writeCorpus(root: string, vocabulary: Vocabulary, options: CorpusOptions): CorpusSummary {
  const random = seededRandom(options.seed);
  const counts = entityCounts(options.articles);
  const people = generatePeople(counts.people, random);
  const places = generatePlaces(counts.places, random);
  mkdirSync(join(root, 'articles'), { recursive: true });
  writeFileSync(join(root, 'sources.yaml'), stringify(SOURCES));
  writeFileSync(join(root, 'people.yaml'), stringify(people));
  writeFileSync(join(root, 'places.yaml'), stringify(places));
  const writer = articleWriter(vocabulary, people, places, random);
  const words = new Set<string>();
  /** How many articles use each long word. */
  const articlesOf = new Map<string, number>();
  let bytes = 0;
  let newestDay = '';
  for (let index = 0; index < options.articles; index += 1) {
    const day = new Date(FIRST_DAY + random.int(0, DAYS - 1) * 86_400_000).toISOString().slice(0, 10);
    if (day > newestDay) newestDay = day;
    const { path, text } = writer.article(index, day);
    bytes += writeArticle(root, path, text);
    const used = new Set(text.toLowerCase().match(/[а-яё]+/gu) ?? []);
    for (const word of used) {
      words.add(word);
      if (word.length >= 7) articlesOf.set(word, (articlesOf.get(word) ?? 0) + 1);
    }
  }
  const rare = [...articlesOf].filter(([, count]) => count >= 3 && count <= 8).map(([word]) => word);
  return {
    articles: options.articles,
    people: people.length,
    places: places.length,
    sources: SOURCES.length,
    distinctWords: words.size,
    bytes,
    newestDay,
    rareWord: rare.sort()[0] ?? 'безопасности',
  };
}

/** The day after `day` (`YYYY-MM-DD`), across months and years. */
export function dayAfter(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/**
 * Adds `count` more articles dated `day` (the rebuild benchmark's "today's news"), different
 * from each other and from the corpus's; returns their paths.
 */
export function addArticles(
  root: string,
  vocabulary: Vocabulary,
  options: CorpusOptions,
  count: number,
  day: string,
): string[] {
  const random = seededRandom(options.seed);
  const counts = entityCounts(options.articles);
  const people = generatePeople(counts.people, random);
  const places = generatePlaces(counts.places, random);
  const writer = articleWriter(vocabulary, people, places, seededRandom(options.seed + 1));
  return Array.from({ length: count }, (_, offset) => {
    const { path, text } = writer.article(options.articles + offset, day);
    writeArticle(root, path, text);
    return join(root, 'articles', path);
  });
}

function writeArticle(root: string, path: string, text: string): number {
  const file = join(root, 'articles', path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return Buffer.byteLength(text);
}

function articleWriter(
  vocabulary: Vocabulary,
  people: SyntheticPerson[],
  places: SyntheticPlace[],
  random: Random,
) {
  const words = shuffled(vocabulary.words, random);
  // Word frequencies in real text are skewed: cubing a uniform draw favours the list's head.
  const word = () => words[Math.floor(words.length * random.next() ** 3)] ?? 'новость';
  const date = () => `${random.int(1, 28)} ${random.pick(MONTHS)} ${random.int(2001, 2025)} года`;

  function sentence(subjects: string[]): string {
    if (vocabulary.sentences.length > 0 && random.next() < 0.25) return random.pick(vocabulary.sentences);
    const parts: string[] = [];
    const length = random.int(8, 16);
    for (let i = 0; i < length; i += 1)
      parts.push(random.next() < 0.3 ? random.pick(FUNCTION_WORDS) : word());
    if (random.next() < 0.6) parts.splice(random.int(1, parts.length - 1), 0, random.pick(subjects));
    if (random.next() < 0.2) parts.splice(random.int(1, parts.length - 1), 0, date());
    const text = parts.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  }

  function article(index: number, day: string): { path: string; text: string } {
    const articlePeople = random.sample(people, random.int(1, 4));
    const articlePlaces = random.sample(places, random.int(1, 3));
    const subjects = [...articlePeople.map((p) => p.name), ...articlePlaces.map((p) => p.name)];
    const title = `${random.pick(subjects)}: ${Array.from({ length: random.int(4, 8) }, word).join(' ')}`;
    const slug = `${slugify(title).split('-').slice(0, 8).join('-')}-${index.toString(36)}`;
    const paragraphs: string[] = [];
    let length = 0;
    while (length < BODY_CHARS) {
      const paragraph = Array.from({ length: random.int(2, 5) }, () => sentence(subjects)).join(' ');
      paragraphs.push(paragraph);
      length += paragraph.length;
    }
    const frontmatter = stringify({
      title,
      date: day,
      source: random.pick(SOURCES).id,
      lead: sentence(subjects),
      people: articlePeople.map((p) => p.id),
      places: articlePlaces.map((p) => p.id),
    });
    return { path: articleFile(day, slug), text: `---\n${frontmatter}---\n\n${paragraphs.join('\n\n')}\n` };
  }

  return { article };
}

function shuffled<T>(items: readonly T[], random: Random): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random.next() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}
