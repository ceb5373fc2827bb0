import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../index';

test('a seat of government in a title-case headline is an actor of its own; the other words name none', () => {
  const headline = 'City Hall, Transit Union Near Deal';
  const { actors } = analyze(`${headline}\n${headline}\n date 2025-11-05 CHICAGO—The city and the union were close to a deal on Wednesday.`);
  assert.deepEqual(
    actors.map((a) => [a.name, a.kind, a.mentions.length]),
    [
      ['City Hall', 'organization', 2],
      ['Chicago', 'place', 1],
    ],
  );
});

test('a headline\'s "Gov" without its full stop is a title: "Gov Dangana gives …" is the governor named in full below', () => {
  const { actors } = analyze('Strike: Gov Dangana gives workers 72-hour ultimatum\n\nNiger State Governor, Alhaji Umar Garba Dangana, on Monday gave workers 72 hours. “We have paid,” Dangana said.');
  assert.deepEqual(actors.filter((a) => a.kind === 'person').map((a) => [a.name, a.mentions.length]), [['Umar Garba Dangana', 3]]);
});

test('a subhead in capitals names nothing by its ordinary words: "EXPORT PROCEEDS", "LISTS AND DEADLINES"; "NATO ALLIES AGREE" names NATO', () => {
  const { actors } = analyze('The bank cut rates on Tuesday.\n\nEXPORT PROCEEDS\n\nExporters must convert half their dollars.\n\nLISTS AND DEADLINES\n\nNATO ALLIES AGREE\n\nThe talks went on.');
  assert.deepEqual(actors.map((a) => a.name), ['NATO']);
});

test('a line that is a given name and a surname alone names a person: a contact block\'s "Julian Marsh-Tennant"; "Harris Wins" is a headline', () => {
  const { actors } = analyze('Harris Wins\n\nThe vote was counted on Tuesday.\n\nTo contact the editors responsible for this story:\nRachel Okonkwo-Hart at rokonkwohart@example.net\nJulian Marsh-Tennant');
  assert.deepEqual(actors.map((a) => [a.name, a.kind]), [['Rachel Okonkwo-Hart', 'person'], ['Julian Marsh-Tennant', 'person']]);
});

test('a photo caption’s names are read as a sentence’s, the agency’s "(FILES)" marker no actor', () => {
  const { actors } = analyze('Storm Hits Coast\n\n(FILES) Former Mayor Joe Brandt arrives at the courthouse in Cedar Rapids on March 3, 2024. (Photo by Lena Martin / AFP)\n\nBrandt said nothing.');
  assert.deepEqual(actors.map((a) => `${a.name}:${a.kind}`).sort(), ['AFP:organization', 'Cedar Rapids:place', 'Joe Brandt:person', 'Lena Martin:person']);
});
