/** Faults in files an editor writes by hand, as `npm run check` (and the build) sees them. */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../support/content-fixture.ts';
import { checkContent, contentIn, expectNoStackTrace, expectThat, type Fault } from './support.ts';

const AREA = 'validation';

/** The valid fixture with the bad case laid over it, checked: exit 1 and the expected lines. */
function badCase(name: string, expected: RegExp[], prepare?: (root: string) => void): Fault {
  return {
    area: AREA,
    name,
    run: async (scratch) => {
      const root = contentIn(scratch, join(FIXTURES, 'content-valid'));
      prepare?.(root);
      const checked = await checkContent(root);
      expectNoStackTrace(checked.stderr);
      expectThat(checked.status === 1, `exit ${checked.status}: ${checked.stdout}${checked.stderr}`);
      for (const pattern of expected)
        expectThat(pattern.test(checked.stderr), `${String(pattern)} not in:\n${checked.stderr}`);
    },
  };
}

const overlay = (name: string) => (root: string) =>
  cpSync(join(FIXTURES, 'bad', name), root, { recursive: true });
const ARTICLE = 'articles/2022/05/12-valid-article.md';

export const validationFaults: Fault[] = [
  badCase(
    'a stray BEL in a title, an ESC in a lead, a NUL in the text',
    [
      /12-valid-article\.md: title: holds the invisible control character U\+0007 \(BEL\) at character 36\. Fix: delete it/,
      /lead: holds the invisible control character U\+001B \(ESC\)/,
      /body: holds the invisible control character U\+0000 \(NUL\) at line 12, character 36/,
    ],
    overlay('control-characters'),
  ),
  badCase(
    'the date 0001-01-01',
    [/date: "0001-01-01": year 1 is outside 1000–9999 \(Moscow time\)\. Fix: correct the year/],
    overlay('year-out-of-range'),
  ),
  badCase(
    'a date that is year 10000 in Moscow time',
    [/date: "9999-12-31T23:30:00Z": year 10000 is outside 1000–9999/],
    (root) =>
      writeFileSync(
        join(root, ARTICLE),
        '---\ntitle: Материал из будущего\ndate: 9999-12-31T23:30:00Z\nsource: tass\n---\n\nТекст.\n',
      ),
  ),
  badCase(
    'articles saved as .markdown and .MD',
    [
      /13-rakhmon-prinyal-glav-mid\.markdown: is left out of the archive.*Fix: rename it to 13-rakhmon-prinyal-glav-mid\.md/,
      /\.MD: is left out.*rename it to/,
    ],
    overlay('misnamed-markdown'),
  ),
  badCase(
    'a YAML bomb in an article’s frontmatter',
    [/12-valid-article\.md: frontmatter is not valid YAML: Excessive alias count/],
    (root) =>
      writeFileSync(
        join(root, ARTICLE),
        `---\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [${'*a,'.repeat(8)}*a]\nc: &c [${'*b,'.repeat(8)}*b]\nd: &d [${'*c,'.repeat(8)}*c]\ne: &e [${'*d,'.repeat(8)}*d]\nf: &f [${'*e,'.repeat(8)}*e]\ntitle: Бомба\ndate: 2022-05-12\nsource: tass\n---\n\nТекст.\n`,
      ),
  ),
  badCase(
    'an id that is not ASCII and an unknown one',
    [/source: unknown source id "interfax"/, /people\[1\]: unknown person id "sergey-lavrof"/],
    overlay('unknown-reference'),
  ),
  badCase(
    'an impossible date',
    [/date: "2022-05-32": there is no such day\. Fix: write YYYY-MM-DD/],
    overlay('unparseable-date'),
  ),
  badCase(
    'a folder named like an article',
    [/12-folder\.md: is a folder named like an article file/],
    (root) => {
      mkdirSync(join(root, 'articles/2022/05/12-folder.md'));
      writeFileSync(join(root, 'articles/2022/05/12-folder.md/notes.txt'), 'черновик');
    },
  ),
];
