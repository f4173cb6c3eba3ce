/**
 * Remembers a pure function of a string. Stories hold few distinct dates and URLs, and each timeline step
 * asks about the same ones again; the bound keeps a hostile story from growing the cache without end.
 */
export function remembered<T>(compute: (key: string) => T, limit = 10_000): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    if (cache.has(key)) return cache.get(key) as T;
    const value = compute(key);
    if (cache.size < limit) cache.set(key, value);
    return value;
  };
}
