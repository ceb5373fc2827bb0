import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../index';

test('a capitalized pronoun contraction opening a quote (“I’ve got water”) names no actor', () => {
  const text = 'The fire grew overnight. "I’ve got water, I’ve got a mask," Earl Pruitt said. "I\'ll stay." I\'m told it is close.';
  assert.deepEqual(analyze(text).actors.filter((actor) => /^I['’]/.test(actor.name)), []);
});
