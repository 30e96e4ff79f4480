/**
 * `npm run entities` on an archive imported from tests/fixtures/import/entities.jsonl with a
 * duplicate entry added by hand («Скрипаль» beside «Сергей Скрипаль», as outlets' tags make them):
 * `duplicates` finds it with its evidence, `merge` rewrites the articles and keeps the old name
 * and id, a second merge changes nothing, and `tag` adds the mentions the tags left out.
 */
import { appendFileSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { validateContent } from '../../src/lib/validation/validate-content.ts';
import { readMovedPages } from '../../src/lib/deploy/moved-pages.ts';
import { copyContent, fingerprint, runScript } from '../support/editorial-cli.ts';

let content: string;
beforeAll(() => {
  content = copyContent();
  runScript('import', ['tests/fixtures/import/entities.jsonl', '--content', content]);
  appendFileSync(join(content, 'people.yaml'), '- id: skripal\n  name: Скрипаль\n');
  // An article tagged with the duplicate, as an outlet's tag made it.
  const file = join(content, 'articles/2018/03/08-skripali-ostayutsya-v-bolnitse.md');
  const text = readFileSync(file, 'utf8').replace('  - sergey-skripal', '  - skripal');
  rmSync(file);
  appendFileSync(file, text);
}, 120_000);
afterAll(() => rmSync(dirname(content), { recursive: true, force: true }));

const entities = (...args: string[]) => runScript('entities', [...args, '--content', content]);

test('duplicates lists the pair with its evidence and the merge command', () => {
  const run = entities('duplicates');
  expect(run.status).toBe(0);
  expect(run.stdout).toContain(
    'people: skripal «Скрипаль» (1 articles) ↔ sergey-skripal «Сергей Скрипаль» (1): shared forms «Скрипаль»',
  );
  expect(run.stdout).toContain('→ npm run entities -- merge skripal sergey-skripal');
}, 30_000);

test('merge rewrites the articles, keeps the old name and id, and a second run changes nothing', () => {
  const run = entities('merge', 'skripal', 'sergey-skripal');
  expect(run.stdout).toContain('merged skripal into sergey-skripal (people): 1 articles rewritten');
  const people = parseYaml(readFileSync(join(content, 'people.yaml'), 'utf8')) as Record<string, unknown>[];
  expect(people.find((person) => person.id === 'skripal')).toBeUndefined();
  expect(people.find((person) => person.id === 'sergey-skripal')).toEqual({
    id: 'sergey-skripal',
    name: 'Сергей Скрипаль',
    aliases: ['Скрипаль'],
    mergedIds: ['skripal'],
  });
  expect(
    readFileSync(join(content, 'articles/2018/03/08-skripali-ostayutsya-v-bolnitse.md'), 'utf8'),
  ).toContain('people:\n  - sergey-skripal\n');
  expect(validateContent(content).problems).toEqual([]);
  expect(readMovedPages(content)).toEqual([
    { from: '/people/skripal/', to: '/people/sergey-skripal/', name: 'Сергей Скрипаль' },
  ]);
  const before = fingerprint(content);
  const again = entities('merge', 'skripal', 'sergey-skripal');
  expect(again.status).toBe(0);
  expect(again.stdout).toContain('skripal was merged into sergey-skripal already: nothing to do');
  expect(fingerprint(content)).toEqual(before);
}, 60_000);

test('a merge that cannot be done says why, with exit 2', () => {
  const run = entities('merge', 'nobody', 'sergey-skripal');
  expect(run.status).toBe(2);
  expect(run.stderr).toContain('nobody is not in people.yaml');
}, 30_000);

test('tag adds the known people and places the text mentions; --dry-run only lists them', () => {
  const before = fingerprint(content);
  const dry = entities('tag', '--dry-run');
  expect(fingerprint(content)).toEqual(before);
  expect(dry.status).toBe(1);
  expect(dry.stdout).toContain(
    'articles/2018/05/08-posol-ssha-v-germanii-richard-grenell-raskritikoval-berlin.md: «Берлин» → berlin',
  );
  const run = entities('tag');
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/tagged \d+ mentions in \d+ articles/);
  expect(
    readFileSync(
      join(content, 'articles/2018/05/08-posol-ssha-v-germanii-richard-grenell-raskritikoval-berlin.md'),
      'utf8',
    ),
  ).toContain('  - berlin\n');
  expect(entities('tag').stdout).toContain('tagged 0 mentions in 0 articles');
  expect(validateContent(content).problems).toEqual([]);
}, 60_000);
