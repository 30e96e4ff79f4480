/**
 * Every string the interface shows, in one place. Components import `ui`; nothing in
 * `src/pages` or `src/components` spells out Russian interface text itself.
 */
import type { PluralForms } from '../lib/plural.ts';

export const ui = {
  siteName: 'Летопись',
  siteTagline: 'Архив русскоязычных новостей',
  skipToContent: 'Перейти к содержанию',
  mainNavigation: 'Основная навигация',
  navHome: 'Главная',
  navPeople: 'Люди',
  navPlaces: 'Места',
  navSources: 'Источники',
  navSearch: 'Поиск',
  homeTitle: 'Новые материалы',
  /** The home list's numbered pages (`/page/N/`): older articles, counted from the first. */
  allArticlesTitle: 'Все материалы',
  published: 'Опубликовано',
  source: 'Источник',
  people: 'Люди',
  places: 'Места',
  originalLink: 'Оригинал публикации',
  personArticles: 'Материалы с упоминанием',
  placeArticles: 'Материалы о месте',
  sourceArticles: 'Материалы источника',
  within: 'Входит в',
  noArticles: 'Материалов пока нет.',
  footnotesLabel: 'Примечания',
  footnoteBackLabel: 'Вернуться к сноске {reference}',
  theme: {
    label: 'Тема оформления',
    light: 'Светлая',
    dark: 'Тёмная',
    system: 'Как в системе',
  },
  feeds: { subscribe: 'Подписаться', rss: 'RSS', jsonFeed: 'JSON Feed' },
  updated: 'Обновлено',
  timeline: {
    heading: 'Упоминания по годам',
    headingMonths: 'Упоминания по месяцам',
    table: 'Таблицей',
    period: 'Период',
    count: 'Материалов',
  },
  moreMentions: 'ещё {count}',
  movedTitle: 'Страница переехала',
  movedText: 'Эта запись объединена с другой. Её материалы теперь на странице',
  notFoundTitle: 'Страница не найдена',
  notFoundText: 'Такой страницы в архиве нет: возможно, адрес набран с ошибкой или материал переехал.',
  notFoundHint: 'Попробуйте:',
  notFoundArchive: 'архив по датам',
  notFoundHome: 'главную страницу с новыми материалами',
  notFoundSearch: 'поиск по архиву',
  placeKinds: {
    country: 'страна',
    region: 'регион',
    city: 'город',
    district: 'район',
    organization: 'организация',
    other: 'место',
  },
  search: {
    title: 'Поиск',
    formLabel: 'Поиск по архиву',
    inputLabel: 'Имя, место, дата или слово',
    placeholder: 'Лавров, в Душанбе, 12 мая 2022',
    submit: 'Найти',
    shortcutHint: 'Клавиша «/» или Ctrl+K — к поиску с любой страницы.',
    slashShortcut: 'Переходить к поиску клавишей «/»',
    /**
     * Without JavaScript: «Поиск работает с JavaScript; без него ищите по датам, по людям и по
     * местам.» (the archive, the people's and the places' pages), short enough for two lines.
     */
    noScript: 'Поиск работает с JavaScript; без него ищите',
    byDate: 'по датам',
    byPeople: 'по людям',
    and: 'и',
    byPlaces: 'по местам',
    prompt: 'Введите имя, место, дату или слово — или выберите фильтр.',
    loading: 'Ищем…',
    nothingFound: 'Ничего не найдено.',
    /**
     * The count of a name's articles when some only mention it in their text, not tagged with
     * it: «Найдено 9 материалов: 1 с меткой, 8 упоминают в тексте».
     */
    taggedAndMentioning: '{found}: {tagged} с меткой, {mentioning} в тексте',
    noneTagged: '{found}: {mentioning} в тексте, без метки',
    /** A query word that matches nothing, and the nearest name or word of the archive. */
    didYouMean: 'Возможно, вы имели в виду',
    /** The status when the results shown are the suggestion's. */
    shownInstead: 'По запросу «{typed}» ничего не найдено. Показаны материалы по запросу «{shown}»: {count}.',
    failed: 'Поиск не загрузился. Обновите страницу.',
    filtersHeading: 'Фильтры',
    filterLabels: { person: 'Люди', place: 'Места', source: 'Источник', year: 'Год', month: 'Месяц' },
    sortLabel: 'Порядок',
    sorts: { relevance: 'по релевантности', newest: 'сначала новые', oldest: 'сначала старые' },
    allMaterials: '{name} — все материалы',
    periodMaterials: 'Все материалы за {period}',
    yearPeriod: '{year} год',
    clearFilters: 'Сбросить фильтры',
    showMore: 'Показать ещё',
    /** After a count found in part of the archive: «Найдено 5 материалов за 2024–2025 годы». */
    inYear: 'за {year} год',
    inYears: 'за {first}–{last} годы',
    nothingFoundIn: 'Ничего не найдено {period}.',
    /** The button that searches the rest of the archive, and its status while it does. */
    searchYear: 'Искать ещё в {year} году',
    searchYears: 'Искать ещё в {first}–{last} годах',
    searchingYear: 'Ищем в {year} году…',
    searchingYears: 'Ищем в {first}–{last} годах…',
    entitiesHeading: 'Люди, места и источники',
    articlesHeading: 'Материалы',
    entityKinds: { person: 'человек', place: 'место', source: 'источник' },
  },
} as const;

/** Nouns counted in the interface, in their three plural forms. */
export const nouns = {
  article: ['материал', 'материала', 'материалов'],
  person: ['человек', 'человека', 'человек'],
  place: ['место', 'места', 'мест'],
  mention: ['упоминание', 'упоминания', 'упоминаний'],
  /** «1 упоминает», «8 упоминают»: the verb agrees with the count. */
  mentioning: ['упоминает', 'упоминают', 'упоминают'],
  /** «Найден 1 материал», «найдено 5 материалов»: the verb agrees with the count. */
  found: ['Найден', 'Найдено', 'Найдено'],
} as const satisfies Record<string, PluralForms>;

export type PlaceKind = keyof typeof ui.placeKinds;

/** Strings of the browsing pages: date archive, indexes, pagination, article navigation. */
export const browse = {
  navArchive: 'Архив',
  archiveTitle: 'Архив по датам',
  archiveDescription: 'Все годы и месяцы архива с числом материалов',
  yearTitle: '{year} год',
  dayArticles: 'Материалы за день',
  calendar: 'Календарь',
  weekdays: [
    ['Пн', 'понедельник'],
    ['Вт', 'вторник'],
    ['Ср', 'среда'],
    ['Чт', 'четверг'],
    ['Пт', 'пятница'],
    ['Сб', 'суббота'],
    ['Вс', 'воскресенье'],
  ],
  periodNavigation: 'Соседние периоды',
  earlier: 'Раньше',
  later: 'Позже',
  breadcrumbs: 'Навигационная цепочка',
  pagination: 'Страницы',
  /** Newer articles (the page before in reading order). */
  previousPage: 'Предыдущая страница',
  /** Older articles. */
  nextPage: 'Следующая страница',
  /** A numbered page: numbers count from the oldest articles, so no total. */
  pageOf: 'Страница {page}',
  pageTitle: '{title}, страница {page}',
  articleNavigation: 'Соседние материалы',
  earlierArticle: 'Предыдущий материал',
  laterArticle: 'Следующий материал',
  related: 'Связанные материалы',
  letterBar: 'Алфавитный указатель',
  peopleIndexTitle: 'Люди',
  peopleIndexDescription: 'Все люди архива по алфавиту',
  placesIndexTitle: 'Места',
  placesIndexDescription: 'Все места архива по алфавиту',
  sourcesIndexTitle: 'Источники',
  sourcesIndexDescription: 'Все источники архива по алфавиту',
  firstMention: 'Первое упоминание',
  lastMention: 'Последнее упоминание',
  firstArticle: 'Первый материал',
  lastArticle: 'Последний материал',
  withPeople: 'Чаще всего вместе упоминаются люди',
  withPlaces: 'Чаще всего вместе упоминаются места',
  placesInside: 'Входящие места',
  sourceSite: 'Сайт источника',
} as const;

/** `fill('{title}, страница {page}', { title: 'Архив', page: 2 })` → «Архив, страница 2». */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => String(values[key] ?? whole));
}
