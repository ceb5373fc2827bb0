import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from './index';
import { mentionAt } from './query';

test('a cursor between two mentions with no space between them ("U.N.FTC") belongs to the one that starts there', () => {
  const text = 'The U.N.FTC meeting ended. The FTC and the U.N. said so.';
  const model = analyze(text);
  const between = text.indexOf('FTC');
  assert.equal(mentionAt(model, between)?.mention.text, 'FTC');
  assert.equal(mentionAt(model, between - 1)?.mention.text, 'U.N.');
  // At the end of a word followed by a space the cursor still finds that word.
  assert.equal(mentionAt(model, text.indexOf('FTC and') + 3)?.mention.text, 'FTC');
});
