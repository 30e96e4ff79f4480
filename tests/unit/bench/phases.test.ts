import { describe, expect, it } from 'vitest';
import { splitPhases } from '../../../scripts/bench/phases.ts';
import { searchJob } from '../../../scripts/bench/build-archive.ts';

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
    const samples = [0, 1000, 5000, 9000, 20000, 26000].map((atMs, i) => ({
      atMs,
      cpuMs: atMs / 2,
      rssBytes: (i + 1) * 100,
    }));
    expect(splitPhases(lines, 26000, samples)).toEqual([
      { name: 'startup and validation', ms: 1000, cpuMs: 500, peakRssBytes: 200 },
      { name: 'content sync', ms: 4000, cpuMs: 2000, peakRssBytes: 300 },
      { name: 'bundling', ms: 4000, cpuMs: 2000, peakRssBytes: 400 },
      { name: 'page generation', ms: 11000, cpuMs: 5500, peakRssBytes: 500 },
      { name: 'search index', ms: 6000, cpuMs: 3000, peakRssBytes: 600 },
    ]);
  });

  it('leaves out a phase whose marker never appears', () => {
    const lines = [
      line(10, '[content] Syncing content'),
      line(20, 'Building static entrypoints'),
      line(30, 'generating static routes'),
    ];
    expect(splitPhases(lines, 50).map((phase) => phase.name)).toEqual([
      'startup and validation',
      'content sync',
      'bundling',
      'page generation',
    ]);
  });
});

describe('searchJob', () => {
  it('reads the search index time from the integration summary, alongside the build', () => {
    const lines = [
      { atMs: 1, text: '[letopis:pagefind] waiting for the search index' },
      {
        atMs: 2,
        text: '[letopis:pagefind] indexed 77 pages in 2 bundles (…) in 4302 ms alongside the build, 7 ms after the pages',
      },
    ];
    expect(searchJob({ lines })).toEqual({ searchIndexMs: 4302 });
    expect(searchJob({ lines: lines.slice(0, 1) })).toEqual({});
  });
});
