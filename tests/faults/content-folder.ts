/** Faults in the content folder an import writes to: read-only, full, missing, broken lists. */
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { wireStories } from '../support/wire-news.ts';
import { STORY } from './import-input.ts';
import {
  HAS_MOUNT_NAMESPACE,
  articleFiles,
  expectNothingLeft,
  PROJECT_ROOT,
  contentIn,
  expectRefused,
  expectThat,
  expectValid,
  file,
  inMountNamespace,
  injectFsError,
  run,
  script,
  type Fault,
} from './support.ts';

const AREA = 'content folder';
const how = HAS_MOUNT_NAMESPACE ? 'a real' : 'an injected';

/** The billion-laughs YAML: nine aliases of nine aliases, seven deep (4.7 million strings). */
const YAML_BOMB = [
  '- &a ["ха","ха","ха","ха","ха","ха","ха","ха","ха"]',
  ...['b', 'c', 'd', 'e', 'f', 'g'].map(
    (name, index) => `- &${name} [${Array(9).fill(`*${'abcdefg'[index]}`).join(',')}]`,
  ),
  '',
].join('\n');

/**
 * Runs `node scripts/<name>.ts …args` with the content folder at `root` made read-only (a
 * read-only bind mount in a mount namespace, or an injected EROFS).
 */
function readOnly(root: string, name: string, args: string[]) {
  if (HAS_MOUNT_NAMESPACE)
    return inMountNamespace(`mount --bind -o ro "$1" "$1" && shift && exec "$@"`, [
      root,
      process.execPath,
      `scripts/${name}.ts`,
      ...args,
    ]);
  return run(process.execPath, [injectFsError({ code: 'EROFS', path: root }), `scripts/${name}.ts`, ...args]);
}

export const contentFolderFaults: Fault[] = [
  {
    area: AREA,
    name: `import into ${how} read-only folder`,
    run: async (scratch) => {
      const root = contentIn(scratch);
      const input = file(scratch, 'news.jsonl', `${JSON.stringify(STORY)}\n`);
      const result = await readOnly(root, 'import', [input, '--content', root]);
      expectRefused(
        result,
        2,
        /^cannot write .*\.letopis-lock: .* is on a read-only file system\. Fix: remount it writable/,
      );
      await expectValid(root);
    },
  },
  {
    area: AREA,
    name: `\`npm run new\` into ${how} read-only folder`,
    run: async (scratch) => {
      const root = contentIn(scratch);
      const result = await readOnly(root, 'new', [
        '--content',
        root,
        '--title',
        STORY.title,
        '--date',
        '2022-05-12',
        '--source',
        'ТАСС',
        '--text',
        STORY.text,
      ]);
      expectRefused(result, 2, /read-only file system\. Fix: remount it writable/);
    },
  },
  {
    area: AREA,
    name: `the disk fills up half-way through an import (${HAS_MOUNT_NAMESPACE ? 'a real 200 KB tmpfs' : 'injected ENOSPC'})`,
    run: async (scratch) => {
      const stories = file(
        scratch,
        'news.jsonl',
        wireStories({ count: 500, source: 'ТАСС', urlPrefix: 'https://tass.ru/obschestvo/', people: 'a' }),
      );
      const after = join(scratch, 'after');
      let result;
      if (HAS_MOUNT_NAMESPACE) {
        const disk = join(scratch, 'disk');
        cpSync(join(PROJECT_ROOT, 'content'), join(scratch, 'seed'), { recursive: true });
        // Mount a 200 KB tmpfs, import into a copy on it, copy what is there back out.
        result = await inMountNamespace(
          'set -e; mkdir -p "$1.d" && mount -t tmpfs -o size=200k tmpfs "$1.d" && cp -r "$2" "$1.d/content"; ' +
            'set +e; "$4" scripts/import.ts "$3" --content "$1.d/content" --progress-every 0; status=$?; ' +
            'cp -r "$1.d/content" "$5"; exit $status',
          [disk, join(scratch, 'seed'), stories, process.execPath, after],
        );
      } else {
        const root = contentIn(scratch, undefined, 'after');
        result = await run(process.execPath, [
          injectFsError({ code: 'ENOSPC', path: join(root, 'articles'), after: 250 }),
          'scripts/import.ts',
          stories,
          '--content',
          root,
          '--progress-every',
          '0',
        ]);
      }
      expectRefused(
        result,
        2,
        /^cannot write .*: the disk is full\. Fix: free some space, then run the same command again/,
      );
      const written = articleFiles(after).length;
      expectThat(written > 1 && written < 501, `${written} articles written`);
      expectNothingLeft(after);
      await expectValid(after);
    },
  },
  {
    area: AREA,
    name: 'a content folder that does not exist',
    run: async (scratch) => {
      const input = file(scratch, 'news.jsonl', `${JSON.stringify(STORY)}\n`);
      expectRefused(
        await script('import', [input, '--content', join(scratch, 'contnet')]),
        2,
        /is not a content folder \(no people\.yaml\): pass --content/,
      );
    },
  },
  {
    area: AREA,
    name: 'sources.yaml broken by a bad merge',
    run: async (scratch) => {
      const root = contentIn(scratch);
      writeFileSync(
        join(root, 'sources.yaml'),
        '- id: tass\n  name: ТАСС\n<<<<<<< HEAD\n  url: https://tass.ru/\n=======\n',
      );
      const input = file(scratch, 'news.jsonl', `${JSON.stringify(STORY)}\n`);
      expectRefused(
        await script('import', [input, '--content', root]),
        2,
        /sources\.yaml is not valid YAML .*: run npm run check and fix it first/,
      );
    },
  },
  {
    area: AREA,
    name: 'a YAML bomb (billion laughs) as people.yaml, for import and check',
    run: async (scratch) => {
      const root = contentIn(scratch);
      writeFileSync(join(root, 'people.yaml'), YAML_BOMB);
      const input = file(scratch, 'news.jsonl', `${JSON.stringify(STORY)}\n`);
      expectRefused(
        await script('import', [input, '--content', root], { timeoutMs: 20_000 }),
        2,
        /people\.yaml is not valid YAML \(Excessive alias count/,
      );
      const checked = await script('check-content', [], {
        env: { LETOPIS_CONTENT: root },
        timeoutMs: 20_000,
      });
      expectThat(
        checked.status === 1 && /people\.yaml: is not valid YAML: Excessive alias count/.test(checked.stderr),
        checked.stderr,
      );
    },
  },
  {
    area: AREA,
    name: 'ids in Cyrillic and with spaces in people.yaml',
    run: async (scratch) => {
      const root = contentIn(scratch);
      writeFileSync(
        join(root, 'people.yaml'),
        '- id: Сергей-Лавров\n  name: Сергей Лавров\n  nameLatin: Sergey Lavrov\n  description: министр\n- id: maria zakharova\n  name: Мария Захарова\n  nameLatin: Maria Zakharova\n  description: официальный представитель МИД\n',
      );
      const checked = await script('check-content', [], { env: { LETOPIS_CONTENT: root } });
      expectThat(checked.status === 1, `exit ${checked.status}`);
      expectThat(
        /people\.yaml: Сергей-Лавров\.id: must be lowercase ASCII words joined by hyphens/.test(
          checked.stderr,
        ),
        checked.stderr,
      );
      expectThat(
        /people\.yaml: maria zakharova\.id: must be lowercase ASCII/.test(checked.stderr),
        checked.stderr,
      );
      const input = file(scratch, 'news.jsonl', `${JSON.stringify(STORY)}\n`);
      expectRefused(
        await script('import', [input, '--content', root]),
        2,
        /people\.yaml has invalid entries: run npm run check/,
      );
    },
  },
];
