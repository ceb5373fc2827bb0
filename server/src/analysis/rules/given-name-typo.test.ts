import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, findingsOf } from './test-support';
import { givenNameSuggestions } from './given-name-typo';

test('a given name one letter off a common one is flagged with a fix', () => {
  const text = 'The deal was signed by Wiliam Scott, the company’s chief executive.';
  const [finding] = findingsOf('given-name-typo', text);
  assert.equal(text.slice(finding.start, finding.end), 'Wiliam');
  const fix = finding.fixes.find((f) => f.title.includes('William'))!;
  assert.equal(applyEdits(text, fix.edits), text.replace('Wiliam', 'William'));
});

test('typing slips are suggested; other one-letter differences are not', () => {
  assert.deepEqual(givenNameSuggestions('Micheal'), ['Michael']);
  assert.deepEqual(givenNameSuggestions('Kaya'), []);
});

test('known given names and short words are left alone', () => {
  assert.deepEqual(givenNameSuggestions('William'), []);
  assert.deepEqual(givenNameSuggestions('Jon'), []);
  // Spellings of their own, one doubled or swapped letter off another name.
  for (const name of ['Phillip', 'Collin', 'Allan', 'Mathew', 'Jeffery', 'Mattias', 'Anette']) assert.deepEqual(givenNameSuggestions(name), [], name);
  // Common names that read as slips of another (Faith → Fatih, Birgitte → Brigitte, Eliot → Elliot).
  for (const name of ['Faith', 'Renee', 'Birgitte', 'Koffi', 'Gabriella', 'Daniella', 'Rebeca', 'Eliot', 'Mohamad', 'Lilian']) assert.deepEqual(givenNameSuggestions(name), [], name);
  assert.deepEqual(findingsOf('given-name-typo', 'Maria Lopez and John Smith met.'), []);
});
