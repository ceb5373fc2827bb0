import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf } from './test-support';

test('claims from unnamed sources are marked at the source', () => {
  const text = '“We are close to a deal,” said a senior European diplomat. Aides said the talks would resume. Jane Roe said nothing new.';
  const findings = findingsOf('anonymous-source', text);
  assert.deepEqual(findings.map((f) => text.slice(f.start, f.end)), ['a senior European diplomat', 'Aides']);
  assert.equal(findings[0].severity, 'hint');
});

test('a source referred back to as "the official" is marked once, where it is described', () => {
  const text = 'A senior official in the ministry, who asked not to be named, said talks had stalled. The official said a deal was still possible. The diplomat said the talks were over.';
  const findings = findingsOf('anonymous-source', text);
  assert.deepEqual(findings.map((f) => text.slice(f.start, f.end)), ['A senior official in the ministry', 'The diplomat']);
});
