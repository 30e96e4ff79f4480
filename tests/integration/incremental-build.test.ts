/**
 * A rebuild that reuses pages from Astro's incremental cache gives exactly the site a clean
 * build of the same content gives, search lists and index included. This is what keeps the
 * pages' `cacheKey`s honest (src/data/page-keys.ts, src/lib/cache-key.ts): a key that misses
 * something a page shows would leave that page stale after the edits below. The daily job's
 * case (a rebuild with no change, then a day's new articles) must also render only what the
 * new articles appear on.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { fingerprint, PROJECT_ROOT } from '../support/editorial-cli.ts';
import { childEnv } from '../../src/settings.ts';

const work = mkdtempSync(join(tmpdir(), 'letopis-incremental-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function build(content: string, outDir: string, cacheDir: string, shellCommand?: string): string {
  const result = tryBuild(content, outDir, cacheDir, shellCommand);
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  return result.stdout;
}

/**
 * `npm run build` in an operator's environment: vitest's own variables (MODE, PROD, DEV…) are
 * left out, since Astro inlines variables by name into its runtime and they hid what `_` does.
 */
function tryBuild(content: string, outDir: string, cacheDir: string, shellCommand = '/usr/bin/npm') {
  const result = spawnSync('npm', ['run', '--silent', 'build'], {
    cwd: PROJECT_ROOT,
    env: childEnv(
      {
        LETOPIS_CONTENT: content,
        LETOPIS_OUT_DIR: outDir,
        LETOPIS_CACHE_DIR: cacheDir,
        FORCE_COLOR: '0',
        NO_COLOR: '1',
        // The path of the last command a shell ran: it differs with how a build is started.
        _: shellCommand,
      },
      ['PATH', 'HOME'],
    ),
    encoding: 'utf8',
    timeout: 180_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The routes a build rendered (not reused from the cache), from its log. */
function renderedRoutes(log: string): string[] {
  return log
    .split('\n')
    .filter((line) => /[├└]─/.test(line) && !/\((cached|restored)\)/.test(line))
    .map((line) => /[├└]─ (\S+)/.exec(line)![1]!);
}

const REMOVED_ARTICLE = 'articles/2023/07/05-sayt-gorodskoy-gazety-kazani-vzlomali.md';

/** The edit an editor makes between two builds: a new article, a place renamed, an article taken down. */
function edit(content: string): void {
  rmSync(join(content, REMOVED_ARTICLE));
  mkdirSync(join(content, 'articles/2021/03'), { recursive: true });
  writeFileSync(
    join(content, 'articles/2021/03/15-novaya-statya-dlya-proverki-peresborki.md'),
    [
      '---',
      'title: "Новая статья для проверки пересборки"',
      'date: 2021-03-15',
      'source: tass',
      'people: [ilkham-aliev]',
      'places: [moskva]',
      '---',
      '',
      'Ильхам Алиев прибыл в Москву. Визит продлится до 17 марта.',
      '',
    ].join('\n'),
  );
  const places = join(content, 'places.yaml');
  writeFileSync(places, readFileSync(places, 'utf8').replace('name: Санкт-Петербург', 'name: Петроград'));
}

test('a rebuild after an edit equals a clean build of the edited content, page for page', () => {
  const content = join(work, 'content');
  cpSync(join(PROJECT_ROOT, 'tests/fixtures/archive'), content, { recursive: true });
  const incremental = { out: join(work, 'incremental'), cache: join(work, 'incremental-cache') };
  build(content, incremental.out, incremental.cache);
  edit(content);
  const rebuildLog = build(content, incremental.out, incremental.cache, '/usr/bin/npx');
  const clean = { out: join(work, 'clean'), cache: join(work, 'clean-cache') };
  build(content, clean.out, clean.cache);

  // The rebuild must really have reused pages, or this test proves nothing.
  const reused = rebuildLog.split('\n').filter((line) => /\((cached|restored)\)/.test(line));
  expect(reused.length).toBeGreaterThan(20);
  expect(reused.some((line) => /\/people\//.test(line))).toBe(true);
  expect(reused.some((line) => /\/\d{4}\/\d{2}\/\d{2}\/index\.html/.test(line))).toBe(true);
  // Article and entity pages too, though the rebuild was started another way (`_` differs).
  expect(reused.some((line) => /\/\d{4}\/\d{2}\/\d{2}\/[a-z0-9-]+\/index\.html/.test(line))).toBe(true);
  expect(reused.some((line) => /\/people\/[a-z0-9-]+\/index\.html/.test(line))).toBe(true);
  // Reused pages are linked from the cache (src/build/link-cached-pages.ts), and those of the
  // article taken down (its page, its day and month) removed again.
  expect(rebuildLog).toMatch(/removed [1-9]\d* cached page\(s\) the site no longer has/);
  const dayPage = '2022/05/12/index.html';
  expect(statSync(join(incremental.out, dayPage)).ino).toBe(
    statSync(join(incremental.cache, 'dist', dayPage)).ino,
  );

  const cleanHashes = fingerprint(clean.out);
  expect(cleanHashes['places/sankt-peterburg/index.html']).toBeDefined();
  expect(Object.keys(cleanHashes).filter((file) => file.startsWith('2023/07/'))).toEqual([]);
  expect(fingerprint(incremental.out)).toEqual(cleanHashes);

  // Only the pages the rebuild wrote were read for inline code; the reused ones passed last time.
  const checked = /checked (\d+) pages for inline code \((\d+) unchanged since they passed\)/.exec(
    rebuildLog,
  );
  expect(checked, rebuildLog).not.toBeNull();
  expect(Number(checked![1])).toBeGreaterThan(0);
  expect(Number(checked![2])).toBeGreaterThan(Number(checked![1]));

  // A reused page changed behind the build's back no longer matches the digest recorded when it
  // was written: it is rendered again, not published (nor read for inline code as it was).
  const tampered = 'people/ilkham-aliev/index.html';
  const cachedCopy = join(incremental.cache, 'dist', tampered);
  writeFileSync(
    cachedCopy,
    readFileSync(cachedCopy, 'utf8').replace('</body>', '<script>alert(1)</script></body>'),
  );
  const repaired = tryBuild(content, incremental.out, incremental.cache);
  expect(repaired.status).toBe(0);
  expect(`${repaired.stdout}\n${repaired.stderr}`).toMatch(
    new RegExp(`1 of \\d+ cached pages did not match the digest .*${tampered}`),
  );
  expect(fingerprint(incremental.out)).toEqual(cleanHashes);
}, 900_000);

/** A day's news after the newest article (2024-10-23): names a shared list's people in oblique cases. */
const NEW_ARTICLES = [
  {
    file: 'articles/2024/10/24-aliev-vstretilsya-s-lavrovym-v-baku.md',
    title: 'Алиев встретился с Лавровым в Баку',
    people: '[ilkham-aliev, sergey-lavrov, elmira-alieva]',
    places: '[baku]',
    text: 'Ильхама Алиева и Сергея Лаврова встретила в филармонии Эльмира Алиева. Алиева рассказала о гастролях.',
  },
  {
    file: 'articles/2024/10/24-sobyanin-otkryl-stantsiyu-metro.md',
    title: 'Собянин открыл станцию метро',
    people: '[sergey-sobyanin]',
    places: '[moskva]',
    text: 'Сергей Собянин открыл станцию. Сергея Собянина встретили жители района.',
  },
  {
    file: 'articles/2024/10/24-zakharova-otvetila-na-voprosy.md',
    title: 'Захарова ответила на вопросы журналистов',
    people: '[mariya-zakharova, sergey-lavrov]',
    places: '[moskva, rossiya]',
    text: 'Мария Захарова сказала, что Сергей Лавров проведёт переговоры с Алиевым.',
  },
];

function addDay(content: string): void {
  for (const article of NEW_ARTICLES) {
    writeFileSync(
      join(content, article.file),
      [
        '---',
        `title: "${article.title}"`,
        'date: 2024-10-24',
        'source: tass',
        `people: ${article.people}`,
        `places: ${article.places}`,
        '---',
        '',
        article.text,
        '',
      ].join('\n'),
    );
  }
}

test('the daily job: no change renders nothing; a day’s articles render their pages only and equal a clean build, lists and index included', () => {
  const content = join(work, 'daily-content');
  cpSync(join(PROJECT_ROOT, 'tests/fixtures/archive'), content, { recursive: true });
  const daily = { out: join(work, 'daily'), cache: join(work, 'daily-cache') };
  build(content, daily.out, daily.cache);

  // Nothing: every page has a key, the "not found" page too (src/build/status-page.ts).
  expect(renderedRoutes(build(content, daily.out, daily.cache))).toEqual([]);
  expect(existsSync(join(daily.out, '404.html'))).toBe(true);

  addDay(content);
  const addLog = build(content, daily.out, daily.cache);
  const rendered = renderedRoutes(addLog);
  // The unchanged articles those pages show (neighbours, related, the feeds' full text) are read
  // as the first build prepared them, not rendered again (prepared-article-store.ts).
  const stored = /(\d+) unchanged ones were read as earlier builds prepared them/.exec(addLog);
  expect(Number(stored?.[1]), addLog).toBeGreaterThan(0);
  expect(rendered.length).toBeLessThanOrEqual(15 * NEW_ARTICLES.length + 30);
  // What the new articles appear on: their pages, their day, the home page, their people's pages.
  for (const path of [
    '/2024/10/24/aliev-vstretilsya-s-lavrovym-v-baku/index.html',
    '/2024/10/24/index.html',
    '/index.html',
    '/people/elmira-alieva/index.html',
  ])
    expect(rendered).toContain(path);
  // A numbered page of an old block is not one of them.
  expect(rendered).not.toContain('/page/1/index.html');

  const clean = { out: join(work, 'daily-clean'), cache: join(work, 'daily-clean-cache') };
  build(content, clean.out, clean.cache);
  const cleanHashes = fingerprint(clean.out);
  expect(Object.keys(cleanHashes).some((file) => file.startsWith('search/lists/shared/'))).toBe(true);
  expect(Object.keys(cleanHashes).some((file) => file.startsWith('pagefind/'))).toBe(true);
  // No asset is named with `..` (a page with a rest parameter names its chunks): servers refuse it.
  expect(Object.keys(cleanHashes).filter((file) => file.includes('..'))).toEqual([]);
  expect(fingerprint(daily.out)).toEqual(cleanHashes);
}, 900_000);
