import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf } from './test-support';

test('a deadline due before the article date is described as passed', () => {
  const text = ' date 2025-08-08 BRUSSELS—The ministry set a deadline of Aug. 1, 2025, and another by Aug. 20, 2025.';
  const findings = findingsOf('deadline-passed', text);
  assert.equal(findings.length, 1);
  assert.match(findings[0].message, /\(2025-08-01\) passed 7 days before the article date/);
});
