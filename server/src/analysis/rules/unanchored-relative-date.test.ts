import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, findingsOf } from './test-support';
import { analyze } from '../index';

test('relative dates without an article date are reported once, with a fix that inserts a date line', () => {
  const text = 'The council met on Tuesday and will vote on Friday.';
  const findings = findingsOf('unanchored-relative-date', text);
  assert.equal(findings.length, 1);
  assert.equal(text.slice(findings[0].start, findings[0].end), 'Tuesday');
  const fixed = applyEdits(text, findings[0].fixes[0].edits);
  assert.equal(fixed, `date: 2025-08-08\n\n${text}`);
  assert.equal(analyze(fixed).documentDate, '2025-08-08');
  assert.deepEqual(findingsOf('unanchored-relative-date', text, '2025-08-08'), []);
});
