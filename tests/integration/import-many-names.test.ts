/**
 * One JSON Lines record naming 20,000 distinct people (a list of participants, as a crawler may
 * send it) imports in time linear in the names: every one becomes an entry. The time is reported
 * by `npm run import` on such a file (README), not asserted here.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { copyContent, runScript } from '../support/editorial-cli.ts';

const NAMES = 20_000;
const SYLLABLES = [
  'ба',
  'ве',
  'го',
  'ду',
  'же',
  'за',
  'ки',
  'ло',
  'ми',
  'но',
  'пу',
  'ра',
  'се',
  'ту',
  'фа',
  'ха',
  'це',
  'ча',
  'ша',
  'ю',
];
const FIRST_NAMES = ['Иван', 'Пётр', 'Анна', 'Мария', 'Олег', 'Елена', 'Сергей', 'Ольга'];

/** Distinct names, any two at least two letters apart (the code is written twice, once reversed). */
function names(count: number): string[] {
  return Array.from({ length: count }, (_, index) => {
    const syllables: string[] = [];
    for (let rest = index, k = 0; k < 4; k += 1, rest = Math.floor(rest / 20))
      syllables.push(SYLLABLES[rest % 20]!);
    const code = [...syllables, ...[...syllables].reverse()].join('');
    return `${FIRST_NAMES[index % FIRST_NAMES.length]} ${code[0]!.toUpperCase()}${code.slice(1)}ов`;
  });
}

const content = copyContent();
afterAll(() => rmSync(dirname(content), { recursive: true, force: true }));

test(`a line with ${NAMES} names imports, each name an entry`, () => {
  const file = join(dirname(content), 'many-names.jsonl');
  const record = {
    title: 'Опубликован список участников форума',
    date: '2022-06-15',
    source: 'ТАСС',
    text: 'Организаторы опубликовали полный список участников.',
    people: names(NAMES),
  };
  writeFileSync(file, `${JSON.stringify(record)}\n`);
  const run = runScript('import', [file, '--content', content]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(run.stdout).toContain(`new people (${NAMES}):`);
  const people = parseYaml(readFileSync(join(content, 'people.yaml'), 'utf8')) as { id: string }[];
  expect(new Set(people.map((person) => person.id)).size).toBe(people.length);
  expect(people.length).toBe(5 + NAMES);
}, 170_000);
