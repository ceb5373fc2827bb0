import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../index';

test('a party named by words that say no party, or by its members, before a member\'s title is the party, not a seat', () => {
  const { actors } = analyze(
    'Fianna Fáil TD Ciarán Mulvihill has written to the minister. Fine Gael councillor Dermot Kearney-Walsh declined to comment. ' +
      'Nationals MP Hamish Corrigan called it a kick in the guts. Glasgow East MP Grace Smith agreed.',
  );
  assert.deepEqual(
    actors.map((a) => [a.name, a.kind]),
    [
      ['Fianna Fáil', 'organization'],
      ['Ciarán Mulvihill', 'person'],
      ['Fine Gael', 'organization'],
      ['Dermot Kearney-Walsh', 'person'],
      ['Nationals', 'organization'],
      ['Hamish Corrigan', 'person'],
      ['Glasgow East', 'place'],
      ['Grace Smith', 'person'],
    ],
  );
});

test('after a member\'s "for", the seat and the member\'s given name and surname are two names', () => {
  const { actors } = analyze('Labour MP for Leeds North East Dawn Petherick said the treaty remained lopsided. Petherick has raised the case before.');
  assert.deepEqual(
    actors.map((a) => [a.name, a.kind, a.mentions.length]),
    [
      ['Leeds North East', 'place', 1],
      ['Dawn Petherick', 'person', 2],
    ],
  );
});
