import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDateline, isValidIsoDate } from './dateline';
import { analyze } from '../index';

test('a wire dateline: the word date, an ISO date, an all-caps city and a dash running into the lede', () => {
  const text = ' date 2024-03-14 BRUSSELS—The European Commission said';
  const dateline = findDateline(text)!;
  assert.equal(dateline.date, '2024-03-14');
  assert.equal(dateline.source, 'dateline');
  assert.equal(dateline.city?.text, 'BRUSSELS');
  assert.equal(text.slice(dateline.city!.start, dateline.city!.end), 'BRUSSELS');
  assert.equal(text.slice(dateline.end), 'The European Commission said');
});

test('the dateline may follow a repeated headline; cities may have a state or an agency', () => {
  const text = 'Talks Stall\nTalks Stall\n\n date 2025-08-08 WASHINGTON, D.C. (Reuters) — Officials said';
  const dateline = findDateline(text)!;
  assert.equal(dateline.date, '2025-08-08');
  assert.equal(dateline.city?.text, 'WASHINGTON');
});

test('a front-matter date line', () => {
  const dateline = findDateline('date: 2025-03-14\n\nThe agency said')!;
  assert.deepEqual([dateline.date, dateline.source, dateline.city], ['2025-03-14', 'front-matter', null]);
});

test('no date, an impossible date, or prose are not datelines', () => {
  assert.equal(findDateline('The council met on Friday.'), null);
  assert.equal(findDateline(' date 2025-02-30 PARIS—x')?.date ?? null, null);
  assert.equal(findDateline(''), null);
  assert.ok(!isValidIsoDate('2025-13-01'));
});

test('a dateline without a date still gives the city', () => {
  const dateline = findDateline('KYIV, Ukraine — Air raid sirens sounded')!;
  assert.deepEqual([dateline.date, dateline.city?.text], [null, 'KYIV']);
});

test('datelines from real feeds: accented capitals, a date after the city, a timestamp, unpadded digits, the city on the next line', () => {
  const city = (text: string) => findDateline(text)?.city?.text ?? null;
  assert.equal(city(' date 2024-03-14 SÃO PAULO—Brazil’s central bank'), 'SÃO PAULO');
  assert.equal(city(' date 2024-03-14 ZÜRICH—The bank'), 'ZÜRICH');
  const agency = ' date 2024-03-14 BRUSSELS, March 14 (Reuters) - The Commission';
  assert.equal(city(agency), 'BRUSSELS');
  assert.equal(agency.slice(findDateline(agency)!.end).trim(), 'The Commission');
  // A country between the city and the day.
  const withCountry = 'ISMAILIA, Egypt, March 11 (Reuters) - A container ship';
  assert.deepEqual([city(withCountry), withCountry.slice(findDateline(withCountry)!.end).trim()], ['ISMAILIA', 'A container ship']);
  assert.equal(findDateline(' date 2024-03-14T09:30:00Z PARIS—The')?.date, '2024-03-14');
  assert.equal(findDateline(' Date 2024-3-4 PARIS—The')?.date, '2024-03-04');
  const nextLine = 'date 2024-03-14\nBRUSSELS — The Commission said';
  assert.deepEqual([findDateline(nextLine)?.date, city(nextLine), nextLine.slice(findDateline(nextLine)!.end).trim()], ['2024-03-14', 'BRUSSELS', 'The Commission said']);
  // A date line followed by prose keeps no city.
  assert.equal(city('date 2024-03-14\nThe Commission said'), null);
});

test('a headline straight above the dateline line stays a line of its own: its title case names no actor', () => {
  const headline = 'Harbor Authority Faces Strike Vote';
  const text = `${headline}\n${headline}\n date 2026-02-10 ROTTERDAM—Dock workers gave the harbor authority until Thursday, union leaders said.`;
  const model = analyze(text);
  assert.equal(model.documentDate, '2026-02-10');
  assert.deepEqual(model.paragraphs.map((p) => text.slice(p.start, p.end)), [headline, headline, text.split('\n')[2].trim()]);
  assert.deepEqual(model.actors.filter((actor) => actor.name.includes('Faces')), []);
});
