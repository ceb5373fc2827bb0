import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf } from './test-support';

test('a month and day without a year, in an article without a date, get a hint', () => {
  const text = 'The trial opens on Sept. 18 and ends on March 1, 2026.';
  const findings = findingsOf('ambiguous-year', text);
  assert.deepEqual(findings.map((f) => text.slice(f.start, f.end)), ['Sept. 18']);
  assert.deepEqual(findingsOf('ambiguous-year', text, '2025-06-20'), []);
});
