import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../index';

test('a given name and first surname written before the full name with both surnames is that person, accents or none: "Marcela Ordonez" … "Marcela Ordóñez Villatoro"', () => {
  const { actors } = analyze('Honduran President Marcela Ordonez spoke in Tegucigalpa.\n\nDrivers demand that President Marcela Ordóñez Villatoro freeze diesel prices. Ordóñez refused.');
  const people = actors.filter((a) => a.kind === 'person');
  assert.deepEqual(people.map((a) => [a.name, a.mentions.length]), [['Marcela Ordóñez Villatoro', 3]]);
});
