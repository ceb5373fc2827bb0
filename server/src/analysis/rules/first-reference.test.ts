import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, findingsOf } from './test-support';

test('a surname used before the full name is reported once, with a fix that writes the full name', () => {
  const text = 'The plan, Lopez said, was sound. Sen. Maria Lopez later defended it. Lopez did not elaborate.';
  const [finding, ...rest] = findingsOf('first-reference', text);
  assert.equal(rest.length, 0);
  assert.equal(text.slice(finding.start, finding.end), 'Lopez');
  assert.equal(finding.start, text.indexOf('Lopez'));
  assert.equal(applyEdits(text, finding.fixes[0].edits).slice(0, 32), 'The plan, Maria Lopez said, was ');
});

test('no finding when the full name comes first', () => {
  assert.deepEqual(findingsOf('first-reference', 'Sen. Maria Lopez spoke first. Lopez said the plan was sound.'), []);
});

test('a surname in the headline is the headline’s custom, not a first reference', () => {
  const headline = 'Lopez Wins Runoff After Tight Race\n\n';
  assert.deepEqual(findingsOf('first-reference', `${headline}Sen. Maria Lopez won on Sunday. Lopez thanked voters.`), []);
  assert.deepEqual(findingsOf('first-reference', `Lopez wins runoff\n date 2025-05-12 SANTA FE—Sen. Maria Lopez won on Sunday.`), []);
  // The body's own slip is still reported.
  const slip = `${headline}The plan, Lopez said, was sound. Sen. Maria Lopez later defended it.`;
  assert.deepEqual(findingsOf('first-reference', slip).map((f) => f.start), [slip.indexOf('Lopez said')]);
});
