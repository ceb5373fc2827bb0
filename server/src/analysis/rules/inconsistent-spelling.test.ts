import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, findingsOf } from './test-support';

const TEXT = 'Libyan leader Muammar Gaddafi spoke on television. Critics said Qaddafi had lost support, and Gaddafi’s aides denied it.';

test('flags the first use of each spelling of an actor written two ways, with a fix per form', () => {
  const findings = findingsOf('inconsistent-spelling', TEXT);
  assert.deepEqual(findings.map((f) => [TEXT.slice(f.start, f.end), f.start]), [['Gaddafi', TEXT.indexOf('Gaddafi')], ['Qaddafi', TEXT.indexOf('Qaddafi')]]);
  assert.match(findings[0].message, /“Gaddafi” \(2\), “Qaddafi” \(1\)/);
  const toQ = findings[0].fixes.find((f) => f.title.includes('Qaddafi'))!;
  assert.equal(applyEdits(TEXT, toQ.edits), TEXT.replace(/Gaddafi/g, 'Qaddafi'));
  const toG = findings[1].fixes.find((f) => f.title.includes('Gaddafi'))!;
  assert.equal(applyEdits(TEXT, toG.edits), TEXT.replace(/Qaddafi/g, 'Gaddafi'));
});

test('a surname beside the full name is not a spelling variant', () => {
  assert.deepEqual(findingsOf('inconsistent-spelling', 'Jane Roe, a lawyer, spoke. Roe said she would appeal. Jane laughed.'), []);
});

test('a spelling the text declares is not flagged; the same spelling used later in the article’s own voice is', () => {
  const declared = 'The chief, Omar Al-Rashdy, objected. Al-Rashdy, whose name appears as Omar al-Rashdi in court filings, will appeal.';
  assert.deepEqual(findingsOf('inconsistent-spelling', declared), []);
  const text = `${declared} Later al-Rashdi said the appeal was filed.`;
  assert.deepEqual(findingsOf('inconsistent-spelling', text).map((f) => text.slice(f.start, f.end)), ['Al-Rashdy', 'al-Rashdi']);
});
