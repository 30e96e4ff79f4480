/** Faults in time: two runs at once, a run stopped by Ctrl+C or killed outright. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { wireStories } from '../support/wire-news.ts';
import {
  articleFiles,
  contentIn,
  expectNothingLeft,
  expectRefused,
  expectThat,
  expectValid,
  file,
  script,
  type Fault,
} from './support.ts';

const AREA = 'concurrency';

/** Two outlets' feeds of the same `count` events: same titles and days, new people in each. */
function twoFeeds(scratch: string, count: number) {
  const tass = file(
    scratch,
    'tass.jsonl',
    wireStories({
      count,
      source: 'ТАСС',
      urlPrefix: 'https://tass.ru/obschestvo/',
      people: 'a',
      shared: 'Пётр Толстой',
    }),
  );
  const ria = file(
    scratch,
    'ria.jsonl',
    wireStories({
      count,
      source: 'РИА Новости',
      urlPrefix: 'https://ria.ru/20230301/',
      people: 'b',
      shared: 'Петр Толстой',
    }),
  );
  return { tass, ria };
}

/** Resolves once `condition` holds on the command's standard error. */
function startAndWaitFor(args: string[], pattern: RegExp) {
  let reached: () => void = () => {};
  const reachedPromise = new Promise<void>((resolve) => (reached = resolve));
  const done = script('import', args, {
    onStderr: (text) => {
      if (pattern.test(text)) reached();
    },
  });
  return { reached: Promise.race([reachedPromise, done.then(() => {})]), done };
}

export const concurrencyFaults: Fault[] = [
  {
    area: AREA,
    name: 'two imports started at once: same titles and days from two outlets, new people in each',
    run: async (scratch) => {
      const root = contentIn(scratch);
      const { tass, ria } = twoFeeds(scratch, 250);
      const args = ['--content', root, '--progress-every', '0'];
      const [first, second] = await Promise.all([
        script('import', [tass, ...args]),
        script('import', [ria, ...args]),
      ]);
      for (const result of [first, second])
        expectThat(
          result.status === 0 && result.stdout.includes('added 250, updated 0'),
          `exit ${result.status}: ${result.stdout}${result.stderr}`,
        );
      expectThat(articleFiles(root).length === 1 + 500, `${articleFiles(root).length} articles, not 501`);
      const ids = (parseYaml(readFileSync(join(root, 'people.yaml'), 'utf8')) as { id: string }[]).map(
        (person) => person.id,
      );
      expectThat(new Set(ids).size === ids.length, `an id twice in people.yaml: ${ids.join(', ')}`);
      // «Пётр Толстой» and «Петр Толстой» are one person: whichever import came first named them.
      const tolstoy = ids.filter((id) => /^p(yo|e)tr-tolstoy$/.test(id));
      expectThat(tolstoy.length === 1, `Толстой twice or never: ${tolstoy.join(', ')}`);
      expectThat(ids.includes('irina-volkova') && ids.includes('aleksey-andreev'), ids.join(', '));
      await expectValid(root);
    },
  },
  {
    area: AREA,
    name: 'a second import with --no-wait while the first is writing',
    run: async (scratch) => {
      const root = contentIn(scratch);
      const { tass, ria } = twoFeeds(scratch, 800);
      const first = startAndWaitFor([tass, '--content', root, '--progress-every', '20'], /20 lines read/);
      await first.reached;
      const second = await script('import', [ria, '--content', root, '--no-wait']);
      expectRefused(
        second,
        2,
        /is being written by another run of npm run import \(pid \d+, since [\d:]{8} UTC\): try again when it has finished/,
      );
      const done = await first.done;
      expectThat(done.status === 0, `the first import: exit ${done.status}`);
      expectThat(articleFiles(root).length === 1 + 800, `${articleFiles(root).length} articles`);
    },
  },
  {
    area: AREA,
    name: 'Ctrl+C (SIGINT) half-way through an import',
    run: async (scratch) => {
      const root = contentIn(scratch);
      const { tass } = twoFeeds(scratch, 800);
      const result = await script('import', [tass, '--content', root, '--progress-every', '50'], {
        onStderr: (text, kill) => {
          if (text.includes('250 lines read')) kill('SIGINT');
        },
      });
      expectThat(result.status === 130, `exit ${result.status} (${result.signal})`);
      expectThat(result.stdout.startsWith('Interrupted after'), result.stdout);
      expectNothingLeft(root);
      await expectValid(root);
    },
  },
  {
    area: AREA,
    name: 'SIGKILL half-way through an import, then the same import again',
    run: async (scratch) => {
      const root = contentIn(scratch);
      const { tass } = twoFeeds(scratch, 800);
      const killed = await script('import', [tass, '--content', root, '--progress-every', '50'], {
        onStderr: (text, kill) => {
          if (text.includes('450 lines read')) kill('SIGKILL');
        },
      });
      expectThat(killed.signal === 'SIGKILL', `not killed: exit ${killed.status}`);
      await expectValid(root);
      // The killed run's lock is still there; the next run takes it over.
      expectThat(existsSync(join(root, '.letopis-lock')), 'the killed run left no lock (was it killed?)');
      // What the killed run wrote is skipped, reported, and no failure: exit 0.
      const again = await script('import', [tass, '--content', root, '--progress-every', '0']);
      expectThat(
        again.status === 0 && /skipped [1-9]\d*, failed 0/.test(again.stdout),
        `exit ${again.status}: ${again.stdout}${again.stderr}`,
      );
      expectThat(articleFiles(root).length === 1 + 800, `${articleFiles(root).length} articles`);
      await expectValid(root);
    },
  },
  {
    area: AREA,
    name: 'Ctrl+C while waiting for another import',
    run: async (scratch) => {
      const root = contentIn(scratch);
      const { tass, ria } = twoFeeds(scratch, 800);
      const first = startAndWaitFor([tass, '--content', root, '--progress-every', '20'], /20 lines read/);
      await first.reached;
      const waiting = await script('import', [ria, '--content', root], {
        onStderr: (text, kill) => {
          if (text.includes('waiting for it to finish')) kill('SIGINT');
        },
      });
      expectThat(
        waiting.status === 130 && /nothing was written/.test(waiting.stderr),
        `exit ${waiting.status}: ${waiting.stderr}`,
      );
      expectNoRia(root);
      await first.done;
      await expectValid(root);
    },
  },
];

function expectNoRia(root: string): void {
  const sources = readFileSync(join(root, 'sources.yaml'), 'utf8');
  expectThat(!sources.includes('ria'), 'the stopped import wrote a source');
}
