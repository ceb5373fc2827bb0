import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, ParagraphCache } from '../index';

const DATED = (body: string) => ` date 2025-08-08 BRUSSELS—${body}`;
const valuesOf = (text: string, referenceDate: string | null = null) => analyze(text, { referenceDate }).dates.map((d) => [d.text, d.type, d.value]);

test('chrono fixes: weeks are weeks, "within" is a duration, bare years and day counts are found', () => {
  assert.deepEqual(valuesOf(DATED('Talks resume next week, not this week, after last week.')), [
    ['next week', 'DATE', '2025-W33'],
    ['this week', 'DATE', '2025-W32'],
    ['last week', 'DATE', '2025-W31'],
  ]);
  assert.deepEqual(valuesOf(DATED('Monitors must arrive within 24 hours.')), [['24 hours', 'DURATION', 'PT24H']]);
  assert.deepEqual(valuesOf(DATED('Sanctions in place since 2019 were first drafted in 2014.')), [['2019', 'DATE', '2019'], ['2014', 'DATE', '2014']]);
  // The year written against "mid-".
  assert.deepEqual(valuesOf(DATED('Work stopped in mid-2022, half done.')), [['2022', 'DATE', '2022']]);
  assert.deepEqual(valuesOf(DATED('A 30-day pause, then 50 days of talks and a 200 days plan.')), [
    ['30-day', 'DURATION', 'P30D'],
    ['50 days', 'DURATION', 'P50D'],
    ['200 days', 'DURATION', 'P200D'],
  ]);
});

test('minutes or hours counted from a time are a length, not a new day; days counted still date', () => {
  assert.deepEqual(valuesOf(DATED('The alarm sounded at 12:20 a.m. Wednesday, and the jail was locked down about twenty minutes later. An hour later it reopened; three days later he was caught.')), [
    ['12:20 a.m.', 'TIME', '2025-08-06T00:20'],
    ['Wednesday', 'DATE', '2025-08-06'],
    ['twenty minutes', 'DURATION', 'PT20M'],
    ['An hour later', 'DURATION', 'PT1H'],
    ['three days later', 'DATE', '2025-08-09'],
  ]);
});

test('tense decides: past narration looks back, future and deadline context look ahead', () => {
  // 2025-08-08 is a Friday.
  assert.deepEqual(valuesOf(DATED('The minister said on Tuesday that talks failed.')), [['Tuesday', 'DATE', '2025-08-05']]);
  assert.deepEqual(valuesOf(DATED('The ministers will meet Tuesday.')), [['Tuesday', 'DATE', '2025-08-12']]);
  assert.deepEqual(valuesOf(DATED('Answers are due by Friday, or by next Friday at the latest.')).map((v) => v[2]), ['2025-08-08', '2025-08-15']);
  // "next" names the week after the article's (Monday to Sunday): on a Wednesday, "next Thursday" is eight days on.
  const onWednesday = (body: string) => ` date 2025-07-30 FRANKFURT—${body}`;
  assert.deepEqual(valuesOf(onWednesday('The bank meets next Thursday and again next Monday.')).map((v) => v[2]), ['2025-08-07', '2025-08-04']);
  assert.deepEqual(valuesOf(DATED('Exports fell in July.')), [['July', 'DATE', '2025-07']]);
});

test('relative chains resolve against the date they follow', () => {
  assert.deepEqual(valuesOf(DATED('The deal was signed on Aug. 1. Three days later it collapsed; the day before, all was calm.')), [
    ['Aug. 1', 'DATE', '2025-08-01'],
    ['Three days later', 'DATE', '2025-08-04'],
    ['the day before', 'DATE', '2025-08-03'],
  ]);
});

test('without a reference date, weekdays are unresolved and month-days keep an unknown year', () => {
  assert.deepEqual(valuesOf('The council meets Friday and votes on Sept. 18.'), [['Friday', 'DATE', null], ['Sept. 18', 'DATE', 'XXXX-09-18']]);
  assert.deepEqual(valuesOf('The council meets Friday.', '2025-08-06'), [['Friday', 'DATE', '2025-08-08']]);
});

test('seasons, decades, sets and times', () => {
  assert.deepEqual(valuesOf(DATED('Prices rose this summer, as in the ’90s. Crews rally every Friday and will sign at 5 p.m. Tuesday.')), [
    ['this summer', 'DATE', '2025-SU'],
    ['’90s', 'DATE', '199'],
    ['every Friday', 'SET', 'XXXX-WXX-5'],
    ['5 p.m.', 'TIME', '2025-08-12T17:00'],
    ['Tuesday', 'DATE', '2025-08-12'],
  ]);
});

test('a quarter written short is a quarter the tense places; a car model is none', () => {
  // 2025-08-08.
  assert.deepEqual(valuesOf(DATED('The retailer warned of a Q2 hit. Sales will grow in Q4. In Q1, sales fell. Q3 2024 was weak. The Audi Q3 sold well.')), [
    ['Q2', 'DATE', '2025-Q2'],
    ['Q4', 'DATE', '2025-Q4'],
    ['Q1', 'DATE', '2025-Q1'],
    ['Q3 2024', 'DATE', '2024-Q3'],
  ]);
});

test('a season ahead is the next one not yet over: in August, "the end of the summer" is this summer’s', () => {
  // 2025-08-08.
  assert.deepEqual(valuesOf(DATED('The window shuts at the end of the summer, and talks resume in the winter.')).map((v) => v[2]), ['2025-SU', '2025-WI']);
  assert.deepEqual(valuesOf(DATED('Prices fell in the spring.')).map((v) => v[2]), ['2025-SP']);
  // In January, the winter ahead is the one begun in December.
  assert.deepEqual(valuesOf(' date 2026-01-10 OSLO—The ice will hold for the rest of the winter.').map((v) => v[2]), ['2025-WI']);
});

test('deadlines: who set what, due when, and moves', () => {
  const text = DATED('Mayor Denise Whitaker gave the union 30 days to accept a contract. Whitaker set a Friday deadline, then moved the deadline to Monday. The pact is set to expire on March 1, 2026.');
  const model = analyze(text);
  assert.deepEqual(model.deadlines.map((d) => [d.text, d.due, d.setBy, d.replaces]), [
    ['30 days', 'P30D', 'denise-whitaker', null],
    ['Friday deadline', '2025-08-08', 'denise-whitaker', null],
    ['moved the deadline to Monday', '2025-08-11', 'denise-whitaker', 1],
    ['set to expire on March 1, 2026', '2026-03-01', null, null],
  ]);
  assert.equal(model.deadlines[0].action, 'accept a contract');
});

test('an expression ends before the comma chrono keeps after it', () => {
  assert.deepEqual(valuesOf(DATED('In January, the authority gave the union 30 days. On Monday, it said no.')).map(([text]) => text), ['January', '30 days', 'Monday']);
});

test('chrono reads only the stretches around date words, yet long expressions and far-apart dates come out whole', () => {
  const filler = 'The committee reviewed the figures, heard from the unions and adjourned without a statement of any kind. '.repeat(3);
  assert.deepEqual(valuesOf(DATED(`${filler}The vote came on Tuesday, March 4, 2025, at 10:30 a.m. in the old chamber. ${filler}Inspectors must report within approximately forty-eight hours, and the fund closes three days from now.`)), [
    ['Tuesday, March 4, 2025, at 10:30 a.m.', 'TIME', '2025-03-04T10:30'],
    ['forty-eight hours', 'DURATION', 'PT48H'],
    ['three days from now', 'DATE', '2025-08-11'],
  ]);
  // "may", "sat" and "sun" are words; only written as names do they make chrono look.
  assert.deepEqual(valuesOf(DATED('Officials may act, she sat in the sun, and the vote will be held in May.')), [['May', 'DATE', '2026-05']]);
});

test('time given is a window: its due is the duration, whenever it was given', () => {
  const dueOf = (body: string) => analyze(DATED(body)).deadlines.map((d) => [d.text, d.due, d.action]);
  // A relative clause between the verb and the time.
  assert.deepEqual(dueOf('The mayor gave the guild, which represents about 2,400 city workers, 30 days to accept a contract.'), [['30 days', 'P30D', 'accept a contract']]);
  // The one given the time is not the one who set it; a role as the subject names its holder.
  const [given] = analyze(DATED('Mayor Denise Whitaker spoke. The mayor also gave the Transit Workers Guild 30 days to accept.')).deadlines;
  assert.deepEqual([given.setBy, given.imposedOn], ['denise-whitaker', 'transit-workers-guild']);
  assert.deepEqual(dueOf('On Aug. 1, the authority gave the union 10 days to accept.'), [['10 days', 'P10D', 'accept']]);
  assert.deepEqual(dueOf('The defense has 14 days to file a notice of appeal after judgment is entered.'), [['14 days', 'P14D', 'file a notice of appeal after judgment is entered']]);
  assert.deepEqual(dueOf('Defendants have 14 days after judgment is entered to file a notice of appeal.'), [['14 days', 'P14D', 'file a notice of appeal']]);
});

test('a month-day in past narration is the latest one on or before the article date, however far back', () => {
  const late = (body: string) => valuesOf(` date 2025-11-20 GENEVA—${body}`).map(([text, , value]) => [text, value]);
  assert.deepEqual(late('The suspension, backdated to Feb. 10, ends his season.'), [['Feb. 10', '2025-02-10']]);
  assert.deepEqual(late('The shipment was seized on April 2 in Rotterdam.'), [['April 2', '2025-04-02']]);
  assert.deepEqual(late('The court will rule on April 2.'), [['April 2', '2026-04-02']]);
  // Present perfect narrates; an "-ed" adjective after an article does not.
  assert.deepEqual(late('The regulator has fined the bank over trades on March 3.'), [['March 3', '2025-03-03']]);
  assert.deepEqual(late('The embattled minister faces a confidence vote on Jan. 5.'), [['Jan. 5', '2026-01-05']]);
  assert.deepEqual(late('Nine hundred workers face layoffs on Jan. 5.'), [['Jan. 5', '2026-01-05']]);
  assert.deepEqual(valuesOf(' date 2025-02-20 GENEVA—A hearing is set for Dec. 15.').map(([, , value]) => value), ['2025-12-15']);
});

test('a deadline set in past narration may have passed: nearest the article date, or after the deadline it moved', () => {
  const late = (body: string) => valuesOf(` date 2025-11-20 GENEVA—${body}`).map(([text, , value]) => [text, value]);
  assert.deepEqual(late('The regulator had given the bank until Nov. 14 to respond.'), [['Nov. 14', '2025-11-14']]);
  assert.deepEqual(late('The board gave the firm until Sept. 30, 2024, to pay and later extended the deadline to Jan. 31.'), [['Sept. 30, 2024', '2024-09-30'], ['Jan. 31', '2025-01-31']]);
  assert.deepEqual(late('Bids are due by Jan. 31.'), [['Jan. 31', '2026-01-31']]);
  assert.deepEqual(late('Analysts said the Feb. 2 deadline was too tight.'), [['Feb. 2', '2026-02-02']]);
  // What the sentence gives first is a later date, not when the deadline was set.
  assert.deepEqual(late('The judge set a hearing for Jan. 9 and ordered him to pay by Friday.'), [['Jan. 9', '2026-01-09'], ['Friday', '2025-11-21']]);
  // A weekday limit the article already told of as missed is that day (2025-11-20 is a Thursday); a moved one comes after it.
  const missed = 'The yard missed the Friday deadline. ';
  const givenThenMoved = 'The minister had given the yard until Friday to reply, and later moved the deadline to Monday.';
  assert.deepEqual(late(missed + givenThenMoved), [['Friday', '2025-11-14'], ['Friday', '2025-11-14'], ['Monday', '2025-11-17']]);
  assert.deepEqual(late(givenThenMoved), [['Friday', '2025-11-21'], ['Monday', '2025-11-24']]);
  // A deadline told of as gone by after its noun lies back too.
  assert.deepEqual(late('The club was fined after the Feb. 1 deadline passed.'), [['Feb. 1', '2025-02-01']]);
});

test('the tense that governs a date: a fronted date takes the main clause, the nearest verb before it wins', () => {
  // "may" looks ahead ("May" is the month); so does a season that "ends" (2025-08-08).
  assert.deepEqual(valuesOf(DATED('The shortage may return in January. Theresa May resigned in January.')).map(([text, , value]) => [text, value]), [['January', '2026-01'], ['January', '2025-01']]);
  assert.deepEqual(valuesOf(DATED('Growers expect a record in the season that ends in March.')).map(([text, , value]) => [text, value]), [['March', '2026-03']]);
  // A period's bound is not placed by the clause's tense: the nearest such day (2025-08-08).
  assert.deepEqual(valuesOf(DATED('The minister presented the budget for the year starting Sept. 1 on Tuesday.')).map(([text, , value]) => [text, value]), [['Sept. 1', '2025-09-01'], ['Tuesday', '2025-08-05']]);
  // 2025-08-08 is a Friday.
  assert.deepEqual(valuesOf(DATED('From Monday, the new rules will apply.')), [['Monday', 'DATE', '2025-08-11']]);
  assert.deepEqual(valuesOf(DATED('On Wednesday, the council voted to delay.')), [['Wednesday', 'DATE', '2025-08-06']]);
  assert.deepEqual(valuesOf(DATED('She pleaded guilty in March and agreed to testify.')), [['March', 'DATE', '2025-03']]);
  assert.deepEqual(valuesOf(DATED('Prices could rise in February, analysts said.')), [['February', 'DATE', '2026-02']]);
  assert.deepEqual(valuesOf(DATED('Talks collapsed, and the drivers vowed to strike from Monday.')), [['Monday', 'DATE', '2025-08-11']]);
  // A plural present of scheduling, a forecast, bracing for what comes; but not "did not meet".
  assert.deepEqual(valuesOf(DATED('Delegates reconvene on Tuesday, and forecasters say the storm is forecast to hit on Sunday.')).map(([, , value]) => value), ['2025-08-12', '2025-08-10']);
  assert.deepEqual(valuesOf(DATED('Markets are bracing for Thursday’s inflation report.')), [['Thursday', 'DATE', '2025-08-14']]);
  assert.deepEqual(valuesOf(DATED('The two leaders did not meet on Tuesday.')), [['Tuesday', 'DATE', '2025-08-05']]);
  // A present progressive of arranging is planned; a past one is told.
  assert.deepEqual(valuesOf(DATED('“We are meeting the unions again Tuesday,” he said on Thursday.')).map(([, , value]) => value), ['2025-08-12', '2025-08-07']);
  assert.deepEqual(valuesOf(DATED('The envoys were meeting on Tuesday when the news broke.')), [['Tuesday', 'DATE', '2025-08-05']]);
  // A hearing put off to a day, however many words name what was put off: the nearest such day, as
  // for any deadline set in past narration; what was moved "to" a place keeps the tense.
  assert.deepEqual(valuesOf(DATED('The judge adjourned the hearing to Jan. 12. The board delayed its annual vote to October, and it moved its offices to Ghent in July.')).map(([, , value]) => value), ['2026-01-12', '2025-10', '2025-07']);
  assert.deepEqual(valuesOf(DATED('The court adjourned the case to Aug. 4, when it heard the defence.')), [['Aug. 4', 'DATE', '2025-08-04']]);
  // An order looks ahead to what it orders, not back to when it was given.
  assert.deepEqual(valuesOf(DATED('Police ordered residents in the valley to leave their homes on Sunday.')), [['Sunday', 'DATE', '2025-08-10']]);
  assert.deepEqual(valuesOf(DATED('The minister told reporters on Tuesday that the talks had failed.')), [['Tuesday', 'DATE', '2025-08-05']]);
  assert.deepEqual(valuesOf(DATED('Asked on Tuesday whether he would resign, the minister shrugged.')), [['Tuesday', 'DATE', '2025-08-05']]);
  // "before" orders events; it sets no deadline.
  assert.deepEqual(valuesOf(DATED('The minister resigned before Wednesday’s vote, and staff must leave before Monday.')).map(([, , value]) => value), ['2025-08-06', '2025-08-11']);
});

test('a possible move of a deadline is a deadline of the same setter that replaces nothing; a move asked for is none', () => {
  const text = DATED('Governor Ruth Mwangi gave the union until Friday to respond. The union asked Mwangi to extend the deadline to Sept. 1. Aides said the deadline could later be moved to Aug. 20. Mwangi could push the deadline back to Aug. 22. Mwangi later moved the deadline to Aug. 18.');
  assert.deepEqual(analyze(text).deadlines.map((d) => [d.text, d.due, d.setBy, d.replaces]), [
    ['until Friday', '2025-08-08', 'ruth-mwangi', null],
    ['deadline could later be moved to Aug. 20', '2025-08-20', 'ruth-mwangi', null],
    ['push the deadline back to Aug. 22', '2025-08-22', 'ruth-mwangi', null],
    ['moved the deadline to Aug. 18', '2025-08-18', 'ruth-mwangi', 0],
  ]);
});

test('"it" moved to a date right after a deadline is that deadline moved; elsewhere it is not one', () => {
  const deadlines = (body: string) => analyze(DATED(body)).deadlines.map((d) => [d.text, d.due, d.setBy, d.replaces]);
  assert.deepEqual(deadlines('Mayor Ruth Mwangi gave the union until Friday to respond. A spokeswoman said it could be pushed back again to Aug. 20.'), [
    ['until Friday', '2025-08-08', 'ruth-mwangi', null],
    ['it could be pushed back again to Aug. 20', '2025-08-20', 'ruth-mwangi', null],
  ]);
  assert.deepEqual(deadlines('The concert was planned for Friday. It was moved to Aug. 20.'), []);
  // Told in the active voice: "a stopgap pushed it to Aug. 20" moves the lapse named just before; a moved concert is none.
  assert.deepEqual(deadlines('Funding was set to lapse on Aug. 1; a first stopgap pushed it to Aug. 20.').map(([text, due]) => [text, due]), [
    ['set to lapse on Aug. 1', '2025-08-01'],
    ['it to Aug. 20', '2025-08-20'],
  ]);
  assert.deepEqual(deadlines('The concert was planned for Friday. Organizers pushed it to Aug. 20.'), []);
});

test('a month named before as a month-day is the same month only where its own tense allows it; "it set" is past', () => {
  const text = ' date 2026-11-24 TOKYO—The firm was given until March 31 to fix it.\n\nIt reported sales in the fiscal year that ended in March. Talks resume in March.\n\nIn March it set a similar deadline.';
  assert.deepEqual(valuesOf(text).map(([text, , value]) => [text, value]), [
    ['March 31', '2027-03-31'],
    ['March', '2026-03'],
    ['March', '2027-03'],
    ['March', '2026-03'],
  ]);
});

test('deadlines: the end of a fiscal year, time given in a quotation, what must be handed in "due" later; a forecast quoting only its time is none', () => {
  const deadlines = (body: string) => analyze(DATED(body)).deadlines.map((d) => [d.text, d.due]);
  assert.deepEqual(deadlines('The ministry ordered it to submit a plan by the end of fiscal 2026.'), [['by the end of fiscal 2026', '2026']]);
  assert.deepEqual(deadlines('The senator gave the agency “seven working days, not one day more" to comply.'), [['seven working days', 'P7D']]);
  assert.deepEqual(deadlines('Motions must be filed by noon Monday, and responses would be due 48 hours later. Payments are due on Aug. 20.'), [
    ['by noon Monday', '2025-08-11T12:00'],
    ['responses would be due 48 hours', 'PT48H'],
    ['Payments are due on Aug. 20', '2025-08-20'],
  ]);
  assert.deepEqual(deadlines('A ruling is due in September. The next update is due at 6 p.m.'), []);
  assert.deepEqual(deadlines('She expected it to ease "within a day or two if the pattern holds."'), []);
});

test('what someone "expected" (a vote, an answer) lies ahead even told in the past', () => {
  // 2025-08-08 is a Friday.
  assert.deepEqual(valuesOf(DATED('The speaker told reporters he expected a vote Thursday. An official said they expected an answer before Tuesday.')), [
    ['Thursday', 'DATE', '2025-08-14'],
    ['Tuesday', 'DATE', '2025-08-12'],
  ]);
  assert.deepEqual(valuesOf(DATED('The speaker said the vote was held Thursday.')), [['Thursday', 'DATE', '2025-08-07']]);
});

test('"the last week of December 2023" is no "last week"', () => {
  assert.deepEqual(valuesOf(DATED('The cash was moved in the last week of December 2023, and again last week.')), [
    ['the last week of December 2023', 'DATE', '2023-12'],
    ['last week', 'DATE', '2025-W31'],
  ]);
});

test('batch 28/29 forms: a month of a year told relative to the article, lengths with qualifiers, a year after a possessive', () => {
  const at = (body: string) => valuesOf(` date 2026-11-24 LONDON—${body}`).map(([text, , value]) => [text, value]);
  assert.deepEqual(at('Flooding in January last year; work starts in May next year and ended in March this year.'), [
    ['January last year', '2025-01'],
    ['May next year', '2027-05'],
    ['March this year', '2026-03'],
  ]);
  assert.deepEqual(at('Money moved over three financial years. It spent six consecutive weeks at No. 1.'), [['three financial years', 'P3Y'], ['six consecutive weeks', 'P6W']]);
  assert.deepEqual(at('It adapts Hallvard Brekke’s 2019 novel. “I’m proud of every minute of it,” she said.'), [['2019', '2019']]);
  // What one was forced to do was done then: last month, not next year.
  assert.deepEqual(at('Thefts forced the schools to cancel two bus routes for a week in October.'), [['a week', 'P1W'], ['October', '2026-10']]);
});

test('not a deadline: how long a penalty runs; a measure in force until a date still lapses then', () => {
  const deadlines = (body: string) => analyze(DATED(body)).deadlines.map((d) => [d.text, d.due]);
  assert.deepEqual(deadlines('The panel ruled on Feb. 16 that she had failed. Her ban runs until February 2030.'), []);
  assert.deepEqual(deadlines('The government has banned exports till Dec. 31.'), [['till Dec. 31', '2025-12-31']]);
});

test('a season with its year, with or without "of"', () => {
  assert.deepEqual(valuesOf(DATED('The government took office in spring 2025; the summer of 2024 was dry; elections come in autumn 2027.')), [
    ['spring 2025', 'DATE', '2025-SP'],
    ['summer of 2024', 'DATE', '2024-SU'],
    ['autumn 2027', 'DATE', '2027-FA'],
  ]);
});

test('funding, a truce or time won carried on to a date, and what is kept going past one, lapse then', () => {
  const deadlines = (body: string) => analyze(DATED(body)).deadlines.map((d) => [d.text, d.due]);
  assert.deepEqual(deadlines('The bill would extend current funding levels to Sept. 12. A rival bill, a two-month extension to Oct. 3, stalled.'), [
    ['extend current funding levels to Sept. 12', '2025-09-12'],
    ['extension to Oct. 3', '2025-10-03'],
  ]);
  assert.deepEqual(deadlines('A second stopgap bought two more weeks, to Aug. 22.'), [['bought two more weeks, to Aug. 22', '2025-08-22']]);
  assert.deepEqual(deadlines('Leaders need votes to keep the government open past midnight Friday.'), [['keep the government open past midnight Friday', '2025-08-08T24:00']]);
  // Not a limit: a contract carried on to a year, a party going past midnight.
  assert.deepEqual(deadlines('The club extended his contract to 2028. The party went on past midnight Friday.'), []);
  assert.deepEqual(valuesOf(DATED('It bought two more weeks and three extra days.')), [
    ['two more weeks', 'DURATION', 'P2W'],
    ['three extra days', 'DURATION', 'P3D'],
  ]);
  assert.deepEqual(valuesOf(DATED('Members would not work one extra minute.')), []);
});

test('not deadlines: forecasts by a date, "not … until", terms that run to a year, the day an ultimatum was approved', () => {
  const deadlinesOf = (body: string) => analyze(DATED(body)).deadlines.map((d) => d.text);
  assert.deepEqual(deadlinesOf('Traders have priced in two rate cuts by March, one analyst said.'), []);
  assert.deepEqual(deadlinesOf('Economists expect a trade deal by October.'), []);
  assert.deepEqual(deadlinesOf('The club cannot sign new players until January, when the market reopens.'), []);
  assert.deepEqual(deadlinesOf('The goalkeeper’s contract runs until 2030.'), []);
  assert.deepEqual(deadlinesOf('Output is expected to double by 2027.'), []);
  // (A target someone sets for a date is a deadline it keeps to, as the guide says: "has a target of producing 3 million tonnes by 2031".)
  assert.deepEqual(deadlinesOf('The mine has a target of producing 3 million tonnes by 2031.'), ['by 2031']);
  // What could happen by a date is no limit; a window that could be used is one.
  assert.deepEqual(deadlinesOf('The ministry said the first sales could be registered by the end of the year.'), []);
  assert.deepEqual(deadlinesOf('Analysts estimate that prices could reach $12,000 a tonne by the end of the year.'), []);
  assert.deepEqual(deadlinesOf('Industry groups could file suit within 60 days of the order’s publication.'), ['within 60 days']);
  assert.deepEqual(deadlinesOf('Ruiz will serve as acting chair until October.'), []);
  assert.deepEqual(deadlinesOf('Two members argued the bank should wait until May to see whether prices rise.'), []);
  assert.deepEqual(deadlinesOf('Missing that deadline would delay the first tranche until the autumn.'), []);
  assert.deepEqual(deadlinesOf('The federation postponed its election on Wednesday after the ethics panel gave one of the two candidates until Monday to explain.'), ['until Monday']);
  assert.deepEqual(deadlinesOf('The regulator asked both sides to meet before the end of the month, before Friday’s vote.'), ['before the end of the month']);
  assert.deepEqual(deadlinesOf('An aide said the cabinet had approved the ultimatum on Monday.'), []);
  // A state reached by a date, told in the past.
  assert.deepEqual(deadlinesOf('Prices had risen 5 percent by June.'), []);
  assert.deepEqual(deadlinesOf('By Tuesday, the toll had climbed to 40.'), []);
  // An offer that holds until a date, a forecast whose verb comes before "that", an auxiliary "had" before a duration.
  assert.deepEqual(deadlinesOf('The airline said it would rebook passengers and offer refunds until the end of April.'), []);
  assert.deepEqual(deadlinesOf('He said the advisory would stay, and that he expected that to happen within two weeks.'), []);
  assert.deepEqual(deadlinesOf('The secretary gave the utility until Monday to explain why the warning had taken nine days to reach the public.'), ['until Monday']);
  // A year that names an event, a prediction, a forecast whose infinitive comes after a
  // parenthesis, a hope, a possibility that hangs on a condition.
  assert.deepEqual(deadlinesOf('Builders hired to rebuild homes destroyed by the 2023 earthquakes refused to sign.'), []);
  assert.deepEqual(deadlinesOf('She predicted that prices could fall by a third within a year.'), []);
  assert.deepEqual(deadlinesOf('Economists expect inflation, now 18.2%, to climb back above 20% by January.'), []);
  assert.deepEqual(deadlinesOf('The mediator hoped to bring both sides to the table by Thursday.'), []);
  assert.deepEqual(deadlinesOf('Officials said talks could resume within two weeks if both sides agree.'), []);
  // A limit at the close or a part of a day or month, a year no later than, one unit given.
  assert.deepEqual(deadlinesOf('Filings are due by the close of business on Friday, and votes until the end of the day Monday.'), ['by the close of business on Friday', 'until the end of the day Monday']);
  assert.deepEqual(deadlinesOf('A ruling is due by mid-September; a plan by early October; compliance no later than 2027.'), ['by mid-September', 'by early October', 'no later than 2027']);
  assert.deepEqual(deadlinesOf('The club has a month to appeal.'), ['a month']);
  assert.deepEqual(deadlinesOf('The regulator has 90 days from Sept. 1 to rule.'), ['90 days']);
  assert.deepEqual(deadlinesOf('The ministry gave the regions that refused to apply the rule 30 days to hand over the data.'), ['30 days']);
  assert.deepEqual(deadlinesOf('The deadline was later moved to Monday.'), ['deadline was later moved to Monday']);
  // Windows: a comment period, what may be done for a time after an event (not what was done for one).
  assert.deepEqual(deadlinesOf('Publication opens a 45-day public comment period.'), ['45-day public comment period']);
  assert.deepEqual(deadlinesOf('Objections can be filed with the registry for 21 days after the notice appears.'), ['21 days']);
  assert.deepEqual(deadlinesOf('He was jailed for 21 days after the verdict.'), []);
  // A state that holds now lasts till its date; a hope or a course is an outlook.
  assert.deepEqual(deadlinesOf('The country has banned onion exports till Dec. 31.'), ['till Dec. 31']);
  assert.deepEqual(deadlinesOf('She hoped a new provider would be in place by January.'), []);
  assert.deepEqual(deadlinesOf('Clearing is on course to fall by the end of 2025.'), []);
  // A level reached by a date is an outlook, unless required; an estimate is a forecast.
  assert.deepEqual(deadlinesOf('The ministry said the deficit would fall below 3% by 2027.'), []);
  assert.deepEqual(deadlinesOf('Member states must cut emissions 40% by 2030.'), ['by 2030']);
  assert.deepEqual(deadlinesOf('She estimated that inflation would climb back above 8% by December.'), []);
  assert.deepEqual(deadlinesOf('The council demanded that the mayor publish the cost estimates within 48 hours.'), ['within 48 hours']);
  // What may be done in a time is no limit; a window to act in, or one that runs out, is.
  assert.deepEqual(deadlinesOf('The airline said it could start flights within three weeks of receiving them.'), []);
  assert.deepEqual(deadlinesOf('Retaliatory duties could take effect within 48 hours of a breakdown.'), ['within 48 hours']);
  assert.deepEqual(deadlinesOf('The memo warns that service cuts could begin within 60 days if no deal is reached.'), ['within 60 days']);
  // A limit in the speaker's quoted words is the speaker's plan, whatever the writer's framing outside them.
  assert.deepEqual(deadlinesOf('Ruiz said she expected to “have paper on his desk by Thursday.”'), ['by Thursday']);
  assert.deepEqual(deadlinesOf('Ruiz said she expected to have paper on his desk by Thursday.'), []);
  assert.deepEqual(deadlinesOf('Ruiz said it was “likely to be signed by Thursday.”'), []);
  assert.deepEqual(deadlinesOf('The contract to run the grid is set to expire in June 2026.'), ['set to expire in June 2026']);
  assert.deepEqual(deadlinesOf('The trial is expected to end in March.'), []);
  // A quarter without its "end of" in the date: the limit still ends with it, and lies ahead.
  assert.deepEqual(analyze(' date 2025-11-18 BRUSSELS—The case must be closed by the end of the first quarter.').deadlines.map((d) => [d.text, d.due]), [['by the end of the first quarter', '2026-Q1']]);
  assert.deepEqual(valuesOf(' date 2025-11-18 BRUSSELS—She wants the case closed by the end of the first quarter. Profits rose in the first quarter.').map((v) => v[2]), ['2026-Q1', '2025-Q1']);
  // A state foretold in a time is no limit; something done or due in it is.
  assert.deepEqual(deadlinesOf('“If we say no on the 18th, we will be back here within a year, with less to sell.”'), []);
  assert.deepEqual(deadlinesOf('Without the loan, the plant would be idle within months.'), []);
  assert.deepEqual(deadlinesOf('Renewals would be due within 30 days of the vote, and refunds will be paid within 14 days.'), ['within 30 days', 'within 14 days']);
  // Still deadlines.
  assert.deepEqual(deadlinesOf('Cuts could begin within 60 days if no deal is reached.'), ['within 60 days']);
  assert.deepEqual(deadlinesOf('The office expected schools to stay open, and asked each to send a plan by this Friday.'), ['by this Friday']);
  assert.deepEqual(deadlinesOf('The offer is open until Friday.'), ['until Friday']);
  assert.deepEqual(deadlinesOf('The unit had given him until Nov. 30, 2024, to explain the test.'), ['until Nov. 30, 2024']);
  assert.deepEqual(deadlinesOf('Tenants have until Sept. 1 to leave, and the landlord will not wait until October.'), ['until Sept. 1']);
  assert.deepEqual(deadlinesOf('The firm was ordered to repay the loans by Nov. 1.'), ['by Nov. 1']);
  assert.deepEqual(deadlinesOf('If the union does not return by Monday, fines follow.'), ['by Monday']);
});

test('deadlines: a window of days, a date with "unless", a window that shuts at a time', () => {
  const deadlinesOf = (body: string) => analyze(DATED(body)).deadlines.map((d) => [d.text, d.due]);
  assert.deepEqual(deadlinesOf('The agency reopened bidding with a 21-day filing window. Critics said the 21-day window was short.'), [['21-day filing window', 'P21D']]);
  assert.deepEqual(deadlinesOf('Sanctions will take effect on Sept. 2 unless the prisoners are freed.'), [['on Sept. 2 unless', '2025-09-02']]);
  assert.deepEqual(deadlinesOf('The deadline for objections is Sept. 19, and the deadline is firm.'), [['deadline for objections is Sept. 19', '2025-09-19']]);
  assert.deepEqual(deadlinesOf('Buyers must bid before the auction window closes at 5 p.m. on Thursday.'), [['window closes at 5 p.m. on Thursday', '2025-08-14T17:00']]);
  assert.deepEqual(deadlinesOf('The union said voting would close at 6 p.m. on Monday.'), [['voting would close at 6 p.m. on Monday', '2025-08-11T18:00']]);
});

test('a clock time is its own expression, on the day written with it; the day alone is a date; a day before its time is one with it', () => {
  assert.deepEqual(valuesOf(DATED('The offer lapses on Sept. 3 at noon, and bids will close at 9 p.m. on Monday. The board meets Monday at 5 p.m.')), [
    ['Sept. 3 at noon', 'TIME', '2025-09-03T12:00'],
    ['9 p.m.', 'TIME', '2025-08-11T21:00'],
    ['Monday', 'DATE', '2025-08-11'],
    ['Monday at 5 p.m.', 'TIME', '2025-08-11T17:00'],
  ]);
  assert.deepEqual(analyze(DATED('The offer lapses on Sept. 3 at noon.')).deadlines.map((d) => [d.text, d.due]), [['lapses on Sept. 3 at noon', '2025-09-03T12:00']]);
  // A time that opens the next sentence is not the weekday's.
  assert.deepEqual(valuesOf(DATED('The strike ended on Monday. At 9 a.m. the crews left.')).map(([text, , value]) => [text, value]), [['Monday.', '2025-08-04'], ['9 a.m.', '2025-08-04T09:00']]);
  // Written with no word between, the time and its day are one deadline too.
  assert.deepEqual(analyze(DATED('Lenders gave the firm until midnight Sunday.')).deadlines.map((d) => [d.text, d.due]), [['until midnight Sunday', '2025-08-10T24:00']]);
  assert.deepEqual(valuesOf('Polls close at 8 p.m. on Sunday.'), [['8 p.m.', 'TIME', null], ['Sunday', 'DATE', null]]);
  // A clock time alone is on the day its paragraph gave before it, else on the article date (2025-08-08).
  assert.deepEqual(valuesOf(DATED('The vote will be on Tuesday. The debate opens at 10 a.m.\n\nShares rose at 11 a.m.')).map(([text, , value]) => [text, value]), [['Tuesday', '2025-08-12'], ['10 a.m.', '2025-08-12T10:00'], ['11 a.m.', '2025-08-08T11:00']]);
  // Minutes kept on a weekday, and the zone the time is told in stays with the time.
  assert.deepEqual(valuesOf(DATED('The window shut at 11:59 p.m. ET on Wednesday.')), [['11:59 p.m. ET', 'TIME', '2025-08-06T23:59'], ['Wednesday', 'DATE', '2025-08-06']]);
  // "12 noon": the hour written before the clock word is the time's, and "until" before it makes the limit.
  assert.deepEqual(analyze(DATED('Bidders have until 12 noon on Sept. 12 to file.')).deadlines.map((d) => [d.text, d.due]), [['until 12 noon on Sept. 12', '2025-09-12T12:00']]);
  // Minutes after a full stop, as British and Indian copy write them.
  assert.deepEqual(valuesOf(DATED('The fire broke out at 4.30 p.m. on Wednesday.')), [['4.30 p.m.', 'TIME', '2025-08-06T16:30'], ['Wednesday', 'DATE', '2025-08-06']]);
  // A window that closes on a weekday is a limit ahead, after past narration too (2025-08-08 is a Friday).
  assert.deepEqual(valuesOf(DATED('The airline had until Tuesday to reply. Applications for compensation close Thursday.')).map((v) => v[2]), ['2025-08-12', '2025-08-14']);
  // A zone's offset is the time's too: "GMT+1" never starts the next date's span.
  assert.deepEqual(valuesOf(DATED('The notice was updated at 3:42 PM GMT+1, February 4, 2026.')).map((v) => v[0]), ['3:42 PM GMT+1', 'February 4, 2026']);
  assert.deepEqual(valuesOf(DATED('The notice was posted at 9:05 AM UTC-5 on March 2, 2026.')).map((v) => v[0]), ['9:05 AM UTC-5', 'March 2, 2026']);
});

test('a clock time that ends a sentence is not on the day that opens the next one', () => {
  // 2025-08-08 is a Friday; the session was on Tuesday, the vote on Wednesday.
  assert.deepEqual(valuesOf(DATED('On Tuesday the session ran past midnight. On Wednesday, the council voted.')), [
    ['Tuesday', 'DATE', '2025-08-05'],
    ['midnight', 'TIME', '2025-08-05T24:00'],
    ['Wednesday', 'DATE', '2025-08-06'],
  ]);
  assert.deepEqual(valuesOf(DATED('On Tuesday the talks ended at 10 p.m. On Wednesday, the council voted.')).map((v) => v[2]), ['2025-08-05', '2025-08-05T22:00', '2025-08-06']);
  // Written as one, the time and its day stay one.
  assert.deepEqual(valuesOf(DATED('The talks resume at 10 p.m. Monday.')).map((v) => v[2]), ['2025-08-11T22:00', '2025-08-11']);
});

test('a limit in a condition is a deadline whatever the tense, and "the end of" a period is one too', () => {
  const deadlines = (body: string) => analyze(DATED(body)).deadlines.map((d) => [d.text, d.due]);
  assert.deepEqual(deadlines('The regulator warned it could revoke the licence if the firm did not file its report by this Friday.'), [['by this Friday', '2025-08-08']]);
  assert.deepEqual(deadlines('Buyers may walk away if the plant was not running by the end of 2029.'), [['by the end of 2029', '2029']]);
  assert.deepEqual(deadlines('She urged the agency to finish the study no later than the end of the year.'), [['no later than the end of the year', '2025']]);
  assert.deepEqual(deadlines('The council wants a budget by the end of the month.'), [['by the end of the month', '2025-08']]);
  assert.deepEqual(deadlines('It warned the firm it could lose its licence if it did not deliver an account of a breach that hit 2 million customers by this Friday.'), [['by this Friday', '2025-08-08']]);
  // A state reached, or how long something lasted, in past narration is still no deadline; time given to act is one.
  assert.deepEqual(deadlines('Prices had risen 5 percent by June. Its adverts ran every week until last month, promising safety.'), []);
  assert.deepEqual(deadlines('The agency had given him until Aug. 1 to explain the result.'), [['until Aug. 1', '2025-08-01']]);
});

test('a need by a date is a limit in past narration, and a clause that must be done is one whatever an aside before it forecasts', () => {
  const deadlines = (body: string) => analyze(DATED(body)).deadlines.map((d) => [d.text, d.due]);
  assert.deepEqual(deadlines('The transit authority warned lawmakers it needed $770 million by the end of the year.'), [['by the end of the year', '2025']]);
  assert.deepEqual(deadlines('The deal, which analysts expect to pass, must be signed by the end of the year.'), [['by the end of the year', '2025']]);
  assert.deepEqual(deadlines('The lenders expect the reforms to be finished by the end of the year.'), []);
});

test('a bare month and day looking ahead is still the one just gone when the next is most of a year away', () => {
  // 2025-08-08: "Aug. 1" ahead would be 2026; a week back it is the one meant.
  assert.deepEqual(valuesOf(DATED('The agency had asked the firm to file its report by Aug. 1, then moved the deadline to Friday.')).map((v) => v[2]), ['2025-08-01', '2025-08-08']);
  assert.deepEqual(valuesOf(DATED('The firm must file its report by Oct. 1.')).map((v) => v[2]), ['2025-10-01']);
});

test('"expected X to start on Thursday" looks ahead, whatever stands between the verb and "to"', () => {
  assert.deepEqual(valuesOf(DATED('A spokesman said the party expected the first round of talks to start on Thursday.')), [['Thursday', 'DATE', '2025-08-14']]);
});

test('the subject of a passive giving is the one given the time, not who set it', () => {
  const [deadline] = analyze(DATED('The port operator Havenwerk was given until Monday to restore service, the Transport Ministry said.')).deadlines;
  assert.equal(deadline.text, 'until Monday');
  assert.equal(deadline.imposedOn, 'havenwerk');
  assert.notEqual(deadline.setBy, 'havenwerk');
  const [active] = analyze(DATED('The mayor gave the Transit Union until Friday to accept.')).deadlines;
  assert.equal(active.imposedOn, 'transit-union');
});

test('who set a limit: the subject of the clause that gives it, a place’s official for the place, never the owner of who was given it', () => {
  const setters = (body: string) => analyze(DATED(body)).deadlines.map((d) => [d.text, d.setBy, d.imposedOn]);
  assert.deepEqual(setters('Secretary Rafael Montoya spoke. Residents of Las Cruces were told not to drink the water, and New Mexico’s environment secretary gave the city’s utility until Monday to explain.'), [['until Monday', 'rafael-montoya', null]]);
  assert.deepEqual(setters('The Sacramento Educators Union met. The board had given the union’s bargaining team until Feb. 14 to accept it.'), [['until Feb. 14', null, 'sacramento-educators-union']]);
});

test('urging others to act before a deadline expires sets nothing: the deadline is the one told of before on that day, or nobody’s', () => {
  const setters = (body: string) => analyze(DATED(body)).deadlines.map((d) => [d.text, d.setBy]);
  assert.deepEqual(setters('The Hague has urged both parties to reach an agreement before the deadline expires on Aug. 30.'), [['expires on Aug. 30', null]]);
  assert.deepEqual(setters('The Transit Union gave the city until Friday to respond. The Hague urged calm before the deadline expires on Friday.'), [
    ['until Friday', 'transit-union'],
    ['expires on Friday', 'transit-union'],
  ]);
  assert.deepEqual(setters('Brussels set a deadline that expires on Aug. 30.'), [['expires on Aug. 30', 'brussels']]);
  // An ultimatum runs out as a deadline expires.
  assert.deepEqual(setters('The Commission called on Kenya to act before the ultimatum runs out on Friday.'), [['runs out on Friday', null]]);
});

test('a subject that missed a limit or suffered for it did not set it', () => {
  const setters = (body: string) => analyze(DATED(body)).deadlines.map((d) => [d.text, d.setBy]);
  assert.deepEqual(setters('Eastbrook Rovers missed an earlier deadline of July 31.'), [['deadline of July 31', null]]);
  assert.deepEqual(setters('Eastbrook Rovers were fined after the Aug. 1 deadline passed.'), [['Aug. 1 deadline', null]]);
  // A deadline's date stated in a clause of its own is not set by that clause's subject.
  assert.deepEqual(setters('Lumora Inc. said it would file its response before the deadline, which falls on Aug. 29.'), [['deadline, which falls on Aug. 29', null]]);
  // An abbreviation's full stop before the time given ends no clause.
  assert.deepEqual(setters('The European Commission gave Lumora Inc. 10 working days to respond.'), [['10 working days', 'european-commission']]);
  // A subject that must act is bound by the limit.
  assert.deepEqual(setters('Under the decree, Eastbrook Rovers must also appoint a monitor within 60 days.'), [['within 60 days', null]]);
  assert.deepEqual(setters('Eastbrook Rovers have to register the players by Friday.'), [['by Friday', null]]);
  // Whoever expects another to meet a limit may have set it.
  assert.deepEqual(setters('The European Commission expected Lithuania to meet a June 30 deadline.'), [['June 30 deadline', 'european-commission']]);
});

test('a cutoff is named as a deadline is, and a window closes after what it is for', () => {
  const deadlines = (body: string) => analyze(DATED(body)).deadlines.map((d) => [d.text, d.due]);
  assert.deepEqual(deadlines('The club missed an earlier cutoff of July 31.'), [['cutoff of July 31', '2025-07-31']]);
  assert.deepEqual(deadlines('The window for appeals closes at noon on Aug. 22.'), [['window for appeals closes at noon on Aug. 22', '2025-08-22T12:00']]);
});

test('a role right before the verb that sets a limit is its holder’s, in a headline’s later clause too', () => {
  const text = 'Nurses Walk Out as Minister Sets Friday Deadline\n\n date 2025-08-08 MADRID—Health Minister Ana Ruiz on Tuesday ordered the nurses back to work.';
  assert.deepEqual(analyze(text).deadlines.map((d) => [d.text, d.setBy]), [['Friday Deadline', 'ana-ruiz']]);
});

test('a limit in a quotation that names no setter is the speaker’s, unless the speaker has the time', () => {
  const setters = (body: string) => analyze(DATED(body)).deadlines.map((d) => [d.text, d.setBy]);
  // A condition explained by a speaker sets nothing; nor does the subject that may fail to meet it.
  assert.deepEqual(setters('Lumora Inc. appealed. “If Lumora doesn’t comply within a fortnight of the decision, the penalties start,” said Hans Vogel, a lawyer.'), [['within a fortnight', null]]);
  assert.deepEqual(setters('Pellam Foods missed a deadline. “They have until Friday to fix this,” said Jane Okoro, the authority’s chief executive.'), [['until Friday', 'jane-okoro']]);
  assert.deepEqual(setters('Pellam Foods missed a deadline. “We have until Friday to respond,” said Tom Reyes, the company’s lawyer.'), [['until Friday', null]]);
});

test('a setter is the subject’s head or nobody: not a name in its modifier, not a place for its unnamed body', () => {
  const setters = (body: string) => analyze(DATED(body)).deadlines.map((d) => [d.text, d.setBy, d.imposedOn]);
  // "at Europe’s largest port" modifies the unnamed dock workers.
  assert.deepEqual(setters('Dock workers at Europe’s largest port gave the harbor authority until Thursday to improve its pay offer, union leaders said.').map(([text, setBy]) => [text, setBy]), [['until Thursday', null]]);
  // "Sweden’s maritime regulator" is a body the text does not name, not Sweden.
  assert.deepEqual(setters('Sweden’s maritime regulator on Tuesday fined the operator and ordered it to submit a new timetable within two weeks.').map(([text, setBy]) => [text, setBy]), [['within two weeks', null]]);
  // A place's body that the text names, after it or in apposition, is the setter; not the one given the time.
  assert.deepEqual(setters('Britain’s competition regulator gave Pellam Foods 14 days to respond. The Competition and Markets Authority said the firm had breached its undertakings.'), [['14 days', 'competition-and-markets-authority', 'pellam-foods']]);
  assert.deepEqual(setters('Britain’s competition regulator, the Competition and Markets Authority, gave Pellam Foods 14 days to respond.').map(([text, setBy]) => [text, setBy]), [['14 days', 'competition-and-markets-authority']]);
  assert.deepEqual(setters('Britain’s competition regulator gave Pellam Foods 14 days to respond.').map(([text, setBy]) => [text, setBy]), [['14 days', null]]);
  // An official named in apposition is the setter; an agent ("issued by") or the author of a demand is no modifier.
  assert.deepEqual(setters('Alberta’s superintendent of insurance, Mark Delorme, has given Northgate 30 days to hand over its guidelines.').map(([text, setBy]) => [text, setBy]), [['30 days', 'mark-delorme']]);
  assert.deepEqual(setters('The order, issued by the Kerala Health Department, gives pharmacies until March 31 to relabel stock.').map(([text, setBy]) => [text, setBy]), [['until March 31', 'kerala-health-department']]);
  assert.deepEqual(setters('The bank rejected a demand from Congress that it explain the sale within 15 days.').map(([text, setBy]) => [text, setBy]), [['within 15 days', 'congress']]);
  // A place's government is the place, however qualified.
  assert.deepEqual(setters('Ghana’s government gave the miners until Friday to leave.').map(([text, setBy]) => [text, setBy]), [['until Friday', 'ghana']]);
  assert.deepEqual(setters('Mali’s military government on Tuesday issued a 72-hour ultimatum to the miners.').map(([text, setBy]) => [text, setBy]), [['72-hour ultimatum', 'mali']]);
});

test('"the agency" that gives the time is the organization named before it; the subject that "has until" a day must act', () => {
  const setters = (body: string) => analyze(DATED(body)).deadlines.map((d) => [d.text, d.setBy, d.imposedOn]);
  assert.deepEqual(setters('The National Highway Traffic Safety Administration opened an investigation in July. The agency gave Voltara until Nov. 30 to provide documents.'), [['until Nov. 30', 'national-highway-traffic-safety-administration', 'voltara']]);
  assert.deepEqual(setters('The Football Association has until Friday to decide whether to charge Liverpool.'), [['until Friday', null, 'football-association']]);
  assert.deepEqual(setters('Abdirahman Farah, chairman of the Matatu Owners Association, spoke. The association has until Sunday to file notice.').map(([text, setBy]) => [text, setBy]), [['until Sunday', null]]);
});

test('in an undated article, "three days later" counts from a month and day without its year, unless a February 29 would decide it', () => {
  const values = (text: string) => analyze(text).dates.map((d) => `${d.text}=${d.value}`);
  assert.deepEqual(values('It moved the deadline to Feb. 14. Three days later the first batch left.'), ['Feb. 14=XXXX-02-14', 'Three days later=XXXX-02-17']);
  assert.deepEqual(values('The plant shut on Feb. 27. Three days later it reopened.'), ['Feb. 27=XXXX-02-27', 'Three days later=null']);
});

test('"three days later" after a date with no known day counts from nothing, not from an older day', () => {
  const values = analyze('The budget passed on June 15. When the council last faced a shutdown, in 2014, members met on a Sunday night; three days later, the state stepped in.').dates.map((d) => `${d.text}=${d.value}`);
  assert.deepEqual(values.slice(-1), ['three days later=null']);
});

test('"agreed", whose -eed the -ed rule leaves out, is a past like any other: "the deal agreed in December takes effect in April"', () => {
  assert.deepEqual(valuesOf(' date 2025-02-10 PARIS—The deal agreed in December takes effect in April.').map(([text, , value]) => [text, value]), [['December', '2024-12'], ['April', '2025-04']]);
});

test('short regular pasts such as "used" and "owed" set the tense like any other', () => {
  const values = analyze(' date 2025-03-05 WARSAW—Orłowski used Monday night’s broadcast to tell viewers the show would go on.').dates.map((d) => `${d.text}=${d.value}`);
  assert.deepEqual(values, ['Monday night=2025-03-03TNI']);
});

test('a kind of day between amount and unit, and "at least a year", are durations', () => {
  assert.deepEqual(valuesOf(DATED('Bids are due within 12 business days; the mine stays shut for at least a year.')), [
    ['12 business days', 'DURATION', 'P12D'],
    ['a year', 'DURATION', 'P1Y'],
  ]);
});

test('deadlines: "within the N days", a possessive’s window and a period that runs out', () => {
  const deadlines = (body: string) => analyze(DATED(body)).deadlines.map((d) => [d.text, d.due]);
  assert.deepEqual(deadlines('Operators must report faults within the 10 days the code allows.'), [['within the 10 days', 'P10D']]);
  assert.deepEqual(deadlines('Insurers must settle claims within the statutory 30 days.'), [['within the statutory 30 days', 'P30D']]);
  assert.deepEqual(deadlines('Sales rose within the last 30 days.'), []);
  assert.deepEqual(deadlines('Bidders filed before the agency’s seven-day window for objections shut.'), [['seven-day window', 'P7D']]);
  assert.deepEqual(deadlines('The permit will be revoked when the 45-day period expires.'), [['45-day period', 'P45D']]);
  assert.deepEqual(deadlines('The 45-day period was long.'), []);
  assert.deepEqual(deadlines('Tenants may object until the 60-day comment period has lapsed.'), [['60-day comment period', 'P60D']]);
  assert.deepEqual(deadlines('Staff got a 30-day trial period.'), []);
});

test('deadlines: the overrun a condition tolerates is a grace period; an overrun that happened is none', () => {
  const deadlines = (body: string) => analyze(DATED(body)).deadlines.map((d) => [d.text, d.due]);
  assert.deepEqual(deadlines('The lender may call in the loan if the plant opens its gates late by more than 90 days.'), [['90 days', 'P90D']]);
  assert.deepEqual(deadlines('Under the lease, the city can take the site back unless the builder overruns the schedule by over six months.'), [['six months', 'P6M']]);
  assert.deepEqual(deadlines('The ferry missed its sailing date by more than 60 days.'), []);
  assert.deepEqual(deadlines('The ruling could delay the mine by at least two years.'), []);
  // An inverted condition is a condition: "should delivery slip by more than 30 days" is "if delivery slips …".
  assert.deepEqual(deadlines('Under the contract, should delivery slip by more than 30 days, the agreement lapses.'), [['30 days', 'P30D']]);
  assert.deepEqual(deadlines('Should the launch be delayed by more than 60 days, the agency may cancel it.'), [['60 days', 'P60D']]);
  assert.deepEqual(deadlines('The rocket should not be delayed by more than 30 days, he said.'), []);
});

test('an amount of one unit after "by" is a duration: "pushed the launch back by a month"', () => {
  assert.deepEqual(valuesOf(DATED('The board pushed the launch back by a month; fares rose $2 a day.')), [['a month', 'DURATION', 'P1M']]);
});

test('deadlines: "the 48-hour window" names again a window given as a bare duration, not one introduced as a window', () => {
  const deadlines = (body: string) => analyze(DATED(body)).deadlines.map((d) => [d.text, d.due]);
  assert.deepEqual(deadlines('The state gave factories 48 hours to submit plans. Villarreal called the 48-hour window “impossible.”'), [
    ['48 hours', 'PT48H'],
    ['48-hour window', 'PT48H'],
  ]);
  assert.deepEqual(deadlines('The agency opened a 30-day application window. Raman argued that the 30-day window favoured large universities.'), [['30-day application window', 'P30D']]);
  assert.deepEqual(deadlines('Villarreal said the 48-hour window was too short.'), []);
});

test('deadlines: a headline giving time with no action after it ("Egypt Gives Owner 48 Hours") is a window', () => {
  const deadlines = (text: string) => analyze(text).deadlines.map((d) => [d.text, d.due]);
  assert.deepEqual(deadlines('Ship Blocks Canal, Egypt Gives Owner 48 Hours\n\nEgypt gave the owner 48 hours to present a plan.'), [
    ['48 Hours', 'PT48H'],
    ['48 hours', 'PT48H'],
  ]);
  assert.deepEqual(deadlines('Regulator Gives Owner 48 Hours: What Comes Next\n\nThe regulator acted.'), [['48 Hours', 'PT48H']]);
  assert.deepEqual(deadlines('The club gave fans 48 hours of music.'), []);
  assert.deepEqual(deadlines('Fans Given 48 Hours Of Music\n\nIt was loud.'), []);
});

test('a month or month-day named again takes the year of its first mention; "beyond May" and "pencilled in for" look ahead', () => {
  const at = (date: string, body: string) => valuesOf(` date ${date} GENEVA—${body}`).map(([text, , value]) => [text, value]);
  assert.deepEqual(at('2025-11-12', 'The ban, backdated to March 4, rules him out. His results from March 4 onward are annulled, and he must repay the money.'), [
    ['March 4', '2025-03-04'],
    ['March 4', '2025-03-04'],
  ]);
  assert.deepEqual(at('2025-09-16', 'The unions are threatening a strike from Oct. 6. Benali said the notice for the October strike would be filed soon.'), [
    ['Oct. 6', '2025-10-06'],
    ['October', '2025-10'],
  ]);
  assert.deepEqual(at('2025-03-05', 'Advertisers had begun asking for exit clauses in contracts running beyond May.'), [['May', '2025-05']]);
  assert.deepEqual(at('2025-10-14', 'He said a hearing had been pencilled in for Nov. 18.'), [['Nov. 18', '2025-11-18']]);
  // A past-tense sentence in an article of early in the year: last year's October.
  assert.deepEqual(at('2025-03-05', 'The company filed for bankruptcy in October, and its founder had resigned in December.'), [['October', '2024-10'], ['December', '2024-12']]);
  // A bare month after a bare month keeps its own tense.
  assert.deepEqual(at('2025-03-05', 'The plant opened in October. The company expects to finish a second plant in October.'), [['October', '2024-10'], ['October', '2025-10']]);
});

test('a weekday with no tense around it is the same day as that weekday named before', () => {
  const at = (body: string) => valuesOf(` date 2025-10-14 SAN ANTONIO—${body}`).map(([text, , value]) => [text, value]);
  // 2025-10-14 is a Tuesday.
  assert.deepEqual(at('The council gave the club until this Friday to pay. “Friday is when the trust runs out,” the mayor said.'), [
    ['this Friday', '2025-10-17'],
    ['Friday', '2025-10-17'],
  ]);
  // Without an earlier mention, or with a tense of its own, the weekday keeps its reading.
  assert.deepEqual(at('“Friday is when the trust runs out,” the mayor said.'), [['Friday', '2025-10-10']]);
  assert.deepEqual(at('The club will pay on Friday. The fans protested on Friday.'), [['Friday', '2025-10-17'], ['Friday', '2025-10-10']]);
});

test('deadlines: a deadline said to be moved names the new date; one asked to be moved does not', () => {
  const model = analyze(DATED('The chamber asked for the deadline to be extended to the end of January. The deadline was pushed back to Monday.'));
  assert.deepEqual(model.deadlines.map((d) => [d.text, d.due]), [['deadline was pushed back to Monday', '2025-08-11']]);
});

test('years from the 1600s on and their decades; "another fortnight" is a length', () => {
  assert.deepEqual(valuesOf(DATED('The masks were taken in 1874 and sold in the 1890s. Now it is another fortnight.')), [
    ['1874', 'DATE', '1874'],
    ['1890s', 'DATE', '189'],
    ['another fortnight', 'DURATION', 'P2W'],
  ]);
});

test('a date in the condition of what would happen, or in what someone is called on to do, looks ahead', () => {
  assert.deepEqual(valuesOf(DATED('A spokeswoman said the opening would be moved to September if the objects arrived in July.')), [
    ['September', 'DATE', '2025-09'],
    ['July', 'DATE', '2026-07'],
  ]);
  assert.deepEqual(valuesOf(DATED('He called on the minister to attend the Aug. 24 meeting in person.')), [['Aug. 24', 'DATE', '2025-08-24']]);
  assert.deepEqual(valuesOf(DATED('The masks arrived in July.')), [['July', 'DATE', '2025-07']]);
});

test('deadlines: a limit in someone’s order is set by whoever gave the order, not by the subject that rejects it', () => {
  const model = analyze(DATED('The drivers’ association on Thursday rejected Governor Peter Otieno’s order to install card readers by this Friday.'));
  const otieno = model.actors.find((a) => a.name === 'Peter Otieno')!;
  assert.deepEqual(model.deadlines.map((d) => [d.text, d.setBy]), [['by this Friday', otieno.id]]);
});

test('"on the 18th": a day of the month the text is in, counted from the date before it', () => {
  const at = (body: string) => valuesOf(` date 2025-10-02 LISBON—${body}`).map(([text, , value]) => [text, value]);
  assert.deepEqual(at('Members vote on Oct. 18. “If we say no on the 18th, we will be back here,” he said.'), [
    ['Oct. 18', '2025-10-18'],
    ['the 18th', '2025-10-18'],
  ]);
  assert.deepEqual(at('“We will be there on the 18th, and we will be loud,” she said.'), [['the 18th', '2025-10-18']]);
  assert.deepEqual(at('Payments are due by the 1st.'), [['the 1st', '2025-11-01']]);
  // A month named in an earlier paragraph is not the month of "the 21st".
  assert.deepEqual(at('The union met on Sept. 1.\n\n“We have until the 21st,” he said.'), [['Sept. 1', '2025-09-01'], ['the 21st', '2025-10-21']]);
  // Not a day: "the 18th century", "the 5th floor", "the 18th of October" (a date chrono reads whole).
  assert.deepEqual(at('The house, built in the 18th century, burned on the 5th floor.'), []);
  assert.deepEqual(at('They meet on the 18th of October.').map(([, value]) => value), ['2025-10-18']);
});

test('"spent a decade" is a length; "well before spring" is a season', () => {
  const at = (body: string) => valuesOf(` date 2025-02-04 MONTERREY—${body}`).map(([text, type, value]) => [text, type, value]);
  assert.deepEqual(at('A habit the bank has spent a decade trying to break.'), [['a decade', 'DURATION', 'P10Y']]);
  assert.deepEqual(at('The utility hoped to lift the restrictions well before spring.'), [['spring', 'DATE', '2025-SP']]);
  assert.deepEqual(at('Crops grow in spring 2026.').filter(([text]) => text === 'spring'), []);
  // Past narration of what is not expected to happen yet looks ahead: the next spring (the article is of 2025-11-05).
  assert.deepEqual(valuesOf(' date 2025-11-05 SPRINGFIELD—Aides said privately that the legislature was unlikely to act before the spring session.'), [['the spring', 'DATE', '2026-SP']]);
  assert.deepEqual(valuesOf(' date 2025-11-05 SPRINGFIELD—Aides said the legislature was unlikely to act before March.'), [['March', 'DATE', '2026-03']]);
});

test('TIMEX3 conventions: "every quarter" is a set, midnight ends its day, "years ago" is a year, "up to a year" a length', () => {
  assert.deepEqual(valuesOf(DATED('The board meets every quarter; refunds are valid for up to a year.')), [
    ['every quarter', 'SET', 'P3M'],
    ['a year', 'DURATION', 'P1Y'],
  ]);
  // 2025-08-08 is a Friday: the strike began as Sunday ended.
  assert.deepEqual(valuesOf(DATED('Workers walked out at midnight on Sunday. A similar deal failed two years ago.')).map(([text, , value]) => [text, value]), [
    ['midnight', '2025-08-03T24:00'],
    ['Sunday', '2025-08-03'],
    ['two years ago', '2023'],
  ]);
});

test('a headline weekday is the day its story tells of, not one read from the headline’s present tense', () => {
  const text = 'Union Strikes After Council Lets Sunday Deadline Pass\n\n date 2025-08-08 LAGOS—The union walked out on Sunday after the council let its deadline lapse.';
  assert.deepEqual(valuesOf(text, '2025-08-08').map(([text, , value]) => [text, value]), [
    ['Sunday', '2025-08-03'],
    ['Sunday', '2025-08-03'],
  ]);
});

test('deadlines: a possessive weekday, a deadline "at" a period’s end, "set to lapse at"; not an extension only asked for', () => {
  const deadlinesOf = (body: string) => analyze(DATED(body)).deadlines.map((d) => [d.text, d.due]);
  assert.deepEqual(deadlinesOf('Asked whether she would extend Friday’s deadline, she said no.'), [['Friday’s deadline', '2025-08-08']]);
  assert.deepEqual(deadlinesOf('Lawmakers are racing a Commission deadline at the end of the month.'), [['deadline at the end of the month', '2025-08']]);
  assert.deepEqual(analyze(DATED('Poland is racing a European Commission deadline at the end of the month.')).deadlines.map((d) => d.setBy), ['european-commission']);
  assert.deepEqual(deadlinesOf('The aid is set to lapse at the end of the year.'), [['set to lapse at the end of the year', '2025']]);
  assert.deepEqual(deadlinesOf('The permit runs out soon, and the company has asked for it to be extended until the end of the year.'), []);
});

test('"each" repeats as "every" does; a weekday inside a name is none', () => {
  assert.deepEqual(valuesOf(DATED('Policies renew each spring and pay out each year.')), [
    ['each spring', 'SET', 'XXXX-SP'],
    ['each year', 'SET', 'P1Y'],
  ]);
  assert.deepEqual(valuesOf(DATED('Minutes seen by the Sunday Beacon show delays; talks resume on the Monday after.')).map(([text]) => text), ['Monday']);
});

test('the dateline city sets no deadline: the subject of the giving clause does', () => {
  const model = analyze('LAGOS, Nigeria, March 11 (Reuters) - The Nigerian Ports Authority gave the shipowner 48 hours to move the vessel.');
  assert.deepEqual(model.deadlines.map((d) => [d.text, model.actors.find((a) => a.id === d.setBy)?.name]), [['48 hours', 'Nigerian Ports Authority']]);
  // The clause that gives the time starts at "as".
  const joined = analyze('Traffic stopped, the Canal Authority said, as Egypt gave the owner 48 hours to present a plan.');
  assert.deepEqual(joined.deadlines.map((d) => joined.actors.find((a) => a.id === d.setBy)?.name), ['Egypt']);
});

test('months: a month just ahead when no tense says which, "the January increase" is the January told of, "for 2029" is a year', () => {
  // 2025-08-08; "have contracted" is no past narration.
  assert.deepEqual(valuesOf(DATED('Exporters must declare every cargo they have contracted for October and November.')).map(([text, , value]) => [text, value]), [['October', '2025-10'], ['November', '2025-11']]);
  assert.deepEqual(valuesOf(DATED('A further rise is scheduled for January. An official said the January increase was needed.')).map(([text, , value]) => [text, value]), [
    ['January', '2026-01'],
    ['January', '2026-01'],
  ]);
  assert.deepEqual(valuesOf(DATED('The council gave the government 30 days to scrap the January increase.')).map(([text, , value]) => [text, value]), [['30 days', 'P30D'], ['January', '2026-01']]);
  assert.deepEqual(valuesOf(DATED('The ministry was considering a smaller increase in January.')).map(([, , value]) => value), ['2026-01']);
  assert.deepEqual(valuesOf(DATED('The plant was originally scheduled for 2029.')).map(([, , value]) => value), ['2029']);
});

test('a month naming an event in doubt or in prospect ("a September cut") is ahead, whatever the tense of the telling; "in a November referendum" is when', () => {
  const months = (body: string) => valuesOf(DATED(body)).map(([, , value]) => value);
  assert.deepEqual(months('Economists said a September cut was far from certain.'), ['2025-09']);
  assert.deepEqual(months('She doubted a December hike.'), ['2025-12']);
  assert.deepEqual(months('The union is planning an October strike.'), ['2025-10']);
  assert.deepEqual(months('Voters rejected a possible deal in a November referendum.'), ['2024-11']);
  assert.deepEqual(months('He recalled a September cut in rates that had failed.'), ['2024-09']);
});

test('a deadline told of as missed lies back; one that firms "that missed" it would pay for may come', () => {
  const dueOf = (body: string) => analyze(DATED(body), { referenceDate: null }).deadlines.map((d) => d.due);
  // 2025-08-08 is a Friday: the Wednesday before, the Wednesday after.
  assert.deepEqual(dueOf('Costs rose after the shipyard missed the minister’s Wednesday deadline.'), ['2025-08-06']);
  assert.deepEqual(dueOf('Companies that missed the Wednesday deadline would lose their licences.'), ['2025-08-13']);
  assert.deepEqual(dueOf('Shipments could slip below 20 million tonnes by 2026, she said.'), []);
});

test('through a paragraph cache, dates after any edit are those of a fresh analysis; those before it are kept', () => {
  const article = [
    'Minister Faces Friday Vote After Talks',
    ' date 2025-08-08 BRUSSELS—The deal was backdated to March 4, officials said on Tuesday.',
    'Ana Ruiz said the talks would resume on Friday. Three days later the board meets.',
    'Results from March 4 onward were revised. The October strike was called off.',
    'A strike from Oct. 6 was announced. The ministry set a deadline of 5 p.m. on Friday.',
    '“Friday is when the trust runs out,” she said. The fund closes in January.',
  ].join('\n\n');
  const cache = new ParagraphCache();
  const analyzed = (text: string, referenceDate: string | null = '2025-08-08') => {
    const dates = analyze(text, { cache, referenceDate }).dates;
    assert.deepEqual(dates, analyze(text, { referenceDate }).dates, text);
    return dates;
  };
  let text = article;
  analyzed(text);
  // Keystrokes in a name: from the second on, the paragraphs before it keep their dates.
  let headlineDate: object | undefined;
  for (const edited of ['Ana Ruizs said', 'Ana Ruiz said', 'Ana Rui said']) {
    text = text.replace(/Ana Rui\w* said/, edited);
    const dates = analyzed(text);
    if (headlineDate) assert.equal(dates[0], headlineDate);
    headlineDate = dates[0];
  }
  // Then edits in a date the paragraphs after it read ("March 4" gives the year), paragraphs added and removed, the article date changed.
  for (const [from, to] of [
    ['backdated to March 4', 'backdated to March 14'],
    ['backdated to March 14', 'backdated to March 4, 2024'],
    ['on Tuesday.', 'on Tuesday.\n\nThe vote came on Friday, March 7.'],
    ['resume on Friday', 'resume on Thursday'],
    ['\n\nThe vote came on Friday, March 7.', ''],
    ['Oct. 6', 'Oct. 16'],
    ['Three days later', '\n\nThree days later'],
    ['Ana Rui said', 'Ana Ruiz said'],
    ['Ana Ruiz said the talks', 'Ana Ruiz left.\n\nShe said the talks'],
    ['Ana Ruiz left.\n\nShe said the talks', 'Ana Ruiz said the talks'],
    ['2025-08-08', '2025-09-01'],
    ['Minister Faces', 'Minister Now Faces'],
    [' date 2025-09-01 BRUSSELS—', ''],
  ]) {
    text = text.replace(from, to);
    analyzed(text);
  }
  // Without a dateline the setting is the article date.
  analyzed(text, '2025-01-01');
  analyzed(text.replace('Ana Rui said', 'Ana Ruiz said'), '2025-01-01');
});

test('through a paragraph cache, a deadline set by a role ("the mayor’s Friday deadline") is set by its holder of a fresh analysis after an edit to anyone’s roles', () => {
  const cache = new ParagraphCache();
  const setters = (first: string, judge: string) => {
    const text = [
      'Officials Weigh Next Steps',
      ` date 2025-08-08 BRUSSELS—${first} spoke on Monday about the plan.`,
      `Mayor Carl Holm also spoke, and ${judge} listened.`,
      'Firms raced to meet the mayor’s Friday deadline, officials said.',
    ].join('\n\n');
    const { deadlines } = analyze(text, { cache, referenceDate: '2025-08-08' });
    assert.deepEqual(deadlines, analyze(text, { referenceDate: '2025-08-08' }).deadlines, text);
    return deadlines.map((d) => d.setBy);
  };
  assert.deepEqual(setters('Senator Anna Berg', 'Judge Eva Lind'), ['carl-holm']);
  // Another role changed: the answer for "mayor" is kept. The first holder becomes a mayor: it is hers.
  assert.deepEqual(setters('Senator Anna Berg', 'Justice Eva Lind'), ['carl-holm']);
  assert.deepEqual(setters('Mayor Anna Berg', 'Justice Eva Lind'), ['anna-berg']);
  assert.deepEqual(setters('Mayor Anna Berg', 'Judge Eva Lind'), ['anna-berg']);
  assert.deepEqual(setters('Senator Anna Berg', 'Judge Eva Lind'), ['carl-holm']);
});

test('through a paragraph cache, a deadline’s setter and the one given its time are those of a fresh analysis after an edit elsewhere changes what they were read from', () => {
  const cache = new ParagraphCache();
  const deadlines = (text: string) => {
    const found = analyze(text, { cache, referenceDate: '2025-08-08' }).deadlines;
    assert.deepEqual(found, analyze(text, { referenceDate: '2025-08-08' }).deadlines, text);
    return found.map((d) => [d.setBy, d.imposedOn]);
  };
  // "The agency" refers back to a public body named paragraphs before: no such body, no setter.
  const byAgency = (body: string) =>
    ['Regulators Weigh Next Steps', ` date 2025-08-08 WASHINGTON—The ${body} opened an inquiry on Monday.`, 'Separately, officials met on Tuesday.', 'The agency gave Voltara until Nov. 30 to respond.'].join('\n\n');
  assert.deepEqual(deadlines(byAgency('National Highway Traffic Safety Administration')), [['national-highway-traffic-safety-administration', 'voltara']]);
  assert.deepEqual(deadlines(byAgency('National Highway Traffic Safety Board')), [[null, 'voltara']]);
  assert.deepEqual(deadlines(byAgency('National Highway Traffic Safety Administration')), [['national-highway-traffic-safety-administration', 'voltara']]);
  // "Holm" is the Carl Holm named before, or someone else once he is Carl Holmes.
  const givenTo = (name: string) => ['Talks Stall', ` date 2025-08-08 OSLO—${name} spoke on Monday.`, 'The ministry gave Holm until Friday to respond.'].join('\n\n');
  assert.deepEqual(deadlines(givenTo('Carl Holm')), [[null, 'carl-holm']]);
  assert.deepEqual(deadlines(givenTo('Carl Holmes')), [[null, 'holm']]);
  assert.deepEqual(deadlines(givenTo('Carl Holm')), [[null, 'carl-holm']]);
});

test('quarters named by their months or by "the end of the quarter"; a comparison is a length; the part of the day of "last night"', () => {
  const onFeb11 = (body: string) => ` date 2026-02-11 MUMBAI—${body}`;
  assert.deepEqual(valuesOf(onFeb11('Profit for the October-December quarter rose. Guidance implied no growth in the January-March quarter.')), [
    ['October-December quarter', 'DATE', '2025-Q4'],
    ['January-March quarter', 'DATE', '2026-Q1'],
  ]);
  // A span of months that is no quarter is none.
  assert.deepEqual(valuesOf(onFeb11('Sales in the January-June quarter rose.')).filter((v) => /quarter/.test(String(v[0]))), []);
  assert.deepEqual(valuesOf(onFeb11('It would complete its buyback by the end of the quarter.')), [['end of the quarter', 'DATE', '2026-Q1']]);
  assert.deepEqual(valuesOf(onFeb11('Raises take effect from June 1, two months later than usual.')), [
    ['June 1', 'DATE', '2026-06-01'],
    ['two months', 'DURATION', 'P2M'],
  ]);
  assert.deepEqual(valuesOf(onFeb11('Trustees raised concerns as early as 2019.')), [['2019', 'DATE', '2019']]);
  assert.deepEqual(valuesOf(onFeb11('"What we saw last night was not normal," he said. "We go back tonight."')), [
    ['last night', 'TIME', '2026-02-10TNI'],
    ['tonight', 'TIME', '2026-02-11TNI'],
  ]);
});

test('an extension runs forward, whatever the tense it is told in', () => {
  // 2026-08-19 is a Wednesday.
  const onWednesday = (body: string) => ` date 2026-08-19 OAK HOLLOW, Calif.—${body}`;
  assert.deepEqual(valuesOf(onWednesday('The weather service has extended a red flag warning through 8 p.m. Friday.')), [
    ['8 p.m.', 'TIME', '2026-08-21T20:00'],
    ['Friday', 'DATE', '2026-08-21'],
  ]);
  assert.deepEqual(valuesOf(onWednesday('The warning was in force through Friday.')), [['Friday', 'DATE', '2026-08-14']]);
});

test('no limit: a tally reached by a time in past narration (past the comma of "9,400"), a stop "until" a season', () => {
  const deadlinesOf = (body: string) => analyze(DATED(body)).deadlines.map((d) => d.text);
  assert.deepEqual(deadlinesOf('A wildfire that started Tuesday afternoon in the hills had burned more than 9,400 acres by Wednesday morning and was 5% contained.'), []);
  assert.deepEqual(deadlinesOf('“After Friday, the conversation is finished until the summer,” he said.'), []);
  // A limit still: a thing to be done.
  assert.deepEqual(deadlinesOf('The county must clear 9,400 acres by Wednesday morning.'), ['by Wednesday morning']);
});

test('a place inside the setter’s title is not the setter: the person it introduces is', () => {
  const setters = (text: string) => analyze(text).deadlines.map((d) => [d.text, d.setBy]);
  assert.deepEqual(setters(' date 2025-10-08 MILAN—Milan Mayor Giuseppe Sala gave striking bus drivers until Friday to return to work.'), [['until Friday', 'giuseppe-sala']]);
  assert.deepEqual(setters(' date 2025-10-08 DENVER—U.S. District Judge Lorenzo Whitcomb gave county officials until 5 p.m. Monday to produce the records.'), [
    ['until 5 p.m. Monday', 'lorenzo-whitcomb'],
  ]);
});

test('a fiscal year across two calendar years is found, undated ("by 2029-30"); two years that do not follow each other are none', () => {
  assert.deepEqual(valuesOf(DATED('The chancellor promised to balance spending by 2029-30. Figures for 2024/25 show growth.')), [
    ['2029-30', 'DATE', null],
    ['2024/25', 'DATE', null],
  ]);
  assert.deepEqual(valuesOf(DATED('The bridge, numbered 2019-31, was closed.')), []);
});

test('deadlines: "the offer" as a noun offers nothing, so time given until a day is a limit; a length after "by" is an amount', () => {
  const deadlines = (text: string) => analyze(text).deadlines.map((d) => [d.text, d.due]);
  assert.deepEqual(deadlines('A draft of the offer seen by Reuters last week had given creditors until Feb. 27.'), [['until Feb. 27', 'XXXX-02-27']]);
  // The outlet that saw the draft set nothing.
  assert.equal(analyze('A draft of the offer seen by Pangaea Wire last week had given creditors until Feb. 27.').deadlines[0].setBy, null);
  assert.deepEqual(deadlines('The airline will offer refunds until the end of April.'), []);
  assert.deepEqual(deadlines('The bank has agreed in principle to extend its maturities by 10 years.'), []);
  assert.deepEqual(deadlines('Builders must finish the work by next year, and the city will extend the lease by two years.'), [['by next year', null]]);
});

test('deadlines: a window named again with its giving in a relative clause ("the 15 days the court gave the ministry") is the window given', () => {
  const deadlines = (text: string) => analyze(text).deadlines.map((d) => [d.text, d.due, d.setBy]);
  assert.deepEqual(deadlines(DATED('The Federal Court gave the ministry 15 days to pay. Whether the money arrives may depend on the 15 days the court gave the ministry.')), [
    ['15 days', 'P15D', 'federal-court'],
    ['15 days', 'P15D', 'federal-court'],
  ]);
  assert.deepEqual(deadlines(DATED('Staff spent the 15 days the strike lasted at home.')), []);
});

test('deadlines: a notice period or a lead time someone is bound to before an event is a window', () => {
  const deadlines = (text: string) => analyze(text).deadlines.map((d) => [d.text, d.due]);
  assert.deepEqual(deadlines(DATED('Under the contract, the firm must give 60 days’ notice before closing a plant.')), [['60 days’ notice', 'P60D']]);
  assert.deepEqual(deadlines(DATED('State law requires large employers to notify the state at least 60 days before a mass layoff.')), [['60 days before', 'P60D']]);
  // The one to be told set nothing.
  assert.equal(analyze(DATED('State law requires employers to notify the Department of Labor at least 60 days before a mass layoff.')).deadlines[0].setBy, null);
  assert.deepEqual(deadlines(DATED('The poll was taken 60 days before the vote.')), []);
  assert.deepEqual(deadlines(DATED('The firm gave staff 60 days’ notice in March.')), []);
  assert.deepEqual(deadlines(DATED('Buyers would have to hold a flat for at least three years before selling.')), []);
});

test('no limit: what would have to happen by a date if something did not ("without closures … would have to cut … by the fall")', () => {
  const deadlinesOf = (body: string) => analyze(DATED(body)).deadlines.map((d) => d.text);
  assert.deepEqual(deadlinesOf('She warned that without closures the district would have to cut 40 teaching positions by the fall.'), []);
  assert.deepEqual(deadlinesOf('Otherwise the city would have to repay the grant by March.'), []);
  assert.deepEqual(deadlinesOf('The ministry said, without elaborating, that firms would have to comply by June 1.'), ['by June 1']);
  assert.deepEqual(deadlinesOf('The district must cut 40 teaching positions by the fall.'), ['by the fall']);
  assert.deepEqual(deadlinesOf('The ministry warned that a channel without a valid licence would have to go off air within 48 hours of it lapsing.'), ['within 48 hours']);
});

test('deadlines: a repeating time after a closing trigger is a limit with no single due date', () => {
  const deadlines = (body: string) => analyze(DATED(body)).deadlines.map((d) => [d.text, d.due]);
  assert.deepEqual(deadlines('The charter requires the city to transfer its share no later than the 15th day of each quarter.'), [['no later than the 15th day of each quarter', null]]);
  assert.deepEqual(deadlines('Firms must file returns no later than every Friday.'), [['no later than every Friday', null]]);
  assert.deepEqual(deadlines('The board meets every Friday until further notice.'), []);
});

test('deadlines: the one given the time may follow a title ("has given President William Ruto until Aug. 7") and set nothing', () => {
  const parties = (body: string) => analyze(DATED(body)).deadlines.map((d) => [d.text, d.setBy, d.imposedOn]);
  assert.deepEqual(parties('The opposition has given President William Ruto until Aug. 7 to dissolve the board.'), [['until Aug. 7', null, 'william-ruto']]);
  assert.deepEqual(parties('Mayor Ana Lopez gave Governor Tom Reyes until Friday to sign the bill.'), [['until Friday', 'ana-lopez', 'tom-reyes']]);
});

test('deadlines: time someone had, quoted from the "until" on, is a limit', () => {
  const deadlines = (body: string) => analyze(DATED(body)).deadlines.map((d) => [d.text, d.due]);
  assert.deepEqual(deadlines('Justice Lawrence Mugambi said the state had “until Sunday evening” to bring the men to court.'), [['until Sunday evening', '2025-08-10TEV']]);
});

test('deadlines: a body a place’s possessive names sets the limit, not the place; one given an extension sets nothing', () => {
  const setters = (body: string) => analyze(DATED(body)).deadlines.map((d) => [d.text, d.setBy]);
  assert.deepEqual(setters('Kenya’s High Court on Friday gave the Interior Ministry 48 hours to produce the men.'), [['48 hours', 'high-court']]);
  assert.deepEqual(setters('Poland, which has said it needs more time, was given an extension until March 1.'), [['until March 1', null]]);
});

test('deadlines: "the society’s deadline" is set by the organization the noun refers back to', () => {
  const setters = (body: string) => analyze(DATED(body)).deadlines.map((d) => [d.text, d.setBy]);
  assert.deepEqual(setters('The Law Society of Kenya issued an ultimatum on Monday. The society’s deadline lapses on Aug. 14.'), [['lapses on Aug. 14', 'law-society-of-kenya']]);
});

test('deadlines: a consultation or tender closes on a date as a window does', () => {
  const deadlines = (body: string) => analyze(DATED(body)).deadlines.map((d) => [d.text, d.due]);
  assert.deepEqual(deadlines('A consultation on new roaming rules closes on Nov. 14.'), [['consultation on new roaming rules closes on Nov. 14', '2025-11-14']]);
  assert.deepEqual(deadlines('The tender closes on Sept. 30, the ministry said.'), [['tender closes on Sept. 30', '2025-09-30']]);
});

test('deadlines: time someone has under a rule, then what to do, is a window', () => {
  const deadlines = (body: string) => analyze(DATED(body)).deadlines.map((d) => [d.text, d.due, d.action]);
  assert.deepEqual(deadlines('The company has 28 days under its licence to respond formally to the findings.'), [['28 days', 'P28D', 'respond formally to the findings']]);
});

test('deadlines: a subject of several lowercase words that has until a day must act; it set nothing', () => {
  const text = DATED('The Amalgamated Transit Union said talks had stalled. The transit authority has until April 15 to submit a revised budget.');
  assert.deepEqual(analyze(text).deadlines.map((d) => [d.text, d.setBy]), [['until April 15', null]]);
});

test('deadlines: "a 30-day ultimatum" after 30 days were given is that window named again, set by whoever gave it', () => {
  const text = DATED('The Ghana Education Service has given the teachers’ union 30 days to call off its strike. Its general secretary, Thomas Musah, said members "will not be bullied by a 30-day ultimatum."');
  assert.deepEqual(analyze(text).deadlines.map((d) => [d.text, d.setBy]), [
    ['30 days', 'ghana-education-service'],
    ['30-day ultimatum', 'ghana-education-service'],
  ]);
});

test('deadline setters: a subject noun that is no role word ("The union said …") is not the person whose role names it', () => {
  const text = DATED('The union’s general secretary, Thomas Musah, spoke on Monday. The union said it would respond to the ultimatum by Thursday.');
  assert.notEqual(analyze(text).deadlines.find((d) => d.text === 'by Thursday')?.setBy, 'thomas-musah');
});

test('deadlines: a waiver that runs out at the end of a period; the one a deal requires to act set nothing', () => {
  const deadlines = (body: string) => analyze(DATED(body)).deadlines.map((d) => [d.text, d.due, d.setBy]);
  assert.deepEqual(deadlines('The waiver runs out at the end of the month.'), [['runs out at the end of the month', '2025-08', null]]);
  assert.deepEqual(deadlines('The deal requires Meridian Holdings to sell the unit within six months of closing.'), [['within six months', 'P6M', null]]);
});

test('a year before a noun of what years name is a year after any word; an age is no length; a frequency before a preposition is a set', () => {
  assert.deepEqual(valuesOf(DATED('The ministry must submit a revised 2026 budget, before Kenya’s 2027 election. The firm cut 2026 jobs.')).map(([text, , value]) => [text, value]), [['2026', '2026'], ['2027', '2027']]);
  assert.deepEqual(valuesOf(DATED('Her son, 24-year-old Nurlan, was rescued after 3 days.')).map(([text, , value]) => [text, value]), [['3 days', 'P3D']]);
  assert.deepEqual(valuesOf(DATED('It flies daily between Accra and Lagos, but the daily allowance is small.')), [['daily', 'SET', 'P1D']]);
});

test('what is pencilled in lies ahead, with or without "for"', () => {
  // 2025-08-08: analysts expect a cut in March 2026, whatever the past perfect of the telling.
  assert.deepEqual(valuesOf(DATED('Analysts had pencilled in a cut only in March.')), [['March', 'DATE', '2026-03']]);
});

test('a holiday on a fixed day is that day, placed by the tense; not an island or a tree named after it', () => {
  // 2025-08-08.
  assert.deepEqual(valuesOf(DATED('Shops were shut on Boxing Day, and the deal must be signed by Christmas. Christmas 2023 was quiet.')).map(([text, , value]) => [text, value]), [
    ['Boxing Day', '2024-12-26'],
    ['Christmas', '2025-12-25'],
    ['Christmas 2023', '2023-12-25'],
  ]);
  assert.deepEqual(valuesOf(DATED('Flights to Christmas Island and a Christmas tree.')), []);
});

test('"the day after tomorrow" counts from the article date, not from the date before it', () => {
  assert.deepEqual(valuesOf(DATED('The hearing was held on July 1. He said the day after tomorrow would be too late.')).map(([text, , value]) => [text, value]), [
    ['July 1', '2025-07-01'],
    ['the day after tomorrow', '2025-08-10'],
  ]);
});

test('a reported setter: "X said the Lagos State Government had given traders until June 1" was set by the government, not by X', () => {
  const setters = (body: string) => analyze(DATED(body)).deadlines.map((d) => [d.text, d.setBy]);
  assert.deepEqual(setters(' Ana Bello said the Lagos State Government had given traders until June 1 to leave.'), [['until June 1', 'lagos-state-government']]);
  // An unnamed body is no one named, not the reporter; a pronoun stands for the reporter as before.
  assert.deepEqual(setters(' Its president, Ana Bello, said the city had set a deadline of June 1 for the plans. Bello said she would decide by Friday.'), [['deadline of June 1', null], ['by Friday', 'ana-bello']]);
});

test('"by the end of the week" is the article’s week and a deadline; one unit given to someone named between is a window', () => {
  // 2025-08-08 is in week 32.
  assert.deepEqual(analyze(DATED('“We need an answer by the end of the week,” she said. The court gave the ministry a week to respond.')).deadlines.map((d) => [d.text, d.due]), [
    ['by the end of the week', '2025-W32'],
    ['a week', 'P1W'],
  ]);
  assert.deepEqual(valuesOf(DATED('He gave up the post a year ago.')).map(([text, type]) => [text, type]), [['a year ago', 'DATE']]);
});

test('a speech verb opens the clause it reports: the tense of what is said decides a limit, not the telling', () => {
  const limits = (body: string) => analyze(DATED(body)).deadlines.map((d) => [d.text, d.due]);
  // A condition with a consequence, reported without "that".
  assert.deepEqual(limits('The governor said any worker not at his post by 8am on Thursday would be deemed to have resigned.'), [['by 8am on Thursday', '2025-08-14T08:00']]);
  assert.deepEqual(limits('Officials said the warning remains in effect until 8 a.m. Monday.'), [['until 8 a.m. Monday', '2025-08-11T08:00']]);
  // What was reached by a date in past narration stays none.
  assert.deepEqual(limits('He said prices had risen 5% by June.'), []);
  assert.deepEqual(limits('Officials said the road was closed until Monday.'), []);
});

test('an aim someone sets for itself is a limit, even told in the past', () => {
  const limits = (body: string) => analyze(DATED(body)).deadlines.map((d) => [d.text, d.due]);
  assert.deepEqual(limits('A source said the channel wanted the new host in place by the autumn.'), [['by the autumn', '2025-FA']]);
  assert.deepEqual(limits('The ports authority said it wanted the dispute resolved by the end of the month.'), [['by the end of the month', '2025-08']]);
});

test('a measure put in force or prolonged until a time lapses then, told in the past or not', () => {
  const limits = (body: string) => analyze(DATED(body)).deadlines.map((d) => [d.text, d.due]);
  assert.deepEqual(limits('The weather service extended a flood warning for the river until 10 p.m. Monday.'), [['until 10 p.m. Monday', '2025-08-11T22:00']]);
  assert.deepEqual(limits('The army imposed a curfew until 6 a.m. on Saturday.'), [['until 6 a.m. on Saturday', '2025-08-09T06:00']]);
  // Not what lasted: no measure is its object.
  assert.deepEqual(limits('The rally extended until midnight.'), []);
});

test('a window given before and restated bare ("They are giving landlords 30 days.") is the same window, by the same setter', () => {
  const limits = (body: string) => analyze(DATED(body)).deadlines.map((d) => [d.text, d.due, d.setBy]);
  assert.deepEqual(limits('Mayor Jane Okafor gave landlords 30 days to register. “They are giving landlords 30 days. Who will give my tenants 30 days?” he asked.'), [
    ['30 days', 'P30D', 'jane-okafor'],
    ['30 days', 'P30D', 'jane-okafor'],
  ]);
  // Given first in the text, it names no window.
  assert.deepEqual(limits('Mayor Jane Okafor spoke. “They are giving landlords 30 days.”'), []);
});

test('a moved deadline with the old date, the amount or what it is for between, or named in a relative clause', () => {
  const limits = (body: string) => analyze(` date 2025-05-12 LAGOS—${body}`).deadlines.map((d) => [d.text, d.due]);
  assert.deepEqual(limits('The ministry moved the deadline from April 30 to May 19.'), [['moved the deadline from April 30 to May 19', '2025-05-19']]);
  assert.deepEqual(limits('The government extended the deadline for vessel registration by two weeks, to May 26.'), [['extended the deadline for vessel registration by two weeks, to May 26', '2025-05-26']]);
  assert.deepEqual(limits('The ministry gave firms until midnight on Friday to respond, a deadline that was later pushed back to Monday, May 19.').map(([text]) => text), [
    'until midnight on Friday',
    'deadline that was later pushed back to Monday, May 19',
  ]);
});

test('what a deadline is moved "by" is an amount, whatever the date parser reads there', () => {
  const limits = (body: string) => analyze(DATED(body)).deadlines.map((d) => d.text);
  assert.deepEqual(limits('The agency extended the deadline by a week after a request from the industry.'), []);
});

test('a deadline moved in the passive, with what it is for and how often it moved between', () => {
  const limits = (body: string) => analyze(` date 2025-06-20 DUBLIN—${body}`).deadlines.map((d) => [d.text, d.due]);
  assert.deepEqual(limits('The deadline for submissions has been extended twice, most recently to July 4.'), [['deadline for submissions has been extended twice, most recently to July 4', '2025-07-04']]);
  assert.deepEqual(limits('The deadline was extended again to Friday.'), [['deadline was extended again to Friday', '2025-06-20']]);
});

test('"in the next 48 hours" is a limit only where the clause says the act must be done', () => {
  const limits = (body: string) => analyze(DATED(body)).deadlines.map((d) => [d.text, d.due]);
  assert.deepEqual(limits('The bank must repay the loan in the next 48 hours, the court ruled.'), [['in the next 48 hours', 'PT48H']]);
  assert.deepEqual(limits('The ministry ordered the firm to pay in the next two weeks.'), [['in the next two weeks', 'P2W']]);
  assert.deepEqual(limits('Prices will rise in the next 48 hours.'), []);
});

test('a sentence-case headline that gives a time in the present ends its clause on it: "Union gives Harbour Board 48 hours, threatens shutdown"', () => {
  const limits = (text: string) => analyze(text).deadlines.map((d) => [d.text, d.due]);
  assert.deepEqual(limits('Port strike: Union gives Harbour Board 48 hours, threatens shutdown\n\nThe union spoke on Monday.'), [['48 hours', 'PT48H']]);
  // A sentence that ends on the time gives no window by itself.
  assert.deepEqual(limits('The law gives tenants 30 days.'), []);
});

test('"within the fortnight" is a two-week window, a deadline as "within 14 days" is', () => {
  assert.deepEqual(valuesOf(DATED('The minister said he would visit the town within the fortnight.')), [['the fortnight', 'DURATION', 'P2W']]);
  assert.deepEqual(analyze(DATED('The minister said he would visit the town within the fortnight.')).deadlines.map((d) => [d.text, d.due]), [['within the fortnight', 'P2W']]);
});

test('"until" after a comma opens a limit of its own, not the end of a range begun by the date before it', () => {
  const text = ' date 2026-03-20 KUALA LUMPUR—The exchange gave the developer, classified as distressed in November, until Aug 31 to submit a plan. Roads were shut May 1 until May 5.';
  assert.deepEqual(valuesOf(text).map(([t, , v]) => [t, v]), [['November', '2025-11'], ['Aug 31', '2026-08-31'], ['May 1 until May 5', '2025-05-01']]);
  assert.deepEqual(analyze(text).deadlines.map((d) => [d.text, d.due]), [['until Aug 31', '2026-08-31']]);
});

test('"before" a date is a limit where the clause says what is to be done by then; before an event it orders events', () => {
  const deadlinesOf = (body: string) => analyze(DATED(body)).deadlines.map((d) => [d.text, d.due]);
  assert.deepEqual(deadlinesOf('Regulators ordered the platforms to stop overcharging, and to complete a review of their algorithms before Sept. 30, according to a statement.'), [['before Sept. 30', '2025-09-30']]);
  assert.deepEqual(deadlinesOf('The council told residents to leave before Sunday.'), [['before Sunday', '2025-08-10']]);
  assert.deepEqual(deadlinesOf('The talks collapsed before Friday’s vote. Prices rose before June 30, officials said.'), []);
});

test('a deadline told as set earlier and moved since: "had originally been set for Sept. 15, then pushed to Nov. 3"', () => {
  const text = ' date 2025-11-05 TORONTO—A letter moves the deadline for the response to Dec. 12. The deadline had originally been set for Sept. 15, then pushed to Nov. 3 after the community asked for more time.';
  // The earlier plan is the date nearest the telling: in November, the September just past.
  assert.deepEqual(valuesOf(text).map(([t, , v]) => [t, v]), [['Dec. 12', '2025-12-12'], ['Sept. 15', '2025-09-15'], ['Nov. 3', '2025-11-03']]);
  assert.deepEqual(analyze(text).deadlines.map((d) => [d.text, d.due]), [
    ['moves the deadline for the response to Dec. 12', '2025-12-12'],
    ['deadline had originally been set for Sept. 15', '2025-09-15'],
    ['then pushed to Nov. 3', '2025-11-03'],
  ]);
  assert.deepEqual(valuesOf(' date 2025-11-05 TORONTO—The hearing had been scheduled for Dec. 1.').map(([t, , v]) => [t, v]), [['Dec. 1', '2025-12-01']]);
});

test('a season naming a kind of thing ("by winter road", "winter wheat") is no time, nor a limit', () => {
  assert.deepEqual(valuesOf(DATED('The mine is reached by winter road. Farmers sow winter wheat. Work must finish by winter.')), [['winter', 'DATE', '2025-WI']]);
  assert.deepEqual(analyze(DATED('The mine is reached by winter road.')).deadlines, []);
});

test('a suspension or a freeze "until" a time says how long it holds, no limit set', () => {
  const deadlinesOf = (body: string) => analyze(DATED(body)).deadlines.map((d) => d.text);
  assert.deepEqual(deadlinesOf('Lawmakers will debate a bill that would suspend the new toll until the end of the year.'), []);
  assert.deepEqual(deadlinesOf('The government froze fuel prices until March.'), []);
  assert.deepEqual(deadlinesOf('Owners must pay the fee until Friday.'), ['until Friday']);
});

test('a count from a month-day keeps no year but a written one: "a week after March 3" is in the year the tense gives, never the parser’s', () => {
  assert.deepEqual(valuesOf(' date 2025-11-05 OTTAWA—The shop closed a week after March 3. It had opened a week after March 3, 2024.').map(([t, , v]) => [t, v]), [
    ['a week after March 3', '2025-03-10'],
    ['a week after March 3, 2024', '2024-03-10'],
  ]);
});

test('a week or a fortnight before or after an event is how far apart they are, a duration', () => {
  assert.deepEqual(valuesOf(DATED('The order comes a fortnight after the blaze, and the ban ends barely a week before the first Test. The court extended the deadline by a week after a request.')), [
    ['a fortnight', 'DURATION', 'P2W'],
    ['a week', 'DURATION', 'P1W'],
    ['a week', 'DURATION', 'P1W'],
  ]);
  // A day after an event dates the day.
  assert.deepEqual(valuesOf(DATED('The strike began on Aug. 4. The vote came a day after the strike.')).map(([t, , v]) => [t, v]), [['Aug. 4', '2025-08-04'], ['a day after', '2025-08-05']]);
});

test('a truce, an ultimatum or a grace period that ends at a time lapses then: a deadline; a season or a term that ends is none', () => {
  const deadlinesOf = (body: string) => analyze(DATED(body)).deadlines.map((d) => [d.text, d.due]);
  assert.deepEqual(deadlinesOf('The ceasefire ends at 6 a.m. Sunday, officials said.'), [['ceasefire ends at 6 a.m. Sunday', '2025-08-10T06:00']]);
  assert.deepEqual(deadlinesOf('The curfew will end on Friday.'), [['curfew will end on Friday', '2025-08-08']]);
  assert.deepEqual(deadlinesOf('The season ends in May, and his contract ends on June 30.'), []);
});

test('a participle after "be" and an adverb ("must be fully staffed") tells no past', () => {
  assert.deepEqual(valuesOf(' date 2026-02-10 NAIROBI—Walker said the depot must be fully staffed by Christmas.').map(([t, , v]) => [t, v]), [['Christmas', '2026-12-25']]);
});

test('a date a limit "before" is placed as a deadline is, whatever participle the clause tells it with', () => {
  const text = ' date 2026-02-10 NAIROBI—The regulator ordered marketers to submit audited stock records before March 15. Walker said the depot must be fully staffed before Christmas.';
  assert.deepEqual(analyze(text).deadlines.map((d) => [d.text, d.due]), [['before March 15', '2026-03-15'], ['before Christmas', '2026-12-25']]);
  assert.deepEqual(valuesOf(' date 2026-02-10 NAIROBI—He resigned before March 15.').map(([t, , v]) => [t, v]), [['March 15', '2025-03-15']]);
});

test('an earlier deadline told with "first" or in the active, and a move of "it" with the subject left out', () => {
  const text = ' date 2026-02-10 NAIROBI—The deadline had first been fixed for Oct. 10. The regulator had originally set the deadline for Jan. 30, then extended it to Feb. 20 after dealers complained.';
  assert.deepEqual(valuesOf(text).map(([t, , v]) => [t, v]), [['Oct. 10', '2025-10-10'], ['Jan. 30', '2026-01-30'], ['Feb. 20', '2026-02-20']]);
  assert.deepEqual(analyze(text).deadlines.map((d) => [d.text, d.due]), [
    ['deadline had first been fixed for Oct. 10', '2025-10-10'],
    ['deadline for Jan. 30', '2026-01-30'],
    ['then extended it to Feb. 20', '2026-02-20'],
  ]);
});

test('a clock time told in a zone’s words is on the day written after them: "6 a.m. local time on Sunday", "5 p.m. Eastern time on Nov. 30"', () => {
  const text = ' date 2026-09-17 WILMINGTON—The truce starts at 6 a.m. local time on Sunday. Customers have until 5 p.m. Eastern time on Nov. 30 to file claims.';
  assert.deepEqual(valuesOf(text).map(([t, , v]) => [t, v]), [['6 a.m.', '2026-09-20T06:00'], ['Sunday', '2026-09-20'], ['5 p.m.', '2026-11-30T17:00'], ['Nov. 30', '2026-11-30']]);
  assert.deepEqual(analyze(text).deadlines.map((d) => [d.text, d.due]), [['until 5 p.m.', '2026-11-30T17:00']]);
});

test('"The claims deadline was originally Feb. 12, but … extended it to March 15, 2027": a first plan is the date nearest the telling', () => {
  const text = ' date 2026-11-24 CHICAGO—The claims deadline was originally Feb. 12, but the judge last week extended it to March 15, 2027, after the administrator asked.';
  assert.deepEqual(analyze(text).deadlines.map((d) => [d.text, d.due]), [['deadline was originally Feb. 12', '2027-02-12'], ['it to March 15, 2027', '2027-03-15']]);
});

test('"first set a deadline on Sept. 4, telling council he wanted a deal “signed, sealed and ratified" by Sept. 11": the day it was set is no limit, the quoted aim is; "by the end of the day Friday" lies ahead', () => {
  const text = ' date 2026-09-16 PETITCOURT—The mayor first set a deadline on Sept. 4, telling council he wanted a deal “signed, sealed and ratified" by Sept. 11.\n\nThe mayor said that if there was no agreement by the end of the day Friday, he would ask council to act.';
  assert.deepEqual(analyze(text).deadlines.map((d) => [d.text, d.due]), [['by Sept. 11', '2026-09-11'], ['by the end of the day Friday', '2026-09-18']]);
});

test('"must use, carry over or trade what they have left by 30 June": the "must" binds each verb of its list; "would publish the rules by early June" is a limit ahead', () => {
  const text = ' date 2026-05-14 DUBBO—The minister said on Thursday that licence holders must use, carry over or trade what they have left by 30 June.\n\nThe minister said the department would publish revised carryover rules by early June.';
  assert.deepEqual(analyze(text).deadlines.map((d) => [d.text, d.due]), [['by 30 June', '2026-06-30'], ['by early June', '2026-06']]);
});

test('"failed to give the 10 days\' notice required by law before a stoppage" is a notice period; "set a new target of noon Saturday to adopt a deal" a limit', () => {
  const text = " date 2026-11-21 LUSAKA—The ministry said the union had failed to give the 10 days' notice required by law before a stoppage.\n\nThe presidency set a new target of noon Saturday to adopt a final deal.";
  assert.deepEqual(analyze(text).deadlines.map((d) => [d.text, d.due]), [["10 days' notice required by law", 'P10D'], ['target of noon Saturday', '2026-11-21T12:00']]);
});

test('a time fronted in past narration is no limit: "Within a week, a researcher had filed a complaint", "and within two years the same people were back"; "within 48 hours the company must" is', () => {
  const text = ' date 2026-03-11 LONDON—Within a week, a former researcher in the lab, Priya Cole, had filed a complaint.\n\n"They gave us uniforms, and within two years the same people were back in charge."\n\nWithin 48 hours the company must recall the pills.';
  assert.deepEqual(analyze(text).deadlines.map((d) => d.text), ['Within 48 hours']);
});

test('"They have had three years to see this coming" is time gone by, no window; "the company has 60 days to comply" is one', () => {
  const text = ' date 2026-06-17 BRUSSELS—“They have had three years to see this coming,” he said. The company has 60 days to comply.';
  assert.deepEqual(analyze(text).deadlines.map((d) => [d.text, d.due]), [['60 days', 'P60D']]);
});

test('"would give governments until the end of 2028 to submit plans" is a limit; "ran the plant until 2019" is not', () => {
  const text = ' date 2026-11-21 ANTALYA—The draft would also give governments until the end of 2028 to submit national adaptation plans. The firm ran the plant until 2019.';
  assert.deepEqual(analyze(text).deadlines.map((d) => [d.text, d.due]), [['until the end of 2028', '2028']]);
});

test('a need binds what follows its asides: "We need one clear letter, from the NHS, in every patient’s hand by next week"', () => {
  const text = ' date 2026-11-19 LONDON—‘We need one clear letter, from the NHS, in every affected patient’s hand by next week,’ she said.';
  assert.deepEqual(analyze(text).deadlines.map((d) => [d.text, d.due]), [['by next week', '2026-W48']]);
});

test('wire copy’s four-digit zoned time is a clock time, on the day after its "on": "at 1200 GMT on Wednesday, Dec. 2"; "closed at 1800 GMT" is on the article date', () => {
  const text = ' date 2026-11-24 GENEVA (Reuters)—The committee will meet at 1200 GMT on Wednesday, Dec. 2, the WHO said.\n\nThe vote closed at 1800 GMT.';
  assert.deepEqual(valuesOf(text).map(([t, type, v]) => [t, type, v]), [['1200 GMT', 'TIME', '2026-12-02T12:00'], ['Wednesday, Dec. 2', 'DATE', '2026-12-02'], ['1800 GMT', 'TIME', '2026-11-24T18:00']]);
});

test('markets and parliament copy: moves in -ing and "has now been extended", "usually within", "by end-2027", a price "by 1400 GMT", a possibility quoted, "projects" a noun', () => {
  const text = [
    ' date 2026-11-18 LONDON—The department said the Treasury had granted the firm an extension, moving the deadline from 31 August to 30 November.',
    'That deadline has now been extended to 5.00 pm on 17 December, Brackenridge said. It also pushed back its results to 9 December from 26 November.',
    'The skilled person will report to the FCA, usually within six months. The bank says inflation is on track for target by end-2027.',
    'The cedi weakened to 15.92 per dollar by 1400 GMT. The curbs could be lifted “by the spring", a spokesperson said.',
    'The amendment requires the government to publish a list of stalled projects by June 19.',
  ].join('\n\n');
  const { deadlines, dates } = analyze(text);
  assert.deepEqual(deadlines.map((d) => [d.text, d.due]), [
    ['moving the deadline from 31 August to 30 November', '2026-11-30'],
    ['deadline has now been extended to 5.00 pm on 17 December', '2026-12-17T17:00'],
    ['by end-2027', '2027'],
    ['by June 19', '2027-06-19'],
  ]);
  assert.equal(dates.find((d) => d.text === '26 November')?.value, '2026-11-26');
});

test('wire copy’s bracketed time in another zone: "by 8 pm (1800 GMT) on Wednesday" is on that Wednesday, ahead in a condition of what "would" happen', () => {
  const text = ' date 2026-03-09 DOHA—The brigade said it would "consider the talks finished" if the government did not pay its fighters by 8 pm (1800 GMT) on Wednesday.';
  assert.deepEqual(valuesOf(text).map(([t, , v]) => [t, v]).filter(([t]) => t !== '1800 GMT'), [['8 pm', '2026-03-11T20:00'], ['Wednesday', '2026-03-11']]);
  assert.deepEqual(analyze(text).deadlines.map((d) => [d.text, d.due]), [['by 8 pm', '2026-03-11T20:00']]);
});

test('"set Nov. 30 as the deadline" names a deadline; "stay open until 8 p.m. every day" tells opening hours, no limit', () => {
  const text = ' date 2026-09-17 WILMINGTON—The judge set Nov. 30 as the deadline for customers to file claims. Clinics would stay open until 8 p.m. every day.';
  assert.deepEqual(analyze(text).deadlines.map((d) => [d.text, d.due]), [['Nov. 30 as the deadline', '2026-11-30']]);
});

test('"before the transfer window shuts at 11pm on Monday" and "plans a memorial ride on Saturday" look ahead; "kept it until last year" sets no limit', () => {
  const text = ' date 2026-03-12 RENO—Duarte repeated his demand before the transfer window shuts at 11pm on Monday.\n\nThe alliance plans a memorial ride on Saturday. She kept a seismograph in the cupboard until last year.';
  assert.deepEqual(valuesOf(text).map(([t, , v]) => [t, v]), [['11pm', '2026-03-16T23:00'], ['Monday', '2026-03-16'], ['Saturday', '2026-03-14'], ['last year', '2025']]);
  assert.deepEqual(analyze(text).deadlines.map((d) => [d.text, d.due]), [['window shuts at 11pm on Monday', '2026-03-16T23:00']]);
});

test('an answer someone expects "before Thursday" is due then, told in past narration or not: a deadline ahead, not last Thursday', () => {
  const text = ' date 2026-02-10 CAIRO—A U.S. official said Washington expected an answer from the group before Thursday. The ministry said it expected a decision before Monday.';
  assert.deepEqual(valuesOf(text).map(([t, , v]) => [t, v]), [['Thursday', '2026-02-12'], ['Monday', '2026-02-16']]);
  assert.deepEqual(analyze(text).deadlines.map((d) => [d.text, d.due]), [['before Thursday', '2026-02-12'], ['before Monday', '2026-02-16']]);
});

test('"the following year" and "the previous year" count from the year told of last, in an undated article too; with none told of, from the article date', () => {
  const text = 'Her first novel appeared in 2009 and was translated into French the following year. She moved to Lyon in March 2012 and married the following year.';
  assert.deepEqual(valuesOf(text).map(([t, , v]) => [t, v]), [['2009', '2009'], ['the following year', '2010'], ['March 2012', '2012-03'], ['the following year', '2013']]);
  assert.deepEqual(valuesOf(DATED('Sales rose from the previous year.')).map(([t, , v]) => [t, v]), [['the previous year', '2024']]);
});
