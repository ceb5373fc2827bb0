import { test } from 'node:test';
import assert from 'node:assert/strict';
import { paragraphFacts } from './paragraph-facts';

test('a headline is a short capitalized line without sentence punctuation; a caption with a sentence in it is none', () => {
  assert.equal(paragraphFacts('Port Workers Walk Out As Talks Collapse').headline, true);
  assert.equal(paragraphFacts('The port workers walked out on Monday.').headline, false);
  assert.equal(paragraphFacts('Gov. Ana Cruz Vetoes Paid Leave Bill').headline, true);
  assert.equal(paragraphFacts('Gov. Ana Cruz at a relief depot in Legazpi. (Provincial Press Office photo)').headline, false);
  assert.equal(paragraphFacts('By Ana Cruz and Tom Hill').byline, true);
});

test('a byline without "By": a name and a job, or a given name and where the writer files from; not a headline', () => {
  assert.deepEqual(paragraphFacts('Pippa Harcourt Political correspondent'), { headline: false, byline: true });
  assert.equal(paragraphFacts('Ana Ruiz in Madrid').byline, true);
  assert.deepEqual(paragraphFacts('Floods Strike in Kenya'), { headline: true, byline: false });
});
