/**
 * An import stopped half-way — Ctrl+C, or killed outright — leaves a content folder that is
 * whole: every file complete, every reference resolvable, and the rest imports on a re-run.
 */
import { spawn } from 'node:child_process';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { validateContent } from '../../src/lib/validation/validate-content.ts';
import { copyContent, PROJECT_ROOT, runScript } from '../support/editorial-cli.ts';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const LINES = 1200;

/** A long JSONL file in which every tenth article brings a new person. */
function longImport(folder: string): string {
  const file = join(folder, 'long.jsonl');
  const lines = Array.from({ length: LINES }, (_, index) => {
    const day = String((index % 28) + 1).padStart(2, '0');
    const person = index % 10 === 0 ? `Иван Тестов-${index}` : 'Сергей Лавров';
    return JSON.stringify({
      title: `Сообщение номер ${index}`,
      date: `2023-02-${day}`,
      source: 'ТАСС',
      url: `https://tass.ru/test/${index}`,
      text: `Текст сообщения ${index}.`,
      people: [person],
    });
  });
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

/** Starts the import, sends `signal` once progress shows it is under way, waits for the end. */
function interrupted(jsonl: string, content: string, signal: NodeJS.Signals): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(
      join(PROJECT_ROOT, 'node_modules/.bin/node'),
      ['scripts/import.ts', jsonl, '--content', content, '--progress-every', '100'],
      { cwd: PROJECT_ROOT },
    );
    let sent = false;
    child.stderr.on('data', (chunk: Buffer) => {
      if (!sent && chunk.toString().includes('300 lines read')) {
        sent = true;
        child.kill(signal);
      }
    });
    child.on('close', (code, killedBy) => resolve(killedBy ? 128 + (signal === 'SIGKILL' ? 9 : 2) : code));
  });
}

function markdownFiles(content: string): string[] {
  return readdirSync(join(content, 'articles'), { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.md'),
  );
}

test.each(['SIGINT', 'SIGKILL'] as const)(
  'after %s the folder is valid and a re-run imports the rest',
  async (signal) => {
    const content = copyContent();
    made.push(dirname(content));
    const jsonl = longImport(dirname(content));
    const status = await interrupted(jsonl, content, signal);
    expect(status).toBe(signal === 'SIGINT' ? 130 : 137);
    const written = markdownFiles(content).length - 1;
    expect(written).toBeLessThan(LINES);
    expect(validateContent(content).problems).toEqual([]);
    if (signal === 'SIGINT') {
      // Ctrl+C: what was read is written, temporary files are gone.
      expect(
        readdirSync(content, { recursive: true, encoding: 'utf8' }).filter((file) =>
          /\.(md|yaml)\.\d+$/.test(file),
        ),
      ).toEqual([]);
    }
    const rest = runScript('import', [jsonl, '--content', content, '--progress-every', '0']);
    expect(rest.stdout).toContain(
      `added ${LINES - written}, updated 0, unchanged 0, skipped ${written}, failed 0`,
    );
    expect(markdownFiles(content)).toHaveLength(LINES + 1);
    expect(validateContent(content).problems).toEqual([]);
  },
  240_000,
);
