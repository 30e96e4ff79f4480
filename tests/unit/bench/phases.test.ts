import { describe, expect, it } from 'vitest';
import { splitPhases } from '../../../scripts/bench/phases.ts';

const line = (atMs: number, text: string) => ({ atMs, text });

describe('splitPhases', () => {
  it('splits an Astro build log at the lines that open each phase', () => {
    const lines = [
      line(100, '[letopis:content-guard] 20000 articles passed validation'),
      line(1000, '[content] Syncing content'),
      line(4000, '[content] Synced content'),
      line(5000, '[build] Building static entrypoints...'),
      line(9000, ' generating static routes '),
      line(20000, '[letopis:pagefind] Indexing 3 shards'),
    ];
    expect(splitPhases(lines, 26000)).toEqual([
      { name: 'startup and validation', ms: 1000 },
      { name: 'content sync', ms: 4000 },
      { name: 'bundling', ms: 4000 },
      { name: 'page generation', ms: 11000 },
      { name: 'search index', ms: 6000 },
    ]);
  });

  it('leaves out a phase whose marker never appears', () => {
    const lines = [line(10, '[content] Syncing content'), line(20, 'Building static entrypoints'), line(30, 'generating static routes')];
    expect(splitPhases(lines, 50).map((phase) => phase.name)).toEqual(['startup and validation', 'content sync', 'bundling', 'page generation']);
  });
});
