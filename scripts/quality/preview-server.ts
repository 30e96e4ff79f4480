/**
 * Serves a built site with `astro preview` (as a static host would) for a test run, and stops it.
 */
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { childEnv } from '../../src/settings.ts';

export interface PreviewServer {
  origin: string;
  stop(): void;
}

/** Starts `astro preview` on 127.0.0.1:`port` and resolves once it answers. */
export async function startPreview(port: number, timeoutMs = 60_000): Promise<PreviewServer> {
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(
    'npx',
    ['--no-install', 'astro', 'preview', '--host', '127.0.0.1', '--port', String(port)],
    {
      // Its own process group, so stop() also ends the node process npx starts.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: childEnv({ ASTRO_PREVIEW_BACKGROUND: '0' }),
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const stop = () => {
    if (child.exitCode === null && child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`astro preview exited with ${child.exitCode}:\n${output}`);
    try {
      await fetch(`${origin}/`);
      return { origin, stop };
    } catch {
      await sleep(250);
    }
  }
  stop();
  throw new Error(`astro preview did not answer on ${origin} within ${timeoutMs / 1000} s:\n${output}`);
}
