import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf } from './test-support';

test('a quotation of speech with no speaker is reported; attributed ones, titles and scare quotes are not', () => {
  const text = 'Jane Roe, a lawyer, spoke. “We will appeal this ruling,” Roe said.\n\nThe crowd chanted. “Nobody knows who said this at all.”\n\nHer book “The Long Table” sold well. The so-called “peace dividend” never came.';
  const findings = findingsOf('unattributed-quote', text);
  assert.deepEqual(findings.map((f) => text.slice(f.start, f.end)), ['“Nobody knows who said this at all.”']);
});
