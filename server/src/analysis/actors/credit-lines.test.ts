import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../index';

test('a name after a credit line’s label is a person’s, in a line read as a headline too: "Editor: Gu Xiaoling"', () => {
  const { actors } = analyze('Source: Xinhua| 2026-03-17 18:42:05|Editor: Gu Xiaoling\n\nBEIJING, March 17 (Xinhua) -- China said on Tuesday it would act.\n\nReporter: Ana Ruiz | Editor: Wang Lei');
  assert.deepEqual(actors.filter((a) => a.kind === 'person').map((a) => a.name), ['Gu Xiaoling', 'Ana Ruiz', 'Wang Lei']);
});

test('after a bar, a byline names its publication, no person: "By Corinne Abernathy-Wells | Capitol Brief"', () => {
  const { actors } = analyze('Stopgap bill advances\nBy Corinne Abernathy-Wells | Capitol Brief\n\nThe House passed the bill, according to a memo seen by Capitol Brief.');
  assert.deepEqual(actors.map((a) => [a.name, a.kind, a.mentions.length]), [['Corinne Abernathy-Wells', 'person', 1], ['Capitol Brief', 'organization', 2], ['House', 'organization', 1]]);
});

test('capitals before a slash and a name credit a photo to an agency: "REUTERS/Samir Haddad" (long capitals elsewhere are shouting)', () => {
  const { actors } = analyze('Palestinians inspect a destroyed building on Monday. REUTERS/Samir Haddad\n\nOfficials said the DAMAGE was severe.');
  assert.deepEqual(actors.map((a) => `${a.name}:${a.kind}`), ['REUTERS:organization', 'Samir Haddad:person']);
});

test('a line crediting a work "by" someone names a person, in a line read as a headline too: "Illustration by Joaquín Bellamy-Torres"', () => {
  const { actors } = analyze('By Harriet Okonkwo-Reyes\n\nIllustration by Joaquín Bellamy-Torres\n\nThe panel met on Tuesday.');
  assert.deepEqual(actors.filter((a) => a.kind === 'person').map((a) => a.name), ['Harriet Okonkwo-Reyes', 'Joaquín Bellamy-Torres']);
});
