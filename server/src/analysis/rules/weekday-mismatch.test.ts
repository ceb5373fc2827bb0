import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf } from './test-support';

test('a weekday that does not match its calendar date is an error', () => {
  const text = 'The vote is on Friday, Aug. 12, 2025, and the count on Tuesday, Aug. 12, 2025.';
  const findings = findingsOf('weekday-mismatch', text);
  assert.equal(findings.length, 1);
  assert.equal(text.slice(findings[0].start, findings[0].end), 'Friday, Aug. 12, 2025');
  assert.match(findings[0].message, /2025-08-12 is a Tuesday, not a Friday/);
  assert.equal(findings[0].severity, 'error');
});
