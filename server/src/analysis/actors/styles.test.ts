import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../index';

const names = (text: string) => analyze(text).actors.map((a) => `${a.name}:${a.kind}`);

test('Malaysian styles are no part of the name nor a role: Tan Sri, Datuk Seri, Dato’ Sri, Puan Sri, Tun', () => {
  const text =
    'MGD Holdings executive chairman Tan Sri Lim Boon Keat said the company would pay. Counsel for the developer, Datuk Harvinder Singh Gill, said his client would study the grounds. ' +
    "Its minister, Datuk Seri Azhar Mohd Yusof, said last week the notice stood. Dato' Sri Kenneth Yap Wei Ming and Puan Sri Rohani Ismail attended, as did Tun Ahmad Sarji Bakar.";
  const people = analyze(text).actors.filter((a) => a.kind === 'person');
  assert.deepEqual(
    people.map((a) => [a.name, a.roles]),
    [['Lim Boon Keat', ['MGD Holdings executive chairman']], ['Harvinder Singh Gill', []], ['Azhar Mohd Yusof', ['minister']], ['Kenneth Yap Wei Ming', []], ['Rohani Ismail', []], ['Ahmad Sarji Bakar', []]],
  );
});

test('a title before a style stays the role: "Judge Datuk Noorliza Abdul Rahim"', () => {
  const { actors } = analyze('Judge Datuk Noorliza Abdul Rahim allowed the suit.');
  assert.deepEqual(actors.map((a) => [a.name, a.kind, a.roles]), [['Noorliza Abdul Rahim', 'person', ['Judge']]]);
});

test('a royal style alone names no one, and before a title and a name is no role: "His Highness said", "His Highness Sultan Ibrahim"', () => {
  assert.deepEqual(names('"His Highness has always said that the homebuyers must come first," the spokesman said.'), []);
  const { actors } = analyze('His Highness Sultan Sharafuddin Idris Shah urged both sides to settle.');
  assert.deepEqual(actors.map((a) => [a.name, a.roles]), [['Sharafuddin Idris Shah', ['Sultan']]]);
});

test('a style before a body’s name opens the body’s name: "Tun Razak Exchange"', () => {
  assert.ok(names('Tenants at Tun Razak Exchange said rents rose.').every((name) => !name.endsWith(':person')));
});

test('a style opening a regional head’s title is no place before it: "His Excellency Governor Umar Danjuma of Bauchi State"', () => {
  const { actors } = analyze('His Excellency Governor Umar Danjuma of Bauchi State did not comment.');
  assert.ok(!actors.some((a) => a.name === 'Excellency'), JSON.stringify(actors.map((a) => a.name)));
  assert.deepEqual(actors.find((a) => a.name === 'Umar Danjuma')?.roles, ['Governor']);
});

test('European courtesy styles are no part of the name: "Her lawyer, Maître Léa Fournier-Dumas, said", "Frau Anke Vogel"', () => {
  const { actors } = analyze('Her lawyer, Maître Léa Fournier-Dumas, said the timetable was “brutal but workable.” Fournier-Dumas met Frau Anke Vogel on Friday.');
  assert.deepEqual(actors.map((a) => [a.name, a.kind, a.aliases]), [['Léa Fournier-Dumas', 'person', ['Léa Fournier-Dumas', 'Fournier-Dumas']], ['Anke Vogel', 'person', ['Anke Vogel']]]);
});
