import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../index';

const names = (text: string) => analyze(text).actors.map((a) => `${a.name}:${a.kind}`);

test('a quoted nickname after a first name the lexicon does not know stays inside the name: after a title, or before a comma or "said"', () => {
  assert.deepEqual(names('District Attorney Clifton "Bud" Marchetti said his office would act. Marchetti declined to say more.'), ['Clifton Marchetti:person']);
  assert.deepEqual(names('His agent, Roelof ‘Roly’ Kriel, said the player was devastated.'), ['Roelof Kriel:person']);
});

test('a quoted nickname before a surname with its particle: "Pieter ‘Piet’ van Wyk"', () => {
  assert.deepEqual(names("Pieter 'Piet' van Wyk, for the department, said it acted in good faith."), ['Pieter van Wyk:person']);
});

test('quoted words between two names before a noun make no person: "Apple “Vision” Pro sales"', () => {
  assert.ok(!names('Analysts asked about Apple "Vision" Pro sales.').some((name) => name.endsWith(':person')));
});

test('"the" and capitalized words quoted alone are an epithet, no actor: "still ‘the Cat’ to supporters" (but "“the Times”")', () => {
  const { actors } = analyze('Goalkeeper Tom Pryce-Owen — still ‘the Cat’ to supporters — made two saves. She was known as “the Iron Lady”. He read “the Times” daily.');
  assert.deepEqual(actors.map((a) => a.name), ['Tom Pryce-Owen', 'Times']);
});

test('a name "transliterated as" another, set off by spaced hyphens, is the same person', () => {
  const { actors } = analyze(
    'The brigade is led by Abdelhakim al-Zuwai. Speaking on Monday, Zuwai - whose name is transliterated as Abdulhakim Zway by some outlets - denied the claims.',
  );
  assert.deepEqual(
    actors.map((a) => [a.name, a.aliases]),
    [['Abdelhakim al-Zuwai', ['Abdelhakim al-Zuwai', 'Zuwai', 'Abdulhakim Zway']]],
  );
});
