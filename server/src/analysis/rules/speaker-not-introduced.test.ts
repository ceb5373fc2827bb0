import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf } from './test-support';

test('a person quoted only by bare surname is reported; a full name or role anywhere is enough', () => {
  const bare = 'The vote was close. “We will win the next one,” Varga said.';
  assert.deepEqual(findingsOf('speaker-not-introduced', bare).map((f) => bare.slice(f.start, f.end)), ['Varga']);
  assert.deepEqual(findingsOf('speaker-not-introduced', 'Tomas Varga, a senator, voted. “We will win the next one,” Varga said.'), []);
});
