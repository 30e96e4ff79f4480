/**
 * The federal subjects of Russia with their Russian names, from the ISO 3166-2 list of the
 * `iso-3166-2` package, whose names are romanised Russian («Moskovskaja oblast'», «Tatarstan,
 * Respublika»). The romanisation is read back letter by letter into Cyrillic.
 */
import iso from 'iso-3166-2';

/** Latin letter groups of the romanisation and their Cyrillic letters, longest first. */
const LETTERS: [string, string][] = [
  ['shch', 'щ'],
  ["'ja", 'ья'],
  ["'ya", 'ья'],
  ["'je", 'ье'],
  ["'e", 'ье'],
  ['ija', 'ия'],
  ['iy', 'ий'],
  ['yy', 'ый'],
  ['ij', 'ий'],
  ['yj', 'ый'],
  ['zh', 'ж'],
  ['kh', 'х'],
  ['ch', 'ч'],
  ['sh', 'ш'],
  ['ja', 'я'],
  ['ya', 'я'],
  ['ju', 'ю'],
  ['yu', 'ю'],
  ['jo', 'ё'],
  ['a', 'а'],
  ['b', 'б'],
  ['v', 'в'],
  ['g', 'г'],
  ['d', 'д'],
  ['e', 'е'],
  ['è', 'э'],
  ['ž', 'ж'],
  ['z', 'з'],
  ['i', 'и'],
  ['j', 'й'],
  ['k', 'к'],
  ['l', 'л'],
  ['m', 'м'],
  ['n', 'н'],
  ['o', 'о'],
  ['p', 'п'],
  ['r', 'р'],
  ['s', 'с'],
  ['t', 'т'],
  ['u', 'у'],
  ['f', 'ф'],
  ['h', 'х'],
  ['c', 'ц'],
  ['č', 'ч'],
  ['š', 'ш'],
  ['y', 'ы'],
  ["'", 'ь'],
];

/** «Moskovskaja oblast'» → «Московская область». */
export function cyrillicFromIso(latin: string): string {
  let result = '';
  let rest = latin;
  while (rest.length > 0) {
    const lower = rest.toLowerCase();
    const match = LETTERS.find(([group]) => lower.startsWith(group));
    if (!match) {
      result += rest[0];
      rest = rest.slice(1);
      continue;
    }
    const [group, letters] = match;
    const capital = rest[0] !== rest[0]!.toLowerCase();
    result += capital ? letters[0]!.toUpperCase() + letters.slice(1) : letters;
    rest = rest.slice(group.length);
  }
  return result;
}

/** One federal subject: its Russian name, a short name when it has one («Татарстан»), its kind. */
export interface RussianRegion {
  code: string;
  name: string;
  short: string | undefined;
}

/** Every federal subject but the federal cities (Москва and Санкт-Петербург are cities). */
export function russianRegions(): RussianRegion[] {
  const country = iso.country('RU');
  if (!country) throw new Error('iso-3166-2 has no RU');
  return Object.entries(country.sub)
    .filter(([, subdivision]) => subdivision.type !== 'Autonomous city')
    .map(([code, subdivision]) => {
      const cyrillic = cyrillicFromIso(subdivision.name);
      const inverted = /^(.*), (Республика)$/u.exec(cyrillic);
      return inverted
        ? { code, name: `${inverted[2]} ${inverted[1]}`, short: inverted[1] }
        : { code, name: cyrillic, short: undefined };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
}
