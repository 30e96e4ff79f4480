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
  theme: { label: 'Тема оформления', light: 'Светлая', dark: 'Тёмная', system: 'Как в системе' },
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
} as const;

/** Nouns counted in the interface, in their three plural forms. */
export const nouns = {
  article: ['материал', 'материала', 'материалов'],
  person: ['человек', 'человека', 'человек'],
  place: ['место', 'места', 'мест'],
  mention: ['упоминание', 'упоминания', 'упоминаний'],
} as const satisfies Record<string, PluralForms>;

export type PlaceKind = keyof typeof ui.placeKinds;
