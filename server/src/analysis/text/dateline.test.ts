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

test('a city ended by a colon, as South Asian papers write it, is the dateline city; a label so written is not', () => {
  const text = 'By Staff Reporter | Updated: November 24, 2026 09:47 IST\n\nNEW DELHI: The Health Ministry has directed all states';
  const dateline = findDateline(text)!;
  assert.deepEqual([dateline.date, dateline.city?.text, text.slice(dateline.end, dateline.end + 3)], ['2026-11-24', 'NEW DELHI', 'The']);
  assert.equal(findDateline('BREAKING: The Health Ministry has directed all states')?.city ?? null, null);
  assert.equal(findDateline('READ MORE: Ministers meet')?.city ?? null, null);
  assert.equal(findDateline('LIVE UPDATES: Marion County flooding — dam evacuation order')?.city ?? null, null);
});

test('an agency’s credit with no city ("(Bloomberg) -- …") is the dateline: the lede starts after it', () => {
  const text = 'Airline sues Nigeria\n\n(Bloomberg) -- Harmattan Air Ltd. sued the government.';
  const dateline = findDateline(text)!;
  assert.deepEqual([dateline.date, dateline.city, text.slice(dateline.end, dateline.end + 9)], [null, null, 'Harmattan']);
  assert.equal(findDateline('(Updated) The ministry said on Monday'), null);
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
  // A weekday in brackets between the date and the city.
  const weekday = ' date 2025-10-01 (Wednesday) LONDON (Reuters) - Britain’s regulator';
  assert.deepEqual([findDateline(weekday)?.date, city(weekday), weekday.slice(findDateline(weekday)!.end).trim()], ['2025-10-01', 'LONDON', 'Britain’s regulator']);
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

test('web copy without a dateline date: a line with only a publication time gives the article date, and the wire city stays', () => {
  const text = ['Ferry operator fined', 'By Mirela Stanescu, Reuters', 'Updated 3:42 PM GMT+1, February 4, 2026', 'STOCKHOLM, Feb 4 (Reuters) - The regulator fined NordLink on Tuesday.'].join('\n');
  const dateline = findDateline(text)!;
  assert.deepEqual([dateline.date, dateline.source, dateline.city?.text], ['2026-02-04', 'timestamp', 'STOCKHOLM']);
  const model = analyze(text);
  assert.deepEqual([model.documentDate, model.documentDateSource], ['2026-02-04', 'timestamp']);
  assert.equal(model.dates.find((d) => d.text === 'Tuesday')?.value, '2026-02-03');

  const dateOf = (line: string) => findDateline(`Headline Here\n${line}\nThe agency said on Monday it would act.`)?.date ?? null;
  assert.equal(dateOf('Published Feb. 4, 2026 at 9:30 a.m. ET'), '2026-02-04');
  assert.equal(dateOf('Tuesday, 4 February 2026 15:42 CET'), '2026-02-04');
  assert.equal(dateOf('Posted: 2026-2-4 09:30'), '2026-02-04');
  assert.equal(dateOf('February 4, 2026'), '2026-02-04');
  assert.equal(dateOf('Last updated on March 1st, 2025 | 10:05'), '2025-03-01');
  // The byline and the publication time on one line; the byline's names stay persons.
  assert.equal(dateOf('By Ana Ruiz and Li Wei | Published March 14, 2024 at 9:41 a.m. EDT'), '2024-03-14');
  assert.equal(dateOf('By: Ana Ruiz - Reporter / 05:12 AM March 14, 2024'), '2024-03-14');
  assert.equal(dateOf('By Mirela Stanescu · Updated 3:42 PM GMT+1, February 4, 2026'), '2026-02-04');
  const bylined = analyze('Port vote set\nBy Ana Ruiz | Published March 14, 2024\nThe authority said on Monday it would vote.');
  assert.equal(bylined.documentDate, '2024-03-14');
  assert.ok(bylined.actors.some((actor) => actor.name === 'Ana Ruiz' && actor.kind === 'person'));
  assert.equal(dateOf('By the river | the council met on February 4, 2026'), null);
  assert.equal(dateOf('Published: 12 February 2025 | Last updated: 13 February 2025 08:12 GMT'), '2025-02-12');
  assert.equal(dateOf('Published: November 24, 2026, 10:42 PM IST | Updated: November 25, 2026, 08:15 AM IST'), '2026-11-24');
  assert.equal(dateOf('Published: Thu 5 Mar 2026 18.02 GMT'), '2026-03-05');
  assert.equal(dateOf('Published: 10:02 BST, 14 August 2025 | Updated: 18:45 BST, 14 August 2025'), '2025-08-14');
  assert.equal(dateOf('Tue., March 3, 2026'), '2026-03-03');
  // Prose, a time without a day, an impossible day: no article date.
  assert.equal(dateOf('The council met on February 4, 2026.'), null);
  assert.equal(dateOf('Updated 3:42 PM GMT'), null);
  assert.equal(dateOf('February 30, 2026'), null);
  // A written dateline's date comes first.
  assert.equal(findDateline('Updated February 4, 2026\n date 2026-02-05 OSLO—The')?.date, '2026-02-05');
});

test('a title-case city before a day and an agency in brackets, with no dash, is the dateline city', () => {
  const text = 'Dam firm fined\n\nLast Updated: March 3, 2026, 10:12 IST\n\nDES12 MH-DAM\n\nNashik, Mar 3 (PTI) The Bombay High Court on Tuesday';
  const dateline = findDateline(text)!;
  assert.equal(dateline.city?.text, 'Nashik');
  assert.equal(dateline.date, '2026-03-03');
  assert.equal(text.slice(dateline.end), 'The Bombay High Court on Tuesday');
  assert.equal(findDateline('Kota Bharu, 3 March (Bernama) -- Floods cut roads')?.city?.text, 'Kota Bharu');
  // PTI also sends the city in capitals, still with no dash.
  const caps = 'NEW DELHI, Aug 20 (PTI) The DGCA on Wednesday';
  assert.deepEqual([findDateline(caps)?.city?.text, caps.slice(findDateline(caps)!.end)], ['NEW DELHI', 'The DGCA on Wednesday']);
  assert.equal(findDateline('CHENNAI, 4 March (IANS) Police said')?.city?.text, 'CHENNAI');
  // Prose with a day and brackets is no dateline.
  assert.equal(findDateline('Officials, Jan 14 (estimated) said'), null);
  assert.equal(findDateline('However, on Jan 14 (PTI) said'), null);
});
