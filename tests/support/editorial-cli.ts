/**
 * Runs the real editorial commands (`npm run import`, `npm run new`) as child processes on a
 * temporary copy of a content folder, and fingerprints folders to prove a run changed nothing.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { childEnv } from '../../src/settings.ts';

export const PROJECT_ROOT = join(import.meta.dirname, '..', '..');

/** A fresh copy of `content/` (the real archive) in a temporary folder. */
export function copyContent(from = join(PROJECT_ROOT, 'content')): string {
  const root = join(mkdtempSync(join(tmpdir(), 'letopis-editorial-')), 'content');
  cpSync(from, root, { recursive: true });
  return root;
}

/** `npm run <script> -- …args` from the project root; its exit code and output. */
export function runScript(script: string, args: readonly string[], env: Record<string, string> = {}) {
  const result = spawnSync('npm', ['run', '--silent', script, '--', ...args], {
    cwd: PROJECT_ROOT,
    env: childEnv(env),
    encoding: 'utf8',
    timeout: 180_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Path → SHA-1 of every file under `root`: equal fingerprints mean byte-identical folders. */
export function fingerprint(root: string): Record<string, string> {
  const files = readdirSync(root, { recursive: true, encoding: 'utf8', withFileTypes: false }).sort();
  const hashes: Record<string, string> = {};
  for (const file of files) {
    try {
      hashes[file] = createHash('sha1')
        .update(readFileSync(join(root, file)))
        .digest('hex');
    } catch {
      // a folder
    }
  }
  return hashes;
}
