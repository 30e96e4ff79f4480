import { describe, expect, it } from 'vitest';
import { articleTrail, entityTrail } from '../../../src/lib/seo/trails.ts';

describe('articleTrail', () => {
  it('walks home › year › month › day › article with Russian names', () => {
    expect(articleTrail({ title: 'Встреча', day: '2022-05-02', path: '/2022/05/02/vstrecha/' })).toEqual([
      { name: 'Главная', path: '/' },
      { name: '2022', path: '/2022/' },
      { name: 'Май', path: '/2022/05/' },
      { name: '2 мая', path: '/2022/05/02/' },
      { name: 'Встреча', path: '/2022/05/02/vstrecha/' },
    ]);
  });
});

describe('entityTrail', () => {
  it('walks home › index › entity', () => {
    expect(entityTrail('places', 'dushanbe', 'Душанбе')).toEqual([
      { name: 'Главная', path: '/' },
      { name: 'Места', path: '/places/' },
      { name: 'Душанбе', path: '/places/dushanbe/' },
    ]);
    expect(entityTrail('sources', 'tass', 'ТАСС')[1]).toEqual({ name: 'Источники', path: '/sources/' });
  });
});
