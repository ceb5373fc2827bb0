/**
 * Memoizes a pure function of a string across analyses: names and words recur in every version
 * of a document and in every article. Bounded, so a long-running server does not grow it without limit.
 */
export function memoizeByString<T>(compute: (key: string) => T, limit = 20_000): (key: string) => T {
  const results = new Map<string, T>();
  return (key) => {
    const cached = results.get(key);
    if (cached !== undefined) return cached;
    if (results.size >= limit) results.clear();
    const result = compute(key);
    results.set(key, result);
    return result;
  };
}
