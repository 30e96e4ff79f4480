/**
 * A build reads and parses each article file once (src/lib/content/read-content.ts), and the
 * content guard, Astro's loader, the search job and the pages take what they need from that.
 * Two counts say so: the build's own line (the reader's tally) and a log of every read of a file
 * under the articles folder that any module of the build makes, in any thread
 * (tests/support/count-file-reads.ts). A module that read the files itself would count 2.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { listArticleFiles } from '../../src/lib/content/article-file.ts';
import { childEnv } from '../../src/settings.ts';
import { PROJECT_ROOT } from '../support/editorial-cli.ts';
import { FIXTURES } from '../support/content-fixture.ts';
import { readCountArgument, readsLogged } from '../support/file-reads.ts';

const work = mkdtempSync(join(tmpdir(), 'letopis-read-once-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Builds `content` with every read under its articles folder logged; the output and the counts. */
function buildCounting(content: string, name: string, config?: string) {
  const articles = join(content, 'articles');
  const log = join(work, `${name}.log`);
  const result = spawnSync(
    'npm',
    ['run', '--silent', 'build', ...(config ? ['--', '--config', config] : [])],
    {
      cwd: PROJECT_ROOT,
      env: childEnv({
        LETOPIS_CONTENT: content,
        LETOPIS_OUT_DIR: join(work, name, 'dist'),
        LETOPIS_CACHE_DIR: join(work, name, 'cache'),
        NODE_OPTIONS: readCountArgument(articles, log),
        FORCE_COLOR: '0',
        NO_COLOR: '1',
      }),
      encoding: 'utf8',
      timeout: 300_000,
    },
  );
  const output = `${result.stdout}\n${result.stderr}`;
  expect(result.status, output).toBe(0);
  const files = listArticleFiles(articles).map((file) => join(articles, file));
  // The pictures beside the articles are read by the pages that show them; only articles count.
  const reads = new Map([...readsLogged(log)].filter(([path]) => path.endsWith('.md')));
  return { output, files, reads };
}

/** Each file read `times` times. */
const each = (files: string[], times: number) => new Map(files.map((file) => [file, times]));

test('a build reads and parses each article file once', () => {
  const { output, files, reads } = buildCounting(join(FIXTURES, 'archive'), 'archive');
  expect(files.length).toBeGreaterThan(40);
  expect(output).toContain(`content: ${files.length} article files, each read and parsed once`);
  expect(reads).toEqual(each(files, 1));
}, 300_000);

test('a module that reads the article files itself shows as a second read of each', () => {
  const { output, files, reads } = buildCounting(
    join(FIXTURES, 'content-valid'),
    'read-twice',
    // Astro takes the config's path relative to the project.
    'tests/support/reading-twice.config.mjs',
  );
  // The reader's own tally cannot see a module that goes around it; the log of reads does.
  expect(output).toContain(`content: ${files.length} article file, each read and parsed once`);
  expect(reads).toEqual(each(files, 2));
}, 300_000);
