// chrono-node, extended through its own parser and refiner hooks for what news copy needs and
// chrono's defaults get wrong: weeks ("next week" is a week, not a day), durations ("within 24
// hours" is PT24H, "30-day" is P30D), bare years ("since 2019"), seasons, decades and sets.
import * as chrono from 'chrono-node';
import type { Span } from '../model';
import { PART_OF_DAY_CODES, WEEKDAY_NAMES } from './calendar';
import { followsThe, isAsciiWordCharacter, isSpaceAt, lowerCase, wordBefore } from '../text/words';
import { monthNumber } from '../lexicon/common-words';

/**
 * What one temporal expression of a paragraph says, before it is resolved against the article
 * date (offsets relative to the paragraph). Everything here depends on the paragraph text only,
 * so it can be cached per paragraph.
 */
export type RawTemporal = {
  start: number;
  end: number;
  text: string;
  /** The end of a range ("July 13" in "from July 8 to July 13"), which comes after its start. */
  rangeEnd?: true;
} & (
  | { kind: 'calendar'; year: number | null; month: number; day: number | null; weekday: number | null; hour: number | null; minute: number | null }
  | { kind: 'weekday'; weekday: number; shift: 'next' | 'last' | 'this' | null; hour: number | null; minute: number | null }
  | { kind: 'relative'; days: number; anchored: boolean }
  | { kind: 'week'; offset: number; weekend?: true }
  /** `anchored`: counted from the year the text told of last ("translated the following year"), not the article's. */
  | { kind: 'unit'; unit: 'year' | 'quarter' | 'month'; offset: number; anchored?: true }
  | { kind: 'duration'; value: string }
  | { kind: 'year'; year: number }
  /** `offset` null: "the summer", the one the sentence's tense points to. */
  | { kind: 'season'; season: string; offset: number | null; year: number | null }
  | { kind: 'decade'; value: string }
  /**
   * A quarter, a half or a month of a year: `value` "2025-Q3" as written, or "XXXX-Q3" with its year: `yearOffset` from the article's
   * ("the first quarter of this year": 0; a half, "XXXX-H1", and a month, "January last year" "XXXX-01", always have one), else the
   * latest such quarter begun (`latest`: "third-quarter results") or the one the tense points to ("sales fell in the first quarter").
   */
  | { kind: 'year-part'; value: string; yearOffset: number | null; latest: boolean }
  | { kind: 'set'; value: string }
  /** A period no calendar dates: "last season" (of a league, a harvest). */
  | { kind: 'undated' }
  | { kind: 'time'; hour: number; minute: number }
  /** "on the 18th": a day of the month the text is in (the one of the date before it, else of the article). */
  | { kind: 'monthday'; day: number }
);

/** A fixed reference for parsing: values chrono derives from it are turned into offsets. */
const PARSE_REFERENCE = new Date(Date.UTC(2000, 0, 5, 12));

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40,
  fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};
// "forty-five", "twenty-one": a ten and a unit, tried before the ten alone.
const COMPOUND_NUMBER = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)';
const NUMBER = `\\d+(?:\\.\\d+)?|${COMPOUND_NUMBER}|${Object.keys(NUMBER_WORDS).join('|')}`;
const UNIT_CODES: Record<string, string> = { second: 'TS', minute: 'TM', hour: 'TH', day: 'D', week: 'W', month: 'M', year: 'Y' };
// Units TIMEX3 writes as multiples of another.
const UNIT_MULTIPLES: Record<string, [number, string]> = { fortnight: [2, 'W'], quarter: [3, 'M'], decade: [10, 'Y'] };
const SEASON_CODES: Record<string, string> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };
const WEEKDAY_INDEX: Record<string, number> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 };
// Month and day of the holidays that fall on one ("Christmas" is its day).
const FIXED_HOLIDAYS: Record<string, string> = {
  Christmas: '12:25',
  'Christmas Day': '12:25',
  'Christmas Eve': '12:24',
  'Boxing Day': '12:26',
  "New Year's Day": '1:1',
  "New Year's Eve": '12:31',
  "Valentine's Day": '2:14',
  Halloween: '10:31',
};
const FREQUENCIES: Record<string, string> = { hourly: 'PT1H', daily: 'P1D', weekly: 'P1W', monthly: 'P1M', yearly: 'P1Y', annually: 'P1Y' };
// "every other week", "every third year".
const EVERY_NTH: Record<string, number> = { other: 2, second: 2, third: 3, fourth: 4, fifth: 5 };
const SHIFTS: Record<string, number> = { next: 1, coming: 1, following: 1, this: 0, current: 0, last: -1, past: -1, previous: -1 };

function quarterNumber(ordinal: string): number {
  return /^(?:first|1st)$/i.test(ordinal) ? 1 : /^(?:second|2nd)$/i.test(ordinal) ? 2 : /^(?:third|3rd)$/i.test(ordinal) ? 3 : 4;
}

/** TIMEX3's code of a quarter or half of a year ("Q3", "H1"); null for a half that is none ("third half"). */
function yearPartCode(ordinal: string, part: string): string | null {
  const number = quarterNumber(ordinal);
  if (!/^half$/i.test(part)) return `Q${number}`;
  return number <= 2 ? `H${number}` : null;
}

function numberValue(written: string): number {
  const [ten, unit] = written.toLowerCase().split('-');
  if (unit !== undefined) return NUMBER_WORDS[ten] + NUMBER_WORDS[unit];
  return NUMBER_WORDS[ten] ?? Number(written);
}

/** TIMEX3 duration of an amount of a unit: P30D, PT48H, P2W (a fortnight), P10Y (a decade). */
function unitDuration(amount: number, unit: string): string {
  const lower = unit.toLowerCase();
  const multiple = UNIT_MULTIPLES[lower];
  if (multiple) return `P${multiple[0] * amount}${multiple[1]}`;
  const code = UNIT_CODES[lower];
  return code.startsWith('T') ? `PT${amount}${code[1]}` : `P${amount}${code}`;
}

/**
 * One of Article Lens's own expressions: `meaning` turns a match into a tag (or rejects it), and
 * the result's text is the match's `group`. They need none of chrono's machinery (contexts,
 * components, refiners), so they run on their own; chrono only sees where they are.
 */
interface OwnExpression {
  /** Words (lower case) one of which the expression needs: most stretches have none, and the expression is not run there. */
  needs: readonly string[];
  /**
   * Whether it reads a needed word inside a word ("1990s", "Mondays", "21st"). The others' needed
   * words start a word in every match (after a space, a sign or nothing), so one found after a
   * letter or a digit ("day" in "Wednesday", in most stretches) does not need them run.
   */
  insideWords?: true;
  pattern: RegExp;
  meaning: (match: RegExpExecArray) => string | null;
  group?: number;
}

/** What an own expression found in a stretch: where, the text, and its meaning as a tag. */
interface OwnResult {
  index: number;
  text: string;
  tag: string;
}

function tagged(needs: string, pattern: RegExp, meaning: (match: RegExpExecArray) => string | null, group = 0): OwnExpression {
  return { needs: needs.split(' '), pattern, meaning, group };
}

// A season naming a kind of thing, not a time: "reached by winter road", "sowing winter wheat" (not "the spring session",
// "before the winter storms", which are times).
const SEASONAL_NOUN_AFTER = String.raw`\s+(?:roads?|routes?|ferry|ferries|camps?|crops?|tyres|tires|clothes|coats?|jackets?|fuel|wheat|barley)\b`;

function readingInsideWords(expression: OwnExpression): OwnExpression {
  return { ...expression, insideWords: true };
}

// "within 10 working days": a kind of day between the amount and the unit. Minutes or hours counted from a time
// ("about twenty minutes later") are a length too (PT20M), not the day again; days counted date one.
// "bought two more weeks", "six consecutive weeks", "three financial years": a length too (not "one extra minute", an idiom of refusal).
const durationPattern = new RegExp(`(?:within\\s+)?\\b(${NUMBER})(?:\\s+|-)(?:(?<!\\bone\\s)(?:more|extra|additional|further|consecutive|straight|successive)\\s+)?(?:(?:working|business|calendar|financial|fiscal)[\\s-])?(second|minute|hour|day|week|fortnight|month|year|decade)s?(?:-long)?\\b(?!(?<=second)-)(?!\\s+(?:ago|from now)|(?<!(?:second|minute|hour)s?)\\s+(?:later|earlier)(?!\\s+than\\b)|[\\s-]+old\\b)`, 'i');

// The months' names in full, as the expressions that read a month spelled out match them.
const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December';

const OWN_EXPRESSIONS: OwnExpression[] = [
  // Not "the last week of December", a week of the month named after it, read as that month (TIMEX3 names no week of a month).
  tagged('week', /\b(?:(next|coming|this|current|last|past|previous)|the\s+(following|previous))\s+week\b(?!\s+of\b)/i, (m) => `week:${SHIFTS[(m[1] ?? m[2]).toLowerCase()]}`),
  tagged(
    'week',
    new RegExp(`\\b(?:the\\s+)?(?:first|second|third|fourth|last|final)\\s+week\\s+of\\s+(${MONTH_NAMES})(?:,?\\s+((?:19|20)\\d{2}))?\\b`, 'i'),
    (m) => `month:${monthNumber(m[1])}::${m[2] ?? ''}`,
  ),
  // "over the next fortnight": no calendar unit, the two weeks from (or to) now.
  // "within the fortnight" too: the two weeks from now, as British and Australian copy write them.
  tagged('fortnight', /\b(?:next|coming|past|last|following|previous|(?<=\b(?:within|during|over|in)\s+)the)\s+fortnight\b/i, () => 'duration:P2W'),
  // "kept ready for a week before that": a length, which chrono would count back from a day.
  tagged('before after', /\bfor\s+(an?\s+(minute|hour|day|week|fortnight|month|year))\s+(?=before|after)\b/i, (m) => `duration:${unitDuration(1, m[2])}`, 1),
  tagged('year month', /\b(next|coming|this|current|last|past|previous)\s+(year|month)\b/i, (m) => `unit:${m[2].toLowerCase()}:${SHIFTS[m[1].toLowerCase()]}`),
  // Narrative chains: "appeared in 2009 and was translated the following year" counts from the year told of before.
  tagged('year', /\bthe\s+(following|previous|preceding|prior)\s+year\b/i, (m) => `unit:year:${/^following$/i.test(m[1]) ? 1 : -1}:anchored`),
  // "by the end of the year", "by year-end", "by year’s end": the year of the article (a deadline's due is the period).
  tagged('year', /\b(?:end\s+of\s+the\s+year|year(?:[-\s]|['’]s\s+)end)\b/i, () => 'unit:year:0'),
  // "at 1200 GMT", "(1800 GMT)": wire copy's clock time, four digits and the zone.
  tagged('gmt utc', /\b([01]\d|2[0-3])([0-5]\d)\s+(?:GMT|UTC)\b/, (m) => `clock:${Number(m[1])}:${Number(m[2])}`),
  // "until Friday week" (British, Irish and Australian copy): that day of the week after, as "next Friday" is read.
  tagged('week', /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+week\b(?![-\s]+(?:of|long|after|before|ago)\b)/, (m) => `weekday:${WEEKDAY_INDEX[m[1].toLowerCase()]}:next`),
  // "this weekend", "last weekend": the weekend of the article's week, or of the week before or after ("the weekend" alone is vague).
  tagged('weekend', /\b(this|next|last|past)\s+weekend\b/i, (m) => `weekend:${SHIFTS[m[1].toLowerCase()]}`),
  // "by the end of the week": the week of the article.
  tagged('week', /\b(?:end\s+of\s+the\s+week|week['’]s\s+end)\b/i, () => 'week:0'),
  // "gave the ministry a week to respond": one unit given to someone named between, to do something.
  tagged(
    'minute hour day week fortnight month year',
    /\b(?:gave|give|gives|giving|granted|grant|grants|granting)\s+(?:[A-Za-z’'.-]+\s+){1,4}?(an?\s+(minute|hour|day|week|fortnight|month|year))\s+(?=to\s)/i,
    (m) => `duration:${unitDuration(1, m[2])}`,
    1,
  ),
  // "by the end of the quarter": the quarter of the article.
  tagged('quarter', /\b(?:end\s+of\s+the\s+quarter|quarter(?:[-\s]|['’]s\s+)end)\b/i, () => 'unit:quarter:0'),
  tagged('second minute hour day week fortnight month year decade', durationPattern, (m) => {
    const amount = numberValue(m[1]);
    return Number.isFinite(amount) ? `duration:${unitDuration(amount, m[2])}` : null;
  }),
  // "within a month", "for a year", "delaying the reform by a year", "a year of free monitoring":
  // one unit written with an article. Only after these words ("has a month to reply", "was given
  // a week") or before "of": "$4 billion a year" is a rate.
  tagged(
    'minute hour day week fortnight month year decade',
    // "another fortnight": one more unit is a stretch of time wherever it stands.
    /\b(?:(within|for|in|over|than|after|by|about|nearly|almost|roughly|just|least|up\s+to|spent|spend|spends|spending|took|taken|lasted|lasting|has|have|had|gave|given|granted)\s+)?((an?|another)\s+(minute|hour|day|week|fortnight|month|year|decade))\b(?!\s+(?:ago|later|earlier|after|before|from now|old|and a half)\b)(\s+of\b)?/i,
    (m) => (m[1] || m[5] || /^another$/i.test(m[3]) ? `duration:${unitDuration(1, m[4])}` : null),
    2,
  ),
  // "comes a fortnight after the blaze", "ends a week before the first Test", "extended the deadline by a week after a
  // request": a week or more before or after an event is how far apart they are (P2W), not a day chrono would count
  // from a date (not "a week after March 3", which is one; "a day after the vote" dates the day after it). After
  // "for", the expression above reads it.
  tagged(
    'week fortnight month',
    /\b(?<!\b[Ff]or\s)((?:[Aa]n?|[Oo]ne)\s+(week|fortnight|month))\s+(?=(?:after|before)\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|[Tt]oday|[Tt]omorrow|[Yy]esterday|[Tt]hat\s+date|\d)))/,
    (m) => `duration:${unitDuration(1, m[2])}`,
    1,
  ),
  // The preposition stays in chrono's text (chrono drops results that are only digits) and is trimmed later.
  // Years from the 1600s on: "taken by British troops in 1874".
  // After any word, a year before a noun of what years name: "a revised 2026 budget", "Kenya’s 2027 election".
  // "mid-2022", "by end-2027" too, the year written against its hyphen.
  // "a slower 2027", "a bumper 2025 harvest": a comparative or a qualifier after an article.
  // "since at least 2021", "the State’s own 2022 guidelines".
  tagged('16 17 18 19 20', /\b(?:mid-|end-|(?:in|since|by|until|till|beyond|from|before|after|during|of|for|around|through|between|and|to|the|a|an|its|his|her|their|whose|['’]s|(?:since|by|until|before)\s+at\s+least|(?:its|his|her|their|['’]s)\s+own|early|late|mid-?|fiscal|(?:later|earlier|sooner)\s+than|(?:early|late|recently|soon|far\s+back)\s+as|(?<=\b(?:an?|the)\s)(?!other\b)[a-z]{3,}er|[a-z]+(?=\s+(?:1[6-9]|20)\d{2}\s+(?:budgets?|elections?|polls|census|season|games|olympics|world\s+cup|championships?|tournament|law|accord|agreement|treaty|plan|targets?|deadline|referendum|campaign|forecast|guidance|outlook|contract|edition|summit|crisis|ruling|protests|uprising|floods|earthquake|quake|war|invasion|coup|midterms?|primary|primaries)\b))\s+)((?:1[6-9]|20)\d{2})\b(?![-–/]\d|,\d|%|\s*(?:percent|people|workers|jobs|votes|troops|residents|members))/i, (m) => `year:${m[1]}`),
  // "the first quarter of 2019", "the second half of 2024", "Q3 2025".
  tagged('quarter half q1 q2 q3 q4', /\b(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\s+(quarter|half)\s+of\s+((?:19|20)\d{2})\b|\bQ([1-4])\s+((?:19|20)\d{2})\b/i, (m) => {
    const code = m[4] ? `Q${m[4]}` : yearPartCode(m[1], m[2]);
    return code && `year-part:${m[3] ?? m[5]}-${code}`;
  }),
  // "the first quarter of this year", "the first half of the year": a part of the year before, of or after the article's.
  tagged('quarter half', /\b((first|second|third|fourth|1st|2nd|3rd|4th)\s+(quarter|half)\s+of\s+(this|next|last|the)\s+year)\b/i, (m) => {
    const code = yearPartCode(m[2], m[3]);
    return code && `year-part:XXXX-${code}:${/^the$/i.test(m[4]) ? 0 : SHIFTS[m[4].toLowerCase()]}`;
  }, 1),
  // "flooding in January last year", "by March next year": a month of the year before, of or after the article's.
  tagged(
    'year',
    new RegExp(`\\b(${MONTH_NAMES})\\s+(this|next|last)\\s+year\\b`),
    (m) => `year-part:XXXX-${String(monthNumber(m[1])).padStart(2, '0')}:${SHIFTS[m[2]]}`,
  ),
  // "sales fell in the first quarter", "a loss in its third quarter": the quarter of the year the tense points to; a
  // fiscal quarter ("its fiscal third quarter") is one of a year no calendar dates.
  tagged('quarter', /\b(?:the|its|their)\s+((fiscal\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter)\b(?!\s+of\b|-)/i, (m) => (m[2] ? 'undated' : `year-part:XXXX-Q${quarterNumber(m[3])}`), 1),
  // "profit for the October-December quarter": the months a quarter spans name it, placed by the tense as a month is.
  tagged('quarter', /\b((?:January|April|July|October)[-–](?:March|June|September|December)\s+quarter)\b/i, (m) => {
    const [first, last] = m[1].split(/[-–]/).map(monthNumber);
    return last === first + 2 ? `year-part:XXXX-Q${(first + 2) / 3}` : null;
  }, 1),
  // "reports third-quarter results": figures of the latest such quarter, whatever the tense.
  tagged('quarter', /\b((first|second|third|fourth)-quarter)\b/i, (m) => `year-part:XXXX-Q${quarterNumber(m[2])}::latest`),
  // "warns of a Q3 hit", "sales rose in Q2": a quarter written short, without its year, after a word in lower case
  // or a capitalized preposition ("the Audi Q3" is a car; "q3" is seldom a quarter).
  tagged('q1 q2 q3 q4', /(?<=(?:^|[\s(“"])(?:[a-z]+|In|For|By|During|From|Since|Until|After|Before)\s)Q([1-4])\b(?![-/]|\s+(?:19|20)\d{2}\b)/, (m) => `year-part:XXXX-Q${m[1]}`),
  // "next spring", "the summer of 2024", "in spring 2025".
  tagged('spring summer autumn fall winter', /\b(?:(this|last|next|past|coming)\s+)?(spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?((?:19|20)\d{2}))?\b/i, (m) =>
    m[1] || m[3] ? `season:${SEASON_CODES[m[2].toLowerCase()]}:${m[1] ? SHIFTS[m[1].toLowerCase()] : 0}:${m[3] ?? ''}` : null,
  ),
  // "back at the polls in the spring", "spend the summer teaching" (not "the fall of Kabul", nor a name: "the Arab Spring").
  tagged('season', /\b(?:last|next|this|coming|previous)\s+season\b/i, () => 'undated'),
  // "the 2026-27 season", "the 2025/26 season": a season of play across two years, which no calendar dates either.
  tagged('season', /\b(?:19|20)\d{2}[-–/](?:(?:19|20)?\d{2})\s+season\b/i, () => 'undated'),
  // "balance the budget by 2029-30": a fiscal year across two calendar years, which no calendar dates either.
  tagged('16 17 18 19 20', /\b((?:1[6-9]|20)(\d{2})[-–/](\d{2}))\b(?![-–/.,]?\d)/, (m) => (Number(m[3]) === (Number(m[2]) + 1) % 100 ? 'undated' : null), 1),
  tagged('spring summer autumn winter', new RegExp(`\\b[Tt]he\\s+(spring|summer|autumn|winter)\\b(?!\\s+of\\b|-|${SEASONAL_NOUN_AFTER})`), (m) => `season:${SEASON_CODES[m[1]]}:tense:`),
  // "cut 40 posts by the fall", "in the fall": the season after a preposition of time (not "the fall of Kabul",
  // "after the fall in prices").
  tagged('fall', /\b(?:[Ii]n|[Bb]y|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]fter|[Dd]uring|[Tt]hrough|[Ss]ince|[Oo]ver)\s+([Tt]he\s+fall)\b(?!\s+(?:of|in|from|to|and|by|on)\b|-)/, () => 'season:FA:tense:', 1),
  // "well before spring", "until summer": a season without its article after a preposition of time (not "in spring 2026", read whole).
  tagged('spring summer autumn winter', new RegExp(`\\b(?:before|until|till|by|after|since|through|during|in|from)\\s+(spring|summer|autumn|winter)\\b(?!\\s+(?:of\\s+)?\\d|-|${SEASONAL_NOUN_AFTER})`), (m) => `season:${SEASON_CODES[m[1]]}:tense:`, 1),
  readingInsideWords(tagged('0s', /(?:\b(1[6-9]|20)(\d)0s|[’'‘](\d)0s)\b/, (m) => `decade:${m[1] ? `${m[1]}${m[2]}` : `19${m[3]}`}`)),
  // Narrative chains: "charged the following day" counts from the date before it, as "a day later" does.
  tagged('day', /\bthe\s+(following|next|previous|preceding|prior)\s+day\b/i, (m) => `relative:${/^(?:following|next)$/i.test(m[1]) ? 1 : -1}`),
  // "alarms went off every hour", "every Monday", "every morning", "every following month".
  // Not "proud of every minute of it".
  tagged('every each', /\b(?:every|each)\s+(?:(?:following|single|passing)\s+)?(minute|hour|day|week|fortnight|month|quarter|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|spring|summer|autumn|fall|winter)\b(?!\s+of\s+(?:it|this|that|them)\b)/i, (m) => {
    const unit = m[1].toLowerCase();
    const weekday = WEEKDAY_INDEX[unit];
    if (weekday !== undefined) return `set:XXXX-WXX-${weekday === 0 ? 7 : weekday}`;
    if (SEASON_CODES[unit]) return `set:XXXX-${SEASON_CODES[unit]}`;
    return `set:${PART_OF_DAY_CODES[unit] ? `XXXX-XX-XXT${PART_OF_DAY_CODES[unit]}` : unitDuration(1, unit)}`;
  }),
  // "airs on Sunday mornings", "meets on Tuesdays": a weekday in the plural repeats.
  readingInsideWords(
    tagged('days mornings afternoons evenings nights', /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:s|\s+(morning|afternoon|evening|night)s)\b/, (m) => {
      const index = WEEKDAY_INDEX[m[1].toLowerCase()];
      return `set:XXXX-WXX-${index === 0 ? 7 : index}${m[2] ? `T${PART_OF_DAY_CODES[m[2]]}` : ''}`;
    }),
  ),
  // "every second year", "every six months": a repetition of that many units.
  tagged(
    'every each',
    new RegExp(`\\b(?:every|each)\\s+(other|second|third|fourth|fifth|${NUMBER})\\s+(minute|hour|day|week|month|quarter|year)s?\\b`, 'i'),
    (m) => `set:${unitDuration(EVERY_NTH[m[1].toLowerCase()] ?? numberValue(m[1]), m[2])}`,
  ),
  // "once a year", "twice a week": how often, a repetition of that unit.
  tagged('once twice times', /\b(?:once|twice|(?:three|four|five|\d+)\s+times)\s+(?:a|an|per|every)\s+(minute|hour|day|week|fortnight|month|quarter|year)\b/i, (m) => `set:${unitDuration(1, m[1])}`),
  // "results are published daily", "meets weekly", "flies daily between": sets, as "every day" is; not the adjective of
  // "the daily allowance", "90 million weekly users" (a word other than a joining one follows).
  tagged(
    'hourly daily weekly monthly yearly annually',
    /\b(hourly|daily|weekly|monthly|yearly|annually)\b(?![-\s]+(?!(?:and|or|to|in|on|at|for|until|since|by|from|with|as|but|the|a|an|if|when|while|because|through|during|between|across|into|via|over|around|against|within|throughout|except|including|among|along|toward|towards|despite|under)\b)\p{Ll})/iu,
    (m) => `set:${FREQUENCIES[m[1].toLowerCase()]}`,
  ),
  // "on the 18th", "by the 1st": a day of the month the text is in; not "the 18th century", "the 5th floor", "the 18th of October".
  // It needs a digit with an ordinal's ending ("th" alone is in most stretches, a digit in many; "ſ"
  // matches "s" in this expression, which ignores case in Unicode).
  readingInsideWords(
    tagged(
      [...'0123456789'].flatMap((digit) => ['st', 'ſt', 'nd', 'rd', 'th'].map((ending) => digit + ending)).join(' '),
      /\b(?:on|by|until|till|before|after|from|since)\s+(the\s+([1-9]|[12]\d|3[01])(?:st|nd|rd|th))\b(?!\s*-|\s+(?!(?:and|or|at|to|when|if|before|after|but|so|with|for|in)\b)\p{L})/iu,
      (m) => `monthday:${m[2]}`,
      1,
    ),
  ),
  // chrono reads a bare "May" only after "in" (it is also a verb and a surname): after these
  // words, and not before a word that makes it one ("since May took office"), it is the month.
  // Holidays on a fixed day are that day, placed by the tense as a month and day are ("by Christmas",
  // "shut on Boxing Day"); not "Christmas Island" nor the things named after them ("a Christmas tree").
  tagged(
    'christmas boxing year valentine halloween',
    /\b(Christmas(?:\s+(?:Day|Eve))?|Boxing\s+Day|New\s+Year['’]s\s+(?:Day|Eve)|Valentine['’]s\s+Day|Halloween)\b(?!\s+(?:Islands?|trees?|cards?|carols?|lights|markets?|jumpers?|pudding|crackers?|decorations|shopping|party|parties)\b)(?:,?\s+((?:19|20)\d{2})\b)?/,
    (m) => `month:${FIXED_HOLIDAYS[m[1].replace(/\s+/g, ' ').replace('’', "'")]}:${m[2] ?? ''}`,
  ),
  tagged('may', /\b(?:until|till|by|since|before|after|beyond|from|through|during|early|late|mid-|last|next|this|of)\s+(May)\b(?![-\s]+(?:\d|(?!(?:to|and|or|when|if|as|for|at|in|on|with|but|the|when)\b)\p{Ll}))/u, () => 'month:5', 1),
];

// V8 compiles a regular expression to machine code on its second use. For chrono's "N units
// ago" and "N units later" expressions (a long unit alternation followed by literal words) that
// took ~80 ms each, most of the first analysis in every process. Repeating the literal tail as a
// look-ahead in front of it matches exactly the same text and compiles in about a millisecond.
const LITERAL_TAIL = /\\s\{0,5\}\(\?:(?:ago|later)\|[^()]*\)\(\?=\(?(?:\?:)?\\W\|\$\)?\)$/;

export function withTailLookahead(pattern: RegExp): RegExp {
  const tail = LITERAL_TAIL.exec(pattern.source);
  if (!tail) return pattern;
  return new RegExp(`${pattern.source.slice(0, tail.index)}(?=${tail[0]})${tail[0]}`, pattern.flags);
}

function quickToCompile(parser: chrono.Parser): chrono.Parser {
  let original: RegExp | null = null;
  let rewritten: RegExp | null = null;
  return {
    pattern(context) {
      const pattern = parser.pattern(context);
      if (pattern !== original) [original, rewritten] = [pattern, withTailLookahead(pattern)];
      return rewritten!;
    },
    extract: (context, match) => parser.extract(context, match),
  };
}

/**
 * Every own expression over a stretch, the way chrono runs a parser: after a result, the search
 * goes on from its end; after a rejected match, from the next character (both over the rest of
 * the text alone, so `\\b` and look-behinds see what chrono's would). Sorted by index, stably.
 */
function ownExpressions(text: string): OwnResult[] {
  const results: OwnResult[] = [];
  const needed = expressionsNeeded(text);
  for (let i = 0; i < OWN_EXPRESSIONS.length; i++) {
    if (!needed[i]) continue;
    const { pattern, meaning, group = 0 } = OWN_EXPRESSIONS[i];
    let from = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text.substring(from))) {
      const index = from + match.index;
      const tag = meaning(match);
      if (tag === null) {
        from = index + 1;
        continue;
      }
      const written = match[group];
      const at = index + match[0].indexOf(written);
      results.push({ index: at, text: written, tag });
      // Past the result, and never stuck on an empty one.
      from = Math.max(at + written.length, index + 1);
    }
  }
  // "the first quarter of 2019" holds "2019", "first quarter of this year" holds "this year": the longer says it all.
  const inside = (a: OwnResult, b: OwnResult) => a !== b && b.index <= a.index && a.index + a.text.length <= b.index + b.text.length && a.text.length < b.text.length;
  return results.filter((a) => !results.some((b) => inside(a, b))).sort((a, b) => a.index - b.index);
}

// Every word an own expression needs, tried at every position of a stretch in one pass (the
// search goes on from the character after each word found), the longest at a position first: as
// a tree of their letters (wordTree), whose optional endings are greedy, not a list tried word by
// word (a tenth less time over the stretches); a word found also serves
// the expressions needing a word inside it ("days" holds "day"), so exactly the expressions
// needing a word the stretch holds are run. The words (ASCII letters and digits, and "ſ") are found
// ignoring ASCII case, as in the stretch in lower case: toLowerCase is slow on two-byte text (most
// stretches, with news copy's quotation marks), and needed only where a capital lowers to an ASCII
// letter ("İ", the Kelvin sign).
const NEEDED_WORDS = [...new Set(OWN_EXPRESSIONS.flatMap((e) => e.needs))];
const NEEDED_WORD = new RegExp(wordTree(NEEDED_WORDS), 'gi');
const LOWERS_TO_ASCII = /[\u0130\u212A]/;
const EXPRESSIONS_NEEDING = new Map(
  NEEDED_WORDS.map((word) => [word, OWN_EXPRESSIONS.flatMap((e, i) => (e.needs.some((needed) => word.includes(needed)) ? [i] : []))]),
);
// The same for a word found inside a word: only the expressions reading words there.
const EXPRESSIONS_NEEDING_INSIDE = new Map([...EXPRESSIONS_NEEDING].map(([word, needing]) => [word, needing.filter((i) => OWN_EXPRESSIONS[i].insideWords)]));

// Copied for each stretch: new Array(n).fill(false) runs in the runtime, a copy does not.
const NONE_NEEDED: readonly boolean[] = OWN_EXPRESSIONS.map(() => false);

/** Whether each own expression (by index) needs a word the stretch (in lower case) holds. */
function expressionsNeeded(stretch: string): boolean[] {
  const lowered = LOWERS_TO_ASCII.test(stretch);
  const text = lowered ? stretch.toLowerCase() : stretch;
  const needed = NONE_NEEDED.slice();
  NEEDED_WORD.lastIndex = 0;
  for (let match = NEEDED_WORD.exec(text); match; match = NEEDED_WORD.exec(text)) {
    const word = lowerCase(match[0]);
    // After a letter, a digit or an underscore (the expressions' \b reads ASCII's), the word starts none. In a
    // stretch lowered, a capital may have become such a letter (the Kelvin sign a "k"): every word counts there.
    const insideWord = !lowered && match.index > 0 && isAsciiWordCharacter(text.charCodeAt(match.index - 1));
    for (const i of (insideWord ? EXPRESSIONS_NEEDING_INSIDE : EXPRESSIONS_NEEDING).get(word)!) needed[i] = true;
    NEEDED_WORD.lastIndex = match.index + 1;
  }
  return needed;
}

/** Article Lens's own results win over chrono's defaults wherever they overlap (before chrono merges ranges). */
const preferOwnResults: chrono.Refiner = {
  refine(_context, results) {
    return results.filter((r) => !ownResults.some((o) => o.index < r.index + r.text.length && r.index < o.index + o.text.length));
  },
};

// Our expressions run apart from chrono, so chrono's range merging never glues a duration to a
// week ("48 hours, next week"); the casual chrono then drops whatever overlaps their results.
let ownResults: OwnResult[] = [];
const casualParser = chrono.casual.clone();
casualParser.parsers = casualParser.parsers.map(quickToCompile);
casualParser.refiners.unshift(preferOwnResults);

const DAY_MS = 86_400_000;

// chrono keeps a leading preposition ("on Friday"); the expression itself is "Friday".
const LEADING_PREPOSITION = /^(?:on|at|in|from|since|until|till|by|for|during)\s+(?=\S)/i;

// Words that make a casual chrono result a day counted from the article date (or the date before it).
const RELATIVE_WORDS = /\b(?:days?|weeks?|months?|years?|yesterday|tomorrow|today|tonight|last night|this (?:morning|afternoon|evening)|later|earlier|before|after|ago)\b/i;

// One unit shorter than a day, written with an article, counted from a time ("an hour later"); with a number
// ("ten minutes later") our own duration expression reads it.
const SUB_DAY_COUNT = /^(?:(?:about|around|roughly|some|nearly|almost|just)\s+)?an?\s+(second|minute|hour)\s+(?:later|earlier|after|before)\b/i;

const WRITTEN_YEAR = /(?<!\d)\d{4}(?!\d)|['’]\d\d\b/;

/** Where a result's expression lies in its stretch, without a leading preposition or a trailing comma. */
function expressionAt(index: number, written: string): { start: number; end: number; text: string } {
  const preposition = LEADING_PREPOSITION.exec(written)?.[0].length ?? 0;
  // chrono keeps the comma of "In January, the authority …" and the space of "April 9 (Reuters)"; the expression ends before them.
  let length = written.length;
  while (length > preposition && ',;: '.includes(written[length - 1])) length--;
  return { start: index + preposition, end: index + length, text: written.slice(preposition, length) };
}

function ownToRaw(result: OwnResult): RawTemporal | null {
  const { start, end, text } = expressionAt(result.index, result.text);
  return fromTag(start, end, text, result.tag.split(':'));
}

// The words chrono joins the two ends of a range with (its merge refiner's), but "until" and "till":
// "from May 1 until May 5" stays one expression, so its end is not read as a limit.
// (Only from the first of the spaces before it: a long run of spaces is not tried at each of them.)
const RANGE_WORD = /(?<!\s)\s+(?:to|through|until|till)\s+/i;
const UNTIL = /^\s+(?:until|till)\s+$/i;
const RANGE_DASH = /\s[-–]\s|[-–](?=[^-–]*$)/;

/**
 * chrono reads "from July 8 to July 13" as one result, a range; to a reader (and in TIMEX3) its
 * ends are two dates, each with its own value. A range whose joining word is not found stays one.
 */
function readsOf(result: chrono.ParsedResult): { index: number; raw: RawTemporal | null }[] {
  const joiner = result.end ? (RANGE_WORD.exec(result.text) ?? RANGE_DASH.exec(result.text)) : null;
  // "classified as such in November, until Aug 31 to submit": after a comma, "until" opens a limit of its own, no range's end.
  const clauseUntil = joiner !== null && UNTIL.test(joiner[0]) && result.text[joiner.index - 1] === ',';
  if (!result.end || !joiner || (UNTIL.test(joiner[0]) && !clauseUntil)) return [{ index: result.index, raw: toRaw(result, result.start, result.index, result.text) }];
  const endAt = result.index + joiner.index + joiner[0].length;
  const endRaw = toRaw(result, result.end, endAt, result.text.slice(endAt - result.index), clauseUntil ? undefined : result.start);
  return [
    { index: result.index, raw: toRaw(result, result.start, result.index, result.text.slice(0, joiner.index)) },
    // "July 8-13": the end's month is the one written at the start.
    { index: endAt, raw: clauseUntil ? endRaw : rangeEnd(endRaw) },
  ];
}

function rangeEnd(raw: RawTemporal | null): RawTemporal | null {
  if (raw) raw.rangeEnd = true;
  return raw;
}

/** A chrono result's date, or one end of it (`written` at `index`), from its components (those `carried` from the range's start count as written too). */
function toRaw(result: chrono.ParsedResult, components: chrono.ParsedComponents, index: number, written: string, carried?: chrono.ParsedComponents): RawTemporal | null {
  // Results are written field by field (no spread of a common base): this runs for every date of every analysis.
  const { start, end, text } = expressionAt(index, written);
  const certain = (c: chrono.Component) => components.isCertain(c) || (carried?.isCertain(c) ?? false);
  // chrono fills in noon for some dates; only a written clock time or part of the day counts.
  const writesTime = /\d\s*(?:a\.?m\.?|p\.?m\.?)|\d:\d\d|\b(?:noon|midnight)\b/i.test(written);
  // TIMEX3 writes midnight as the end of the day it names: "midnight on Sunday" is Sunday T24:00.
  const hour = certain('hour') && writesTime ? (components.get('hour') === 0 && /\bmidnight\b/i.test(written) ? 24 : components.get('hour')) : null;
  const minute = certain('minute') ? components.get('minute') : hour === null ? null : 0;
  const tags = [...result.tags()].join(' ');
  if (/relativeDate|casualReference|CasualDate/.test(tags) && RELATIVE_WORDS.test(written) && !/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d/i.test(written)) {
    // "an hour later", "a minute after the vote": a stretch within the day, whose length TIMEX3 gives
    // (PT1H); the day it falls on is the one before it, no new date.
    const withinDay = SUB_DAY_COUNT.exec(text);
    if (withinDay) return { start, end, text, kind: 'duration', value: unitDuration(1, withinDay[1]) };
    const days = Math.round((components.date().getTime() - PARSE_REFERENCE.getTime()) / DAY_MS);
    // "three days later" counts from the date before it; "the day after tomorrow" from the article's.
    return { start, end, text, kind: 'relative', days, anchored: /\b(?:later|earlier|before|after)\b/i.test(written) && !/\b(?:today|tomorrow|yesterday|tonight)\b/i.test(written) };
  }
  // "The end of the month" (or "of March") names the month, not its last day; chrono dates
  // "the month" from the parse reference, so it becomes a month of the article's time.
  const endOfPeriod = /EndOf/.test(tags);
  if (endOfPeriod && /\bmonth\b/i.test(written)) {
    const date = components.date();
    return { start, end, text, kind: 'unit', unit: 'month', offset: (date.getUTCFullYear() - PARSE_REFERENCE.getUTCFullYear()) * 12 + date.getUTCMonth() - PARSE_REFERENCE.getUTCMonth() };
  }
  if (certain('month')) {
    // "a week after March 3": chrono counts from the month-day in the parse reference's year and calls
    // that year certain; only a year written is one (the month-day's is the tense's to place).
    const year = certain('year') && (!RELATIVE_WORDS.test(written) || WRITTEN_YEAR.test(written)) ? components.get('year') : null;
    return { start, end, text, kind: 'calendar', year, month: components.get('month')!, day: certain('day') && !endOfPeriod ? components.get('day') : null, weekday: certain('weekday') ? components.get('weekday') : null, hour, minute };
  }
  if (certain('weekday') && !certain('day')) {
    const shift = /\b(next|last|this)\b/i.exec(result.text)?.[1].toLowerCase() as 'next' | 'last' | 'this' | undefined;
    return { start, end, text, kind: 'weekday', weekday: components.get('weekday')!, shift: shift ?? null, hour, minute };
  }
  if (hour !== null) return { start, end, text, kind: 'time', hour, minute: minute ?? 0 };
  return null;
}

function fromTag(start: number, end: number, text: string, [kind, ...parts]: string[]): RawTemporal | null {
  switch (kind) {
    case 'week':
      return { start, end, text, kind: 'week', offset: Number(parts[0]) };
    case 'weekday':
      return { start, end, text, kind: 'weekday', weekday: Number(parts[0]), shift: 'next', hour: null, minute: null };
    case 'clock':
      return { start, end, text, kind: 'time', hour: Number(parts[0]), minute: Number(parts[1]) };
    case 'weekend':
      return { start, end, text, kind: 'week', offset: Number(parts[0]), weekend: true };
    case 'unit':
      return { start, end, text, kind: 'unit', unit: parts[0] as 'year' | 'quarter' | 'month', offset: Number(parts[1]), ...(parts[2] === 'anchored' ? { anchored: true as const } : {}) };
    case 'duration': {
      // "within 48 hours": the expression is the duration; the deadline keeps "within".
      const within = /^within\s+/i.exec(text)?.[0].length ?? 0;
      return { start: start + within, end, text: text.slice(within), kind: 'duration', value: parts[0] };
    }
    case 'year': {
      const at = text.lastIndexOf(parts[0]);
      return { start: start + at, end: start + at + 4, text: parts[0], kind: 'year', year: Number(parts[0]) };
    }
    case 'year-part':
      return { start, end, text, kind: 'year-part', value: parts[0], yearOffset: parts[1] ? Number(parts[1]) : null, latest: parts[2] === 'latest' };
    case 'season':
      return { start, end, text, kind: 'season', season: parts[0], offset: parts[1] === 'tense' ? null : Number(parts[1]), year: parts[2] ? Number(parts[2]) : null };
    case 'decade':
      return { start, end, text, kind: 'decade', value: parts[0] };
    case 'set':
      return { start, end, text, kind: 'set', value: parts.join(':') };
    case 'undated':
      return { start, end, text, kind: 'undated' };
    case 'monthday':
      return { start, end, text, kind: 'monthday', day: Number(parts[0]) };
    case 'month':
      return { start, end, text, kind: 'calendar', year: parts[2] ? Number(parts[2]) : null, month: Number(parts[0]), day: parts[1] ? Number(parts[1]) : null, weekday: null, hour: null, minute: null };
    case 'relative':
      return { start, end, text, kind: 'relative', days: Number(parts[0]), anchored: true };
    default:
      return null;
  }
}

// What chrono (or one of our parsers) needs to find a date that survives toRaw and isFalseAlarm:
// a month, a weekday, a day word, a unit, a clock time, a numeric date, a year, a decade or
// "every". chrono's twenty-odd patterns over all the text were most of the cost of an analysis;
// run over stretches around these cues only, they see a fraction of it.
const MONTH_AND_DAY_WORDS = [
  ...'january february march april june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
  ...withPlurals('monday tuesday wednesday thursday friday saturday sunday weekend weekday'),
  ...'today tonight tomorrow yesterday noon midday midnight morning afternoon evening night q1 q2 q3 q4 christmas halloween'.split(' '),
];
// Repetitions only our expressions read ("daily test results").
const FREQUENCY_WORDS = 'hourly daily weekly monthly yearly annually'.split(' ');
const UNIT_WORDS = withPlurals('second minute hour day week fortnight month quarter year decade century season spring summer autumn fall winter');
// Words that mean a date only beside a unit ("two weeks later", "every day"): they widen a
// stretch, but alone ("no later than", "every bottle") chrono reads nothing in them.
const UNIT_COMPANIONS = 'later earlier ago every'.split(' ');

function withPlurals(words: string): string[] {
  return words.split(' ').flatMap((word) => [word, `${word}s`]);
}

/** `years`: a year from the 1600s on is a cue (our own expression reads one; chrono reads none alone). */
function dateCue(words: readonly string[], flags: string, years: boolean): RegExp {
  return new RegExp(`\\b${wordTree(words)}\\b|\\d(?:\\s*(?:a\\.?m|p\\.?m|h|d|w|m|y|hrs?|mins?|secs?|yrs?|mos?)\\b|[:/]\\d|-\\d\\d?-\\d|(?:st|nd|rd|th)\\b)${years ? '|\\b(?:1[6-9]|20)\\d\\d\\b' : ''}|0s\\b`, flags);
}

/**
 * Words (letters and digits) as one expression with their common beginnings written once
 * ("jan(?:uary)?"): V8 tries a flat list word by word at every position, a tree letter by letter
 * (the cue scan over the paragraphs takes a quarter less time). Between word boundaries a match is
 * the whole word, whichever alternative reads it, so the tree matches what the list matched.
 */
function wordTree(words: readonly string[]): string {
  const rests = new Map<string, string[]>();
  for (const word of words) if (word) rests.set(word[0], [...(rests.get(word[0]) ?? []), word.slice(1)]);
  const branches = [...rests].map(([first, rest]) => first + wordTree(rest));
  if (branches.length === 0) return '';
  const tree = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
  if (!words.includes('')) return tree;
  return branches.length === 1 ? `(?:${tree})?` : `${tree}?`;
}

// Wire copy's clock times in a zone's four digits: "at 1200 GMT".
const ZONE_WORDS = ['gmt', 'utc'];

const DATE_CUE = dateCue([...MONTH_AND_DAY_WORDS, ...UNIT_WORDS, ...UNIT_COMPANIONS, ...FREQUENCY_WORDS, ...ZONE_WORDS], 'gi', true);
// Capitalized only: "may", "sat" and "sun" are common words (a weekday without a capital is a false alarm anyway).
const CAPITALIZED_DATE_CUE = /\b(?:May|MAY|Mon|Tues?|Wed|Thu|Thurs?|Fri|Sat|Sun)\b/g;

// Wide enough for the words an expression takes before its cue ("within approximately
// forty-eight hours") and after it ("three days from now"); cues closer than that share one
// stretch, so chrono still merges "Tuesday, March 4, 2025" and ranges.
const CONTEXT_BEFORE = 32;
const CONTEXT_AFTER = 16;

function cueSpans(paragraph: string, cue: RegExp, into: Span[]): void {
  cue.lastIndex = 0;
  for (let match = cue.exec(paragraph); match; match = cue.exec(paragraph)) into.push({ start: match.index, end: cue.lastIndex });
}

/** Stretches of the paragraph around its date cues, widened to whole words and merged where they meet. */
function cueStretches(paragraph: string): Span[] {
  const cues: Span[] = [];
  cueSpans(paragraph, DATE_CUE, cues);
  const caseSensitiveFrom = cues.length;
  cueSpans(paragraph, CAPITALIZED_DATE_CUE, cues);
  if (caseSensitiveFrom < cues.length) cues.sort((a, b) => a.start - b.start);
  const stretches: Span[] = [];
  for (const cue of cues) {
    let start = Math.max(0, cue.start - CONTEXT_BEFORE);
    while (start > 0 && !isSpaceAt(paragraph, start - 1)) start--;
    let end = Math.min(paragraph.length, cue.end + CONTEXT_AFTER);
    while (end < paragraph.length && !isSpaceAt(paragraph, end)) end++;
    const last = stretches[stretches.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else stretches.push({ start, end });
  }
  return stretches;
}

const PARSE_OPTIONS = { instant: PARSE_REFERENCE, timezone: 0 };

// The commonest dates of news copy, a capitalized weekday ("on Tuesday", "last Friday", "5 p.m. on
// Friday"), a month and day ("March 4", "Jan. 15, 2025") or a month alone ("since January"), and
// our own expressions ("within 48 hours", "next week") are read without chrono when nothing else
// date-like is in their stretch: chrono's cost is per call (eighteen expressions, refiners, result
// objects), whatever it finds. Anything chrono would combine them with (a time, a number, a range,
// a second date, brackets) sends the stretch to chrono, so the results are the same.
const MONTHS: Record<string, number> = {
  January: 1, February: 2, March: 3, April: 4, May: 5, June: 6, July: 7, August: 8, September: 9, October: 10, November: 11, December: 12,
  Jan: 1, Feb: 2, Mar: 3, Apr: 4, Jun: 6, Jul: 7, Aug: 8, Sep: 9, Sept: 9, Oct: 10, Nov: 11, Dec: 12,
};
const DAYS_IN_MONTH = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether chrono takes a year, month and day for a date (as its isValidDate does: no February 29 in 2025). */
function isChronoDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
const UNDOTTED_MONTHS = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';
// A month alone, written in full ("since January"; "May" is also a verb and a name: chrono reads it
// alone only after "in", as the simple-date expression does; elsewhere our own expression decides).
const LONE_MONTHS = Object.keys(MONTHS).filter((name) => name.length > 3 && name !== 'May' && name !== 'Sept');
// Parts of the day chrono reads as a time: alone ("after a night of debate"), as nothing toRaw keeps.
const PART_OF_DAY = '[Mm]orning|[Aa]fternoon|[Ee]vening|[Nn]ight';
// chrono's units and their abbreviations, as words.
const UNIT_NAMES = 's|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|mo|mon|mos|months?|qtr|quarters?|y|yrs?|years?';
// The number words chrono reads as an amount of a unit.
const CHRONO_NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';
// Days and weeks counted from a date, "a day after", "two weeks later", "three days ago": the
// amounts chrono reads, in the cases written here (others go to chrono, which reads any case).
const UNIT_AMOUNT_VALUES: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, few: 3, 'a few': 3, several: 7 };
const UNIT_AMOUNTS = String.raw`[Aa] few|[Ff]ew|[Ss]everal|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[1-9]\d?`;
// What chrono may read with such an amount before it: another unit ("two weeks and a day later"), a
// number's part ("1.5 days"), a sign, or a word its parsers begin with ("about", "after", "in", "half a day").
const UNIT_AMOUNT_BEFORE = new RegExp(`(?:[\\d.+\\-~]\\s*|\\b(?:about|around|roughly|approximately|just|this|last|past|next|after|within|in|for|and|half|a|an|the|few|several|couple|of|${UNIT_NAMES})\\W*)$`, 'i');
// After a unit, what chrono reads on with it: another amount (after a comma or "and"), or a word counting from it.
const UNIT_CONTINUED_AFTER = new RegExp(String.raw`^(?:\s{0,5},?(?:\s*and)?\s{0,5}(?:\d|an?\b|the\b|few|several|half|couple|${CHRONO_NUMBER_WORDS})|\s{0,5}(?:ago|before|earlier|later|after|from|henceforth|forward|out)\b)`, 'i');
// After "after", an amount of a unit chrono reads from there ("a day after a few hours"), longer than ours.
const UNIT_AMOUNT_AFTER = new RegExp(`^\\s*(?:(?:about|around)\\s{0,3})?(?:\\d|an?\\b(?:\\s{0,2}few)?|the|few|several|half(?:\\s{0,2}an?)?|a?\\s{0,2}couple\\s{0,2}(?:of)?|${CHRONO_NUMBER_WORDS})[\\d.]*\\s{0,3}(?:${UNIT_NAMES})(?=\\W|$)`, 'i');
const DATELINE_YEAR = /^(?:19|20)/;
// A clock time on a weekday ("6 p.m. on Friday", "noon on Friday"), a weekday (with its part of
// the day: "on Tuesday night"), a month and day, an ISO date ("date 2025-08-08 BRUSSELS—"), a month
// alone, a part of the day alone, a day word ("today") or words chrono reads as what isFalseAlarm
// drops, "now", "weekend" and "weekday" written small (kept as reads: chrono joins them to a date beside them, "Thursday now"),
// days and weeks counted from a date, "the end of the month", or units chrono reads as what
// isFalseAlarm drops ("for a second", "the last minute"; "in a second" is left to chrono: no other
// alternative starts with an "i", common at a word's start), or a month's abbreviation starting a
// name ("María"). A month with a year ("in May 2026"; to chrono two digits no day can be are one:
// "Oct. 35") is followed by what chrono's month expression looks for after its year. Every
// alternative starts a word: tried there only (`\b(?=\w)`, once for all), the scan takes a third less time.
const SIMPLE_DATE = new RegExp(
  `\\b(?=\\w)(?:(?:(1[0-2]|[1-9])(?::([0-5]\\d))? ([ap])\\.m\\.|(noon|midnight)) on (${WEEKDAY_NAMES.join('|')})|(?:[Oo]n\\s+)?(?:([Tt]his|[Ll]ast|[Pp]ast|[Nn]ext)\\s+)?\\b(${WEEKDAY_NAMES.join('|')})(?: (${PART_OF_DAY}))?|(${Object.keys(MONTHS).join('|')})\\.?\\s+(?:([1-9]|[12]\\d|3[01])(?:,\\s+((?:19|20)\\d\\d))?|((?:19|20)\\d\\d|3[2-9]|[4-9]\\d)(?=[^\\s\\w]|\\s+[^0-9]|\\s+$|$))|(\\d{4})-(\\d\\d)-(\\d\\d)|(${LONE_MONTHS.join('|')}|(?<=\\b[Ii]n\\s+)May)|(${PART_OF_DAY})|([Tt]oday|[Tt]onight|[Tt]omorrow|[Yy]esterday)|([Nn][Oo][Ww]|weekend|weekday)|(${UNIT_AMOUNTS})\\s{1,3}(days?|weeks?)\\s{1,5}(later|after|ago|before|earlier)|(end\\s+of\\s+(?:the\\s+)?month)|((?:[Ff]or|[Aa]fter) a second|[Ll]ast minute)|(${UNDOTTED_MONTHS})(?=[^\\x00-\\x7F]))\\b`,
  'g',
);
// chrono reads a month alone as just its name unless a day stands beside it ("5th January",
// "the first of January", "January first", "January 5"), a year after it, "of" before it ("the end of
// January" is a period of its own), a time zone's capitals after it ("January, EST"), or its
// expression runs on into a hyphen or a line break ("January -", "January\n"). Ordinals as
// chrono writes them ("twenty-first"); a word that only starts like one sends the stretch to chrono too.
const ORDINAL_WORD = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|tieth|twent|thirt';
const BESIDE_MONTH_BEFORE = new RegExp(`(?:\\bof(?:\\s+the)?|(?:\\d|${ORDINAL_WORD})(?:st|nd|rd|th)?)\\W*$`, 'i');
// The days chrono's day words count from the article date (as toRaw reads them).
const DAY_WORDS: Record<string, number> = { today: 0, tonight: 0, tomorrow: 1, yesterday: -1 };
// After a month-day, what makes its number something else to chrono: a clock time ("Nov 5 pm",
// "Nov 5 p.m.") or an amount of one of its units ("March 10 years ago").
const NUMBER_TAKEN_AFTER = new RegExp(`^\\s*(?:am|pm|[ap]\\.m)|^\\s{0,3}(?:${UNIT_NAMES})(?=\\W|$)`, 'i');
// Before a month-day, a day chrono may read with it ("the second May 28": the 2nd, and the number a
// year) or the words it makes its month's end with ("the end of March 10").
const MONTH_DAY_BEFORE = new RegExp(`(?:(?:\\d|${ORDINAL_WORD})(?:st|nd|rd|th)?\\W*(?:of\\W*)?|\\b(?:last\\s+day|end)\\s+of\\s+(?:the\\s+)?)$`, 'i');
const ERA_AFTER = /^\s{0,2}(?:AD|BC|BE|CE)/i;
// What keeps chrono from reading two digits as a year.
const TWO_DIGITS_TAKEN_AFTER = /^(?::\d|\s+(?:am|pm|o\s*clock|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/i;
// chrono's words for the end of a period before it (those of its ENEndOfPeriodRefiner).
const END_OF_BEFORE = /\b(?:last\s+day|end)\s+of\s+(?:the\s+)?$/i;
const BESIDE_MONTH_AFTER = new RegExp(`^(?:\\W*(?:\\d|of\\b|${ORDINAL_WORD})|[\\s,]*(?:[^\\S ]|-))`, 'i');
const ZONE_AFTER = /^\s*(?:,\s*)?\(?[A-Z]{2}/;
// As chrono reads a zone after a date without a time: capitals as written, two to four of them
// (its "\s*,?\s*" written so that spaces alone cannot take quadratic time).
const ZONE_ABBREVIATION_AFTER = /^\s*(?:,\s*)?\(?[A-Z]{2,4}\)?(?=\W|$)/;
// "this morning" is today's, "last night" yesterday's; a number near a part of the day may be its clock time.
const PART_OF_DAY_SHIFT_BEFORE = /\b(?:this|last)\s*$/i;
// chrono's "noon" takes "this" before it, and the spaces before it after a sign or the stretch's start ("- noon").
const CASUAL_TIME_BEFORE = /\bthis\s*$|\s$(?<=(?:^|\W)\s+)/i;
const DIGIT = /\d/;
// How far before and after a simple date those words are looked for.
const BESIDE = 16;
// chrono's amounts of its units with the words that make them a date: "in a week", "for 30
// days", "three weeks ago", "the day before", "next month", "the end of the month"; not "weeks of
// talks", "a second day", "a quarter point".
const AMOUNT = String.raw`(?:\d+(?:\.\d+)?|${CHRONO_NUMBER_WORDS}|half(?:\s+an?)?|an?(?:\s+few)?|few|several|the|(?:a\s+)?couple\s+of)`;
const CHRONO_UNIT = String.raw`(?:second|minute|hour|day|week|month|quarter|year)s?`;
const UNIT_DATE = [
  // chrono drops "for the …" ("for the second time").
  String.raw`\b(?:within|in|for(?!\s+the\b))\s+(?:(?:about|around|roughly|approximately|just)\s+)?${AMOUNT}\s{0,3}${CHRONO_UNIT}\b`,
  // After "after" a unit needs its amount ("after two weeks"; "after weeks of talks" is no date; "after this week" is "this week").
  String.raw`\b(?:this|last|past|next)\s+(?:${AMOUNT}\s{0,3})?${CHRONO_UNIT}\b`,
  String.raw`\bafter\s+${AMOUNT}\s{0,3}${CHRONO_UNIT}\b`,
  // "- a week": a sign counts too.
  String.raw`[+-]\s*${AMOUNT}\s{0,3}${CHRONO_UNIT}\b`,
  String.raw`\b${AMOUNT}\s{0,3}${CHRONO_UNIT}\s+(?:ago|before|earlier|later|after|from|hence|prior)\b`,
  String.raw`\b(?:end|last\s+day)\s+of\s+(?:the\s+)?month\b`,
].join('|');
// What chrono could read in the rest of a stretch: a month, a weekday or a day word; a unit made
// a date (above); or a number it could read as a date ("3-2", "1500 am"; not "2.3 million", "4.5%");
// see also numberAfter and numberBefore. Seasons, decades and "every" are ours alone: our expressions found them or nobody does.
// chrono's casual day words no cue is made of ("tmr", "overmorrow") are looked for there too.
const DAY_CUE_ANYWHERE = dateCue([...MONTH_AND_DAY_WORDS, 'overmorrow', 'tmr', 'tmrw'], 'i', false);
const UNIT_DATE_ANYWHERE = new RegExp(UNIT_DATE, 'i');
// A unit made a date holds its unit: the long expression for one runs only where a unit is (over a ninth
// of the rests in the 100 KB document), not from every position of every rest.
const CHRONO_UNIT_WORD = /second|minute|hour|day|week|month|quarter|year/i;
// Four digits alone ("since 2019", "the 3136 law") are no date to chrono: its clock times take
// them only with a meridiem ("0930 am"), its year-month-day dates with a separator and a number
// or month after them ("2025 8 8", "2025.may.8"; the other months are day cues).
const DATE_LIKE_NUMBER = /\d[.\-]\d(?!\d*\s*(?:%|(?:percent|per cent|million|billion|trillion|points?)\b))|\d{4}(?=[-./\s](?:\d|[Mm][Aa][Yy]\b)|\s*[AaPp](?:\.[Mm]\.|[Mm])?(?!\w))/;
const CAPITALIZED_DATE_CUE_ANYWHERE = new RegExp(CAPITALIZED_DATE_CUE.source);
// chrono keeps brackets around a weekday in its text: "(Tuesday)"; and a comma before it after a sign ("3%, Sunday").
const BRACKET_BEFORE = /(?:[(（]|(?:^|\W),)\s*$/;
const BRACKET_AFTER = /^\s*[)）]/;
// Closer than this, with only joining words between, chrono may read two dates as one: a range
// ("Tuesday to Thursday"), one date ("Friday, March 7", "Friday of next week") or a date and
// its time. Any other word between them ("on Wednesday upheld a four-year ban") keeps them apart.
const RANGE_GAP = 16;
const JOINING_WORDS = new Set(['to', 'until', 'through', 'till', 'at', 'after', 'before', 'on', 'of', 'from', 'since', 'this', 'last', 'past', 'next', 'week', 'and', 'or', 'the', 't']);
const GAP_WORD = /\p{L}+/gu;
// A time zone's capitals join a time to a date: "at 10 ET Friday" is one date to chrono.
const ZONE_WORD = /^[A-Z]{2,4}$/;

function mayJoin(gap: string): boolean {
  GAP_WORD.lastIndex = 0;
  for (let match = GAP_WORD.exec(gap); match; match = GAP_WORD.exec(gap)) if (!JOINING_WORDS.has(match[0].toLowerCase()) && !ZONE_WORD.test(match[0])) return false;
  return true;
}

/** A date found without chrono: its span as chrono would see it, and what it says (null: nothing to keep). */
interface QuickRead {
  index: number;
  end: number;
  raw: RawTemporal | null;
  /** One of our own expressions' results. */
  own?: boolean;
  /** Days counted from a date ("a day after"): chrono's reading of them gives way to an own result over any of them (as preferOwnResults does). */
  unitCount?: boolean;
  /** The weekday (0 Sunday … 6 Saturday) of a weekday alone ("on Friday"; not "last Friday", "Friday night"), which chrono gives to a day after it. */
  weekdayAlone?: number;
}

// chrono gives a weekday alone to the month-day right after it ("Wednesday, May 28"): one date.
const WEEKDAY_DATE_GAP = /^\s*(?:,\s*)?$/;

/**
 * The stretch's dates when every one is a simple date or an own expression, far enough apart
 * that chrono would not combine them, with nothing else date-like between them; else null
 * (chrono reads the stretch). Own results are what chrono would keep of those spans anyway.
 */
function withoutChrono(text: string, own: readonly OwnResult[]): RawTemporal[] | null {
  const reads: QuickRead[] = own.map((result) => ({ index: result.index, end: result.index + result.text.length, raw: ownToRaw(result), own: true }));
  SIMPLE_DATE.lastIndex = 0;
  for (let match = SIMPLE_DATE.exec(text); match; match = SIMPLE_DATE.exec(text)) {
    if (BRACKET_BEFORE.test(text.slice(Math.max(0, match.index - 3), match.index))) return null;
    if (BRACKET_AFTER.test(text.slice(SIMPLE_DATE.lastIndex, SIMPLE_DATE.lastIndex + 3))) return null;
    const read = simpleDate(match, text, ownEndBefore(own, match.index));
    if (!read) return null;
    // chrono drops its results over our own before it merges any: one within ours ("Sunday" in
    // "every Sunday") is no read, nor are days counted that touch ours.
    if (own.some((result) => (read.unitCount ? result.index < read.end : result.index <= read.index && read.end <= result.index + result.text.length) && read.index < result.index + result.text.length)) continue;
    const last = reads[reads.length - 1];
    if (last?.weekdayAlone !== undefined && read.raw?.kind === 'calendar' && read.raw.day !== null && WEEKDAY_DATE_GAP.test(text.slice(last.end, read.index))) {
      const { start } = last.raw!;
      reads[reads.length - 1] = { index: last.index, end: read.end, raw: { ...read.raw, start, text: text.slice(start, read.end), weekday: last.weekdayAlone } };
    } else {
      reads.push(read);
    }
  }
  if (own.length > 0) reads.sort((a, b) => a.index - b.index);
  const found: RawTemporal[] = [];
  let rest = '';
  let previousEnd = -RANGE_GAP;
  let previousOwn = false;
  let previousKeeps = true;
  for (const read of reads) {
    const gapStart = Math.max(0, previousEnd);
    // chrono's results over our own are dropped before it merges any: nothing joins two of ours
    // ("last week, 30 days", "between 2019 and 2023"), nor a number to one of ours ("€250,000
    // within 30 days", "last month on 11 counts"); what lies between them is in the rest. Beside
    // one of ours, a read that keeps nothing ("within 48 hours, after a second") loses nothing
    // where chrono reads it into ours either.
    const mayBeJoined = previousOwn ? !read.own && read.raw !== null : !(read.own && !previousKeeps);
    if ((mayBeJoined && read.index - previousEnd < RANGE_GAP && mayJoin(text.slice(gapStart, read.index))) || (previousEnd >= 0 && !previousOwn && numberAfter(text, previousEnd, read.index)) || (!read.own && numberBefore(text, gapStart, read.index))) return null;
    if (read.raw?.kind === 'calendar' && read.raw.year === null && yearAfter(text, read.end)) return null;
    rest += text.slice(gapStart, read.index) + ' ';
    previousEnd = read.end;
    previousOwn = read.own === true;
    previousKeeps = read.raw !== null;
    if (read.raw) found.push(read.raw);
  }
  if (previousEnd >= 0 && !previousOwn && numberAfter(text, previousEnd, text.length)) return null;
  rest += text.slice(Math.max(0, previousEnd));
  if (DATE_LIKE_NUMBER.test(rest) || DAY_CUE_ANYWHERE.test(rest) || (CHRONO_UNIT_WORD.test(rest) && UNIT_DATE_ANYWHERE.test(rest)) || CAPITALIZED_DATE_CUE_ANYWHERE.test(rest)) return null;
  return found;
}

/**
 * A number within RANGE_GAP after a read (from `from`, up to `to`) with only joining words before
 * it: chrono may join it to the date as a time ("Friday 5", "Friday at 5", "June 2-1"); not "until
 * Friday to close a $38 million hole".
 */
function numberAfter(text: string, from: number, to: number): boolean {
  for (let i = from; i < Math.min(to, from + RANGE_GAP); i++) if (isDigit(text, i)) return mayJoin(text.slice(from, i));
  return false;
}

/**
 * The same for a number before a read (at `to`), the nearest one from `from` on; not a share
 * ("4.5% on Thursday": every join chrono makes needs only spaces and words between, never a sign).
 */
function numberBefore(text: string, from: number, to: number): boolean {
  for (let i = to - 1; i >= Math.max(from, to - RANGE_GAP); i--) if (isDigit(text, i)) return text[i + 1] !== '%' && mayJoin(text.slice(i + 1, to));
  return false;
}

/**
 * Four digits after `at` across spaces and commas only: chrono takes a year into a date without
 * one however far ("March 3,      2026"), and further away than numberAfter looks, four digits
 * are no date in the rest. (A loop: an expression would try every position of a long run of spaces.)
 */
function yearAfter(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && (text[i] === ',' || isSpaceAt(text, i))) i++;
  return isDigit(text, i) && isDigit(text, i + 1) && isDigit(text, i + 2) && isDigit(text, i + 3);
}

function isDigit(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 48 && code <= 57;
}

/** The stretch's dates as chrono reads them beside the own results, in chrono's order (by index, own first). */
function withChrono(text: string, own: OwnResult[]): RawTemporal[] {
  ownResults = own;
  const reads = own.map((result) => ({ index: result.index, raw: ownToRaw(result) }));
  for (const result of casualParser.parse(text, PARSE_OPTIONS)) reads.push(...readsOf(result));
  const found: RawTemporal[] = [];
  for (const { raw } of reads.sort((a, b) => a.index - b.index)) if (raw) found.push(raw);
  return found;
}

/** Where the last of our own results that end at or before `at` ends, or 0. */
function ownEndBefore(own: readonly OwnResult[], at: number): number {
  let end = 0;
  for (const result of own) if (result.index + result.text.length <= at) end = Math.max(end, result.index + result.text.length);
  return end;
}

/** What chrono reads in a simple date's match (our own results ending at or before `ownEnd`), or null when only chrono can tell. */
function simpleDate(match: RegExpExecArray, stretch: string, ownEnd: number): QuickRead | null {
  const [written, clockHour, clockMinute, meridiem, clockWord, clockWeekday, shiftWord, weekdayName, weekdayPart, monthName, dayText, yearText, monthYear, isoYear, isoMonth, isoDay, loneMonth, lonePart, dayWord, falseAlarm, amount, unit, counted, monthEnd, unitAlarm, monthInName] = match;
  const index = match.index;
  const end = index + written.length;
  // What chrono might read with the match: the few characters on either side.
  const before = stretch.slice(Math.max(0, index - BESIDE), index);
  const after = stretch.slice(end, end + BESIDE);
  if (amount) {
    const lower = counted.toLowerCase();
    if (UNIT_AMOUNT_BEFORE.test(before) || ZONE_ABBREVIATION_AFTER.test(after) || (lower === 'after' && UNIT_AMOUNT_AFTER.test(after))) return null;
    const days = (UNIT_AMOUNT_VALUES[amount.toLowerCase()] ?? Number(amount)) * (unit.startsWith('w') ? 7 : 1) * (lower === 'later' || lower === 'after' ? 1 : -1);
    return { index, end, raw: { start: index, end, text: written, kind: 'relative', days, anchored: lower !== 'ago' }, unitCount: true };
  }
  // chrono's month of the article's time (as toRaw reads it): "the end of the month".
  if (monthEnd) return ZONE_ABBREVIATION_AFTER.test(after) ? null : { index, end, raw: { start: index, end, text: written, kind: 'unit', unit: 'month', offset: 0 } };
  // chrono reads more with "a second" beside an amount or a unit before it ("a day after a second"),
  // another amount after it ("for a second and a minute") or a word it counts with ("a second later").
  // An amount or a unit in one of our own results ("within 48 hours, after a second") reads nothing
  // with it that chrono keeps: its reading over ours is dropped, and "a second" alone is a false alarm.
  if (unitAlarm) {
    const beforeOutsideOwn = stretch.slice(Math.max(ownEnd, index - BESIDE), index);
    if (ZONE_ABBREVIATION_AFTER.test(after) || (unitAlarm.endsWith('second') && (UNIT_AMOUNT_BEFORE.test(beforeOutsideOwn) || UNIT_CONTINUED_AFTER.test(after)))) return null;
    return { index, end, raw: null };
  }
  // chrono's expressions end a word at a letter beyond ASCII: "Mar" in "María" is a month only
  // after "in" (which isUndottedAbbreviationWord drops) or with a day before it ("5 María").
  if (monthInName) return BESIDE_MONTH_BEFORE.test(before) ? null : { index, end, raw: null };
  if (dayWord || falseAlarm) {
    if (ZONE_ABBREVIATION_AFTER.test(after)) return null;
    return { index, end, raw: dayWord ? { start: index, end, text: written, kind: 'relative', days: DAY_WORDS[dayWord.toLowerCase()], anchored: false } : null };
  }
  if (clockWeekday) {
    if ((clockWord && CASUAL_TIME_BEFORE.test(before)) || ZONE_AFTER.test(after)) return null;
    // As toRaw reads chrono's hour: midnight is the end of the day (24), 12 a.m. its start.
    const hour = clockWord ? (clockWord === 'noon' ? 12 : 24) : (Number(clockHour) % 12) + (meridiem === 'p' ? 12 : 0);
    return { index, end, raw: { start: index, end, text: written, kind: 'weekday', weekday: WEEKDAY_NAMES.indexOf(clockWeekday), shift: null, hour, minute: clockMinute ? Number(clockMinute) : 0 } };
  }
  if (lonePart || loneMonth) {
    if (lonePart) return PART_OF_DAY_SHIFT_BEFORE.test(before) || DIGIT.test(before) || DIGIT.test(after) ? null : { index, end, raw: null };
    if (BESIDE_MONTH_AFTER.test(after) || ZONE_AFTER.test(after)) return null;
    // "the end of June": chrono's month moved to its end, read with those words and no day.
    const endOf = BESIDE_MONTH_BEFORE.test(before) ? END_OF_BEFORE.exec(stretch.slice(0, index)) : undefined;
    if (endOf === null) return null;
    const start = endOf ? endOf.index : index;
    return { index: start, end, raw: { start, end, text: stretch.slice(start, end), kind: 'calendar', year: null, month: MONTHS[loneMonth], day: null, weekday: null, hour: null, minute: null } };
  }
  // chrono's text drops "on" (as toRaw would); it keeps the shift word, whose meaning toRaw reads from the text.
  const text = written.replace(LEADING_PREPOSITION, '');
  const start = end - text.length;
  if (isoYear) {
    const [year, month, day] = [Number(isoYear), Number(isoMonth), Number(isoDay)];
    if (isChronoDay(year, month, day)) {
      // chrono joins a zone's capitals to a date; after a dateline's date (of this century or the
      // last) they are taken for its city ("2025-08-08 RENO—"), as they always were.
      if (!DATELINE_YEAR.test(isoYear) && ZONE_ABBREVIATION_AFTER.test(after)) return null;
      return { index, end, raw: { start, end, text, kind: 'calendar', year, month, day, weekday: null, hour: null, minute: null } };
    }
    // chrono's year-month-day expression reads an impossible month before a day that can be a
    // month the other way round ("3136-17-10" is October 17).
    if ((month < 1 || month > 12) && day >= 1 && day <= 12) return null;
    // No date either way ("3136-17-23", a shifted dateline): chrono drops it after its refiners,
    // which may join it to what is beside it (the checks in withoutChrono) or to a zone after it.
    return ZONE_ABBREVIATION_AFTER.test(after) ? null : { index, end, raw: null };
  }
  // chrono takes a time zone's capitals after a date ("Friday UTC", "May 28 PT"): written after a
  // weekday or a month-day they are one (a dateline's city follows an ISO date: "2025-08-08 RENO—").
  if (ZONE_ABBREVIATION_AFTER.test(after)) return null;
  if (weekdayName) {
    if (weekdayPart && DIGIT.test(after)) return null;
    const shiftWritten = shiftWord?.toLowerCase();
    const shift = shiftWritten === 'next' || shiftWritten === 'last' || shiftWritten === 'this' ? shiftWritten : null;
    const weekday = WEEKDAY_NAMES.indexOf(weekdayName);
    return { index, end, raw: { start, end, text, kind: 'weekday', weekday, shift, hour: null, minute: null }, weekdayAlone: shiftWord || weekdayPart ? undefined : weekday };
  }
  // A month with a year is read alone unless a day stands before it ("5 January 2026", "the end of
  // January 2026") or an era after its year ("2026 AD", which chrono takes in any case: "2026 be").
  // chrono reads two digits no day can be as a year ("Oct. 35" is 2035, "March 99" 1999), unless
  // a clock or a month follows them.
  if (NUMBER_TAKEN_AFTER.test(after) || (monthYear ? BESIDE_MONTH_BEFORE.test(before) || ERA_AFTER.test(after) || (monthYear.length === 2 && TWO_DIGITS_TAKEN_AFTER.test(after)) : MONTH_DAY_BEFORE.test(before))) return null;
  const month = MONTHS[monthName];
  if (monthYear) {
    const year = Number(monthYear);
    return { index, end, raw: { start, end, text, kind: 'calendar', year: year < 100 ? year + (year > 50 ? 1900 : 2000) : year, month, day: null, weekday: null, hour: null, minute: null } };
  }
  const day = Number(dayText);
  // chrono rejects impossible days; it decides those cases.
  if (day > DAYS_IN_MONTH[month]) return null;
  return { index, end, raw: { start, end, text, kind: 'calendar', year: yearText ? Number(yearText) : null, month, day, weekday: null, hour: null, minute: null } };
}

/** A stretch's dates, at offsets in the stretch: they depend on its text alone. */
function readStretch(text: string, chronoOnly: boolean): RawTemporal[] {
  const own = ownExpressions(text);
  return (chronoOnly ? null : withoutChrono(text, own)) ?? withChrono(text, own);
}

/** A stretch's dates at the offsets of the paragraph it was read in, where it started at `at`. */
export interface StretchReading {
  at: number;
  dates: readonly RawTemporal[];
}

/**
 * A stretch's dates, just read (and not yet shared), moved to the paragraph's offsets in place:
 * copying each of them (objects of a dozen shapes) was ~1 % of a fresh analysis.
 */
function movedBy(dates: RawTemporal[], offset: number): RawTemporal[] {
  for (const date of dates) {
    date.start += offset;
    date.end += offset;
  }
  return dates;
}

/** Keeps a stretch's reading for the next analysis of the document (see parseParagraph). */
export type StretchCache = (stretch: string, read: () => StretchReading) => StretchReading;

/**
 * Temporal expressions of one paragraph, unresolved. `chronoOnly` sends every stretch to chrono
 * (its tests compare the two). An edit reaches few of its paragraph's stretches and the others
 * come back in the next version of the document: a `stretchCache` keeps their readings.
 */
export function parseParagraph(paragraph: string, { chronoOnly = false, stretchCache }: { chronoOnly?: boolean; stretchCache?: StretchCache } = {}): RawTemporal[] {
  const found: RawTemporal[] = [];
  // Most paragraphs open no quotation: none of their dates is in a quoted title.
  let opensQuote: boolean | undefined;
  try {
    for (const { start, end } of cueStretches(paragraph)) {
      const text = paragraph.slice(start, end);
      const reading = () => ({ at: start, dates: movedBy(readStretch(text, chronoOnly), start) });
      const { at, dates } = stretchCache ? stretchCache(text, reading) : reading();
      for (const read of dates) {
        // A kept reading of a stretch that stands elsewhere now (after an edit before it, or a
        // second time) is copied to where it stands; the kept one is shared and stays as it is.
        const raw = at === start ? read : { ...read, start: read.start + start - at, end: read.end + start - at };
        const inTitle = (opensQuote ??= OPENING_QUOTE_ANYWHERE.test(paragraph)) && isInQuotedTitle(paragraph, raw);
        if (!isFalseAlarm(raw) && !isPartOfName(paragraph, raw) && !isUndottedAbbreviationWord(paragraph, raw) && !inTitle && !isWeekdayOfAName(paragraph, raw)) found.push(raw);
      }
    }
  } catch {
    // chrono is a third-party parser: a failure on odd input costs the paragraph's dates, nothing more.
    return [];
  }
  return withJoinedDurations(paragraph, found);
}

// A duration of one amount of one unit: "P2M", "PT30M".
const SIMPLE_DURATION = /^P(T?)(\d+)([YMDHS])$/;
// The units a duration is written in, largest first (M is a month before the T, a minute after it).
const DURATION_UNITS = ['Y', 'M', 'D', 'TH', 'TM', 'TS'];

/** "two months and 10 days": two lengths joined by "and", a larger unit first, are one (P2M10D). */
function withJoinedDurations(paragraph: string, found: RawTemporal[]): RawTemporal[] {
  for (let i = 0; i + 1 < found.length; i++) {
    const first = found[i];
    const second = found[i + 1];
    if (first.kind !== 'duration' || second.kind !== 'duration' || !/^\s+and\s+$/.test(paragraph.slice(first.end, second.start))) continue;
    const value = joinedDuration(first.value, second.value);
    if (value === null) continue;
    found.splice(i, 2, { start: first.start, end: second.end, text: paragraph.slice(first.start, second.end), kind: 'duration', value });
  }
  return found;
}

function joinedDuration(first: string, second: string): string | null {
  const a = SIMPLE_DURATION.exec(first);
  const b = SIMPLE_DURATION.exec(second);
  if (!a || !b) return null;
  const aUnit = DURATION_UNITS.indexOf(a[1] + a[3]);
  const bUnit = DURATION_UNITS.indexOf(b[1] + b[3]);
  if (aUnit < 0 || bUnit <= aUnit) return null;
  const part = (match: RegExpExecArray) => match[2] + match[3];
  if (a[1] === b[1]) return `P${a[1]}${part(a)}${part(b)}`;
  return `P${part(a)}T${part(b)}`;
}

const UNDOTTED_MONTH = new RegExp(`^(?:${UNDOTTED_MONTHS})$`);
const UNDOTTED_WEEKDAY = /^(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)$/;
const WEEKDAY_LEAD = /\b(?:on|by|until|till|from|since|before|after|through|to|next|last|this)\s{1,3}$/i;

/**
 * A month or weekday abbreviation alone, without its full stop: a month needs its dot or a day
 * number ("Mar." , "Mar 17"; not "Fundación Mar Abierto"); a weekday needs a preposition before it
 * and no name after it ("on Sat"; not "Sun said", "Sun Wei").
 */
function isUndottedAbbreviationWord(paragraph: string, raw: RawTemporal): boolean {
  if (raw.text.length > 5) return false;
  if (raw.kind === 'calendar') return raw.day === null && raw.year === null && UNDOTTED_MONTH.test(raw.text) && paragraph[raw.end] !== '.';
  if (raw.kind !== 'weekday' || !UNDOTTED_WEEKDAY.test(raw.text) || paragraph[raw.end] === '.') return false;
  if (/^\s{1,3}\p{Lu}/u.test(paragraph.slice(raw.end, raw.end + 4))) return true;
  return !WEEKDAY_LEAD.test(paragraph.slice(Math.max(0, raw.start - 12), raw.start));
}

const NAME_LETTER = /[\p{L}’'-]/u;

/**
 * A casual day word or a frequency written capitalized after a capitalized word: a title or name
 * ("the podcast “Extra Time Tonight”", the newspaper "Indus Daily"), not a time.
 */
function isPartOfName(paragraph: string, raw: RawTemporal): boolean {
  if ((raw.kind !== 'relative' && raw.kind !== 'set') || !/^\p{Lu}/u.test(raw.text)) return false;
  // The word before, across spaces only.
  const before = wordBefore(paragraph, raw.start, NAME_LETTER);
  return before.end < raw.start && before.start < before.end && /\p{Lu}/u.test(paragraph[before.start]);
}

// Looked up a character at a time (no expression per character: this runs for every capitalized date).
const OPENING_QUOTES = '“"‘';
const CLOSING_QUOTES = '”"’';
const QUOTE_MARKS = OPENING_QUOTES + CLOSING_QUOTES;
const OPENING_QUOTE_ANYWHERE = new RegExp(`[${OPENING_QUOTES}]`);
const TITLE_REACH = 60;
// Every word capitalized (small joining words aside), closing punctuation allowed: a title's words.
const TITLE_WORDS = /^(?:(?:\p{Lu}[\p{L}\p{N}'’-]*|\p{N}+|of|the|and|a|an|in|on|for|to|at|or)[,.!?]?(?:\s+|$))+$/u;

/**
 * A date word capitalized inside a quoted title: BBC Radio 4's “Today” programme, the book “The
 * Thirty-Year Promise”, the film strand “Midnight at the Quays”, the show “Saturday Night Live”
 * (not “Today we start,” nor a quote that opens “By Friday, …”).
 */
function isInQuotedTitle(paragraph: string, raw: RawTemporal): boolean {
  if (!/^\p{Lu}/u.test(raw.text)) return false;
  let open = raw.start - 1;
  while (open >= 0 && raw.start - open <= TITLE_REACH && !QUOTE_MARKS.includes(paragraph[open])) open--;
  if (open < 0 || !OPENING_QUOTES.includes(paragraph[open])) return false;
  let close = raw.end;
  while (close < paragraph.length && close - raw.end <= TITLE_REACH && !QUOTE_MARKS.includes(paragraph[close])) close++;
  return close < paragraph.length && CLOSING_QUOTES.includes(paragraph[close]) && TITLE_WORDS.test(paragraph.slice(open + 1, close));
}

const CAPITALIZED_WORD_AFTER = /^\s\p{Lu}\p{Ll}/u;

/** A weekday between "the" and a capitalized word names something: "seen by the Sunday Beacon", "the Monday Club". */
function isWeekdayOfAName(paragraph: string, raw: RawTemporal): boolean {
  return (
    raw.kind === 'weekday' &&
    raw.hour === null &&
    followsThe(paragraph, raw.start) &&
    CAPITALIZED_WORD_AFTER.test(paragraph.slice(raw.end, raw.end + 3)) &&
    !MONTH_AFTER.test(paragraph.slice(raw.end, raw.end + 12))
  );
}
const MONTH_AFTER = /^\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;

const ONE_LETTER_AFTER_WORD = /\b(?:the|an?|few|several|couple|of)\s+\p{L}$/iu;

/**
 * Whether `text` ends with one character (one code point) after a space: ONE_LETTER_AFTER_WORD
 * needs that, and being end-anchored, it is tried at every position.
 */
function endsWithOneCharacterWord(text: string): boolean {
  const code = text.charCodeAt(text.length - 1);
  const last = text.length - (code >= 0xdc00 && code <= 0xdfff ? 2 : 1);
  return last > 0 && isSpaceAt(text, last - 1);
}

/** chrono's casual guesses that news copy does not mean as times: "sat down", "last minute", "for a second", "now". */
function isFalseAlarm(raw: RawTemporal): boolean {
  if (/^(?:now|right now|last minute|the last minute|(?:for|after|in)\s+a second|a second|the moment)$/i.test(raw.text)) return true;
  // "Tuesday, the last day allowed under the rules", "his last day in office": a description, not yesterday ("the last day of the month" is read whole).
  if (/^last day$/i.test(raw.text)) return true;
  // chrono's one-letter units ("5 d") after a word are capitals of a name: "in the M&A market".
  if (endsWithOneCharacterWord(raw.text) && ONE_LETTER_AFTER_WORD.test(raw.text)) return true;
  // English capitalizes days and months; written small they are other words ("led a march to"). A
  // clock time may be on a weekday written elsewhere: "from 4 a.m. to 10 a.m. on Monday".
  if (((raw.kind === 'weekday' && raw.hour === null) || (raw.kind === 'calendar' && raw.day === null && raw.year === null)) && !/\p{Lu}/u.test(raw.text)) return true;
  if ((raw.kind === 'time' || (raw.kind === 'calendar' && raw.hour !== null)) && !/\d|noon|midnight|morning|afternoon|evening|night/i.test(raw.text)) return true;
  return false;
}
