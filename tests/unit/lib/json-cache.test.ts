import { mkdtempSync, readdirSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JsonCache } from '../../../src/lib/json-cache.ts';

const folder = () => mkdtempSync(join(tmpdir(), 'letopis-json-cache-'));

describe('JsonCache', () => {
  it('gives the next run what this run set, and only that', () => {
    const path = join(folder(), 'cache.json');
    const first = new JsonCache<number>(path, 'v1');
    expect(first.get('a')).toBeUndefined();
    first.set('a', 1);
    first.set('b', 2);
    first.save();
    const second = new JsonCache<number>(path, 'v1');
    expect([second.get('a'), second.get('b')]).toEqual([1, 2]);
    second.set('a', 1);
    second.save();
    expect(new JsonCache<number>(path, 'v1').get('b')).toBeUndefined();
  });

  it('starts empty when the code that wrote it changed, or the file is unreadable', () => {
    const dir = folder();
    const path = join(dir, 'cache.json');
    const cache = new JsonCache<string>(path, 'old code');
    cache.set('key', 'value');
    cache.save();
    expect(new JsonCache<string>(path, 'new code').get('key')).toBeUndefined();
    expect(new JsonCache<string>(join(dir, 'missing.json'), 'old code').get('key')).toBeUndefined();
    expect(readdirSync(dir)).toEqual(['cache.json']);
  });

  it('does not take an inherited property for an entry', () => {
    expect(new JsonCache<string>(join(folder(), 'c.json'), 'v').get('toString')).toBeUndefined();
  });

  it('says once, naming the file, when it is cut short, and starts empty', () => {
    const path = join(folder(), 'article-texts.json');
    const cache = new JsonCache<string>(path, 'v1');
    cache.set('key', 'value');
    cache.save();
    truncateSync(path, 12);
    const warnings: string[] = [];
    const damaged = new JsonCache<string>(
      path,
      'v1',
      (line) => warnings.push(line),
      'every text is rendered again',
    );
    expect(damaged.get('key')).toBeUndefined();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/article-texts\.json is unreadable \(.+\): every text is rendered again/);
  });
});
