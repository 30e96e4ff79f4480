import { expect, test } from 'vitest';
import {
  movedPages,
  nginxRedirects,
  renderRedirectsFile,
  vercelRedirects,
} from '../../../src/lib/deploy/moved-pages.ts';
import { renderVercelJson } from '../../../src/lib/deploy/host-configs.ts';

const moves = movedPages(
  [{ id: 'sergey-skripal', name: 'Сергей Скрипаль', mergedIds: ['skripal'] }],
  [{ id: 'ssha', name: 'США', mergedIds: ['s-sh-a'] }],
);

test('merged entries’ old pages and where they moved', () => {
  expect(moves).toEqual([
    { from: '/people/skripal/', to: '/people/sergey-skripal/', name: 'Сергей Скрипаль' },
    { from: '/places/s-sh-a/', to: '/places/ssha/', name: 'США' },
  ]);
});

test('every host gets permanent redirects, under the base too', () => {
  expect(renderRedirectsFile(moves, '/letopis/')).toBe(
    '/letopis/people/skripal/ /letopis/people/sergey-skripal/ 301\n/letopis/people/skripal /letopis/people/sergey-skripal/ 301\n' +
      '/letopis/places/s-sh-a/ /letopis/places/ssha/ 301\n/letopis/places/s-sh-a /letopis/places/ssha/ 301\n',
  );
  expect(vercelRedirects(moves)[0]).toEqual({
    source: '/people/skripal{/}?',
    destination: '/people/sergey-skripal/',
    permanent: true,
  });
  expect(JSON.parse(renderVercelJson(undefined, moves))).toHaveProperty('redirects');
  expect(JSON.parse(renderVercelJson())).not.toHaveProperty('redirects');
  expect(nginxRedirects(moves, '/')).toEqual([
    '    location ~ ^/people/skripal/?$ {',
    '        return 301 /people/sergey-skripal/;',
    '    }',
    '    location ~ ^/places/s\\-sh\\-a/?$ {',
    '        return 301 /places/ssha/;',
    '    }',
  ]);
});
