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

test('a photo caption is no headline: a sentence ended by a number, or one a bracketed credit follows', () => {
  assert.equal(paragraphFacts('(FILES) Former Mayor Joe Brandt Arrives At Court On March 3, 2024. (Photo by Lena Martin / AFP)').headline, false);
  assert.equal(paragraphFacts('Photo: Sipho Ndlovu at Kings Park in April. (Getty Images)').headline, false);
  assert.equal(paragraphFacts('Strike Ends After 2024 Deal (Updated)').headline, true);
});

test('a byline without "By": a name and a job, or a given name and where the writer files from; not a headline', () => {
  assert.deepEqual(paragraphFacts('Pippa Harcourt Political correspondent'), { headline: false, byline: true });
  assert.equal(paragraphFacts('Ana Ruiz in Madrid').byline, true);
  assert.deepEqual(paragraphFacts('Floods Strike in Kenya'), { headline: true, byline: false });
});
