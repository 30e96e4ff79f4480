/**
 * `npm run bench -- --articles <N> [--floor] [--add K] [--json <file>] [--keep] [--seed S]
 * [--port P]`: generates a synthetic archive in a temporary folder, builds it with every page
 * type and the search index (with `--floor`, also as a bare Astro site indexed by stock
 * Pagefind), measures search in Chromium, a rebuild with no change and one after K new
 * articles, compares that rebuild with a clean build of the same content, and prints a table.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseBenchArgs } from './args.ts';
import { buildArchive, type ArchiveFolders } from './build-archive.ts';
import { compareOutputs } from './compare-output.ts';
import { addArticles, dayAfter, writeCorpus } from './corpus.ts';
import { measureFloor } from './floor.ts';
import { outputStats } from './output-stats.ts';
import { ratios, type BenchReport, type RebuildReport } from './report.ts';
import { formatTable } from './report-table.ts';
import { targets } from './targets.ts';
import { measureSearch } from './search-latency.ts';
import { serveStatic } from './static-server.ts';
import { loadVocabulary } from './vocabulary.ts';
import { machineSpeed } from './machine-speed.ts';
import { parseArticlePath } from '../../src/lib/article-path.ts';
import { formatDay, formatMonth } from '../../src/lib/dates.ts';

const projectRoot = resolve(import.meta.dirname, '../..');
const log = (line: string) => process.stderr.write(`${line}\n`);

/**
 * Words of the seed article, which the corpus mixes into its text (one common, one phrase), and
 * a word only a few articles use (`CorpusSummary.rareWord`).
 */
const TEXT_QUERIES = ['безопасности', 'мирному соглашению'];

/**
 * Name and date queries: whole names, a surname alone, a place, and the day, month and year
 * of an article in the middle of the corpus (a date nobody wrote about would time nothing).
 */
function searchQueries(content: string): string[] {
  const people = parseYaml(readFileSync(join(content, 'people.yaml'), 'utf8')) as { name: string }[];
  const places = parseYaml(readFileSync(join(content, 'places.yaml'), 'utf8')) as { name: string }[];
  const names = people.slice(0, 3).map((p) => p.name);
  const surname = people[3]?.name.split(' ')[1] ?? 'Иванов';
  const files = readdirSync(join(content, 'articles'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .sort();
  const location = parseArticlePath(files[Math.floor(files.length / 2)] ?? '');
  const dates = location
    ? [formatDay(location.day), formatMonth(Number(location.year), Number(location.month)), location.year]
    : [];
  return [...names, surname, places[0]?.name ?? 'Москва', ...dates];
}

async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  const scratch = mkdtempSync(join(tmpdir(), 'letopis-bench-'));
  const folders: ArchiveFolders = {
    content: join(scratch, 'content'),
    dist: join(scratch, 'dist'),
    cache: join(scratch, 'cache'),
  };
  try {
    log(`Generating ${args.articles} articles (seed ${args.seed}) in ${folders.content}`);
    const started = performance.now();
    const vocabulary = loadVocabulary(join(projectRoot, 'content'));
    const corpus = writeCorpus(folders.content, vocabulary, { articles: args.articles, seed: args.seed });
    const generateMs = Math.round(performance.now() - started);
    const machine = { cpus: availableParallelism(), memoryBytes: totalmem(), loadAverage: loadavg() };
    const speedBefore = await machineSpeed();

    // A long run writes what it has after each step, so an interrupted run still leaves data.
    const progress = (step: Record<string, unknown>) =>
      args.json &&
      writeFileSync(
        args.json,
        `${JSON.stringify({ incomplete: true, articles: args.articles, seed: args.seed, machine, corpus: { ...corpus, generateMs }, ...step }, null, 2)}\n`,
      );
    log('Full build');
    const build = await buildArchive(projectRoot, folders, log);
    const output = outputStats(folders.dist);
    progress({ build, output });

    // Right after the build, so that both see the machine in the same state.
    let floor;
    if (args.floor) {
      log('Floor: the same articles as a bare Astro site, indexed by stock Pagefind');
      floor = await measureFloor(projectRoot, join(scratch, 'floor'), folders.content, args.articles, log);
      rmSync(join(scratch, 'floor'), { recursive: true, force: true });
      progress({ build, output, floor });
    }

    log('Search in Chromium');
    const server = await serveStatic(folders.dist, args.port);
    const textQueries = [...TEXT_QUERIES, corpus.rareWord];
    const search = await measureSearch(server, searchQueries(folders.content), textQueries).finally(() =>
      server.close(),
    );
    progress({ build, output, floor, search });

    log('Rebuild with no change');
    const noChange = await buildArchive(projectRoot, folders, log);
    const day = dayAfter(corpus.newestDay);
    log(`Rebuild after adding ${args.add} article(s) dated ${day}`);
    addArticles(folders.content, vocabulary, { articles: args.articles, seed: args.seed }, args.add, day);
    const add = { ...(await buildArchive(projectRoot, folders, log)), articlesAdded: args.add, day };
    progress({ build, output, floor, search, rebuild: { noChange, add } });

    log('Clean build of the same content, to compare with the rebuild');
    const clean: ArchiveFolders = {
      ...folders,
      dist: join(scratch, 'clean-dist'),
      cache: join(scratch, 'clean-cache'),
    };
    await buildArchive(projectRoot, clean, log);
    const rebuild: RebuildReport = { noChange, add, equalsClean: compareOutputs(folders.dist, clean.dist) };
    for (const folder of [clean.dist, clean.cache]) rmSync(folder, { recursive: true, force: true });

    const measured = {
      articles: args.articles,
      seed: args.seed,
      machine: { ...machine, speed: { before: speedBefore, after: await machineSpeed() } },
      corpus: { ...corpus, generateMs },
      build,
      output,
      search,
      ...(floor ? { floor } : {}),
      rebuild,
    };
    const partial = { ...measured, ratios: ratios(measured) };
    const report: BenchReport = { ...partial, targets: targets(partial) };
    process.stdout.write(`\n${formatTable(report)}\n`);
    if (args.json) writeFileSync(args.json, `${JSON.stringify(report, null, 2)}\n`);
  } finally {
    if (args.keep) log(`Kept ${scratch}`);
    else rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
