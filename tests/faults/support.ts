/**
 * What every fault of the suite uses: the real commands run as child processes on real files
 * in a scratch folder, and the checks that make a fault "handled": the exit code, one line on
 * standard error that says what is wrong and how to fix it, no stack trace, and a content
 * folder that `npm run check` still accepts.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { childEnv, settings } from '../../src/settings.ts';
import { PROJECT_ROOT } from '../support/editorial-cli.ts';

export { PROJECT_ROOT };

/** One fault: what a hostile or unlucky user does, and the check that it was handled. */
export interface Fault {
  /** `import input`, `content folder`, … */
  area: string;
  /** What is done, in a reader's words. */
  name: string;
  /** Throws (an assertion) when the fault was not handled; `scratch` is its own empty folder. */
  run: (scratch: string) => Promise<void>;
  /** Faults with the same `serial` never run at the same time (see {@link ASTRO_BUILD}). */
  serial?: string;
}

/**
 * The `serial` of faults that run `astro build`: two builds in one checkout share its
 * `.astro/.prerender/` folder and break each other, whatever their output folders.
 */
export const ASTRO_BUILD = 'astro build';

/** A finished command. */
export interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** Written to the command's standard input, which is then closed. */
  input?: string | Buffer;
  env?: Record<string, string>;
  /** Sees standard error as it grows; may kill the command. */
  onStderr?: (text: string, kill: (signal: NodeJS.Signals) => void) => void;
  /** Sees standard output as it grows; may kill the command. */
  onStdout?: (text: string, kill: (signal: NodeJS.Signals) => void) => void;
  timeoutMs?: number;
}

/** Runs `command` from the project root. */
export function run(command: string, args: readonly string[], options: RunOptions = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: PROJECT_ROOT,
      // `node` in the children (astro's `#!/usr/bin/env node`) is this Node, as under npm run.
      env: childEnv({ PATH: `${dirname(process.execPath)}:${childEnv().PATH ?? ''}`, ...options.env }),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 90_000);
    // Each signal is sent once, however often the watcher asks (a second Ctrl+C means "now").
    const sent = new Set<NodeJS.Signals>();
    const kill = (signal: NodeJS.Signals) => {
      if (!sent.has(signal)) child.kill(signal);
      sent.add(signal);
    };
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      options.onStdout?.(stdout, kill);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      options.onStderr?.(stderr, kill);
    });
    child.on('error', reject);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stdout, stderr });
    });
    child.stdin.on('error', () => {}); // a command that exits before reading all of it
    child.stdin.end(options.input);
  });
}

/** `node scripts/<name>.ts …args` on the project's Node (what `npm run <name>` runs). */
export function script(name: string, args: readonly string[], options: RunOptions = {}): Promise<Run> {
  return run(process.execPath, [`scripts/${name}.ts`, ...args], options);
}

/** `npm run check`'s content half on `root` (what the build's content guard runs too). */
export function checkContent(root: string): Promise<Run> {
  return script('check-content', [], { env: { LETOPIS_CONTENT: root } });
}

/** Fails unless `npm run check` accepts `root`. */
export async function expectValid(root: string): Promise<void> {
  const checked = await checkContent(root);
  if (checked.status !== 0) throw new Error(`the content folder is no longer valid:\n${checked.stderr}`);
}

/** A copy of a content folder (the real archive by default) in `scratch`. */
export function contentIn(scratch: string, from = join(PROJECT_ROOT, 'content'), name = 'content'): string {
  const root = join(scratch, name);
  cpSync(from, root, { recursive: true });
  return root;
}

/** Writes `text` (or bytes) to `scratch/name` and returns the path. */
export function file(scratch: string, name: string, content: string | Buffer): string {
  const path = join(scratch, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

const STACK_TRACE = /^\s+at .+\(?.+:\d+:\d+\)?$|node:internal|^\w*Error: |^Node\.js v\d+/m;

/** Fails when `text` holds a stack trace or Node's own error report. */
export function expectNoStackTrace(text: string): void {
  if (STACK_TRACE.test(text)) throw new Error(`a stack trace was printed:\n${text}`);
}

/**
 * Fails unless the command exited with `status` and said, in one line on standard error (a
 * usage line may follow a usage error), something matching `message`, which must also say
 * how to fix it (`fix`, by default a "Fix:", "save it as", "rename", "pass", "try again"…).
 */
export function expectRefused(
  result: Run,
  status: number,
  message: RegExp,
  fix: RegExp = /Fix:|save it as|rename|pass --content|try again|give the|run npm run check|write the real|leave out --no-wait|correct the|check the path/,
): void {
  expectNoStackTrace(result.stderr);
  // A usage error ends with the usage, which may take several lines.
  const lines = result.stderr.trim().split('\n');
  const usage = lines.findIndex((line) => line.startsWith('usage: '));
  const extra = lines.slice(1, usage === -1 ? undefined : usage);
  const where = `exit ${result.status}${result.signal ? ` (${result.signal})` : ''}, stderr:\n${result.stderr}`;
  if (result.status !== status) throw new Error(`expected exit ${status}, got ${where}`);
  if (!message.test(lines[0] ?? ''))
    throw new Error(`expected ${String(message)} on the first line, got ${where}`);
  if (!fix.test(lines[0] ?? '')) throw new Error(`the message names no fix: ${lines[0]}`);
  if (extra.length > 0) throw new Error(`expected one line (and the usage), got ${where}`);
}

/** Fails unless `condition`, saying `what`. */
export function expectThat(condition: boolean, what: string): void {
  if (!condition) throw new Error(what);
}

/**
 * Whether this machine lends a user and mount namespace (`unshare`), in which the read-only and
 * full-disk faults mount a real read-only folder and a real tiny tmpfs. Where it does not
 * (some CI runners forbid unprivileged namespaces), or with LETOPIS_FAULTS_INJECT=1, they
 * inject the same error into the command's file system calls instead, and say so in their name.
 */
export const HAS_MOUNT_NAMESPACE =
  !settings().LETOPIS_FAULTS_INJECT &&
  spawnSync('unshare', ['--user', '--map-root-user', '--mount', 'true'], { stdio: 'ignore' }).status === 0;

/** Runs `shell` (sh -c) in a new user and mount namespace, with `vars` as positional $1, $2… */
export function inMountNamespace(
  shell: string,
  vars: readonly string[],
  options: RunOptions = {},
): Promise<Run> {
  return run(
    'unshare',
    ['--user', '--map-root-user', '--mount', 'sh', '-c', shell, 'fault', ...vars],
    options,
  );
}

/** The article files under `root/articles`, as paths below it. */
export function articleFiles(root: string): string[] {
  return readdirSync(join(root, 'articles'), { recursive: true, encoding: 'utf8' }).filter((name) =>
    name.endsWith('.md'),
  );
}

/** Fails when a stopped run left a temporary file (`x.md.123`) or its lock in `root`. */
export function expectNothingLeft(root: string): void {
  const names = readdirSync(root, { recursive: true, encoding: 'utf8' });
  expectThat(!names.some((name) => /\.(md|yaml)\.\d+$/.test(name)), 'a temporary file was left');
  expectThat(!existsSync(join(root, '.letopis-lock')), 'the lock was left');
}

/**
 * The `--import` option that makes a command's writes under `path` fail with `code` once
 * `after` files have been written (inject-fs-error.ts).
 */
export function injectFsError(fault: { code: 'EROFS' | 'ENOSPC'; path: string; after?: number }): string {
  const preload = pathToFileURL(join(PROJECT_ROOT, 'tests/faults/inject-fs-error.ts'));
  preload.searchParams.set('code', fault.code);
  preload.searchParams.set('path', fault.path);
  preload.searchParams.set('after', String(fault.after ?? 0));
  return `--import=${preload.href}`;
}
