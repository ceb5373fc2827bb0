/**
 * A string cut from a document can share that document's whole text, which keeping the cut (or
 * anything cut from it) keeps alive: a copy keeps only itself.
 */
export function ownCopy(text: string): string {
  return text.split('').join('');
}

/** A bound for memos whose keys are phrases rather than words: a few hundred kilobytes of text's worth. */
export const PHRASE_MEMO_LIMIT = 5_000;

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
    const copy = ownCopy(key);
    const result = compute(copy);
    results.set(copy, result);
    return result;
  };
}

/**
 * memoizeByString for a function of two strings, kept by the first and then the second: no key
 * joined from the two to build and hash at every call. Bounded by the number of pairs.
 */
export function memoizeByStringPair<T>(compute: (first: string, second: string) => T, limit = 20_000): (first: string, second: string) => T {
  const results = new Map<string, Map<string, T>>();
  let pairs = 0;
  return (first, second) => {
    let bySecond = results.get(first);
    const cached = bySecond?.get(second);
    if (cached !== undefined) return cached;
    if (pairs >= limit) {
      results.clear();
      pairs = 0;
      bySecond = undefined;
    }
    const firstCopy = bySecond ? first : ownCopy(first);
    const secondCopy = ownCopy(second);
    const result = compute(firstCopy, secondCopy);
    if (!bySecond) results.set(firstCopy, (bySecond = new Map()));
    bySecond.set(secondCopy, result);
    pairs++;
    return result;
  };
}
