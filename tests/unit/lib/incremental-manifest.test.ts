import { describe, expect, it } from 'vitest';
import { recordedOutputFiles } from '../../../src/lib/incremental-manifest.ts';

describe('recordedOutputFiles', () => {
  it('lists the output file of every path of every route, decoded', () => {
    const manifest = {
      version: 1,
      configHash: 'c',
      routes: {
        'src/pages/[year]/[month]/[day]/index.astro': {
          dependencyHash: 'd',
          paths: {
            '/2022/05/12/': { cacheKey: 'k1', outputFile: '2022/05/12/index.html' },
            '/2022/05/13/': { cacheKey: 'k2', outputFile: '2022/05/13/index.html' },
          },
        },
        'src/pages/people/[id].astro': {
          dependencyHash: 'e',
          paths: { '/people/%D1%8F/': { cacheKey: 'k3', outputFile: 'people/%D1%8F/index.html' } },
        },
      },
    };
    expect([...recordedOutputFiles(manifest)].sort()).toEqual([
      '2022/05/12/index.html',
      '2022/05/13/index.html',
      'people/я/index.html',
    ]);
  });

  it('refuses a manifest of another shape rather than reading it as empty', () => {
    expect(() => recordedOutputFiles({ version: 2, routes: {} })).toThrow(/shape this code does not know/);
    expect(() => recordedOutputFiles({ version: 1, routes: { a: { paths: { '/': {} } } } })).toThrow(
      /routes\.a\.paths\.\/\.outputFile/,
    );
  });
});
