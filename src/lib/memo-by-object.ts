/**
 * Caches a pure function of one object by that object's identity. Entity objects come from
 * the archive once per build, so the same person is declined once, not on every page.
 */
export function memoByObject<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    if (cache.has(key)) return cache.get(key) as V;
    const value = compute(key);
    cache.set(key, value);
    return value;
  };
}
