import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf } from './test-support';

test('a month and day without a year, in an article without a date, get a hint', () => {
  const text = 'The trial opens on Sept. 18 and ends on March 1, 2026.';
  const findings = findingsOf('ambiguous-year', text);
  assert.deepEqual(findings.map((f) => text.slice(f.start, f.end)), ['Sept. 18']);
  assert.deepEqual(findingsOf('ambiguous-year', text, '2025-06-20'), []);
});

test('a date counted from one without a year gets no hint of its own: the question is asked where the month is written', () => {
  const text = 'The deadline moved to Feb. 14. Three days later the first batch left.';
  assert.deepEqual(findingsOf('ambiguous-year', text).map((f) => text.slice(f.start, f.end)), ['Feb. 14']);
});
