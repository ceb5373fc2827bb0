import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../index';

test('a US state as AP style abbreviates it after a city is that state, and the same actor as its full name', () => {
  const { actors } = analyze('The Reno, Nev.-based firm opened a plant in Sparks, Nevada. A plant near Modesto, Calif., closed.');
  const place = (name: string) => actors.find((a) => a.name === name);
  assert.deepEqual(place('Nevada')?.aliases, ['Nev.', 'Nevada']);
  assert.equal(place('Nevada')?.kind, 'place');
  assert.deepEqual(place('California')?.aliases, ['Calif.']);
  assert.equal(actors.filter((a) => a.name.endsWith('.')).length, 0, JSON.stringify(actors.map((a) => a.name)));
});

test('"the Fremont, Calif., plant": a name with its state between commas is a place, not the organization "the X" makes of a name', () => {
  const { actors } = analyze('Production at the Fremont, Calif., plant resumed, and the Modesto, California, office reopened.');
  assert.deepEqual(actors.map((a) => [a.name, a.kind]), [['Fremont', 'place'], ['California', 'place'], ['Modesto', 'place']]);
});

test('Canadian provinces abbreviated after a city are the provinces', () => {
  assert.deepEqual(
    analyze(' date 2025-03-11 PORT ELLIS, N.S. — A court fined the operator. Officials in Toronto, Ont., agreed.').actors.map((a) => [a.name, a.kind, a.aliases]),
    [
      ['Port Ellis', 'place', ['PORT ELLIS']],
      ['Nova Scotia', 'place', ['N.S.']],
      ['Toronto', 'place', ['Toronto']],
      ['Ontario', 'place', ['Ont.']],
    ],
  );
});
