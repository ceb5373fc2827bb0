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
