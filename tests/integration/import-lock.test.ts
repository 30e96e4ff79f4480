/**
 * Two editorial runs on one content folder take turns: two imports started at once both end
 * with every article they read (the same titles on the same days from two outlets, and new
 * people in each, one of them spelled two ways); a run asked not to wait refuses; the lock of
 * a killed import is taken over.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { LOCK_NAME, OWNER_NAME, lockContent } from '../../src/lib/editorial/content-lock.ts';
import { validateContent } from '../../src/lib/validation/validate-content.ts';
import { copyContent, PROJECT_ROOT } from '../support/editorial-cli.ts';
import { wireStories } from '../support/wire-news.ts';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const NODE = join(PROJECT_ROOT, 'node_modules/.bin/node');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Starts `node scripts/<script>.ts …args`; `onStderr` sees its progress as it comes. */
function start(script: string, args: string[], onStderr?: (text: string, kill: () => void) => void) {
  const child = spawn(NODE, [`scripts/${script}.ts`, ...args], { cwd: PROJECT_ROOT });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    onStderr?.(stderr, () => child.kill('SIGKILL'));
  });
  return new Promise<Run>((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
}

function articleFiles(content: string): string[] {
  return readdirSync(join(content, 'articles'), { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.md'),
  );
}

function ids(content: string, list: string): string[] {
  return (parseYaml(readFileSync(join(content, `${list}.yaml`), 'utf8')) as { id: string }[]).map(
    (entry) => entry.id,
  );
}

function setUp(): { content: string; tass: string; ria: string } {
  const content = copyContent();
  made.push(dirname(content));
  const tass = join(dirname(content), 'tass.jsonl');
  const ria = join(dirname(content), 'ria.jsonl');
  writeFileSync(
    tass,
    wireStories({
      count: 400,
      source: 'ТАСС',
      urlPrefix: 'https://tass.ru/obschestvo/',
      people: 'a',
      shared: 'Пётр Толстой',
    }),
  );
  writeFileSync(
    ria,
    wireStories({
      count: 400,
      source: 'РИА Новости',
      urlPrefix: 'https://ria.ru/20230301/',
      people: 'b',
      shared: 'Петр Толстой',
    }),
  );
  return { content, tass, ria };
}

test('two imports started at once end with every article of both, no id twice, the folder valid', async () => {
  const { content, tass, ria } = setUp();
  const before = articleFiles(content).length;
  const args = ['--content', content, '--progress-every', '0'];
  const [first, second] = await Promise.all([
    start('import', [tass, ...args]),
    start('import', [ria, ...args]),
  ]);
  expect(first.stderr + second.stderr).not.toMatch(/failed|Error/);
  expect([first.status, second.status]).toEqual([0, 0]);
  expect(first.stdout).toContain('added 400, updated 0, unchanged 0, skipped 0, failed 0');
  expect(second.stdout).toContain('added 400, updated 0, unchanged 0, skipped 0, failed 0');

  const files = articleFiles(content);
  expect(files).toHaveLength(before + 800);
  // The same title on the same day from the other outlet is a second file, not a replacement.
  const sameDay = files.filter((file) => file.startsWith('2023/03/01-v-tveri-otkryli-noviy-tsentr-gosuslug'));
  expect(sameDay).toHaveLength(2);
  const sources = sameDay.map(
    (file) => /^source: (.+)$/m.exec(readFileSync(join(content, 'articles', file), 'utf8'))?.[1],
  );
  expect(sources.sort()).toEqual(['ria-novosti', 'tass']);

  const people = ids(content, 'people');
  expect(new Set(people).size).toBe(people.length);
  // «Пётр Толстой» (ТАСС) and «Петр Толстой» (РИА) are one person, named by whichever came first.
  expect(people.filter((id) => /^p(yo|e)tr-tolstoy$/.test(id))).toHaveLength(1);
  expect(people).toEqual(
    expect.arrayContaining(['irina-volkova', 'anna-novikova', 'aleksey-andreev', 'maksim-titov']),
  );
  expect(validateContent(content).problems).toEqual([]);
  expect(existsSync(join(content, LOCK_NAME))).toBe(false);
  expect(existsSync(join(content, OWNER_NAME))).toBe(false);
}, 120_000);

test('while another run holds the folder, an import waits, saying so once, and then imports everything', async () => {
  const { content, tass } = setUp();
  const release = await holdLock(content);
  let waited = false;
  const run = start('import', [tass, '--content', content, '--progress-every', '0'], (stderr) => {
    waited ||= stderr.includes('waiting for it to finish');
  });
  await until(() => waited);
  // Still waiting a moment later: nothing written.
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(articleFiles(content)).toHaveLength(1);
  await release();
  const done = await run;
  expect(done.status, done.stderr).toBe(0);
  expect(done.stderr.match(/waiting for it to finish/g)).toHaveLength(1);
  expect(done.stderr).toMatch(
    new RegExp(
      `^${escape(content)}/ is being written by another run of vitest \\(pid ${process.pid}, since \\d\\d:\\d\\d:\\d\\d UTC\\): waiting`,
    ),
  );
  expect(articleFiles(content)).toHaveLength(1 + 400);
}, 120_000);

test('with --no-wait a second import or `npm run new` refuses in one line with exit 2, writing nothing', async () => {
  const { content, tass } = setUp();
  const release = await holdLock(content);
  try {
    const importRun = await start('import', [tass, '--content', content, '--no-wait']);
    const newRun = await start('new', [
      '--content',
      content,
      '--no-wait',
      '--title',
      'Песков ответил на вопрос о встрече',
      '--date',
      '2023-03-02',
      '--source',
      'ТАСС',
      '--text',
      'Пресс-секретарь президента ответил журналистам.',
    ]);
    for (const run of [importRun, newRun]) {
      expect(run.status).toBe(2);
      const lines = run.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(
        new RegExp(
          `^${escape(content)}/ is being written by another run of vitest \\(pid ${process.pid}, since [\\d:]{8} UTC\\): try again when it has finished, or leave out --no-wait to wait for it$`,
        ),
      );
    }
    expect(articleFiles(content)).toHaveLength(1);
  } finally {
    await release();
  }
}, 120_000);

test('the lock of a killed import is taken over, and the re-run completes the folder', async () => {
  const { content, tass } = setUp();
  const killed = await start(
    'import',
    [tass, '--content', content, '--progress-every', '50'],
    (stderr, kill) => {
      if (stderr.includes('250 lines read')) kill();
    },
  );
  expect(killed.status).toBe(null);
  expect(existsSync(join(content, LOCK_NAME))).toBe(true);
  const written = articleFiles(content).length - 1;
  expect(written).toBeGreaterThanOrEqual(200);
  const rerun = await start('import', [tass, '--content', content, '--progress-every', '0']);
  // The articles the killed run wrote are skipped as already there: reported, not a failure.
  expect(rerun.status, rerun.stderr).toBe(0);
  expect(rerun.stdout).toContain(
    `added ${400 - written}, updated 0, unchanged 0, skipped ${written}, failed 0`,
  );
  expect(articleFiles(content)).toHaveLength(1 + 400);
  expect(validateContent(content).problems).toEqual([]);
  expect(existsSync(join(content, LOCK_NAME))).toBe(false);
}, 120_000);

/** Holds the lock of `content` from this test process, as another run would. */
async function holdLock(content: string) {
  const release = await lockContent(content, { command: 'vitest', wait: false, onCompromised: () => {} });
  return release!;
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 50));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
