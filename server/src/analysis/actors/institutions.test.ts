import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../index';

test('a town named in its community group or its board "of" a field stays the town alone', () => {
  const { actors } = analyze(
    'Residents formed the Kilbrannagh Community Alliance in January. The alliance wants a quarry outside Kilbrannagh stopped. ' +
      'The Eastbrook Public Schools Board of Education voted on Monday. Parents in Eastbrook were angry.',
  );
  assert.deepEqual(
    actors.map((a) => [a.name, a.kind, a.aliases]),
    [
      ['Kilbrannagh Community Alliance', 'organization', ['Kilbrannagh Community Alliance']],
      ['Kilbrannagh', 'place', ['Kilbrannagh']],
      ['Eastbrook Public Schools Board of Education', 'organization', ['Eastbrook Public Schools Board of Education']],
      ['Eastbrook', 'place', ['Eastbrook']],
    ],
  );
});

test('a saint\'s school with a word before its head is one name; names listed before an institution\'s plural are institutions', () => {
  const { actors } = analyze(
    'The firm offered a 40km/h zone outside St Brigid’s National School. About 410 students will move to Carver Hill and Northgate elementaries in August.',
  );
  assert.deepEqual(
    actors.map((a) => [a.name, a.kind]),
    [
      ['St Brigid’s National School', 'organization'],
      ['Carver Hill', 'organization'],
      ['Northgate', 'organization'],
    ],
  );
});

test('a high court abbreviated "HC" after its state is the court, named in full where the text writes it so', () => {
  const { actors } = analyze('Rajasthan HC pulls up State over borewell deaths\n\nThe Rajasthan High Court on Tuesday directed the State to file an affidavit. The Delhi HC agreed.');
  assert.deepEqual(
    actors.map((a) => [a.name, a.kind, a.aliases]),
    [
      ['Rajasthan High Court', 'organization', ['Rajasthan HC', 'Rajasthan High Court']],
      ['Delhi HC', 'organization', ['Delhi HC']],
    ],
  );
});

test('"No 10" written before Downing Street is named Downing Street', () => {
  const { actors } = analyze('A No 10 spokesman declined to comment. Downing Street later denied the report.');
  assert.deepEqual(
    actors.map((a) => [a.name, a.aliases]),
    [['Downing Street', ['No 10', 'Downing Street']]],
  );
});

test('a prison named "HMP", an Irish "Bord" and a body after "NGO" are institutions; a named building is a place', () => {
  const { actors } = analyze(
    'He appeared by video link from HMP Wandsworth on Tuesday. The file will end up with An Bord Cinntí Pleanála, the appeals board. ' +
      'The petition was filed by the Jaipur-based NGO Balsuraksha Sangathan. A hearing is set for April 8 in the Dirksen Federal Building.',
  );
  assert.deepEqual(
    actors.map((a) => [a.name, a.kind]),
    [
      ['HMP Wandsworth', 'organization'],
      ['An Bord Cinntí Pleanála', 'organization'],
      ['Jaipur', 'place'],
      ['Balsuraksha Sangathan', 'organization'],
      ['Dirksen Federal Building', 'place'],
    ],
  );
});

test('a plus sign ends a service\'s name ("Comfort+"), not a grade\'s or a language\'s', () => {
  const { actors } = analyze('Customers who paid for the “Comfort+" plan can claim. Few had cancelled Comfort+ since the suit was filed. She got a B+ in C++.');
  assert.deepEqual(
    actors.filter((a) => a.name.includes('+')).map((a) => [a.name, a.aliases]),
    [['Comfort+', ['Comfort+']]],
  );
});

test('"a spokesman for the presidency said" names the Presidency; "won the presidency" names no one', () => {
  const { actors } = analyze('A spokesman for the presidency said the tribunal was independent. He won the presidency in 2020.');
  assert.deepEqual(
    actors.map((a) => [a.name, a.kind, a.mentions.length]),
    [['Presidency', 'organization', 1]],
  );
});

test('a coined word and an ordinary one that own something are a business, named so with its short form', () => {
  const { actors } = analyze('Millions of people who paid for Brightwell Home’s thermostat plan may get money. Brightwell denies any wrongdoing.');
  assert.deepEqual(
    actors.map((a) => [a.name, a.kind, a.aliases]),
    [['Brightwell Home', 'organization', ['Brightwell Home', 'Brightwell']]],
  );
});

test('after a person\'s name and "of", two words read as a name only by their shape are the person\'s firm, or a town before a region', () => {
  const { actors } = analyze('Her co-counsel, Benjamin Ashdown-Yu of Ashdown Pryce, said fees would be capped. Mary Smith of Chapel Allerton, England, objected.');
  assert.deepEqual(
    actors.map((a) => [a.name, a.kind]),
    [
      ['Benjamin Ashdown-Yu', 'person'],
      ['Ashdown Pryce', 'organization'],
      ['Mary Smith', 'person'],
      ['Chapel Allerton', 'place'],
      ['England', 'place'],
    ],
  );
});
