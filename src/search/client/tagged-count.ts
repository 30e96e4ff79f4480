/**
 * The count of a name's articles as the search page says it: when some articles only mention
 * the person or place in their text, how many are tagged with it and how many only mention it
 * («Найдено 9 материалов: 1 с меткой, 8 упоминают в тексте»); else the count alone.
 */
import { fill, nouns, ui } from '../../i18n/ru.ts';
import { pluralForm, pluralize } from '../../lib/plural.ts';

const strings = ui.search;

/** The status of `count` articles, `tagged` of them tagged with the name the query names. */
export function taggedCountStatus(count: number, tagged: number): string {
  if (count === 0) return strings.nothingFound;
  const found = `${pluralForm(count, nouns.found)} ${pluralize(count, nouns.article)}`;
  const mentioning = count - tagged;
  const mentions = `${mentioning.toLocaleString('ru-RU')}\u00a0${pluralForm(mentioning, nouns.mentioning)}`;
  if (mentioning === 0) return found;
  if (tagged === 0)
    return fill(strings.noneTagged, { found, mentioning: pluralForm(count, nouns.mentioning) });
  return fill(strings.taggedAndMentioning, {
    found,
    tagged: tagged.toLocaleString('ru-RU'),
    mentioning: mentions,
  });
}
