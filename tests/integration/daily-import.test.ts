/**
 * The daily workflow's shell steps (.github/workflows/daily-import.yml: fetch the day's file,
 * import it, commit the new articles) run here as GitHub runs them (bash -eo pipefail, the
 * step's env, $GITHUB_OUTPUT, $RUNNER_TEMP), in a git repository holding the project's scripts
 * and the fixture archive: the first day's file comes from a URL and adds articles (one line
 * fails: the run goes on and says so); the second day's, from a path, holds nothing new.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { PROJECT_ROOT } from '../support/editorial-cli.ts';
import { childEnv } from '../../src/settings.ts';

interface Step {
  id?: string;
  run?: string;
  env?: Record<string, string>;
}
const workflow = parseYaml(
  readFileSync(join(PROJECT_ROOT, '.github/workflows/daily-import.yml'), 'utf8'),
) as {
  jobs: { import: { steps: Step[] } };
};
const step = (id: string) => workflow.jobs.import.steps.find((candidate) => candidate.id === id)!;

const work = mkdtempSync(join(tmpdir(), 'letopis-daily-'));
const repository = join(work, 'repository');
let server: ChildProcess | undefined;
let fileUrl = '';
afterAll(() => {
  server?.kill();
  rmSync(work, { recursive: true, force: true });
});

const DAY_ONE = [
  {
    title: 'Лавров провёл переговоры с Байрамовым в Москве',
    date: '2024-10-24',
    source: 'ТАСС',
    url: 'https://tass.ru/politika/24-10-2024-lavrov-bayramov',
    text: 'Сергей Лавров и Джейхун Байрамов обсудили в Москве мирный договор.',
    people: ['Сергей Лавров', 'Джейхун Байрамов'],
    places: ['Москва'],
  },
  {
    title: 'Собянин открыл новую станцию метро',
    date: '2024-10-24',
    source: 'РИА Новости',
    url: 'https://ria.ru/20241024/metro.html',
    text: 'Мэр Москвы Сергей Собянин открыл станцию.',
    people: ['Собянина'],
    places: ['Москва'],
  },
];
const jsonLines = (lines: readonly unknown[]) => `${lines.map((line) => JSON.stringify(line)).join('\n')}\n`;

beforeAll(async () => {
  // What a checkout of the project holds for the import, the fixture archive as its content.
  mkdirSync(repository);
  for (const part of ['package.json', 'scripts', 'src'])
    cpSync(join(PROJECT_ROOT, part), join(repository, part), { recursive: true });
  cpSync(join(PROJECT_ROOT, 'tests/fixtures/archive'), join(repository, 'content'), { recursive: true });
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(repository, 'node_modules'), 'dir');
  writeFileSync(join(repository, '.gitignore'), 'node_modules\n');
  git('init', '--quiet');
  git('add', '--all');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '--quiet', '--message', 'Archive');
  // The outlet's export, served over HTTP: the day's articles and a line that fails.
  const dayOne = `${jsonLines(DAY_ONE)}{"title": "Без даты", "source": "ТАСС", "text": "…"}\n`;
  writeFileSync(join(work, 'export.jsonl'), dayOne);
  // In its own process: the steps run synchronously, and would block a server in this one.
  server = spawn(
    process.execPath,
    [
      '-e',
      `const http = require('node:http'), fs = require('node:fs');
       const server = http.createServer((request, response) => request.url === '/export.jsonl'
         ? response.end(fs.readFileSync(process.argv[1])) : response.writeHead(404).end());
       server.listen(0, '127.0.0.1', () => console.log(server.address().port));`,
      join(work, 'export.jsonl'),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const port = await new Promise<string>((resolve) =>
    server!.stdout!.once('data', (data: Buffer) => resolve(data.toString().trim())),
  );
  fileUrl = `http://127.0.0.1:${port}/export.jsonl`;
}, 60_000);

function git(...args: string[]): string {
  const result = spawnSync('git', args, { cwd: repository, encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

/** Runs the workflow's steps by id, as the runner does; their outputs, and the last one's exit code. */
function runSteps(ids: string[], vars: Record<string, string>) {
  const runnerTemp = mkdtempSync(join(work, 'runner-'));
  const outputs: Record<string, Record<string, string>> = {};
  let status: number | null = 0;
  let stderr = '';
  let stdout = '';
  for (const id of ids) {
    const { run, env = {} } = step(id);
    const outputFile = join(runnerTemp, `${id}.out`);
    writeFileSync(outputFile, '');
    // The expressions the steps' env uses: repository variables and earlier steps' outputs.
    const evaluate = (value: string) =>
      value
        .replace(/\$\{\{ vars\.(\w+) \}\}/g, (_, name: string) => vars[name] ?? '')
        .replace(
          /\$\{\{ steps\.(\w+)\.outputs\.(\w+) \}\}/g,
          (_, from: string, key: string) => outputs[from]?.[key] ?? '',
        );
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', run!], {
      cwd: repository,
      encoding: 'utf8',
      timeout: 120_000,
      // A runner's environment: PATH and HOME, the runner's files, the step's own variables.
      env: childEnv(
        {
          RUNNER_TEMP: runnerTemp,
          GITHUB_OUTPUT: outputFile,
          ...Object.fromEntries(Object.entries(env).map(([name, value]) => [name, evaluate(value)])),
        },
        ['PATH', 'HOME'],
      ),
    });
    outputs[id] = Object.fromEntries(
      readFileSync(outputFile, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
    status = result.status;
    stderr += result.stderr;
    stdout += result.stdout;
    if (status !== 0) break;
  }
  return { outputs, status, stderr, stdout };
}

test('day one: the file from a URL is imported and committed; the failed line is reported', () => {
  const run = runSteps(['fetch', 'import', 'commit'], { IMPORT_SOURCE: fileUrl });
  expect(run.status, run.stderr).toBe(0);
  expect(run.outputs['fetch']).toMatchObject({ lines: '3' });
  // A line failed: the import says 1, the step goes on, and the workflow's last step ends red.
  expect(run.outputs['import']).toEqual({ status: '1' });
  expect(run.stderr).toMatch(/import\.jsonl:3: failed: "date" is missing/);
  expect(run.outputs['commit']).toEqual({ changed: 'true' });
  expect(git('log', '-1', '--format=%s')).toMatch(
    /^Import \d{4}-\d{2}-\d{2}: 2 new article\(s\), \d+ file\(s\) changed, from 3 line\(s\)\n$/,
  );
  const added = git('show', '--name-only', '--format=', 'HEAD').trim().split('\n');
  expect(added.filter((file) => file.startsWith('content/articles/2024/10/24-'))).toHaveLength(2);
  expect(git('status', '--porcelain')).toBe('');
}, 180_000);

test('day two: a file from a path whose articles are all in the archive changes nothing and exits 0', () => {
  const path = join(work, 'today.jsonl');
  writeFileSync(path, jsonLines(DAY_ONE));
  const head = git('rev-parse', 'HEAD');
  const run = runSteps(['fetch', 'import', 'commit'], { IMPORT_SOURCE: path });
  expect(run.status, run.stderr).toBe(0);
  expect(run.outputs['import']).toEqual({ status: '0' });
  expect(run.stderr).toMatch(/import\.jsonl:1: skipped: is already in the archive \(same source URL\)/);
  expect(run.outputs['commit']).toEqual({ changed: 'false' });
  expect(git('rev-parse', 'HEAD')).toBe(head);
}, 180_000);

test('without the variable, or with a file that cannot be fetched, the run stops at once', () => {
  const unset = runSteps(['fetch'], {});
  expect(unset.status).toBe(2);
  expect(unset.stdout).toContain('::error::Set the repository variable IMPORT_SOURCE');
  const missing = runSteps(['fetch'], { IMPORT_SOURCE: `${fileUrl.replace('export', 'nothing')}` });
  expect(missing.status).not.toBe(0);
  expect(missing.stderr).toMatch(/404/);
});
