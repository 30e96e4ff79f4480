/**
 * One real build of a hostile archive: the hostile-links fixture (links that try every way to
 * run a script) with a feed imported into it that carries markup in every field and control
 * characters, built for an https site. Handled: the build passes, no link or image in any page
 * has a scheme outside http, https and mailto, no page runs a script it did not ship, every feed
 * is well-formed XML with no control character, and the pages carry the CSP in a meta tag.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { CONTROL_CHARACTER } from '../../src/lib/control-characters.ts';
import { HSTS } from '../../src/lib/deploy/headers.ts';
import { INLINE_SCRIPTS } from '../../src/lib/deploy/inline-scripts.ts';
import { FIXTURES } from '../support/content-fixture.ts';
import { STORY } from './import-input.ts';
import {
  ASTRO_BUILD,
  contentIn,
  expectThat,
  file,
  run,
  script,
  PROJECT_ROOT,
  type Fault,
} from './support.ts';

const XSS = '<script>alert(1)</script><img src=x onerror=alert(2)>';

export const hostileBuildFaults: Fault[] = [
  {
    area: 'build',
    name: 'a hostile archive (script links, markup in every field, control characters) builds safe',
    serial: ASTRO_BUILD,
    run: async (scratch) => {
      const root = contentIn(scratch, join(FIXTURES, 'hostile-links'));
      const feed = [
        {
          ...STORY,
          title: `Заявление МИД\u0007 ${XSS}`,
          lead: `Лид\u001B[0m ${XSS}`,
          text: `Текст\u0000 ${XSS}\n\n[ссылка](javascript:alert(3))`,
          people: ['Иван <b onmouseover=alert(4)>Петров</b>'],
          places: ['Москва'],
        },
      ];
      const input = file(scratch, 'news.jsonl', feed.map((story) => JSON.stringify(story)).join('\n'));
      const imported = await script('import', [input, '--content', root, '--progress-every', '0']);
      expectThat(imported.status === 0, `import: exit ${imported.status}: ${imported.stderr}`);
      const dist = join(scratch, 'dist');
      const built = await run(join(PROJECT_ROOT, 'node_modules/.bin/astro'), ['build'], {
        env: {
          LETOPIS_CONTENT: root,
          LETOPIS_OUT_DIR: dist,
          LETOPIS_CACHE_DIR: join(scratch, 'cache'),
          SITE_URL: 'https://archive.example.org',
        },
        timeoutMs: 110_000,
      });
      expectThat(
        built.status === 0,
        `build: exit ${built.status}:\n${built.stdout.slice(-2000)}${built.stderr.slice(-2000)}`,
      );

      const files = readdirSync(dist, { recursive: true, encoding: 'utf8' });
      const pages = files.filter((name) => name.endsWith('.html'));
      expectThat(pages.length > 10, `${pages.length} pages`);
      for (const page of pages) {
        const html = readFileSync(join(dist, page), 'utf8');
        const tree = fromHtml(html);
        for (const node of selectAll('a[href], img[src], link[href]', tree)) {
          const address = String(node.properties['href'] ?? node.properties['src']);
          const scheme = new URL(address, 'https://archive.example.org/x/').protocol;
          expectThat(
            ['http:', 'https:', 'mailto:'].includes(scheme),
            `${page}: ${node.tagName} to ${address}`,
          );
        }
        for (const node of selectAll('script', tree)) {
          const type = String(node.properties['type'] ?? '');
          const text = node.children.map((child) => ('value' in child ? child.value : '')).join('');
          expectThat(
            type === 'application/ld+json' ||
              node.properties['src'] !== undefined ||
              INLINE_SCRIPTS.includes(text),
            `${page}: a script the site did not ship: ${text.slice(0, 120)}`,
          );
        }
        expectThat(
          selectAll('[onerror], [onload], [onmouseover]', tree).length === 0,
          `${page}: an event handler`,
        );
        expectThat(
          selectAll('meta[http-equiv="Content-Security-Policy"]', tree).length === 1,
          `${page}: no CSP meta tag`,
        );
        expectThat(!CONTROL_CHARACTER.test(html), `${page}: a control character`);
      }
      const feeds = files.filter((name) => name.endsWith('.xml'));
      expectThat(feeds.length > 3, `${feeds.length} feeds`);
      for (const name of feeds) {
        const xml = readFileSync(join(dist, name), 'utf8');
        const verdict = XMLValidator.validate(xml);
        expectThat(verdict === true, `${name} is not well-formed XML: ${JSON.stringify(verdict)}`);
        expectThat(!CONTROL_CHARACTER.test(xml), `${name}: a control character`);
      }
      expectThat(
        readFileSync(join(dist, '_headers'), 'utf8').includes(`Strict-Transport-Security: ${HSTS}`),
        '_headers has no HSTS for an https site',
      );
    },
  },
];
