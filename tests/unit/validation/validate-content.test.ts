import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { validateContent } from '../../../src/lib/validation/validate-content.ts';
import { formatProblem } from '../../../src/lib/validation/problem.ts';
import { FIXTURES, makeContent } from '../../support/content-fixture.ts';

function problemsFor(badCase?: string): string[] {
  const root = makeContent(badCase);
  try {
    return validateContent(root, dirname(root)).problems.map(formatProblem);
  } finally {
    rmSync(dirname(root), { recursive: true, force: true });
  }
}

/** A 1 × 1 PNG. */
const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);

describe('validateContent', () => {
  test('accepts the valid fixture and the real archive', () => {
    expect(problemsFor()).toEqual([]);
    const real = validateContent(join(FIXTURES, '..', '..', 'content'));
    expect(real.problems.map(formatProblem)).toEqual([]);
    expect(real.articleCount).toBeGreaterThanOrEqual(1);
  });

  test('every bad-input fixture has a test below', () => {
    expect(readdirSync(join(FIXTURES, 'bad')).sort()).toEqual([
      'control-characters',
      'duplicate-id',
      'empty-body',
      'folder-date-mismatch',
      'image-and-updated',
      'invalid-yaml',
      'merged-id',
      'misnamed-markdown',
      'misplaced-file',
      'schema-error',
      'synonyms',
      'unknown-reference',
      'unparseable-date',
      'year-out-of-range',
    ]);
  });

  test('a synonyms group names the group and spelling at fault: too few, shared with another group, unknown field', () => {
    expect(problemsFor('synonyms')).toEqual([
      'content/synonyms.yaml: [1].variants: must list at least two spellings. Fix: list two or more spellings, each as written',
      'content/synonyms.yaml: [2].variants[0]: "брекзит" is already a spelling of group [0]. Fix: keep each spelling in one group: merge the two groups or remove it from one',
      'content/synonyms.yaml: [3]: unknown field note. Fix: remove it or correct its spelling (see the content model in README.md)',
    ]);
  });

  test('a schema error names each field, what is wrong and how to fix it', () => {
    expect(problemsFor('schema-error')).toEqual([
      'content/articles/2022/05/12-valid-article.md: title: is required but missing. Fix: add the field (string)',
      'content/articles/2022/05/12-valid-article.md: draft: must be boolean, got "yes please". Fix: write a value of type boolean',
      'content/articles/2022/05/12-valid-article.md: people: must be array, got "sergey-lavrov". Fix: write a value of type array',
      'content/articles/2022/05/12-valid-article.md: unknown field subtitle. Fix: remove it or correct its spelling (see the content model in README.md)',
    ]);
  });

  test('an unknown person, place or source id is an error, not a log line', () => {
    expect(problemsFor('unknown-reference')).toEqual([
      'content/articles/2022/05/12-valid-article.md: source: unknown source id "interfax". Fix: add it to content/sources.yaml or use an existing id',
      'content/articles/2022/05/12-valid-article.md: people[1]: unknown person id "sergey-lavrof". Fix: add it to content/people.yaml or use an existing id',
      'content/articles/2022/05/12-valid-article.md: places[1]: unknown place id "dushanbe-city". Fix: add it to content/places.yaml or use an existing id',
    ]);
  });

  test('a merged id stays reserved: no entry takes it again, one entry lists it, articles are told its new id', () => {
    expect(problemsFor('merged-id')).toEqual([
      'content/people.yaml: sergey-lavrov.mergedIds: "lavrov" was merged into "sergey-lavrov", yet an entry with that id exists (its old address redirects here). Fix: give that entry a new id, or remove "lavrov" from mergedIds',
      'content/people.yaml: mariya-zakharova.mergedIds: "s-lavrov" is also listed in sergey-lavrov.mergedIds. Fix: keep a merged id in one entry only',
      'content/articles/2022/05/12-valid-article.md: people[0]: person "s-lavrov" was merged into "sergey-lavrov". Fix: write "sergey-lavrov"',
    ]);
  });

  test('a duplicate id names the entry and both choices', () => {
    expect(problemsFor('duplicate-id')).toEqual([
      'content/people.yaml: [1].id: duplicate person id "sergey-lavrov". Fix: ids must be unique: merge the two entries or give one a new id',
    ]);
  });

  test('an impossible date says which forms are accepted', () => {
    expect(problemsFor('unparseable-date')).toEqual([
      'content/articles/2022/05/12-valid-article.md: date: "2022-05-32": there is no such day. Fix: write YYYY-MM-DD (a day in Moscow time) or an ISO date-time with offset such as 2022-05-12T14:30:00+03:00',
    ]);
  });

  test('a year outside 1000–9999 in Moscow time is refused as such, not as "not a date"', () => {
    expect(problemsFor('year-out-of-range')).toEqual([
      'content/articles/2022/05/12-valid-article.md: date: "0001-01-01": year 1 is outside 1000–9999 (Moscow time). Fix: correct the year: four digits, 1000–9999, as in 2022-05-12',
    ]);
  });

  test('a control character (a stray BEL, an ESC escape, a NUL) is refused with its field and where it is', () => {
    const fix =
      'Fix: delete it (retype the words around it), or import the text again: npm run import removes such characters';
    expect(problemsFor('control-characters')).toEqual([
      `content/articles/2022/05/12-valid-article.md: title: holds the invisible control character U+0007 (BEL) at character 36. ${fix}`,
      `content/articles/2022/05/12-valid-article.md: lead: holds the invisible control character U+001B (ESC) at character 40. ${fix}`,
      `content/articles/2022/05/12-valid-article.md: body: holds the invisible control character U+0000 (NUL) at line 12, character 36. ${fix}`,
    ]);
  });

  test('a Markdown file named .markdown or .MD is reported with the name to give it, not left out silently', () => {
    expect(problemsFor('misnamed-markdown')).toEqual([
      'content/articles/2022/05/13-ministry-sng-podpisali-zayavlenie.MD: is left out of the archive: only files ending in ".md" (lowercase) are articles. Fix: rename it to 13-ministry-sng-podpisali-zayavlenie.md',
      'content/articles/2022/05/13-rakhmon-prinyal-glav-mid.markdown: is left out of the archive: only files ending in ".md" (lowercase) are articles. Fix: rename it to 13-rakhmon-prinyal-glav-mid.md',
    ]);
  });

  test('a folder date that disagrees with the date says where the file belongs', () => {
    expect(problemsFor('folder-date-mismatch')).toEqual([
      'content/articles/2022/05/12-valid-article.md: date: 2022-05-13 (Moscow time) disagrees with the folder date 2022-05-12. Fix: move the file to content/articles/2022/05/13-valid-article.md or correct the date',
    ]);
  });

  test('a missing picture and a change date before publication say what to fix', () => {
    expect(problemsFor('image-and-updated')).toEqual([
      'content/articles/2022/05/12-valid-article.md: image.src: "./12-photo.jpg": the file does not exist. Fix: put a JPEG, PNG or WebP picture of at least 200 × 200 pixels at that path, relative to the article file',
      'content/articles/2022/05/12-valid-article.md: updated: 2022-05-11 is before the publication date 2022-05-12. Fix: write the date of the last change, on or after "date", or remove "updated"',
    ]);
  });

  test('a picture outside the content folder, too small or not a picture is refused', () => {
    const root = makeContent('image-and-updated');
    const article = join(root, 'articles', '2022', '05', '12-valid-article.md');
    const text = readFileSync(article, 'utf8').replace('updated: 2022-05-11\n', '');
    const problems = (src: string) => {
      writeFileSync(article, text.replace('./12-photo.jpg', src));
      return validateContent(root, dirname(root)).problems.map((problem) => problem.message);
    };
    expect(problems('../../../../secret.png')).toEqual([
      '"../../../../secret.png" is outside the content folder',
    ]);
    writeFileSync(join(root, 'articles', '2022', '05', 'tiny.png'), TINY_PNG);
    expect(problems('./tiny.png')).toEqual([
      '"./tiny.png": the picture is 1 × 1 pixels, smaller than 200 × 200',
    ]);
    writeFileSync(join(root, 'articles', '2022', '05', 'text.jpg'), 'not a picture');
    expect(problems('./text.jpg')).toEqual([
      '"./text.jpg": the file is not a picture (JPEG, PNG or WebP) that can be read',
    ]);
    expect(problems('photo.gif')[0]).toMatch(/must be a path relative to the article file/);
    rmSync(dirname(root), { recursive: true, force: true });
  });

  test('an empty body is an error', () => {
    expect(problemsFor('empty-body')).toEqual([
      'content/articles/2022/05/12-valid-article.md: body: the article has no text. Fix: write the article text below the frontmatter',
    ]);
  });

  test('a file outside YYYY/MM/DD-<ascii-slug>.md is an error', () => {
    expect(problemsFor('misplaced-file')).toEqual([
      'content/articles/2022/05/12-Главы-МИД.md: is not at content/articles/YYYY/MM/DD-<slug>.md. Fix: move it to its dated folder with a lowercase ASCII slug, e.g. 2022/05/12-glavy-mid-obsudili.md',
    ]);
  });

  test('broken YAML names the file and the line', () => {
    const [problem, ...rest] = problemsFor('invalid-yaml');
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^content\/places\.yaml: is not valid YAML: .*line \d+/);
  });

  test('lists every problem at once, not only the first', () => {
    const root = makeContent('unknown-reference');
    cpSync(join(FIXTURES, 'bad', 'duplicate-id'), root, { recursive: true });
    const problems = validateContent(root, dirname(root)).problems;
    rmSync(dirname(root), { recursive: true, force: true });
    expect(problems).toHaveLength(4);
  });
});

describe('validateContent on content that changed', () => {
  test('checks references anew: an entity removed from its list fails an unchanged article', () => {
    const root = makeContent();
    expect(validateContent(root, dirname(root)).problems).toEqual([]);
    const people = join(root, 'people.yaml');
    writeFileSync(people, readFileSync(people, 'utf8').replace('id: sergey-lavrov', 'id: sergey-lavrov-2'));
    expect(validateContent(root, dirname(root)).problems.map(formatProblem)).toContain(
      'content/articles/2022/05/12-valid-article.md: people[0]: unknown person id "sergey-lavrov". Fix: add it to content/people.yaml or use an existing id',
    );
    rmSync(dirname(root), { recursive: true, force: true });
  });
});
