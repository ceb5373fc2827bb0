import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ParagraphCache } from './paragraph-cache';

/** Runs one analysis's lookups of `keys` in a stage and returns the keys computed afresh. */
function analysis(cache: ParagraphCache, keys: readonly string[], stage = 'stage'): string[] {
  cache.startGeneration();
  const computed: string[] = [];
  for (const key of keys) cache.get(stage, key, () => (computed.push(key), `result of ${key}`));
  return computed;
}

test('a result is computed once and reused by later analyses that use it', () => {
  const cache = new ParagraphCache();
  assert.deepEqual(analysis(cache, ['a', 'b', 'c']), ['a', 'b', 'c']);
  assert.deepEqual(analysis(cache, ['a', 'b', 'c']), []);
  assert.deepEqual(analysis(cache, ['a', 'B', 'c']), ['B']);
  assert.deepEqual(analysis(cache, ['a', 'B', 'c']), []);
  cache.startGeneration();
  assert.equal(cache.get('stage', 'B', () => 'again'), 'result of B');
});

test('results the latest analysis did not use are dropped once they outnumber those it used', () => {
  const cache = new ParagraphCache();
  analysis(cache, ['a', 'b', 'c', 'd']);
  analysis(cache, ['a', 'b', 'c']);
  // One unused of four: kept.
  assert.deepEqual(analysis(cache, ['a', 'b', 'c', 'd']), []);
  analysis(cache, ['a']);
  // Three unused of four: dropped.
  assert.deepEqual(analysis(cache, ['a', 'b', 'c', 'd']), ['b', 'c', 'd']);
});

test('a stage the latest analysis did not use at all is dropped', () => {
  const cache = new ParagraphCache();
  analysis(cache, ['a'], 'first');
  analysis(cache, ['a'], 'second');
  assert.deepEqual(analysis(cache, ['a'], 'first'), ['a']);
});

test('a kept result that is no longer current is computed again, and the new one kept', () => {
  const cache = new ParagraphCache();
  cache.startGeneration();
  cache.get('stage', 'a', () => ({ offset: 0 }));
  cache.startGeneration();
  const moved = cache.get('stage', 'a', () => ({ offset: 10 }), (kept) => kept.offset === 10);
  assert.deepEqual(moved, { offset: 10 });
  cache.startGeneration();
  assert.equal(cache.get('stage', 'a', () => ({ offset: 99 }), (kept) => kept.offset === 10), moved);
});
