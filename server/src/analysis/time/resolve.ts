import type { TimexType } from '../model';
import { addDays, daysBetween, isoWeek, monthDayFrom, monthFrom, monthsBetween, pad, PART_OF_DAY_CODES, toIso, weekdayFrom, weekdayOf, weekdayOfNextWeek } from './calendar';
import type { RawTemporal } from './parser';
import { isSpaceAt, lowerCase, wordBefore } from '../text/words';

/**
 * Which way the sentence around a date looks from the article date: back (past narration),
 * ahead (plans, orders, deadlines), nowhere in particular, or a deadline set in past narration,
 * which may have passed since; `after-earlier` is such a deadline after a day its sentence gives
 * first ("gave him until Nov. 30, 2024, then moved the deadline to Jan. 15").
 */
export type Direction = 'past' | 'future' | 'unknown' | 'set-in-past' | 'after-earlier';

// Words that put the time a sentence speaks of ahead of the article date (a plural present such
// as "vote" only as a verb: not after "did not", an article or a possessive, "Monday’s vote"),
// and the "to" of an order ("ordered residents to leave on Sunday"). A present progressive of
// arranging ("we are meeting the unions Friday") speaks of what is planned.
// "unlikely to act before the spring session" looks ahead as "likely to" does, and "expected a vote Thursday" as "expected to".
// A "to" counts only after an order (ORDERED_BEFORE_TO), which is read apart: its words may be of any
// script, which needs Unicode mode, and that mode makes this long expression several times slower.
const FUTURE_CUES = /\b(?:will|won['’]t|shall|would|could|might|may|must|until|till|no later than|deadline|due|expires?|expiring|scheduled|planned|plans|slated|upcoming|coming|next|ahead of|from now|(?:meets|opens|begins|starts|ends|closes|shuts|resumes|reconvenes|convenes|votes|arrives|travels|visits|returns|takes effect|kicks off)|(?<!\b(?:to|did|not|never|[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Tt]his)\s|['’]s\s)(?:meet|open|begin|start|resume|reconvene|convene|vote|arrive|travel|visit|return|take effect|kick off)|(?:is|are|['’]re)\s+(?:meeting|travel{1,2}ing|visiting|flying|leaving|hosting|playing|facing|returning|launching|releasing|heading)|bracing for|preparing for|awaits?|awaiting|considering|weighing|mulling|contemplating|to(?=\s[a-z])|(?:set|scheduled|slated|booked|penc?il{1,2}ed\s+in)\s+for|penc?il{1,2}(?:ed|s|ing)?\s+in|expect(?:s|ed|ing)?\s+(?:an?|the)\s(?=[a-z])|(?:set|plans?|planning|expects?|expecting|expected|forecast|projected|predicted|prepared|ready|poised|going|(?:un)?likely|aims?|intends?|hop(?:es|ed|ing|e)|wants?|agreed|vowed|promised|pledged|threatened|decided|voted|is|are)\s+to)\b/gi;
// Not "forced … to cancel routes in October": what one was forced to do was done then, not ahead.
const ORDERING = String.raw`\b(?:ordered|told|asked|urged|instructed|directed|required|invited|expected|wanted|allowed|pressed|encouraged|gave|given|granted|called\son|calls\son)\s`;
const ORDERED_BEFORE_TO = new RegExp(String.raw`(?<=${ORDERING}(?:[\p{L}\d'’-]+\s){0,6}to)`, 'iuy');
// Most clauses hold no such verb, and then none of their "to"s is one of an order.
const ORDERING_ANYWHERE = new RegExp(ORDERING, 'iu');
// Past-tense verbs (lower case: "United" is a name, not a verb): auxiliaries, "-ed" forms, and
// the irregular pasts news copy tells events with; not participles after "will be" (or "be fully"), adjectives
// after an article ("the embattled minister") nor compounds ("government-backed"). The word
// boundary and a lower-case letter (every cue's first) come before the look-behind, which then
// runs at the starts of lower-case words only. An "-ed" form is read letter by letter (a Unicode
// class, slow) only where the word ends in "ed": the look-ahead of non-spaces finds that first.
// "it set", "he cut": a verb alike in both tenses is past after a singular pronoun (the present ends in -s).
const PAST_CUES = /\b(?=\p{Ll})(?<!\b(?:be|been|being|is|are|will|to|of|[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Tt]his)\s|\b(?:be|been|being)\s\p{Ll}+ly\s|-)(?:was|were|had|did|(?!hundred\b)(?=\S*?ed\b)\p{Ll}\p{L}{2,}(?<!e)ed|said|told|met|came|went|took|gave|got|made|held|left|lost|won|began|fell|rose|sent|spent|paid|sold|bought|brought|found|saw|ran|wrote|spoke|broke|struck|stood|led|fled|flew|drew|grew|became|ruled|chose|used|owed|agreed|guaranteed|(?<=\b(?:[Ii]t|[Hh]e|[Ss]he)\s)(?:set|put|cut|hit|let|shut|quit))\b/gu;
// Words right before the expression that put it in the past.
const PAST_BEFORE = /\b(?:since|last|earlier|ago)\s+(?:the\s+)?$/i;
// The last words of PAST_BEFORE, PERIOD_BOUND_BEFORE and DEADLINE_BEFORE (below): most dates follow
// none of an expression's, and the end-anchored expression (which tries every position of the
// text before) is not run.
const PAST_BEFORE_WORDS = new Set(['since', 'last', 'earlier', 'ago', 'the']);
// Words right before the expression that put it ahead: "contracts running beyond May"; an extension
// runs forward, whatever the tense it is told in ("has extended a red flag warning through 8 p.m. Friday").
const EXTENDED_TO = new Set(['through', 'until', 'till', 'into']);
const EXTENSION_BEFORE = /\b(?:extend|prolong)(?:s|ed|ing)?\b[^.;]{0,60}\s$/i;
// The longest text EXTENSION_BEFORE may match, with the character its first \b looks at.
const EXTENSION_REACH = 80;

/** Whether the words right before a date (`lastWord` the last of them) put it ahead. By hand from the end: an end-anchored expression is tried at every position of the 240 characters. */
function putsAhead(before: string, lastWord: string): boolean {
  if (lastWord === 'beyond') return true;
  if (!EXTENDED_TO.has(lastWord)) return false;
  const wordStart = before.trimEnd().length - lastWord.length;
  return EXTENSION_BEFORE.test(before.slice(Math.max(0, wordStart - EXTENSION_REACH), wordStart));
}

const WORD_CHARACTER = /\w/;

/** The word (ASCII, lower case) before the spaces `text` ends with (before `end`); '' when it ends otherwise. */
export function wordBeforeSpace(text: string, end = text.length): string {
  const word = wordBefore(text, end, WORD_CHARACTER);
  if (word.end === end) return '';
  return lowerCase(text.slice(word.start, word.end));
}
const EARLIER_PLAN_BEFORE = /\bhad\s+(?:[a-z]+ly\s+|first\s+)?(?:been\s+)?(?:set|scheduled|slated|planned|fixed|due)(?:\s+(?:the|its|their)\s+[a-z]+|\s+it)?\s+(?:for|on)\s+$/i;
const PLAN_WORDS = new Set(['for', 'on']);
// "by mid-September", "by end-2027": a limit at a part of a period written against its hyphen.
const PERIOD_PART_LIMIT = /\b(?:by|until|till)\s+(?:mid|end)-$/i;
const MOVED_FROM_BEFORE = /\b(?:push(?:ed|ing)|mov(?:ed|ing)|postpon(?:ed|ing)|br(?:ought|inging)|put(?:ting)?|delay(?:ed|ing)|defer(?:red|ring)|reschedul(?:ed|ing)|shift(?:ed|ing)|advanc(?:ed|ing))\b[^.;:]{0,80}\sfrom\s+$/i;
const MOVED_FROM_REACH = 100;
// "the budget for the year starting July 1": a period's bound, which the clause's tense does not place.
const PERIOD_BOUND_REACH = 40;
const PERIOD_BOUND_BEFORE = /\b(?:year|quarter|month|week|season|period|term|session)\s+(?:starting|beginning|ending)\s+(?:on\s+)?$/i;
const PERIOD_BOUND_WORDS = new Set(['starting', 'beginning', 'ending', 'on']);
// Words right before the expression that make it a due date: each phrase's words, then perhaps
// (or necessarily) one of the words after them, then perhaps a determiner.
// "Applications close Friday": a window that closes on the day.
const DEADLINE_PHRASES: readonly { words: readonly string[]; then?: readonly string[]; thenNeeded?: boolean }[] = [
  { words: ['by', 'until', 'till', 'no later than', 'on or before'] },
  // "would publish the rules by early June": a limit at a part of the month.
  { words: ['by early', 'by late', 'until early', 'until late'] },
  { words: ['deadline'], then: ['of', 'to', 'on', 'for'] },
  { words: ['moved', 'pushed', 'postponed', 'delayed', 'extended', 'deferred', 'back', 'forward'], then: ['to'], thenNeeded: true },
  { words: ['close', 'closes', 'closing'], then: ['on', 'at'] },
  // "by the end of the first quarter": the period a limit ends with (when the date is the period alone).
  { words: ['by the end', 'until the end', 'before the end'], then: ['of'], thenNeeded: true },
  // "by the end of the day Friday", "by close of business on Monday".
  { words: ['end of the day', 'end of day', 'close of business', 'end of business', 'close of play'], then: ['on'] },
];
const DEADLINE_DETERMINERS = ['this', 'next', 'the'];
const DEADLINE_BEFORE = new RegExp(
  `\\b(?:${DEADLINE_PHRASES.map(({ words, then, thenNeeded }) => `(?:${words.join('|')})${then ? `(?:\\s+(?:${then.join('|')}))${thenNeeded ? '' : '?'}` : ''}`).join('|')})\\s+(?:${DEADLINE_DETERMINERS.map((word) => `${word}\\s+`).join('|')})?$`,
  'i',
);
// Its last words, each with the words it follows there (null: any): "on", "to", "the" before a date mostly follow none of theirs.
const DEADLINE_BEFORE_WORDS = deadlineBeforeWords();

function deadlineBeforeWords(): Map<string, ReadonlySet<string> | null> {
  const lastWord = (phrase: string) => phrase.slice(phrase.lastIndexOf(' ') + 1);
  const map = new Map<string, Set<string> | null>();
  for (const { words, thenNeeded } of DEADLINE_PHRASES) {
    if (!thenNeeded) for (const word of words) map.set(lastWord(word), null);
  }
  for (const { words, then } of DEADLINE_PHRASES) {
    for (const next of then ?? []) {
      const previous = map.get(next);
      if (previous === null) continue;
      map.set(next, new Set([...(previous ?? []), ...words.map(lastWord)]));
    }
  }
  const triggers = new Set(map.keys());
  for (const word of DEADLINE_DETERMINERS) map.set(word, triggers);
  return map;
}
// A date that names a deadline: "the Sept. 30 deadline", "Friday’s deadline", "set Nov. 30 as the deadline".
export const DEADLINE_AFTER = /^(?:['’]s)?(?:\s+as\s+(?:the|a|its|their)\s+(?:new\s+|final\s+)?|[\s-]+)(?:deadline|ultimatum|cut-?off)\b/i;
// "after the shipyard missed the Friday deadline": a deadline told of as gone by lies back (not
// "firms that missed the deadline would be fined", which may yet come).
const GONE_BY = /(?<!\b(?:that|who|which|if|unless)\s)\b(?:missed|passed|lapsed|expired|blew)\b/i;
// "fined after the Dec. 1 deadline passed": the same told after the deadline.
const GONE_BY_AFTER = /^(?:['’]s)?[\s-]*(?:deadline|ultimatum|cut-?off)\s+(?:had\s+)?(?:passed|lapsed|expired)\b/i;
// Only a preposition (or nothing) before a date that opens its sentence: "From Saturday, …".
const FRONTED = /^[\s"“‘'(]*(?:\p{L}+\s+)?$/u;
// Where the clause after a date ends: punctuation, a conjunction or a subordinator ("set sentencing
// for Feb. 20 and ordered …", "a runoff on Nov. 10 after neither candidate won", "asked on
// Monday whether he would resign").
const CLAUSE_BREAK = /[,;—]|\b(?:that|whether|if|and|but|after|before|because|when|while|which|who)\b/;
// How much of the sentence either side of a date its tense is read from.
const CLAUSE_WINDOW = 240;

type Tense = 'past' | 'future';

/**
 * The tense of the cue nearest the end of `text` (`last`) or its start. A cue both ways ("vowed
 * to", "scheduled") looks ahead before the date ("vowed to strike from Monday"), back after it
 * ("On Wednesday, the council voted to delay").
 */
function tenseOf(text: string, last: boolean): Tense | null {
  const future = futureCueAt(text, last);
  // Without a future cue any past one decides, the first as well as the last; with one, only a past
  // cue after it does when the last counts. A past cue is letters only and never spans a space, so
  // the search from the start of the future cue's word finds the same matches there as from the
  // text's start (the expression is most of the cost of a date).
  const past = last && future >= 0 ? cueAt(PAST_CUES, text, true, undefined, wordStartAt(text, future)) : cueAt(PAST_CUES, text, false);
  if (future < 0) return past < 0 ? null : 'past';
  if (past < 0) return 'future';
  return (last ? future >= past : future < past) ? 'future' : 'past';
}

/** Where the run of characters other than spaces holding `at` starts. */
function wordStartAt(text: string, at: number): number {
  let start = at;
  while (start > 0 && !isSpaceAt(text, start - 1)) start--;
  return start;
}

/**
 * Where the first or last match of a global cue pattern starts, or -1, looked for from `from`. A
 * match that `holds` rejects does not count: the search goes on from the character after its start.
 */
function cueAt(cues: RegExp, text: string, last: boolean, holds?: (match: RegExpExecArray) => boolean, from = 0): number {
  // exec with lastIndex, not matchAll, which copies the expression on every call (this runs for every date).
  let at = -1;
  cues.lastIndex = from;
  for (let match = cues.exec(text); match; match = cues.exec(text)) {
    // The cues ignore case: "May" written so is the month, not the modal.
    if (match[0] === 'May') continue;
    if (holds && !holds(match)) {
      cues.lastIndex = match.index + 1;
      continue;
    }
    at = match.index;
    if (!last) break;
  }
  return at;
}

/** cueAt for FUTURE_CUES, with its "to" of an order read apart (no other cue is two letters long). */
function futureCueAt(text: string, last: boolean): number {
  let orders: boolean | undefined;
  return cueAt(FUTURE_CUES, text, last, (match) => match[0].length !== 2 || ((orders ??= ORDERING_ANYWHERE.test(text)) && isOrderedTo(text, match.index + 2)));
}

function isOrderedTo(text: string, end: number): boolean {
  ORDERED_BEFORE_TO.lastIndex = end;
  return ORDERED_BEFORE_TO.test(text);
}

/**
 * Past-tense narration looks back; future or deadline context looks ahead. Only the clause
 * around the expression counts ("said on Thursday that talks will resume" looks back), and in
 * it the verb nearest before the date ("pleaded guilty in July and agreed to cooperate"), else
 * the first one after it.
 */
// "would be moved to September if the objects arrived in July": a condition of what would happen.
const CONDITION = /\b(?:if|unless|once)\s/gi;
const QUOTE_MARK = /["“]/;
const QUOTED_WORDS = /["“][^"“”]*["”]/g;

/** The tense of a condition's main clause, when a date stands in the condition: a past form there is no past narration. */
function conditionalTense(clause: string): Tense | null {
  const condition = cueAt(CONDITION, clause, true);
  if (condition < 0) return null;
  const main = clause.slice(0, condition);
  // "it would “consider the talks finished” if …": quoted words are the speaker's, their participles no past narration.
  return tenseOf(QUOTE_MARK.test(main) ? main.replace(QUOTED_WORDS, ' ') : main, true) === 'future' ? 'future' : null;
}

/** A date that is a limit: after a trigger word ("until Friday") or before "deadline" ("the Friday deadline"). */
export function limitWording(sentenceBefore: string, sentenceAfter: string): boolean {
  const before = sentenceBefore.slice(-CLAUSE_WINDOW);
  return deadlineBefore(before, wordBeforeSpace(before)) !== null || DEADLINE_AFTER.test(sentenceAfter);
}

/** DEADLINE_BEFORE's match in the words before a date, whose last word is `lastWord`. */
function deadlineBefore(before: string, lastWord: string): RegExpExecArray | null {
  const previousWords = DEADLINE_BEFORE_WORDS.get(lastWord);
  if (previousWords === undefined) return null;
  if (previousWords !== null && !previousWords.has(wordBeforeSpace(before, before.trimEnd().length - lastWord.length))) return null;
  return DEADLINE_BEFORE.exec(before);
}

export function directionOf(sentenceBefore: string, sentenceAfter: string): Direction {
  const before = sentenceBefore.slice(-CLAUSE_WINDOW);
  const after = sentenceAfter.slice(0, CLAUSE_WINDOW);
  const lastWord = wordBeforeSpace(before);
  if (PAST_BEFORE_WORDS.has(lastWord) && PAST_BEFORE.test(before)) return 'past';
  if (putsAhead(before, lastWord)) return 'future';
  // "had originally been set for Sept. 15", "had first set the deadline for Jan. 30": a plan told as an earlier one, superseded since, is the
  // one nearest the telling, whichever side of it (in November, Sept. 15 just past).
  if (PLAN_WORDS.has(lastWord) && EARLIER_PLAN_BEFORE.test(before)) return 'set-in-past';
  // "pushed back its interim results to 9 December from 26 November": the day it was moved from, nearest the telling.
  if (lastWord === 'from' && MOVED_FROM_BEFORE.test(before.slice(-MOVED_FROM_REACH))) return 'set-in-past';
  // "The claims deadline was originally Feb. 12": a first plan, whichever side of the telling.
  if (lastWord === 'originally' || lastWord === 'initially') return 'set-in-past';
  if (PERIOD_BOUND_WORDS.has(lastWord) && PERIOD_BOUND_BEFORE.test(before.slice(-PERIOD_BOUND_REACH))) return 'unknown';
  const clauseStart = Math.max(lastClauseComma(before), before.lastIndexOf(';'), before.lastIndexOf(' that '), before.lastIndexOf('—'));
  // The trigger word ("until") says nothing of when the deadline was set.
  const trigger = deadlineBefore(before, lastWord) ?? (lastWord === 'to' ? rescheduledTo(before) : lastWord === 'before' ? limitBefore(before, clauseStart + 1) : PERIOD_PART_LIMIT.exec(before));
  const clause = before.slice(clauseStart + 1, trigger ? trigger.index : before.length);
  const tense = conditionalTense(clause) ?? tenseOf(clause, true) ?? tenseOf(clauseAfter(before.slice(clauseStart + 1), after), false);
  if (trigger || DEADLINE_AFTER.test(after)) return tense === 'past' ? (GONE_BY.test(before) || GONE_BY_AFTER.test(after) ? 'past' : 'set-in-past') : 'future';
  return tense ?? 'unknown';
}

// "ordered the platforms … to stop overcharging, and to complete the work before June 30", "must be staffed before
// Christmas": what is to be done before a date is due by it (a clause of an order's infinitive, a must, an order,
// an answer someone expects or demands: "expected an answer from Hamas before Thursday").
// What one expects or demands of someone by a date: "an answer", "a formal response".
export const AWAITED_REPLY = String.raw`(?:an?\s+|the\s+|their\s+|its\s+)?(?:[a-z]+\s+)?(?:answer|response|reply|decision)\b`;
export const TO_BE_DONE = new RegExp(String.raw`^\s*(?:and\s+|or\s+)?to\s+\p{Ll}+|\b(?:must|required|(?:has|have|had|needs?|needed)\s+to)\b|\b(?:ordered|directed|instructed|told|asked|urged)\b[^.;]{0,80}?\bto\s+\p{Ll}|\b(?:expect|want|demand|await)(?:s|ed|ing)?\s+${AWAITED_REPLY}`, 'u');

/** The "before" of a limit right before a date, in a clause (from `clauseStart`) that says what is to be done by then, or null. */
function limitBefore(before: string, clauseStart: number): { index: number } | null {
  const index = before.trimEnd().length - 'before'.length;
  return TO_BE_DONE.test(before.slice(clauseStart, index)) ? { index } : null;
}

// "adjourned the hearing to Jan. 12", "pushed the vote back to March", "an extension to March 27": the new day of what was put
// off or brought forward, however many words name what was moved ("moved to Monday" is a deadline phrase).
const RESCHEDULED_TO = /\b(?:adjourn(?:s|ed|ing)?|postpon(?:e|es|ed|ing)|mov(?:e|es|ed|ing)|push(?:es|ed|ing)?|delay(?:s|ed|ing)?|reschedul(?:e|es|ed|ing)|defer(?:s|red|ring)?|shift(?:s|ed|ing)?|extend(?:s|ed|ing)?|extensions?|put(?:s|ting)?|br(?:ought|ings?|inging))\b[^.;:]{0,60}\sto\s+$/i;
// The longest text RESCHEDULED_TO may match, with the character its first \b looks at.
const RESCHEDULED_REACH = 80;

/** The "to" of a rescheduling right before a date, with where it stands, or null. */
function rescheduledTo(before: string): { index: number } | null {
  const from = Math.max(0, before.length - RESCHEDULED_REACH);
  if (!RESCHEDULED_TO.test(before.slice(from))) return null;
  return { index: before.trimEnd().length - 'to'.length };
}

/** Where the last comma that ends a clause stands (not the one of "9,400 acres"), or -1. */
function lastClauseComma(text: string): number {
  let at = text.lastIndexOf(',');
  while (at >= 0 && /\d/.test(text[at + 1] ?? '')) at = text.lastIndexOf(',', at - 1);
  return at;
}

/** The clause after a date, whose own clause before it is `clauseBefore`. */
function clauseAfter(clauseBefore: string, after: string): string {
  // A fronted date ("From Saturday, the rules will apply") belongs to the clause after its comma.
  const afterFrom = /^\s*,/.test(after) && FRONTED.test(clauseBefore) ? after.indexOf(',') + 1 : 0;
  const clauseEnd = after.slice(afterFrom).search(CLAUSE_BREAK);
  return clauseEnd < 0 ? after : after.slice(0, afterFrom + clauseEnd);
}

export interface Resolution {
  type: TimexType;
  value: string | null;
  resolution: string;
}

const SEASON_START_MONTH: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };
const COUNTED_IN_YEARS = /\byears?\b/i;
const TIME = (hour: number | null, minute: number | null) => (hour === null ? '' : `T${pad(hour)}:${pad(minute ?? 0)}`);
const PARTS_OF_DAY: [RegExp, string][] = [
  [/\bmorning\b/i, `T${PART_OF_DAY_CODES.morning}`],
  [/\bafternoon\b/i, `T${PART_OF_DAY_CODES.afternoon}`],
  [/\bevening\b/i, `T${PART_OF_DAY_CODES.evening}`],
  [/\b(?:night|tonight)\b/i, `T${PART_OF_DAY_CODES.night}`],
];

/** "Tuesday evening": TIMEX3 writes the part of the day when no clock time is given. */
function partOfDay(text: string): string | null {
  return PARTS_OF_DAY.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

/**
 * Whether resolving the expression reads the direction of its sentence: a date without its
 * year, a weekday, a season or quarter placed by the tense. Reading the direction is most of
 * the cost of a date, and a length, a full date or a year needs none.
 */
export function readsDirection(raw: RawTemporal): boolean {
  switch (raw.kind) {
    case 'calendar':
      return raw.year === null;
    case 'weekday':
    case 'monthday':
      return true;
    case 'season':
      return raw.year === null && raw.offset === null;
    case 'year-part':
      return raw.value.startsWith('XXXX') && raw.yearOffset === null;
    default:
      return false;
  }
}

/**
 * The TIMEX3 type and value of a raw expression, given the article date, the direction of the
 * sentence and the latest date resolved before it (the anchor of "three days later").
 */
export function resolve(raw: RawTemporal, reference: string | null, direction: Direction, anchor: string | null): Resolution {
  const relativeTo = reference ? 'the article date' : 'nothing: the article has no date';
  switch (raw.kind) {
    case 'calendar': {
      const type: TimexType = raw.hour === null ? 'DATE' : 'TIME';
      if (raw.day === null) {
        if (raw.year !== null) return { type, value: `${raw.year}-${pad(raw.month)}`, resolution: 'month and year as written' };
        return reference
          ? { type, ...monthIn(reference, raw.month, direction, anchor) }
          : { type, value: `XXXX-${pad(raw.month)}`, resolution: 'month without a year, and no article date' };
      }
      if (raw.year !== null) return { type, value: `${raw.year}-${pad(raw.month)}-${pad(raw.day)}${TIME(raw.hour, raw.minute)}`, resolution: 'a full date as written' };
      if (!reference) return { type, value: `XXXX-${pad(raw.month)}-${pad(raw.day)}${TIME(raw.hour, raw.minute)}`, resolution: 'month and day without a year, and no article date' };
      const { value, resolution } = monthDayIn(reference, raw.month, raw.day, direction, anchor);
      return { type, value: value + TIME(raw.hour, raw.minute), resolution };
    }
    case 'weekday': {
      if (!reference) return { type: raw.hour === null ? 'DATE' : 'TIME', value: null, resolution: 'a weekday, and no article date to count from' };
      // A weekday deadline is days away even when set in past narration ("gave them until Friday").
      const looksBack = raw.shift === 'last' || (raw.shift !== 'next' && (direction === 'past' || direction === 'unknown'));
      const from = direction === 'after-earlier' && raw.shift === null ? anchor ?? reference : reference;
      // "next Thursday" written on a Wednesday is the Thursday of the week after, not the next day.
      const ofNextWeek = raw.shift === 'next' && from === reference;
      // After the day its sentence gave first, strictly: a deadline moved from Friday "to Friday" is a later one.
      const value = ofNextWeek ? weekdayOfNextWeek(reference, raw.weekday) : weekdayFrom(from, raw.weekday, looksBack ? 'past' : 'future', raw.shift === 'next' || raw.shift === 'last' || from !== reference);
      const how = ofNextWeek ? 'that day of the week after the one holding' : looksBack ? 'the latest such day on or before' : 'the next such day on or after';
      const part = partOfDay(raw.text);
      const time = part ?? TIME(raw.hour, raw.minute);
      return { type: time ? 'TIME' : 'DATE', value: value + time, resolution: `${how} ${from === reference ? 'the article date' : from} (${looksBack ? 'past' : 'future'} context)` };
    }
    case 'relative': {
      const base = raw.anchored ? anchor : reference;
      if (!base) return { type: 'DATE', value: null, resolution: raw.anchored ? 'relative to an earlier date the text does not give' : 'relative, and no article date' };
      const day = base.startsWith('XXXX-') ? addDaysInAnyYear(base, raw.days) : addDays(base, raw.days);
      // TIMEX3 keeps the expression's granularity: "two years ago" is a year, not a day.
      const value = day !== null && !day.startsWith('X') && COUNTED_IN_YEARS.test(raw.text) ? day.slice(0, 4) : day;
      // "last night", "tonight": TIMEX3 writes the part of the day.
      const part = value && value.length === 10 ? partOfDay(raw.text) : null;
      const resolution = raw.anchored ? `counted from the date before it (${base})` : `counted from ${relativeTo}`;
      return { type: part ? 'TIME' : 'DATE', value: part ? value + part : value, resolution };
    }
    case 'week':
      if (!reference) return { type: 'DATE', value: null, resolution: 'a week relative to no article date' };
      return {
        type: 'DATE',
        value: isoWeek(addDays(reference, 7 * raw.offset)) + (raw.weekend ? '-WE' : ''),
        resolution: `the ${raw.weekend ? 'weekend of the ' : ''}ISO week ${['before', 'of', 'after'][raw.offset + 1]} the article date`,
      };
    case 'unit': {
      if (raw.anchored && anchor) return { type: 'DATE', value: String(Number(anchor.slice(0, 4)) + raw.offset), resolution: `the year ${['before', 'of', 'after'][raw.offset + 1]} the one told of before it (${anchor.slice(0, 4)})` };
      if (!reference) return { type: 'DATE', value: null, resolution: `a ${raw.unit} relative to no article date` };
      const year = Number(reference.slice(0, 4));
      if (raw.unit === 'year') return { type: 'DATE', value: String(year + raw.offset), resolution: `the year ${['before', 'of', 'after'][raw.offset + 1]} the article date` };
      if (raw.unit === 'quarter') {
        const quarter = Math.floor((Number(reference.slice(5, 7)) - 1) / 3) + raw.offset;
        const shifted = year + Math.floor(quarter / 4);
        return { type: 'DATE', value: `${shifted}-Q${(((quarter % 4) + 4) % 4) + 1}`, resolution: 'the quarter relative to the article date' };
      }
      const month = Number(reference.slice(5, 7)) - 1 + raw.offset;
      const date = new Date(Date.UTC(year, month, 1));
      return { type: 'DATE', value: `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}`, resolution: 'the month relative to the article date' };
    }
    case 'duration':
      return { type: 'DURATION', value: raw.value, resolution: 'a length of time' };
    case 'year':
      return { type: 'DATE', value: String(raw.year), resolution: 'a year as written' };
    case 'season': {
      if (raw.year !== null) return { type: 'DATE', value: `${raw.year}-${raw.season}`, resolution: 'a season as written' };
      if (!reference) return { type: 'DATE', value: null, resolution: 'a season, and no article date' };
      if (raw.offset !== null) return { type: 'DATE', value: `${Number(reference.slice(0, 4)) + raw.offset}-${raw.season}`, resolution: 'a season relative to the article date' };
      // The season's year is the one of its first month: back to the latest such season begun, or
      // ahead to the next not yet over ("the end of the summer" in August is this summer's), as the tense says.
      const start = SEASON_START_MONTH[raw.season];
      const past = direction === 'past';
      const month = past ? monthFrom(reference, start, 'past') : monthFrom(reference, ((start + 1) % 12) + 1, 'future');
      const year = Number(month.slice(0, 4)) - (!past && start === 12 ? 1 : 0);
      return { type: 'DATE', value: `${year}-${raw.season}`, resolution: `the ${past ? 'latest such season begun on or before' : 'next such season not over on'} ${relativeTo}` };
    }
    case 'decade':
      return { type: 'DATE', value: raw.value, resolution: 'a decade' };
    case 'year-part': {
      if (!raw.value.startsWith('XXXX') || !reference) return { type: 'DATE', value: raw.value, resolution: raw.value.startsWith('XXXX') ? 'a part of a year, and no article date' : 'a part of a year as written' };
      if (raw.yearOffset !== null) return { type: 'DATE', value: `${Number(reference.slice(0, 4)) + raw.yearOffset}${raw.value.slice(4)}`, resolution: 'a part of a year relative to the article date' };
      const quarter = Number(raw.value.slice(-1));
      // Back to the latest such quarter begun, or ahead to the next not yet over, as the tense says.
      // (A limit set in past narration lies ahead, as a weekday's does.)
      const ahead = (direction === 'future' || direction === 'set-in-past') && !raw.latest;
      const year = monthFrom(reference, ahead ? quarter * 3 : quarter * 3 - 2, ahead ? 'future' : 'past').slice(0, 4);
      return { type: 'DATE', value: `${year}-Q${quarter}`, resolution: `the ${ahead ? 'next such quarter not over on' : 'latest such quarter begun on or before'} ${relativeTo}` };
    }
    case 'set':
      return { type: 'SET', value: raw.value, resolution: 'a repeating time' };
    case 'undated':
      return { type: 'DATE', value: null, resolution: 'a period no calendar dates (a season of play, of a harvest, a fiscal quarter)' };
    case 'monthday':
      return { type: 'DATE', ...dayOfMonthIn(raw.day, reference, direction, anchor) };
    case 'time':
      // The anchor of a clock time is a day its paragraph gave before it ("the vote is on Tuesday … the debate opens at 10 a.m.").
      if (anchor) return { type: 'TIME', value: `${anchor}${TIME(raw.hour, raw.minute)}`, resolution: `a time of day on the day given before it (${anchor})` };
      return reference
        ? { type: 'TIME', value: `${reference}${TIME(raw.hour, raw.minute)}`, resolution: 'a time of day on the article date' }
        : { type: 'TIME', value: null, resolution: 'a time of day, and no article date' };
  }
}

/** A month without a year, in the year the direction of its sentence implies. */
function monthIn(reference: string, month: number, direction: Direction, anchor: string | null): { value: string; resolution: string } {
  switch (direction) {
    case 'future':
      return { value: monthFrom(reference, month, 'future'), resolution: 'the next such month on or after the article date' };
    case 'set-in-past':
      return { value: nearestOf(reference, (year) => `${year}-${pad(month)}-01`).slice(0, 7), resolution: 'the year that puts it nearest the article date' };
    case 'after-earlier':
      if (anchor) return { value: monthFrom(anchor, month, 'future'), resolution: `the next such month after the date before it in the sentence (${anchor})` };
      break;
    // "every shipment they have contracted for October" (in September): no tense says which, and
    // a month just ahead is the one meant (one half a year away may be either: the past one stays).
    case 'unknown': {
      const next = monthFrom(reference, month, 'future');
      if (monthsBetween(reference, next) <= MONTHS_JUST_AHEAD) return { value: next, resolution: 'the next such month, a few months ahead (no tense says which)' };
    }
  }
  return { value: monthFrom(reference, month, 'past'), resolution: 'the latest such month on or before the article date' };
}

/** "on the 18th": that day in the month of the date before it, else of the article, a month on or back when the tense says it is gone or to come. */
function dayOfMonthIn(day: number, reference: string | null, direction: Direction, anchor: string | null): { value: string | null; resolution: string } {
  const from = anchor ?? reference;
  if (!from) return { value: null, resolution: 'a day of a month the text does not give' };
  const month = from.slice(0, 7);
  if (month.startsWith('XXXX')) return { value: `${month}-${pad(day)}`, resolution: `that day of the month of the date before it (${from})` };
  let date = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, day));
  const now = reference ?? from;
  const shift = direction === 'future' && toIso(date) < now ? 1 : direction === 'past' && toIso(date) > now ? -1 : 0;
  if (shift !== 0) date = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + shift, day));
  // The 31st of a 30-day month is no day.
  if (date.getUTCDate() !== day) return { value: null, resolution: 'a day the month does not have' };
  return { value: toIso(date), resolution: `that day of the month of ${anchor ? `the date before it (${anchor})` : 'the article date'}${shift ? (shift > 0 ? ', the next such' : ', the last such') : ''}` };
}

const MONTHS_JUST_AHEAD = 3;

const FAR_AHEAD_DAYS = 300;
const JUST_GONE_DAYS = 45;

/** A month and day without a year, in the year the direction of its sentence implies. */
function monthDayIn(reference: string, month: number, day: number, direction: Direction, anchor: string | null): { value: string; resolution: string } {
  switch (direction) {
    case 'past':
      return { value: monthDayFrom(reference, month, day, 'past'), resolution: 'the latest such day on or before the article date (past narration)' };
    case 'future': {
      const next = monthDayFrom(reference, month, day, 'future');
      const previous = monthDayFrom(reference, month, day, 'past');
      // A bare month and day most of a year away would carry its year; weeks back, it is the one just gone
      // ("had asked it to file by Sept. 12, then moved the deadline" in an article of Sept. 18).
      if (daysBetween(reference, next) > FAR_AHEAD_DAYS && daysBetween(previous, reference) <= JUST_GONE_DAYS) {
        return { value: previous, resolution: 'the day just gone: the next one is most of a year away and would be written with its year' };
      }
      return { value: next, resolution: 'the next such day on or after the article date' };
    }
    case 'after-earlier':
      if (anchor) return { value: monthDayFrom(anchor, month, day, 'future'), resolution: `the next such day after the date before it in the sentence (${anchor})` };
      break;
  }
  return { value: nearestOf(reference, (year) => `${year}-${pad(month)}-${pad(day)}`), resolution: 'the year that puts it nearest the article date' };
}

/** The day in the year before, of or after the reference that is nearest it. */
function nearestOf(reference: string, dayIn: (year: number) => string): string {
  const year = Number(reference.slice(0, 4));
  const candidates = [year - 1, year, year + 1].map(dayIn);
  return candidates.reduce((best, c) => (Math.abs(daysBetween(reference, c)) < Math.abs(daysBetween(reference, best)) ? c : best));
}

/** The day a resolved value names, when it names one. */
export function dayOf(value: string | null): string | null {
  return value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;
}

/** A day to count from, with or without its year: "Feb. 14 … Three days later" in an undated article. */
export function anchorOf(value: string | null): string | null {
  return dayOf(value) ?? (value && /^XXXX-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null);
}

/** Days added to a month and day of an unknown year: null when a February 29 would make the answer depend on it. */
function addDaysInAnyYear(monthDay: string, days: number): string | null {
  const [common, leap] = ['2001', '2004'].map((year) => addDays(`${year}${monthDay.slice(4)}`, days).slice(4));
  return common === leap ? `XXXX${common}` : null;
}

export function weekdayMatches(raw: RawTemporal, value: string | null): boolean {
  if (raw.kind !== 'calendar' || raw.weekday === null) return true;
  const day = dayOf(value);
  return day === null || weekdayOf(day) === raw.weekday;
}
