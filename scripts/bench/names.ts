/**
 * Real-looking Russian people and places for the synthetic archive: first names × surnames
 * with their female forms (Иванов → Иванова, Островский → Островская), and place names built
 * from common Russian roots and suffixes (Новогорск, Верхнеречье), each with a frozen ASCII id.
 */
import slugify from '@sindresorhus/slugify';
import type { Random } from './random.ts';

const MALE_FIRST =
  'Александр Алексей Анатолий Андрей Антон Аркадий Артём Борис Вадим Валентин Валерий Василий Виктор Виталий Владимир Владислав Вячеслав Геннадий Георгий Глеб Григорий Даниил Денис Дмитрий Евгений Егор Иван Игорь Илья Кирилл Константин Леонид Максим Марк Матвей Михаил Никита Николай Олег Павел Пётр Роман Руслан Святослав Семён Сергей Станислав Степан Тимофей Фёдор Юрий Ярослав'.split(
    ' ',
  );
const FEMALE_FIRST =
  'Александра Алина Алла Анастасия Ангелина Анна Антонина Валентина Валерия Вера Вероника Виктория Галина Дарья Диана Евгения Екатерина Елена Елизавета Жанна Зинаида Зоя Инна Ирина Карина Кира Ксения Лариса Лидия Любовь Людмила Маргарита Марина Мария Надежда Наталья Нина Оксана Ольга Полина Раиса Светлана Софья Тамара Татьяна Ульяна Юлия Яна'.split(
    ' ',
  );
/** Masculine surnames; the feminine form is derived by `feminineSurname`. */
const SURNAMES =
  'Абрамов Агапов Александров Алексеев Андреев Антонов Архипов Афанасьев Баранов Белов Белоусов Беляев Богданов Борисов Быков Васильев Виноградов Волков Воробьёв Воронов Гаврилов Герасимов Голубев Гончаров Горбунов Григорьев Гусев Давыдов Данилов Денисов Дмитриев Донской Евдокимов Егоров Ермаков Ершов Жуков Журавлёв Зайцев Захаров Зимин Зуев Иванов Игнатьев Ильин Калинин Карпов Киселёв Ковалёв Козлов Колесников Комаров Кондратьев Константинов Копылов Крылов Кудрявцев Кузнецов Кузьмин Лаптев Лебедев Литвинов Лукин Макаров Максимов Мартынов Медведев Мельников Миронов Михайлов Морозов Муравьёв Назаров Никитин Николаев Новиков Орлов Осипов Островский Павлов Панов Петров Плотников Поляков Пономарёв Попов Прохоров Раевский Родионов Романов Рябов Савельев Самойлов Семёнов Сергеев Сидоров Смирнов Соболев Соколов Соловьёв Сорокин Степанов Субботин Суханов Тарасов Тимофеев Титов Третьяков Трофимов Успенский Устинов Федотов Филатов Филиппов Фомин Фролов Харитонов Чернов Шаповалов Шестаков Широков Щербаков Юдин Яковлев Яшин Белинский Вяземский Заречный Луговской Полевой Трубецкой Черных Седых Гурко Бондаренко Шевчук Коваль'.split(
    ' ',
  );
const ROLES = [
  'губернатор',
  'мэр',
  'депутат Государственной думы',
  'министр',
  'заместитель министра',
  'сенатор',
  'пресс-секретарь',
  'директор завода',
  'ректор университета',
  'главный врач',
  'председатель суда',
  'прокурор',
  'тренер',
  'футболист',
  'писатель',
  'режиссёр',
  'актриса',
  'экономист',
  'политолог',
  'глава района',
  'предприниматель',
  'учёный',
  'посол',
  'спортсменка',
  'художник',
];

const PLACE_PREFIXES = [
  'Ново',
  'Старо',
  'Верхне',
  'Нижне',
  'Красно',
  'Бело',
  'Черно',
  'Сосново',
  'Камен',
  'Бор',
  'Лес',
  'Речн',
  'Озёр',
  'Заречн',
  'Светло',
  'Медвеж',
  'Берёз',
  'Ольхов',
  'Лип',
  'Солн',
  'Горн',
  'Степн',
  'Полев',
  'Луг',
  'Дуб',
  'Ключ',
  'Серебр',
  'Золот',
  'Мирн',
  'Волж',
  'Донск',
  'Камск',
  'Угл',
  'Кедр',
  'Рябин',
  'Калин',
  'Сокол',
  'Лебед',
  'Журавл',
  'Оленье',
];
const PLACE_SUFFIXES = [
  'горск',
  'град',
  'озёрск',
  'речье',
  'бург',
  'поль',
  'ск',
  'ово',
  'ево',
  'ино',
  'овка',
  'инск',
  'ец',
  'ное',
  'ский',
  'польск',
  'дар',
  'мир',
  'горье',
  'лесье',
];
const REGION_KINDS = ['область', 'край', 'район'];

export interface SyntheticPerson {
  id: string;
  name: string;
  nameLatin: string;
  description: string;
  gender: 'male' | 'female';
}

export interface SyntheticPlace {
  id: string;
  name: string;
  nameLatin: string;
  kind: 'city' | 'region';
}

/** Иванов → Иванова, Островский → Островская, Полевой → Полевая; others stay (Черных, Гурко). */
export function feminineSurname(surname: string): string {
  if (/(ов|ев|ёв|ин|ын)$/.test(surname)) return `${surname}а`;
  if (/(ский|цкий)$/.test(surname)) return `${surname.slice(0, -2)}ая`;
  if (/(ой|ый)$/.test(surname)) return `${surname.slice(0, -2)}ая`;
  return surname;
}

/** Latin spelling as readers type it: the transliterated slug with capitalised words. */
export function latinName(name: string): string {
  return slugify(name, { separator: ' ', lowercase: true })
    .split(' ')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

/** `count` distinct people, about a third of them women. */
export function generatePeople(count: number, random: Random): SyntheticPerson[] {
  const people: SyntheticPerson[] = [];
  const ids = new Set<string>();
  while (people.length < count) {
    const gender = random.next() < 0.35 ? 'female' : 'male';
    const first = random.pick(gender === 'female' ? FEMALE_FIRST : MALE_FIRST);
    const surname = random.pick(SURNAMES);
    const name = `${first} ${gender === 'female' ? feminineSurname(surname) : surname}`;
    const id = uniqueId(slugify(name), ids);
    people.push({ id, name, nameLatin: latinName(name), description: random.pick(ROLES), gender });
  }
  return people;
}

/** `count` distinct places: mostly towns, one in eight a region («Новогорская область»). */
export function generatePlaces(count: number, random: Random): SyntheticPlace[] {
  const places: SyntheticPlace[] = [];
  const names = new Set<string>();
  const ids = new Set<string>();
  let attempts = 0;
  while (places.length < count) {
    const town = random.pick(PLACE_PREFIXES) + random.pick(PLACE_SUFFIXES);
    const region = random.next() < 0.125;
    // Past ~800 towns the roots run out: a numbered «Новогорск-2» keeps names distinct.
    const base = region ? regionName(town, random.pick(REGION_KINDS)) : town;
    const name = names.has(base) || attempts > count * 20 ? `${base}-${places.length + 1}` : base;
    attempts += 1;
    if (names.has(name)) continue;
    names.add(name);
    places.push({
      id: uniqueId(slugify(name), ids),
      name,
      nameLatin: latinName(name),
      kind: region ? 'region' : 'city',
    });
  }
  return places;
}

/** «Новогорск» + «область» → «Новогорская область». */
function regionName(town: string, kind: string): string {
  const stem = town.replace(/(ск|ский|ое|ово|ево|ино|овка|ец|ье|град|бург|поль|дар|мир)$/u, '');
  const adjective = kind === 'край' || kind === 'район' ? `${stem}ский` : `${stem}ская`;
  return `${adjective} ${kind}`;
}

function uniqueId(id: string, taken: Set<string>): string {
  let candidate = id;
  for (let n = 2; taken.has(candidate); n += 1) candidate = `${id}-${n}`;
  taken.add(candidate);
  return candidate;
}
