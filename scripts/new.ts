/**
 * `npm run new -- --title … --date 2022-05-12 --source ТАСС --text-file text.txt
 *   [--url …] [--people "Сергей Лавров, Лаврова"] [--places …] [--lead …] [--content <dir>] [--update]`
 *
 * Adds one article. In a terminal, whatever the flags leave out is asked for. People and
 * places are matched to existing entries by any spelling or case; new ones are added.
 *
 * Waits while an import (or another `npm run new`) writes to the content folder; with
 * --no-wait it refuses instead.
 *
 * Exit codes: 0 written (or, with --update, already equal); 1 not written: the input is
 * invalid or the article is already in the archive; 2 usage error or a content folder that
 * cannot be used (read-only, full, locked with --no-wait); 130 cancelled.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import * as prompts from '@clack/prompts';
import { settings } from '../src/settings.ts';
import { checkArticleInput } from '../src/lib/editorial/article-input.ts';
import { totalChanges } from '../src/lib/editorial/clean-text.ts';
import { ContentError, readContent, type ContentSnapshot } from '../src/lib/editorial/content-store.ts';
import { fileSystemMessage } from '../src/lib/editorial/fs-errors.ts';
import { ArticleImporter } from '../src/lib/editorial/importer.ts';
import { parseInputDate } from '../src/lib/editorial/input-date.ts';
import { outcomeLine, summary, writtenReport } from '../src/lib/editorial/report.ts';
import { EntityRegistry } from '../src/lib/editorial/entities.ts';
import { encodingProblem } from '../src/lib/editorial/json-lines.ts';
import { ARCHIVE_TIME_ZONE } from '../src/lib/dates.ts';
import { failWith, takeContentLock } from './content-lock-cli.ts';
import { usageErrorFor } from './usage-error.ts';

const USAGE = `usage: npm run new -- --title <title> --date <YYYY-MM-DD> --source <outlet> (--text <text> | --text-file <file>)
       [--url <address>] [--people <names>] [--places <names>] [--lead <text>] [--content <dir>] [--update] [--no-wait]
Names are separated by commas or given with the flag repeated. Run it in a terminal without flags to be asked.`;

const usageError: (message: string) => never = usageErrorFor(USAGE);

function parseCli() {
  try {
    return parseArgs({
      options: {
        title: { type: 'string' },
        date: { type: 'string' },
        source: { type: 'string' },
        url: { type: 'string' },
        text: { type: 'string' },
        'text-file': { type: 'string' },
        people: { type: 'string', multiple: true },
        places: { type: 'string', multiple: true },
        lead: { type: 'string' },
        content: { type: 'string' },
        update: { type: 'boolean', default: false },
        'no-wait': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return usageError((error as Error).message);
  }
}

/** The fields of the article, as typed. */
interface Answers {
  title?: string | undefined;
  date?: string | undefined;
  source?: string | undefined;
  url?: string | undefined;
  text?: string | undefined;
  people: string[];
  places: string[];
  lead?: string | undefined;
}

const REQUIRED = ['title', 'date', 'source', 'text'] as const;

/** «Сергей Лавров, Лаврова; Песков» → three names. */
function splitNames(values: readonly string[] | undefined): string[] {
  return (values ?? [])
    .flatMap((value) => value.split(/[,;]/))
    .map((name) => name.trim())
    .filter(Boolean);
}

const { values } = parseCli();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (values.text !== undefined && values['text-file'] !== undefined)
  usageError('give either --text or --text-file, not both');
const root = (values.content ?? settings().LETOPIS_CONTENT).replace(/\/+$/, '');
let content: ContentSnapshot;
try {
  content = readContent(root);
} catch (error) {
  if (error instanceof ContentError) usageError(error.message);
  throw error;
}

const answers: Answers = {
  title: values.title,
  date: values.date,
  source: values.source,
  url: values.url,
  text: values['text-file'] === undefined ? values.text : readText(values['text-file']),
  people: splitNames(values.people),
  places: splitNames(values.places),
  lead: values.lead,
};
const missing = REQUIRED.filter((field) => !answers[field]?.trim());
if (missing.length > 0) {
  if (!process.stdin.isTTY)
    usageError(
      `missing ${missing.map((field) => `--${field === 'text' ? 'text or --text-file' : field}`).join(', ')}`,
    );
  await ask(answers, content);
}

const checked = checkArticleInput({
  ...answers,
  url: answers.url || undefined,
  lead: answers.lead || undefined,
});
if (!checked.ok) {
  console.error(`Not written: ${checked.reasons.join('; ')}`);
  process.exit(1);
}
// The prompts read the folder without the lock (an editor may take minutes); the article is
// added to the folder as it is once the lock is held, another run's work included.
const release = await takeContentLock(root, 'npm run new', !values['no-wait']);
let importer: ArticleImporter;
let outcome: ReturnType<ArticleImporter['add']>;
try {
  importer = new ArticleImporter(root, readContent(root), { update: values.update });
  outcome = importer.add(checked.article, checked.cleanup);
  if (outcome.kind === 'failed' || outcome.kind === 'skipped') {
    console.error(`Not written: ${outcomeLine('the article', outcome)?.replace(/^the article: /, '')}`);
    process.exit(1);
  }
  importer.flush();
} catch (error) {
  if (error instanceof ContentError) usageError(error.message);
  const message = fileSystemMessage(error, root);
  if (message) failWith(message);
  throw error;
}
await release();
const verb = { added: 'Wrote', updated: 'Replaced', unchanged: 'Unchanged' }[outcome.kind];
console.log(`${verb} ${writtenReport(`${root}/articles/${outcome.file}`, outcome.names, root)}`);
const refusals = outcomeLine('the article', outcome);
if (refusals) console.error(refusals.replaceAll('the article: ', ''));
// What to check (merges, possible duplicates, missing Latin names) and the clean-up, if any.
const details = summary(importer.stats, importer.created, root, importer.review, importer.nameOf)
  .split('\n')
  .slice(1)
  .filter((line) => !/^new (people|places|sources) /.test(line) && !(line === 'clean-up: none needed'));
if (details.length > 0 || totalChanges(importer.stats.cleanup) > 0) console.log(details.join('\n'));

function readText(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR')
      return usageError(`--text-file ${file} is a folder, not a file: give the text file`);
    if (code === 'ENOENT') return usageError(`--text-file ${file}: no such file`);
    return failWith(`--text-file ${fileSystemMessage(error, '.') ?? `${file}: ${(error as Error).message}`}`);
  }
  const problem = encodingProblem(bytes);
  if (problem) return failWith(`--text-file ${file} ${problem}`);
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}

/** Asks for every field the flags left out, with @clack/prompts. */
async function ask(answers: Answers, snapshot: ContentSnapshot): Promise<void> {
  const entities = new EntityRegistry(snapshot.people, snapshot.places, snapshot.sources);
  const done = (value: string | symbol): string => {
    if (typeof value === 'string') return value;
    prompts.cancel('Nothing was written.');
    return process.exit(130);
  };
  const required = (value: string | undefined) => (value?.trim() ? undefined : 'Required');
  prompts.intro(`New article in ${root}/`);
  answers.title ||= done(await prompts.text({ message: 'Title (as published)', validate: required }));
  answers.date ||= done(
    await prompts.text({
      message: 'Date: YYYY-MM-DD (Moscow) or date-time with offset',
      initialValue: today(),
      validate: (value) => {
        const parsed = parseInputDate(value ?? '');
        return parsed.ok ? undefined : parsed.reason;
      },
    }),
  );
  answers.source ||= done(
    await prompts.text({
      message: `Source (outlet name; known: ${snapshot.sources.map((source) => source.name).join(', ')})`,
      validate: required,
    }),
  );
  if (answers.url === undefined) {
    const sourceKnown = entities.findSource(answers.source ?? '') !== undefined;
    answers.url = done(
      await prompts.text({
        message: sourceKnown
          ? 'Address of the original (optional)'
          : 'Address of the original (a new source takes its home page from it)',
        validate: (value) => (sourceKnown || value?.trim() ? undefined : 'Required for a new source'),
      }),
    );
  }
  answers.text ||= done(
    await prompts.multiline({
      message: 'Text: paragraphs separated by blank lines (Tab, then Enter to finish)',
      showSubmit: true,
      validate: required,
    }),
  );
  if (answers.people.length === 0)
    answers.people = splitNames([
      done(await prompts.text({ message: 'People, separated by commas (any case: «Лаврова»)' })),
    ]);
  if (answers.places.length === 0)
    answers.places = splitNames([done(await prompts.text({ message: 'Places, separated by commas' }))]);
  prompts.outro('Writing the article');
}

/** Today in Moscow, `YYYY-MM-DD` (the en-CA locale writes dates that way). */
function today(): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: ARCHIVE_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}
