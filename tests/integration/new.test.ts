/**
 * `npm run new`: with flags it writes the expected file and entries; in a terminal (a pseudo
 * terminal from util-linux `script`) it asks for what the flags leave out.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { validateContent } from '../../src/lib/validation/validate-content.ts';
import { copyContent, PROJECT_ROOT, runScript } from '../support/editorial-cli.ts';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function freshContent(): string {
  const content = copyContent();
  made.push(dirname(content));
  return content;
}

test('with flags it writes the article at its dated path and prints what it wrote', () => {
  const content = freshContent();
  const textFile = join(dirname(content), 'text.txt');
  writeFileSync(
    textFile,
    'Сергей Лавров встретился с Дмитрием Песковым в Моcкве.\r\n\r\n1. Это не список.\r\n',
  );
  const result = runScript('new', [
    '--title',
    'Лавров и Песков обсудили итоги переговоров в Москве',
    '--date',
    '2022-05-13',
    '--source',
    'ТАСС',
    '--url',
    'https://tass.ru/politika/100',
    '--text-file',
    textFile,
    '--people',
    'Лаврова, Дмитрий Песков',
    '--places',
    'в Москве',
    '--content',
    content,
  ]);
  expect(result.status, result.stderr).toBe(0);
  const file = `${content}/articles/2022/05/13-lavrov-i-peskov-obsudili-itogi-peregovorov-v-moskve.md`;
  expect(result.stdout).toContain(`Wrote ${file}`);
  expect(result.stdout).toContain(
    'people: «Лаврова» → sergey-lavrov (merged — check); «Дмитрий Песков» → dmitriy-peskov (new, added to',
  );
  expect(result.stdout).toContain('places: «в Москве» → moskva');
  expect(readFileSync(file, 'utf8')).toBe(`---
title: Лавров и Песков обсудили итоги переговоров в Москве
date: 2022-05-13
source: tass
sourceUrl: https://tass.ru/politika/100
people:
  - sergey-lavrov
  - dmitriy-peskov
places:
  - moskva
---

Сергей Лавров встретился с Дмитрием Песковым в Москве.

1\\. Это не список.
`);
  const people = parseYaml(readFileSync(join(content, 'people.yaml'), 'utf8')) as { id: string }[];
  expect(people.at(-1)).toMatchObject({
    id: 'dmitriy-peskov',
    name: 'Дмитрий Песков',
    nameLatin: 'Dmitriy Peskov',
  });
  expect(validateContent(content).problems).toEqual([]);

  const again = runScript('new', [
    '--title',
    'Лавров и Песков обсудили итоги переговоров в Москве',
    '--date',
    '2022-05-13',
    '--source',
    'ТАСС',
    '--text',
    'Другой текст',
    '--content',
    content,
  ]);
  expect(again.status).toBe(1);
  expect(again.stderr).toContain(
    'Not written: skipped: is already in the archive (same source, date and title)',
  );
}, 60_000);

test('without a terminal, missing fields are a usage error', () => {
  const result = runScript('new', ['--title', 'Заголовок', '--content', freshContent()]);
  expect(result.status).toBe(2);
  expect(result.stderr).toContain('missing --date, --source, --text or --text-file');
}, 60_000);

test('an invalid answer is refused with the reason, and nothing is written', () => {
  const content = freshContent();
  const result = runScript('new', [
    '--title',
    'Заголовок',
    '--date',
    '2022-02-30',
    '--source',
    'ТАСС',
    '--text',
    'Текст',
    '--content',
    content,
  ]);
  expect(result.status).toBe(1);
  expect(result.stderr).toContain('Not written: "date": "2022-02-30" is an impossible date');
  expect(readdirSync(join(content, 'articles', '2022', '05'))).toHaveLength(1);
}, 60_000);

/** A terminal control sequence (colour, cursor movement), which begins with ESC. */
// eslint-disable-next-line no-control-regex -- matching ESC (\x1b) is the point of this pattern.
const CONTROL_SEQUENCE = /\x1b\[[0-9;?]*[A-Za-z]/g;

/** Runs a command in a pseudo terminal and answers each prompt once it appears. */
function interact(
  command: string,
  answers: [prompt: string, keys: string][],
): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    // A pseudo terminal made without one has no size; clack would wrap every character.
    const child = spawn('script', ['-qefc', `stty cols 200 rows 50; ${command}`, '/dev/null'], {
      cwd: PROJECT_ROOT,
    });
    let output = '';
    let next = 0;
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const plain = output.replace(CONTROL_SEQUENCE, '');
      const answer = answers[next];
      if (answer && plain.includes(answer[0])) {
        next += 1;
        // Give the prompt a moment to switch the terminal into raw mode before typing.
        setTimeout(() => child.stdin.write(answer[1]), 150);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output: output.replace(CONTROL_SEQUENCE, '') }));
  });
}

test('in a terminal it asks for what the flags leave out', async () => {
  const content = freshContent();
  const backspaces = '\x7f'.repeat(40);
  const { status, output } = await interact(`npm run --silent new -- --content ${content}`, [
    ['Title', 'Захарова ответила на вопросы\r'],
    ['Date', `${backspaces}2022-05-15\r`],
    ['Source', 'ТАСС\r'],
    ['Address of the original', 'https://tass.ru/politika/200\r'],
    ['Text: paragraphs', 'Мария Захарова ответила на вопросы.\rВторая строка.\t\r'],
    ['People, separated by commas', 'Мария Захарова, Лаврова\r'],
    ['Places, separated by commas', 'Душанбе\r'],
  ]);
  expect(status, output).toBe(0);
  expect(output).toContain('Wrote');
  const written = readFileSync(
    join(content, 'articles', '2022/05/15-zakharova-otvetila-na-voprosy.md'),
    'utf8',
  );
  expect(written).toContain('people:\n  - mariya-zakharova\n  - sergey-lavrov\nplaces:\n  - dushanbe\n');
  expect(written).toContain('Мария Захарова ответила на вопросы.\nВторая строка.');
  expect(validateContent(content).problems).toEqual([]);
}, 60_000);
