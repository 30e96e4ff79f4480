import fs, { linkSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { watchPageWrites } from '../../../src/build/page-writes.ts';
import { loadHasher } from '../../../src/lib/file-digest.ts';

const hasher = await loadHasher();

/** A page shared by the served output, the cache and the output being built (decision 0012). */
function sharedPage() {
  const root = mkdtempSync(join(tmpdir(), 'letopis-writes-'));
  const [served, copies, staging] = ['dist', 'cache/dist', '.letopis-new-dist-1'].map((folder) => {
    mkdirSync(join(root, folder, 'people'), { recursive: true });
    return join(root, folder);
  });
  writeFileSync(join(served!, 'people/index.html'), 'old page');
  linkSync(join(served!, 'people/index.html'), join(copies!, 'people/index.html'));
  linkSync(join(served!, 'people/index.html'), join(staging!, 'people/index.html'));
  return { served: served!, copies: copies!, staging: staging! };
}

describe('watchPageWrites', () => {
  it('writes a page rendered again as a new file, leaving the served one as it was', async () => {
    const { served, copies, staging } = sharedPage();
    // Astro passes folders with a trailing slash and files as URLs.
    const writes = watchPageWrites([`${staging}/`, copies], copies, hasher);
    try {
      await fs.promises.writeFile(pathToFileURL(join(staging, 'people/index.html')), 'new page');
      await fs.promises.writeFile(pathToFileURL(join(copies, 'people/index.html')), 'new page');
      await fs.promises.writeFile(join(copies, 'people/rss.xml'), Buffer.from('<rss/>'));
    } finally {
      writes.stop();
    }
    expect(readFileSync(join(served, 'people/index.html'), 'utf8')).toBe('old page');
    expect(statSync(join(served, 'people/index.html')).nlink).toBe(1);
    expect(readFileSync(join(staging, 'people/index.html'), 'utf8')).toBe('new page');
    expect([...writes.digests]).toEqual([
      ['people/index.html', hasher.digest('new page')],
      ['people/rss.xml', hasher.digest('<rss/>')],
    ]);
    expect(hasher.matches(join(copies, 'people/index.html'), writes.digests.get('people/index.html')!)).toBe(
      true,
    );
  });

  it('leaves writes elsewhere alone, and stops watching', async () => {
    const { served, copies, staging } = sharedPage();
    const writes = watchPageWrites([staging, copies], copies, hasher);
    await fs.promises.writeFile(join(served, 'people/index.html'), 'edited in place');
    writes.stop();
    await fs.promises.writeFile(join(staging, 'people/index.html'), 'after the watch');
    expect(readFileSync(join(copies, 'people/index.html'), 'utf8')).toBe('after the watch');
    expect(writes.digests.size).toBe(0);
  });
});
