import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../index';

test('a shoal or an atoll named with its head noun is a place, its leading ordinal kept ("Second Thomas Shoal")', () => {
  const { actors } = analyze('Vessels fired water cannon at a supply boat near Second Thomas Shoal on Tuesday. Bikini Atoll was quiet.');
  assert.deepEqual(
    actors.map((a) => [a.name, a.kind]),
    [
      ['Second Thomas Shoal', 'place'],
      ['Bikini Atoll', 'place'],
    ],
  );
});
