import { describe, expect, it } from 'vitest';
import { ENTITY_BUNDLE, shardFolder, shardYears } from '../../../../src/search/shared/shards.ts';

describe('shardYears', () => {
  it('reads the years back from a shard’s name', () => {
    expect(shardYears('2001-2004')).toEqual(['2001', '2002', '2003', '2004']);
    expect(shardYears('2013')).toEqual(['2013']);
  });
});

describe('shardFolder', () => {
  it('puts the entity bundle at the bundle root and the year shards under shards/', () => {
    expect(shardFolder(ENTITY_BUNDLE)).toBe('');
    expect(shardFolder('2001-2004')).toBe('shards/2001-2004/');
  });
});
