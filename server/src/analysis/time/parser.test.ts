import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as chrono from 'chrono-node';
import { parseParagraph, withTailLookahead, type StretchCache, type StretchReading } from './parser';
import { analyze } from '../index';
import { readSamples } from '../../../bench/corpus';
import { SAMPLES_DIR } from '../../../test/paths';

const SENTENCES = [
  'Three days ago the union struck; two weeks later it settled.',
  'About 5 hours before, and a couple of months after, nothing moved.',
  'A few years from now, or 2 yrs, 3 mos later, or half an hour earlier.',
  'Later, after the vote, nobody said anything.',
];

test('the look-ahead rewrite of chrono\'s slow "N units ago/later" expressions applies to exactly those two, and matches the same text', () => {
  const patterns = chrono.casual.parsers.map((parser) => parser.pattern({ option: {} } as never));
  const rewritten = patterns.filter((pattern) => withTailLookahead(pattern) !== pattern);
  // If a chrono upgrade changes these expressions, the first analysis in a process is ~150 ms slower again.
  assert.equal(rewritten.length, 2);
  for (const pattern of rewritten) {
    const quick = withTailLookahead(pattern);
    for (const sentence of SENTENCES) assert.deepEqual(quick.exec(sentence), pattern.exec(sentence), `${quick} on "${sentence}"`);
  }
});

test('relative expressions still come out of the rewritten parsers', () => {
  const found = parseParagraph(SENTENCES[0]).map((raw) => [raw.text, raw.kind === 'relative' ? raw.days : raw.kind]);
  assert.deepEqual(found, [['Three days ago', -3], ['two weeks later', 14]]);
});

test('simple weekdays, clock times on weekdays, month-days, ISO dates, months and parts of the day alone, and own expressions read without chrono come out exactly as chrono reads them', () => {
  const sentences = [
    'The union said on Tuesday that it would strike. This Friday is the deadline, not last Monday.',
    'Talks resume on March 4; the permit lapsed Jan. 15, 2025, and Sept. 3 passed quietly.',
    'Votes are due Tuesday to Thursday; the hearing is Friday, March 7, in Brussels (Monday) too.',
    'Past Sunday, officials met. On Wednesday at 3 p.m. they left. March 4th and March 4-6 were busy.',
    'February 30 is no date; May 12 people came; FRIDAY and fridays and Fridays are odd.',
    ' date 2025-08-08 BRUSSELS—Filed 2025-13-40, 2025-02-30 and 2025-08-08T10:00; the union has 30 days, not 2.3 or 3-2.',
    'No later than Sept. 30, every bottle goes; within 48 hours of Friday the 212 stores close, 44 of them next week.',
    'About 2.3 million customers by this Friday; $40 million, ending a three-week trial, in 1500 stores on Monday 5 times.',
    'Votes on Friday next week, and Friday of next week; Tuesday for a week; two weeks later on Thursday at 11 p.m. he left.',
    'After weeks of talks on Friday, a second day of strikes; in the day on Monday; drain springs in the fall on Tuesday.',
    ' date 2025-08-08 BRUSSELS—date 2025-06-12 WASHINGTON—The court on Wednesday upheld a four-year ban; Friday, 5 p.m. or Friday 5.',
    'She gave the council until Friday to close a $38 million hole, and until Monday at 9 to vote; Tuesday, 44, Friday - 20.',
    'The union, which struck 30 days ago and again on Friday, met; for 3 hours on Monday; a second day of talks on Tuesday.',
    'About 2.3 million customers by this Friday; a quarter point to 4.5% on Thursday; the end of the month on Monday; 5 days later.',
    'Sirens sounded every hour on Tuesday, and every minute for 3 hours; every hour, 5 times.',
    'The vote was put back by a week on Monday; prices rose by a year; by a day, by a month later.',
    'In the first half of the year on Monday, the second half of 2024, and the third half of next year.',
    'The ban has held since January, the council said; prices rose in March.',
    'The talks ran to the end of April, officials said.',
    'The vote came on the first of June, and again on fifth July.',
    'Prices rose in January -  the council said.',
    'Prices rose in January, EST figures show.',
    'Prices rose in January first, officials said.',
    'Prices rose in January of that year, officials said.',
    'Prices rose in October—the vote followed.',
    'The council said this morning it would vote.',
    'The council met on Tuesday night at 9 and left.',
    'The council met on Wednesday night EST and left.',
    'The council met on Tuesday night and left, after a night of debate.',
    'The Sunday Night show aired; a late-night talk show; Monday nights; every morning; night after night.',
    'The window shuts at 11 p.m. on Friday, and the vote closes at noon on Sunday.',
    'The order runs from 4 a.m. on Friday to 10 a.m. on Sunday.',
    'The talks end at 6 p.m. on Friday night, officials said.',
    'The talks end at 6 p.m. on Friday EST, officials said.',
    'The talks end at 6 p.m. on Friday, March 7, officials said.',
    'The talks end this noon on Friday, officials said.',
    'The talks end - midnight on Sunday, officials said.',
    // A number after the last date, a comma after a sign, a casual day no cue holds, an ordinal or
    // "end of" before a month-day, a zone after a date, "now", a zone between a time and a date, a signed unit.
    'The vote is on Friday 12 officials said.',
    'Turnout fell (as planned), Sunday figures show.',
    'Turnout rose 3%, Sunday figures show.',
    'The union struck on Friday and returns overmorrow.',
    'It was the second May 28 vote, and the end of March 10 passed.',
    'The talks end on Friday UTC, officials said, and on May 28 PT.',
    'He said on Thursday now is the time.',
    'The polls close at 10 ET Friday, officials said.',
    'Sales rose - a week’s gain on Friday.',
    'It ends Nov 5 pm sharp; Nov. 5 p.m. is read whole, and Monday Nov 5 p.m. too.',
    'It began March 10 years ago, today.',
    // Read without chrono: a share before a date, a number starting the stretch far from its date.
    'Rates rose to 4.5% on Thursday; 212 polling stations close by this Friday.',
    // A weekday alone given to the month-day after it.
    'The recount begins on Wednesday, May 28, and ends Friday June 27, 2025, or on Monday , March 10.',
    // Day words, and "weekend" written small (a false alarm).
    'He said today that the vote, tomorrow, follows yesterday’s and tonight’s talks; Today we start.',
    'Fires burned through the weekend and one more weekend; the Weekend show aired on a weekday.',
    // Days and weeks counted from a date; what chrono reads with their amount before or after them.
    'The deal came a day after the vote; two weeks later it was signed, and it lapsed three days ago.',
    'It ended about a day after.',
    'It ended half a day later.',
    'It ended two weeks and a day later.',
    'A week after a few hours of talks, it ended.',
    // The end of a month, read whole.
    'Refunds run until the end of April, and bills by the last day of March; the weekend of June is busy.',
    // "the end of the month" read whole; what chrono reads with it.
    'Russia has until the end of the month to accept a 20% cap; by the end of month EST; no later than the end of the month.',
    'End of the month, the end of the monthly fee, the end of the month-long talks, the end of the month (Friday).',
    '5 end of the month, end of the month at 5 p.m., end of the month at noon, Friday, end of the month.',
    // A month with its year, and what chrono reads with them: a day before, an era or a unit after, a number after, a range.
    'Her term ends in May 2026, and benefits begin in January 2028. In Jan. 2026, Sept 2026, Sep. 2026 and Dec 2025 too.',
    'From 5 January 2026 to the end of January 2026, the first of March 2026 and 3rd March 2026; in January 2026 5 people left.',
    'January 2026 CE, March 2026 be sure, April 2026 ad; a March 2026 pm rally; March 2026 years ago; Friday, March 2026.',
    // Units chrono drops or reads as what isFalseAlarm drops, and what it reads with them.
    'The sides broke off for the second time in a week; after weeks of talks, after months, for the days ahead, for the week, in the week, after this week.',
    'Schools stayed shut for a second day on Tuesday; marchers came for a second straight week; objections came at the last minute.',
    'For a second and a minute, in a second, after a second later, a day after a second, for a second, 5 minutes; for a second time.',
    'At the last minute EST, Last minute deals, the last minute on Friday, last minute, 5 seconds, last minutes; In a second. After a second-half goal.',
    'Wait for a second. Friday came; for a second Friday, for a second on Friday, after a second 5 p.m., for a seconds, in a second ago.',
    // A month's abbreviation starting a name, and what chrono reads with it.
    'Judge María Fernanda Cárcamo met Camila Sepúlveda Ortúzar on Friday; in María; 5 María; the fifth María; 2025 María; Friday, María.',
    'In Junín on 3 Augé; the end of María; Marché; maría; MARÍA; Mar—Apr; Oct’s vote; since 2020. Gov. María Fernanda Lozano said.',
    // "May" alone after "in", and what chrono reads with it.
    'The policy it adopted in May “to the letter”; In May, prices rose; in  May the vote; in May-June; in May 5; in May 2026; in May 42.',
    'In May\nThe vote; in May EST; inMay; Theresa May in May said; in May of 2025; in Mayfair; in May’s vote; 5 in May; Friday in May; in May to June.',
    // Two digits after a month that no day can be are a year to chrono, and what keeps it from reading them so.
    'Sanctions expire on March 42; no later than Sept. 41, by Oct. 35, on March 32 and March 99 or March 50 or March 51, June 31, March 00 or March 05.',
    'March 42 pm, March 42 o clock, March 42:5, March 42 Jan, March 42 BC, March 42 5, March 42-43, March 42 percent, the 5th March 42, Friday, March 42.',
    'In March 42 years ago, March 42nd, March 42 days later, since March 77.',
    // Our own results over chrono's: "Sunday" in "every Sunday".
    'They rally every Sunday on the waterfront, return every evening until the vote, every morning, and every Tuesday until Friday night.',
    // Our own results side by side: chrono joins none of them.
    'The unit exploded last week, 30 days to hand over five years of records; built between 2019 and 2023, in 2019, 2020 and 2021.',
    'Within 48 hours next week, a fortnight, 3 days; next week at 5, this year 2-1 next month; the second half of 2024 - 2025.',
    // A number beside one of our own results, which chrono joins to nothing it keeps.
    'Furlong must repay €250,000 within 30 days; he was jailed last month on 11 counts; 5 next week, $3 million this year 2, 12 the following day 11 on Friday.',
    // Beside one of our own results, a read that keeps nothing, and what chrono reads with them.
    'Inspect it within 48 hours, after a second shutdown; for a year, for a second time; next week now; last month morning; the summer María; within a day, a second later; daily 3136-17-23 on Friday.',
    'January\n2026 and March  2026; March 2026-2027, March 2026–27 and March 2026/27; since May 2026 took; January of 2026.',
    // ISO dates chrono drops (no month 17, no February 29 in 2025) or reads the other way round
    // ("3136-17-10" is October 17), alone and beside what chrono joins them with.
    ...['3136-17-23', '3136-17-10', '3136-00-05', '3136-10-35', '3136-02-30', '2025-02-29', '2024-02-29', '0000-02-29', '1900-02-29', '3136-10-27', '9999-12-31'].flatMap((iso) => [
      `James Okafor said on Tuesday that date ${iso} WASHINGTON—The board met.`,
      `On Tuesday, ${iso} was set.`,
      `It runs ${iso} to Friday.`,
      `It opens ${iso} at 5 p.m. on Friday.`,
      `It opens ${iso} EST on Friday.`,
      `Voters (${iso}) went on Friday.`,
      `It ended ${iso}T10:00 on Friday.`,
      `It ended ${iso} 23 times on Friday.`,
      `It ended 3 days after ${iso} on Friday.`,
    ]),
    // Four digits chrono reads only with a separator and a number or a month after them, or a meridiem.
    'On Friday 3136 people came; the 3136 law took effect on Friday.',
    'They meet at 0930 a day, then 0930 am on Friday.',
    'They meet at 1500 am and 2026 pm on Friday.',
    'The board said on Friday that 3136 10 27 passed.',
    'The board said on Friday that 3136/10/27 passed.',
    'The board said on Friday that 3136 may 5 passed, and 3136.may.5 too.',
    'The board said on Friday it will have 2019 more members by mid-2026.',
    'The vote is on March 3                       2026, and on Tuesday                    2019.',
    'The vote is on March 3,                      2026.',
    ...readSamples(SAMPLES_DIR).flatMap((sample) => sample.text.split(/\n\s*\n/)),
  ];
  for (const sentence of sentences) assert.deepEqual(parseParagraph(sentence), parseParagraph(sentence, { chronoOnly: true }), sentence);
});

test('a kept stretch reading gives its dates where the stretch stands now: moved by an edit before it, or written twice in a paragraph', () => {
  const kept = new Map<string, StretchReading>();
  const stretchCache: StretchCache = (stretch, read) => kept.get(stretch) ?? kept.set(stretch, read()).get(stretch)!;
  const sentence = 'The bitter argument among the members of the council ended as the vote is on Friday, she said after it all. ';
  for (const paragraph of [sentence, `Then ${sentence}`, sentence + sentence]) {
    assert.deepEqual(parseParagraph(paragraph, { stretchCache }), parseParagraph(paragraph), paragraph);
  }
  assert.equal(parseParagraph(sentence + sentence, { stretchCache }).length, 2);
});

test('"the end of the month" is a month of the article\'s time, not a day of the parse reference', () => {
  const months = ['a deal by the end of the month', 'at the end of this month', 'by the end of next month'].map((text) =>
    parseParagraph(text).map((raw) => [raw.text, raw.kind === 'unit' ? `${raw.unit}${raw.offset}` : raw.kind]),
  );
  assert.deepEqual(months, [[['end of the month', 'month0']], [['this month', 'month0']], [['next month', 'month1']]]);
});

test('no value leaks the parse reference (2000-01-05): casual words are days counted from the article date', () => {
  const expressions = ['last night', 'this morning', 'this afternoon', 'tonight', 'the end of the month', 'end of March', 'two years ago', 'the day before', 'midnight Friday', 'next spring', 'mid-March', 'on 12 March'];
  for (const expression of expressions) {
    const values = analyze(` date 2025-10-02 PARIS—Officials said ${expression} they would act.`).dates.map((d) => d.value ?? '');
    assert.ok(values.length > 0 && values.every((value) => !/^(?:1999|2000)/.test(value)), `${expression}: ${values}`);
  }
  const value = (expression: string) => analyze(` date 2025-10-02 PARIS—Officials said ${expression} they would act.`).dates[0]?.value;
  assert.deepEqual(['last night', 'this morning', 'end of March'].map(value), ['2025-10-01TNI', '2025-10-02TMO', '2025-03']);
});

test('the end of a year or a month is that period: "by the end of the year", "year-end", "end of April"', () => {
  const found = (text: string) => parseParagraph(text).map((raw) => [raw.text, raw.kind === 'unit' ? `${raw.unit}${raw.offset}` : raw.kind === 'calendar' ? `${raw.month}/${raw.day}` : raw.kind]);
  assert.deepEqual(found('No later than the end of the year, and before year-end.'), [['end of the year', 'year0'], ['year-end', 'year0']]);
  assert.deepEqual(found('Finished by year’s end, or by year\'s end at the latest.'), [['year’s end', 'year0'], ["year's end", 'year0']]);
  assert.deepEqual(found('Stocks run out by the end of April.'), [['end of April', '4/null']]);
});

test('"the following day" and "the previous day" count from the date before them', () => {
  const values = analyze(' date 2025-10-02 PARIS—He was arrested on Monday and charged the following day. On Friday the court met; the previous day, talks had stalled.').dates.map((d) => [d.text, d.value]);
  assert.deepEqual(values, [['Monday', '2025-09-29'], ['the following day', '2025-09-30'], ['Friday', '2025-09-26'], ['the previous day', '2025-09-25']]);
});

test('a day of the month with its ordinal ending ("on the 18th"), "ſ" for "s" too, as the expression reads it ignoring case', () => {
  const days = ['Pay on the 18th and Friday.', 'Pay by the 1ſt and Monday.', 'Pay by the 23RD and Tuesday.'].flatMap((text) => parseParagraph(text).map((raw) => [raw.text, raw.kind]));
  assert.deepEqual(days, [['the 18th', 'monthday'], ['Friday', 'weekday'], ['the 1ſt', 'monthday'], ['Monday', 'weekday'], ['the 23RD', 'monthday'], ['Tuesday', 'weekday']]);
});

test('one unit written with an article is a duration after "within", "for", "than"… or before "of", a rate after an amount, a repetition after "once" or "twice"', () => {
  const found = (text: string) => analyze(` date 2025-10-02 PARIS—${text}`).dates.map((d) => `${d.text}=${d.value}`);
  assert.deepEqual(found('The assembly must convene within a month of the vote.'), ['a month=P1M']);
  assert.deepEqual(found('Customers get a year of free monitoring; he was jailed for more than a year.'), ['a year=P1Y', 'a year=P1Y']);
  assert.deepEqual(found('Talks lasted for a week and ended in a fortnight.'), ['a week=P1W', 'a fortnight=P2W']);
  assert.deepEqual(found('It earned $4 billion a year.'), []);
  // Compound number words and seconds.
  assert.deepEqual(found('Forty-five days is fair; the check takes thirty seconds.'), ['Forty-five days=P45D', 'thirty seconds=PT30S']);
  assert.deepEqual(found('They scored two second-half goals.'), []);
  // A weekday in the plural repeats; a fortnight ahead is a length, as is "for a week before".
  assert.deepEqual(found('The show airs on Sunday mornings and the board meets on Tuesdays.'), ['Sunday mornings=XXXX-WXX-7TMO', 'Tuesdays=XXXX-WXX-2']);
  assert.deepEqual(found('Stock is reviewed every fortnight and released over the next fortnight.'), ['every fortnight=P2W', 'next fortnight=P2W']);
  assert.deepEqual(found('The notice was kept ready for a week before that.'), ['a week=P1W']);
  // How often is a repetition: "twice a day", "once a year", "every second year".
  assert.deepEqual(found('Nurses check twice a day, the board meets once a year and the rules change every second year.'), ['twice a day=P1D', 'once a year=P1Y', 'every second year=P2Y']);
  assert.deepEqual(analyze(' date 2025-10-02 PARIS—The assembly must convene within a month of the vote.').deadlines.map((d) => [d.text, d.due]), [['within a month', 'P1M']]);
});

test('a decade, last season, a year before a noun ("whose 2014 book"), and "Tonight" in a title', () => {
  const found = (text: string) => analyze(` date 2025-10-02 PARIS—${text}`).dates.map((d) => `${d.text}=${d.value}`);
  assert.deepEqual(found('We paid for it for a decade, then two decades more.'), ['a decade=P10Y', 'two decades=P20Y']);
  assert.deepEqual(found('He scored 20 goals last season.'), ['last season=null']);
  // A season of play across two years and a fiscal quarter are periods no calendar dates; a quarter of "its" year is one.
  assert.deepEqual(found('Fixtures for the 2026-27 season and the 2025/26 season are out.'), ['2026-27 season=null', '2025/26 season=null']);
  assert.deepEqual(found('It lost money in its fiscal third quarter but made some in its second quarter.'), ['fiscal third quarter=null', 'second quarter=2025-Q2']);
  assert.deepEqual(found('Kessler, whose 2014 book sold well, spoke.'), ['2014=2014']);
  assert.deepEqual(found('He said on the podcast “Extra Time Tonight” that talks failed. Tonight, fans wait.'), ['Tonight=2025-10-02TNI']);
});

test('a capital after "the" is no one-letter unit: "in the M&A market" is no date', () => {
  assert.deepEqual(parseParagraph('Firms in the M&A market rallied on Friday.', { chronoOnly: true }).map((raw) => raw.text), ['Friday']);
});

test('a quarter without a year is the one the tense points to; repetitions; a bare "May" after "until"', () => {
  const found = (text: string, date = '2025-11-20') => analyze(` date ${date} PARIS—${text}`).dates.map((d) => `${d.text}=${d.type}:${d.value}`);
  assert.deepEqual(found('Chinese smelters cut purchases by 8% in the first quarter.'), ['first quarter=DATE:2025-Q1']);
  assert.deepEqual(found('Output will rise in the fourth quarter and in the first quarter.'), ['fourth quarter=DATE:2025-Q4', 'first quarter=DATE:2026-Q1']);
  assert.deepEqual(found('The company will report third-quarter results; in the first quarter of next year, and the first quarter of 2019.'), [
    'third-quarter=DATE:2025-Q3',
    'first quarter of next year=DATE:2026-Q1',
    'the first quarter of 2019=DATE:2019-Q1',
  ]);
  assert.deepEqual(analyze('Attacks rose in the first quarter of this year.').dates.map((d) => d.value), ['XXXX-Q1']);
  assert.deepEqual(analyze('Exports fell in the second quarter.').dates.map((d) => d.value), ['XXXX-Q2']);
  assert.deepEqual(found('Catches fell in the first half of the year and will recover in the second half of 2026; a third half of 2026 is none.'), [
    'first half of the year=DATE:2025-H1',
    'the second half of 2026=DATE:2026-H2',
    '2026=DATE:2026',
  ]);
  assert.deepEqual(analyze('Catches fell in the first half of the year.').dates.map((d) => d.value), ['XXXX-H1']);
  assert.deepEqual(found('The authority will publish test results daily, online every morning.'), ['daily=SET:P1D', 'every morning=SET:XXXX-XX-XXTMO']);
  assert.deepEqual(found('The pumps cycled every hour, the gauges every minute.'), ['every hour=SET:PT1H', 'every minute=SET:PT1M']);
  assert.deepEqual(found('They lose the daily allowance; Mina has 90 million weekly users.'), []);
  assert.deepEqual(found('The bank should wait until May to see whether prices rise.', '2025-04-09'), ['May=DATE:2025-05']);
  assert.deepEqual(found('Theresa May said so; since May took office, nothing; it may rain.'), []);
  assert.deepEqual(found('Planes were grounded after a second in-flight shutdown.'), []);
});

test('an undotted month or weekday abbreviation is a date only with a day number (months) or after "on" (weekdays): "Fundación Mar Abierto", "Sun said"', () => {
  const found = (text: string) => analyze(` date 2025-03-04 LIMA—${text}`).dates.map((d) => `${d.text}=${d.value}`);
  assert.deepEqual(found('The group Fundación Mar Abierto sued. Mar said the suit was filed on Mar. 3 and a hearing is set for Mar 17.'), ['Mar. 3=2025-03-03', 'Mar 17=2025-03-17']);
  assert.deepEqual(found('Envoy Sun Wei met him. Sun said the talks were useful. The vote is on Sat, he said.'), ['Sat=2025-03-01']);
});

test('"the last day allowed", "his last day in office" are no dates; "the last day of the month" is', () => {
  const texts = (text: string) => parseParagraph(text).map((raw) => raw.text);
  assert.deepEqual(texts('The vote is on Tuesday, the last day allowed under the rules. It was his last day in office.'), ['Tuesday']);
  assert.deepEqual(texts('Bids close on the last day of the month.'), ['last day of the month']);
});

test('a month written small is another word; a day word in a quoted title is part of the title', () => {
  const texts = (paragraph: string) => parseParagraph(paragraph).map((raw) => raw.text);
  assert.deepEqual(texts('Hundreds joined a march to the square in March.'), ['March']);
  assert.deepEqual(texts('She told the “Today” programme about “The Thirty-Year Promise,” her book.'), []);
  assert.deepEqual(texts('“Today we start,” she said, “and 30 years of waiting end.”'), ['Today', '30 years']);
});

test('a title’s words are no dates whatever kind they would be: “Midnight at the Quays”, “Saturday Night Live”; nor a frequency in a name, "Indus Daily"', () => {
  const texts = (paragraph: string) => parseParagraph(paragraph).map((raw) => raw.text);
  assert.deepEqual(texts('The festival added a horror strand, “Midnight at the Quays.” It opens at midnight on Friday.'), ['midnight on Friday']);
  assert.deepEqual(texts('He hosted "Saturday Night Live" twice and flew home on Saturday night.'), ['Saturday night']);
  assert.deepEqual(texts('(Photo: Bilal Khoso/Indus Daily) Boats ran daily.'), ['daily']);
  // A quote that is no title keeps its dates.
  assert.deepEqual(texts('“By Friday, we will know,” she said.'), ['Friday']);
});

test('the two ends of a range are two dates: "from July 8 to July 13", "July 8-13", "from 7 a.m. to 7 p.m." (not one joined by "until")', () => {
  const found = (text: string) => analyze(` date 2025-06-27 GALWAY—${text}`).dates.map((d) => `${d.text}=${d.value}`);
  assert.deepEqual(found('The festival runs from July 8 to July 13.'), ['July 8=2025-07-08', 'July 13=2025-07-13']);
  assert.deepEqual(found('The exhibition runs July 8-13.'), ['July 8=2025-07-08', '13=2025-07-13']);
  // The end comes after the start, whatever the tense says of it alone.
  assert.deepEqual(found('Offices close from Dec. 24 through Jan. 2.'), ['Dec. 24=2025-12-24', 'Jan. 2=2026-01-02']);
  assert.deepEqual(found('Taps will run only from 4 a.m. to 10 a.m. on Monday.').map((v) => v.split('=')[0]), ['4 a.m.', '10 a.m.', 'Monday']);
  assert.deepEqual(found('The strike ran from Monday to Wednesday.'), ['Monday=2025-06-23', 'Wednesday=2025-06-25']);
  assert.deepEqual(parseParagraph('The vote runs from May 1 until May 5.').map((raw) => raw.text), ['May 1 until May 5']);
  // Both readings, with and without chrono, agree.
  assert.deepEqual(parseParagraph('It runs from July 8 to July 13.', { chronoOnly: true }).map((raw) => raw.text), ['July 8', 'July 13']);
});

test('"the fall" after a preposition of time is the season; "every following month" repeats', () => {
  const found = (text: string) => analyze(` date 2026-03-11 HARWICK—${text}`).dates.map((d) => `${d.text}=${d.value}`);
  assert.deepEqual(found('The district would have to cut 40 posts by the fall. Classes move in the fall.'), ['the fall=2026-FA', 'the fall=2026-FA']);
  assert.deepEqual(found('Protests followed the fall of the government and the fall in prices after the fall of 2019.'), ['fall of 2019=2019-FA']);
  assert.deepEqual(found('Baghdad must pay every following month.'), ['every following month=P1M']);
});

test('a year after an article and a comparative or qualifier is a year: "a slower 2027", "a bumper 2025 harvest" (not "the other 2020 candidates")', () => {
  const years = (text: string) => analyze(text, { referenceDate: '2026-10-29' }).dates.map((d) => d.text);
  assert.deepEqual(years('Chipmakers brace for a slower 2027 and a bumper 2025 harvest. The other 2020 candidates lost.'), ['2027', '2025']);
});

test('a year after "since at least" or an owner’s "own" is a year: "since at least 2021", "the State’s own 2022 guidelines" (not "at least 2021 people")', () => {
  const years = (text: string) => analyze(text).dates.map((d) => d.value);
  assert.deepEqual(years('Rivals were pushed aside since at least 2021. She cited the State’s own 2022 guidelines. At least 2021 people signed.'), ['2021', '2022']);
});

test('"this weekend", "next weekend", "last weekend" are the weekends of the article’s week and the weeks around it; "the weekend" alone is left vague', () => {
  const found = (text: string) => analyze(` date 2026-02-09 EASTBROOK—${text}`).dates.map((d) => `${d.text}=${d.value}`);
  assert.deepEqual(found('Signatures are collected this weekend. Talks resume next weekend after last weekend’s storm. The weekend was quiet.'), [
    'this weekend=2026-W07-WE',
    'next weekend=2026-W08-WE',
    'last weekend=2026-W06-WE',
  ]);
});

test('"until Friday week" is that day of the week after, as "next Friday"; "Friday week-long talks" is no such day', () => {
  const found = (text: string) => analyze(` date 2026-05-14 DUBBO—${text}`).dates.map((d) => `${d.text}=${d.value}`);
  assert.deepEqual(found('The council has given the minister until Friday week to release the modelling.'), ['Friday week=2026-05-22']);
  assert.ok(!found('On Friday week-long talks began.').some((date) => date.startsWith('Friday week')));
});

test('two lengths joined by "and", the larger first, are one: "two months and 10 days" P2M10D, "two hours and 30 minutes" PT2H30M (not "30 days and 60 days")', () => {
  const found = (text: string) => analyze(text).dates.map((d) => `${d.text}=${d.value}`);
  assert.deepEqual(found('The company has two months and 10 days to appeal. The flight took two hours and 30 minutes.'), ['two months and 10 days=P2M10D', 'two hours and 30 minutes=PT2H30M']);
  assert.deepEqual(found('Firms get 30 days and 60 days respectively.'), ['30 days=P30D', '60 days=P60D']);
});
