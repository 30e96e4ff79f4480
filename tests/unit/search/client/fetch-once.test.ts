import { afterEach, describe, expect, test, vi } from 'vitest';
import { FetchOnce } from '../../../../src/search/client/fetch-once.ts';

/** A fetch that answers each URL from `answers` (status, body) and counts its calls. */
function fakeFetch(answers: Record<string, [number, unknown]>) {
  const calls: string[] = [];
  vi.stubGlobal('fetch', (url: string) => {
    calls.push(url);
    const [status, body] = answers[url] ?? [404, null];
    return Promise.resolve(new Response(JSON.stringify(body), { status }));
  });
  return calls;
}

afterEach(() => vi.unstubAllGlobals());

describe('FetchOnce', () => {
  test('fetches a file once, however many searches ask for it', async () => {
    const calls = fakeFetch({ '/a.json': [200, { a: 1 }] });
    const files = new FetchOnce<{ a: number }>();
    const [first, second] = await Promise.all([files.get('/a.json'), files.get('/a.json')]);
    expect(first).toEqual({ a: 1 });
    expect(second).toBe(first);
    expect(calls).toEqual(['/a.json']);
  });

  test('a missing file is an error, or nothing when missing files are expected', async () => {
    fakeFetch({});
    await expect(new FetchOnce().get('/gone.json')).rejects.toThrow('/gone.json: HTTP 404');
    await expect(new FetchOnce({ missingIsEmpty: true }).get('/gone.json')).resolves.toBeUndefined();
  });

  test('a failed fetch is forgotten: the next call asks again', async () => {
    const calls = fakeFetch({ '/a.json': [500, null] });
    const files = new FetchOnce();
    await expect(files.get('/a.json')).rejects.toThrow('HTTP 500');
    fakeFetch({ '/a.json': [200, { ok: true }] });
    await expect(files.get('/a.json')).resolves.toEqual({ ok: true });
    expect(calls).toEqual(['/a.json']);
  });
});
