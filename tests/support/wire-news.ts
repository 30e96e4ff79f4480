/**
 * JSON Lines of wire stories as an outlet's feed hands them over, for the tests that import in
 * bulk: Moscow datelines, officials named as published, and a new person in most stories.
 * Two outlets given the same `count` report the same events: the same titles on the same
 * days, which is what two imports at once used to collide on.
 */

const TEMPLATES = [
  (place: string) => `В ${place} открыли новый центр госуслуг`,
  (place: string) => `Губернатор рассказал о ремонте дорог в ${place}`,
  (place: string) => `В ${place} прошли учения МЧС`,
  (place: string) => `Власти ${place} отчитались о подготовке к зиме`,
  (place: string) => `В ${place} обсудили строительство новой школы`,
  (place: string) => `Жители ${place} пожаловались на перебои с отоплением`,
  (place: string) => `В ${place} стартовал приём заявок на гранты`,
  (place: string) => `Прокуратура ${place} проверит управляющие компании`,
];

/** Places in the prepositional/genitive form the templates need (both read the same here). */
const PLACES = [
  'Твери',
  'Рязани',
  'Калуге',
  'Туле',
  'Пензе',
  'Перми',
  'Казани',
  'Самаре',
  'Уфе',
  'Омске',
  'Томске',
  'Чите',
  'Сочи',
  'Ялте',
  'Керчи',
  'Вологде',
];

const FIRST_NAMES = ['Ирина', 'Ольга', 'Наталья', 'Елена', 'Татьяна', 'Марина', 'Светлана', 'Анна'];
const SURNAMES_A = ['Волкова', 'Соколова', 'Морозова', 'Лебедева', 'Козлова', 'Новикова'];
const SURNAMES_B = ['Андреев', 'Никитин', 'Захаров', 'Борисов', 'Григорьев', 'Титов'];
const MALE_FIRST_NAMES = ['Алексей', 'Дмитрий', 'Игорь', 'Павел', 'Роман', 'Виктор', 'Олег', 'Максим'];

export interface WireOptions {
  /** How many stories. */
  count: number;
  /** The outlet as the feed names it: `ТАСС`, `РИА Новости`. */
  source: string;
  /** The outlet's story address, `https://tass.ru/obschestvo/` (the index is appended). */
  urlPrefix: string;
  /** Which pool the new people come from: each outlet its own, so each brings different people. */
  people: 'a' | 'b';
  /**
   * Every tenth story also names this person, spelled as this outlet spells them («Пётр
   * Толстой» / «Петр Толстой»): one person, whose new id both imports would write.
   */
  shared?: string;
}

/** The stories as JSON Lines text, one per line. */
export function wireStories({ count, source, urlPrefix, people, shared }: WireOptions): string {
  const lines: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const template = TEMPLATES[index % TEMPLATES.length]!;
    const place = PLACES[Math.floor(index / TEMPLATES.length) % PLACES.length]!;
    const round = Math.floor(index / (TEMPLATES.length * PLACES.length));
    const day = String((index % 28) + 1).padStart(2, '0');
    const month = String(3 + (round % 9)).padStart(2, '0');
    const person =
      people === 'a'
        ? `${FIRST_NAMES[index % FIRST_NAMES.length]} ${SURNAMES_A[Math.floor(index / 8) % SURNAMES_A.length]}`
        : `${MALE_FIRST_NAMES[index % MALE_FIRST_NAMES.length]} ${SURNAMES_B[Math.floor(index / 8) % SURNAMES_B.length]}`;
    const named = [person, ...(shared && index % 10 === 0 ? [shared] : [])];
    lines.push(
      JSON.stringify({
        title: template(place),
        date: `2023-${month}-${day}T${String(9 + (index % 9)).padStart(2, '0')}:${String(index % 60).padStart(2, '0')}:00+03:00`,
        source,
        url: `${urlPrefix}${17_204_000 + index}`,
        lead: `${named.join(' и ')} — о главном за день.`,
        text: `МОСКВА. /${source}/. Об этом журналистам сообщили в пресс-службе регионального правительства. На встрече присутствовали: ${named.join(', ')}.\n\nПодробности уточняются.`,
        people: named,
        places: ['Москва'],
      }),
    );
  }
  return `${lines.join('\n')}\n`;
}
