import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../index';

test('a seat of government in a title-case headline is an actor of its own; the other words name none', () => {
  const headline = 'City Hall, Transit Union Near Deal';
  const { actors } = analyze(`${headline}\n${headline}\n date 2025-11-05 CHICAGO—The city and the union were close to a deal on Wednesday.`);
  assert.deepEqual(
    actors.map((a) => [a.name, a.kind, a.mentions.length]),
    [
      ['City Hall', 'organization', 2],
      ['Chicago', 'place', 1],
    ],
  );
});
