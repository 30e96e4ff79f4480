import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { deleteDetached, deleteElsewhere } from '../../../src/build/delete-elsewhere.ts';

function oldOutput(): string {
  const folder = join(mkdtempSync(join(tmpdir(), 'letopis-delete-')), '.letopis-old-dist-1-2');
  mkdirSync(join(folder, '2022', '05'), { recursive: true });
  writeFileSync(join(folder, '2022', '05', 'index.html'), 'old');
  return folder;
}

describe('deleting an old output from another process', () => {
  it('settles once the folder is gone', async () => {
    const folder = oldOutput();
    await deleteElsewhere(folder);
    expect(existsSync(folder)).toBe(false);
  });

  it('goes on without anyone waiting for it', async () => {
    const folder = oldOutput();
    deleteDetached(folder);
    for (let tries = 0; tries < 100 && existsSync(folder); tries += 1) await sleep(50);
    expect(existsSync(folder)).toBe(false);
  });
});
