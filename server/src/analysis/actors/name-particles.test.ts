import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../index';

test('two-word name particles stay inside the name, and the later "Van der X" mention joins it', () => {
  const { actors } = analyze('Commission President Elke von der Heide met Judge Rosa de la Fuente. Von der Heide’s plan was praised, de la Fuente said.');
  const heide = actors.find((a) => a.name === 'Elke von der Heide');
  const fuente = actors.find((a) => a.name === 'Rosa de la Fuente');
  assert.ok(heide, JSON.stringify(actors.map((a) => a.name)));
  assert.ok(fuente, JSON.stringify(actors.map((a) => a.name)));
  assert.equal(heide.kind, 'person');
  assert.equal(heide.mentions.length, 2);
  assert.equal(fuente.mentions.length, 2);
  assert.equal(actors.length, 2, JSON.stringify(actors.map((a) => a.name)));
});

test('a particle that is also a given name opens a name: "Ben Cole" is named so, and "Cole" joins him', () => {
  const { actors } = analyze('Ben Cole said the talks went on. Later, Cole left.\n\nWrite to Ana Ruiz at ana.ruiz@example.com and Ben Cole at ben.cole@example.com');
  const cole = actors.find((a) => a.aliases.includes('Cole'));
  assert.equal(cole?.name, 'Ben Cole', JSON.stringify(actors.map((a) => a.name)));
  assert.equal(cole.mentions.length, 3);
});

test('a person known only by a surname with its particle is named with it: "Van Dijk", not "Dijk"', () => {
  const { actors } = analyze('Van Dijk said the talks went on. Later, van Dijk left. Ben Khalifa agreed.');
  assert.deepEqual(actors.map((a) => [a.name, a.mentions.length]), [['Van Dijk', 2], ['Ben Khalifa', 1]]);
});
