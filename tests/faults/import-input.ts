/** Faults in what is handed to `npm run import` and `npm run new`: files, encodings, lines. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTROL_CHARACTERS } from '../../src/lib/control-characters.ts';
import {
  articleFiles,
  contentIn,
  expectRefused,
  expectThat,
  expectValid,
  file,
  script,
  type Fault,
} from './support.ts';

const AREA = 'import input';

/** A TASS-like story as a feed hands it over. */
export const STORY = {
  title: 'Лавров прибыл в Душанбе на заседание СМИД СНГ',
  date: '2022-05-12T09:15:00+03:00',
  source: 'ТАСС',
  url: 'https://tass.ru/politika/14604137',
  lead: 'Министр проведет переговоры с коллегами из стран Содружества',
  text: 'ДУШАНБЕ, 12 мая. /ТАСС/. Министр иностранных дел России Сергей Лавров прибыл в Душанбе.\n\nОб этом сообщил корреспондент ТАСС.',
  people: ['Сергей Лавров'],
  places: ['Душанбе'],
};

const line = (fields: Record<string, unknown> = {}) => JSON.stringify({ ...STORY, ...fields });

async function importLines(scratch: string, text: string | Buffer, more: string[] = []) {
  const root = contentIn(scratch);
  const input = file(scratch, 'news.jsonl', text);
  const result = await script('import', [input, '--content', root, '--progress-every', '0', ...more]);
  return { root, input, result };
}

export const importInputFaults: Fault[] = [
  {
    area: AREA,
    name: 'a file that does not exist',
    run: async (scratch) => {
      const root = contentIn(scratch);
      expectRefused(
        await script('import', [join(scratch, 'tass-12-maya.jsonl'), '--content', root]),
        2,
        /no such file/,
      );
    },
  },
  {
    area: AREA,
    name: 'a folder given as the file',
    run: async (scratch) => {
      const root = contentIn(scratch);
      expectRefused(await script('import', [scratch, '--content', root]), 2, /is a folder, not a file/);
    },
  },
  {
    area: AREA,
    name: '`-` reads JSON Lines from standard input',
    run: async (scratch) => {
      const root = contentIn(scratch);
      const input = `${line()}\n${line({ title: 'Рахмон принял в Душанбе глав МИД СНГ', url: 'https://tass.ru/politika/14604555' })}\n`;
      const result = await script('import', ['-', '--content', root], { input });
      expectThat(result.status === 0, `exit ${result.status}: ${result.stderr}`);
      expectThat(result.stdout.includes('Imported stdin (2 lines)'), result.stdout);
      expectThat(result.stdout.includes('added 2,'), result.stdout);
      await expectValid(root);
    },
  },
  {
    area: AREA,
    name: 'a bad line on standard input is named stdin:<line>',
    run: async (scratch) => {
      const root = contentIn(scratch);
      const result = await script('import', ['-', '--content', root], {
        input: `${line()}\n{"title": "Лавров",\n`,
      });
      expectThat(result.status === 1, `exit ${result.status}`);
      expectThat(/^stdin:2: failed: invalid JSON/m.test(result.stderr), result.stderr);
    },
  },
  {
    area: AREA,
    name: 'UTF-16 with a byte-order mark (Notepad’s "Unicode")',
    run: async (scratch) => {
      const text = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${line()}\r\n`, 'utf16le')]);
      const { root, result } = await importLines(scratch, text);
      expectRefused(result, 2, /is UTF-16 \(little-endian\); save it as UTF-8/);
      expectThat(articleFiles(root).length === 1, 'something was imported');
    },
  },
  {
    area: AREA,
    name: 'UTF-16 big-endian without a byte-order mark',
    run: async (scratch) => {
      const { result } = await importLines(scratch, Buffer.from(`${line()}\n`, 'utf16le').swap16());
      expectRefused(result, 2, /is UTF-16 \(big-endian\); save it as UTF-8/);
    },
  },
  {
    area: AREA,
    name: 'a Windows-1251 export',
    run: async (scratch) => {
      const ascii = Buffer.from('{"title": "');
      const lavrov = Buffer.from([
        0xcb, 0xe0, 0xe2, 0xf0, 0xee, 0xe2, 0x20, 0xef, 0xf0, 0xe8, 0xe1, 0xfb, 0xeb,
      ]);
      const { result } = await importLines(
        scratch,
        Buffer.concat([ascii, lavrov, Buffer.from('", "date": "2022-05-12"}\n')]),
      );
      expectRefused(result, 2, /is not UTF-8 \(it looks like Windows-1251\): line 1 /);
    },
  },
  {
    area: AREA,
    name: 'standard input in UTF-16',
    run: async (scratch) => {
      const root = contentIn(scratch);
      const result = await script('import', ['-', '--content', root], {
        input: Buffer.from(`${line()}\n`, 'utf16le'),
      });
      expectRefused(result, 2, /^stdin is UTF-16/);
    },
  },
  {
    area: AREA,
    name: 'a PNG renamed to .jsonl',
    run: async (scratch) => {
      const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
      expectRefused((await importLines(scratch, png)).result, 2, /is not UTF-8/);
    },
  },
  {
    area: AREA,
    name: 'an empty file',
    run: async (scratch) => {
      const { root, result } = await importLines(scratch, '');
      expectThat(
        result.status === 0 && result.stdout.includes('added 0,'),
        `exit ${result.status}: ${result.stdout}`,
      );
      await expectValid(root);
    },
  },
  {
    area: AREA,
    name: 'lines that are not articles: an array, a number, 200,000 nested brackets, a __proto__ key',
    run: async (scratch) => {
      const text = [
        '[1, 2]',
        '42',
        `${'['.repeat(200_000)}${']'.repeat(200_000)}`,
        '{"__proto__": {"title": "x"}}',
        line(),
      ].join('\n');
      const { root, result } = await importLines(scratch, text);
      expectThat(result.status === 1, `exit ${result.status}`);
      expectThat((result.stderr.match(/: failed: /g) ?? []).length === 4, result.stderr);
      expectThat(({} as Record<string, unknown>)['title'] === undefined, 'prototype polluted');
      await expectValid(root);
    },
  },
  {
    area: AREA,
    name: 'HTML and script in every field (title, lead, text, names, source, url)',
    run: async (scratch) => {
      const xss = '<script>alert(1)</script><img src=x onerror=alert(2)>';
      const text = [
        line({
          title: `Заявление ${xss}`,
          lead: `Лид ${xss}`,
          text: `Текст ${xss}\n\n[ссылка](javascript:alert(3))`,
          people: [`Иван <b onmouseover=alert(4)>Петров</b>`],
          places: [`<svg onload=alert(5)>`],
          source: `Агентство <iframe src=javascript:alert(6)>`,
          url: 'https://example.org/x?<script>',
        }),
        line({ title: 'Ссылка-ловушка', url: 'javascript:alert(7)' }),
      ].join('\n');
      const { root, result } = await importLines(scratch, text);
      expectThat(result.status === 1, `exit ${result.status}: ${result.stderr}`);
      expectThat(
        /news\.jsonl:2: failed: "url" must be an http\(s\) address/.test(result.stderr),
        result.stderr,
      );
      // Written as text: the body's Markdown escapes markup, the frontmatter quotes it.
      const written = articleFiles(root).find((name) => name.includes('zayavlenie'));
      expectThat(written !== undefined, 'the article was not written');
      const body = readFileSync(join(root, 'articles', written!), 'utf8').split('\n---\n')[1] ?? '';
      // Escaped by a backslash, `\<script>` and `\[…]\(javascript:…)` are text.
      expectThat(!/(?<!\\)<script|(?<!\\)\]\(javascript:/.test(body), `markup left live:\n${body}`);
      await expectValid(root);
    },
  },
  {
    area: AREA,
    name: 'control characters in a story (a stray BEL in the title, ESC, NUL) are removed and counted',
    run: async (scratch) => {
      const text = line({
        title: 'Лавров прибыл в Душанбе\u0007',
        lead: 'Министр проведет переговоры\u001B[0m',
        text: 'ДУШАНБЕ, 12 мая. /ТАСС/.\u0000 Министр прибыл.',
      });
      const { root, result } = await importLines(scratch, `${text}\n`);
      expectThat(result.status === 0, `exit ${result.status}: ${result.stderr}`);
      expectThat(/^\s+3\s+control characters removed/m.test(result.stdout), result.stdout);
      const written = articleFiles(root).find((name) => name.includes('lavrov-pribyl'));
      const source = readFileSync(join(root, 'articles', written ?? ''), 'utf8');
      expectThat(!CONTROL_CHARACTERS.test(source), 'a control character was written');
      await expectValid(root);
    },
  },
  {
    area: AREA,
    name: 'dates: year 10000 in Moscow, 0001-01-01, 30 February, «12 мая»',
    run: async (scratch) => {
      const dates = ['9999-12-31T23:30:00Z', '0001-01-01', '2022-02-30', '12 мая 2022'];
      const text = dates
        .map((date, index) => line({ date, url: `https://tass.ru/politika/${index}` }))
        .join('\n');
      const { root, result } = await importLines(scratch, text);
      expectThat(result.status === 1, `exit ${result.status}`);
      for (const expected of [
        /:1: failed: "date": "9999-12-31T23:30:00Z": year 10000 is outside 1000–9999 \(Moscow time\); write the real date/,
        /:2: failed: "date": "0001-01-01": year 1 is outside 1000–9999/,
        /:3: failed: "date": "2022-02-30" is an impossible date/,
        /:4: failed: "date": "12 мая 2022" is not a date: write YYYY-MM-DD/,
      ])
        expectThat(expected.test(result.stderr), `${String(expected)} not in:\n${result.stderr}`);
      expectThat(!existsSync(join(root, 'articles', '10000')), 'articles/10000/ was made');
    },
  },
  {
    area: AREA,
    name: 'a title of 18,000 characters and one of "../../../etc/passwd"',
    run: async (scratch) => {
      const text = [
        line({ title: `${'Очень '.repeat(3000)}длинный заголовок` }),
        line({ title: '../../../etc/passwd', url: 'https://tass.ru/x/1' }),
      ].join('\n');
      const { root, result } = await importLines(scratch, text);
      expectThat(result.status === 0, `exit ${result.status}: ${result.stderr}`);
      const names = articleFiles(root);
      expectThat(
        names.every((name) => /^\d{4}\/\d{2}\/\d{2}-[a-z0-9-]{1,80}\.md$/.test(name)),
        names.join(', '),
      );
      await expectValid(root);
    },
  },
  {
    area: AREA,
    name: '`npm run new` with a folder or a UTF-16 file as --text-file',
    run: async (scratch) => {
      const root = contentIn(scratch);
      const flags = ['--content', root, '--title', STORY.title, '--date', '2022-05-12', '--source', 'ТАСС'];
      expectRefused(
        await script('new', [...flags, '--text-file', scratch]),
        2,
        /--text-file .* is a folder, not a file/,
      );
      const utf16 = file(
        scratch,
        'text.txt',
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(STORY.text, 'utf16le')]),
      );
      expectRefused(
        await script('new', [...flags, '--text-file', utf16]),
        2,
        /--text-file .* is UTF-16 \(little-endian\); save it as UTF-8/,
      );
    },
  },
];
