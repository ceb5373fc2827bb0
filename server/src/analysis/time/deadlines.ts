import type { DeadlineContext } from '../context';
import type { Actor, ActorKind, Deadline, Mention, Span, TemporalExpression } from '../model';
import { firstSpanContaining, indexOfSpanContaining, spanContaining, spansWithin } from '../spans';
import { isSpaceAt, sameStrings, wholeWord } from '../text/words';
import { AWAITED_REPLY, dayOf, DEADLINE_AFTER, directionOf, TO_BE_DONE, wordBeforeSpace } from './resolve';
import { AGENT_NOUNS } from '../lexicon/organizations';
import { ROLE_NOUNS } from '../lexicon/titles';
import { institutionDescribed, institutionReferredTo, resolveSpeaker } from '../claims/speakers';
import { attributionAround } from '../claims/quote-claims';

// Verbs that move a deadline, read in a move to a new date and in a move by an amount.
const MOVING_VERBS = String.raw`mov(?:e|es|ed|ing)|push(?:es|ed|ing)?|extend(?:s|ed|ing)?|shorten(?:s|ed|ing)?|brought|bringing|shift(?:s|ed|ing)?|postpon(?:e|es|ed|ing)`;

// How the words before a date make it a due date. Each pattern ends where the date starts, with
// one of `lastWords` and a space: most dates follow none of a pattern's, and the end-anchored
// pattern (which tries every position of the text before) is not run. A pattern whose last words
// are common ("on", "the", "within") has a `cue` too, words it cannot match without.
const DEADLINE_WORD = /deadline|cut-?off/i;
const BEFORE_TRIGGERS: { pattern: RegExp; lastWords: Set<string>; moved?: boolean; stated?: boolean; recurring?: boolean; cue?: RegExp }[] = [
  // "moved the deadline to Monday", "could push the deadline back to March 1"; with the old date or the
  // amount between: "moved the deadline from April 30 to May 12", "extended the deadline for registration by two weeks, to May 26".
  { ...trigger(new RegExp(String.raw`\b(?:${MOVING_VERBS}|changed?)\b[^.;,]{0,60}?\bdeadline\s+(?:for\s+[^.;,]{1,40}?\s+)?(?:back\s+|forward\s+)?(?:(?:from|by)\s+[^.;,]{1,30}?,?\s+)?(?:to|until)\s+(?:this\s+|next\s+)?$`, 'i'), 'to until this next', true), cue: DEADLINE_WORD },
  // "the deadline was pushed back to Monday", "could later be moved to Monday", "it could be pushed back again
  // to March 23" after a deadline (not a request: "asked for the deadline to be extended to …").
  // "a deadline that was later pushed back to Monday, March 24".
  // "The deadline for submissions has been extended twice, most recently to July 4".
  {
    ...trigger(/(?:\bdeadline(?:\s+for\s+[^.;,]{1,40}?)?(?:,?\s+(?:that|which))?|(?<![\w-])it)\s+(?:was|is|(?:would|will|could|might|may|can|should)\s+(?:later\s+|then\s+|also\s+|still\s+|again\s+)?be|(?:has|had)\s+(?:now\s+|since\s+|already\s+)?been)\s+(?:later\s+|then\s+|since\s+|again\s+)?(?:moved|pushed|extended|brought|changed|shifted|postponed)\s+(?:back\s+|forward\s+)?(?:(?:twice|again|once\s+more|several\s+times),?\s+(?:most\s+recently\s+|this\s+time\s+|now\s+)?)?(?:to|until)\s+(?:this\s+|next\s+|the end of\s+|the\s+)?$/i, 'to until this next of the', true),
    cue: /moved|pushed|extended|brought|changed|shifted|postponed/i,
  },
  // "The deadline had originally been set for Sept. 15, then pushed to Nov. 3": a move told after a deadline named
  // before in the sentence, its subject left out (looked behind for from "then" only: it is seldom there).
  trigger(/\b(?:then|later|since)(?<=\b(?:deadline|cut-?off)\b(?:[^.;]|\.(?=\s\d)){0,80}?,?\s{1,3}(?:and\s{1,3})?(?:then|later|since))\s+(?:moved|pushed|extended|brought|shifted|postponed)\s+(?:it\s+)?(?:back\s+|forward\s+)?(?:to|until)\s+(?:this\s+|next\s+|the\s+)?$/i, 'to until this next the', true),
  // "Funding was set to lapse on Dec. 19; a stopgap pushed it to Jan. 16": "it" moved right after a deadline (see PRONOUN_AT).
  { ...trigger(/(?<=\b(?:moved|pushed|extended|shifted|postponed)\s)it\s+(?:back\s+|forward\s+)?(?:to|until)\s+(?:this\s+|next\s+|the\s+)?$/i, 'to until this next the', true), cue: /\sit\s/i },
  // "a second stopgap bought two more weeks, to Jan. 30": time won for something runs to the date.
  {
    ...trigger(/\b(?:bought|buys?|buying|won|wins?|gained|gains?)\s+(?:[\p{L}-]+\s+){0,2}?(?:another|(?:[\p{L}-]+\s+)?(?:more|extra|additional))\s+(?:days?|weeks?|months?)\s*,?\s+(?:to|until)\s+(?:this\s+|next\s+)?$/iu, 'to until this next', true),
    cue: /\b(?:more|extra|additional|another)\s/i,
  },
  // "would extend current funding levels to Feb. 13", "a rival two-month extension to March 27": what lapses at a
  // date (money, a truce, a waiver) carried on to a new one ("until" has its own trigger, which keeps who was given it).
  {
    ...trigger(
      /\b(?:extend(?:s|ed|ing)?\s+(?:[\p{L}-]+\s+){0,3}?(?:funding|spending|financing|ceasefire|cease-fire|truce|moratorium|waiver|exemption|grace\s+period)(?:\s+(?:levels?|deal|agreement))?|extensions?(?:\s+of\s+[^.;,]{1,40}?)?)\s+(?:to|through)\s+(?:this\s+|next\s+)?$/iu,
      'to through this next',
      true,
    ),
    cue: /\bextend|\bextension/i,
  },
  // "a stopgap to keep the government open past midnight Friday": how long something is kept going is its limit.
  trigger(/\bkeep(?:s|ing)?\s+(?:[^.;,]{1,40}?\s)?(?:open|running|funded|afloat|operating|going)\s+past\s+(?:this\s+|next\s+)?$/i, 'past this next'),
  // "the deadline had originally been set for Sept. 15", "the deadline is set for Friday": a date stated for a deadline.
  trigger(/\b(?:deadline|cut-?off)(?:\s+for\s+[^.;,]{1,40}?)?\s+(?:was|is|(?:had|has|will)\s+(?:[a-z]+ly\s+|first\s+)?be(?:en)?)\s+(?:[a-z]+ly\s+|first\s+)?(?:set|fixed)\s+(?:for|at)\s+(?:this\s+|next\s+|the\s+)?$/i, 'for at this next the', false, true),
  // "a Commission deadline at the end of the month" (not "first set a deadline on Sept. 4, telling council …": the day it was set).
  { ...trigger(/\b(?:deadline|cut-?off)\s+(?:of|to|(?<!\b(?:set|imposed|issued|announced)\s+(?:a|the|its|his|her|their)\s+(?:new\s+|first\s+)?(?:deadline|cut-?off)\s+)on|for|until|at)\s+(?:this\s+|next\s+|the end of\s+|the\s+)?$/i, 'of to on for until at this next the'), cue: DEADLINE_WORD },
  // "set a new target of noon Saturday to adopt a final deal": an aim set for a time is a limit its setter keeps to.
  { ...trigger(/\btarget\s+of\s+(?:this\s+|next\s+|the\s+)?$/i, 'of this next the'), cue: /\btarget\s/i },
  // "the deadline, which falls on Dec. 2": a date stated for a deadline, whoever set it.
  // "The claims deadline was originally Feb. 12": the date first stated for it.
  { ...trigger(/\b(?:deadline|cut-?off)(?:,\s+which)?\s+(?:(?:to|for)\s+[^.;,]{1,40}?\s+)?(?:is|was|falls on)\s+(?:(?:originally|initially)\s+)?(?:this\s+|next\s+)?$/i, 'is was on originally initially this next', false, true), cue: DEADLINE_WORD },
  // "is set to expire in June 2026": a month or a year is "in" it (not "expected to end in March", a forecast of an end).
  {
    ...trigger(/\b(?:set|due|scheduled|expected|going)\s+to\s+(?:(?:expire|lapse|run out)\s+in\s+|(?:expire|lapse|end|run out)\s+(?:on\s+|at\s+)?)(?:this\s+|next\s+|the end of\s+|the\s+)?$/i, 'expire lapse end out on at in this next of the'),
    cue: /\sto\s+(?:expire|lapse|end|run out)/i,
  },
  // "The ceasefire ends at 6 a.m. Sunday": a truce, an ultimatum or a grace period that ends lapses then (not "the
  // season ends in May", nor a term: "his contract ends in June").
  {
    ...trigger(/\b(?:ceasefire|cease-fire|truce|ultimatum|moratorium|amnesty|grace\s+period|waiver|exemption|curfew|state\s+of\s+emergency)\s+(?:(?:will|would|is\s+(?:due|set)\s+to)\s+)?(?:ends?|ending)\s+(?:on\s+|at\s+)?(?:this\s+|next\s+|the\s+)?$/i, 'end ends ending on at this next the'),
    cue: /\bend(?:s|ing)?\s/i,
  },
  // "The waiver runs out at the end of the month".
  { ...trigger(/\b(?:expires?|expiring|lapses?|(?:runs?|running)\s+out)\s+(?:on\s+|at\s+)?(?:this\s+|next\s+|the end of\s+|the\s+)?$/i, 'expire expires expiring lapse lapses out on at this next of the'), cue: /expir|laps|out\s/i },
  {
    ...trigger(
      // "the window for appeals closes at noon on Aug. 22", "a consultation on new roaming rules closes on Nov. 14".
      /\b(?:window|polls?|offer|registration|voting|bidding|applications?|nominations?|consultation|submissions|tender|enrol?ment)\s+(?:(?:for|on)\s+(?:[a-z-]+\s+){1,3})?(?:(?:will|would|is\s+to|was\s+to)\s+)?(?:closes?|closing|shuts?|shutting)\s+(?:on\s+|at\s+)?(?:this\s+|next\s+)?$/i,
      'close closes closing shut shuts shutting on at this next',
    ),
    cue: /clos|shut/i,
  },
  // "by the end of the month": the date is "end of the month".
  trigger(/\b(?:no later than|not later than|on or before)\s+(?:this\s+|next\s+|the\s+)?$/i, 'than before this next the', false, false, true),
  // "no later than the 15th day of each quarter", "by the fifth working day of the month": a day of a period.
  { ...trigger(/\b(?:by|no later than|not later than|on or before)\s+the\s+(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|tenth|fifteenth|twentieth|last)\s+(?:(?:business|working|calendar)\s+)?(?:day\s+)?of\s+$/i, 'of', false, false, true), cue: /\b(?:by|than|before)\s+the\s/i },
  // "by the end of the first quarter": a period the date is without its "end of"; "by the end of fiscal 2026" a year.
  trigger(/\b(?:by|until|till)\s+(?:this\s+|next\s+|the end of\s+(?:the\s+)?(?:fiscal\s+)?|the\s+)?$/i, 'by until till this next of the fiscal'),
  // "by the close of business on Friday", "until the end of the day Monday", "by early September", "by mid-September".
  { ...trigger(/\b(?:by|until|till)\s+(?:the\s+)?(?:(?:close|end)\s+of\s+(?:business|trading|play|(?:the\s+)?day)(?:\s+on)?|early|late)\s+$/i, 'on business trading play day early late'), cue: /\b(?:by|until|till)\s/i },
  trigger(/\b(?:by|until|till)\s+(?:mid|end)-$/i, 'mid- end-'),
  // "within the 15 days required by the rules", "within the statutory 30 days" (not "within the last 30 days").
  { ...trigger(/\bwithin\s+(?:the\s+(?:(?:next|remaining|required|statutory|allotted|allowed|permitted|prescribed|stipulated|mandated|legal)\s+)?)?$/i, 'within the next remaining required statutory allotted allowed permitted prescribed stipulated mandated legal'), cue: /within/i },
  // "must repay the loan in the next 48 hours": a time to act in, only where the clause says it must be done (see namesALimit).
  trigger(/\bin\s+the\s+next\s+$/i, 'next'),
  // "responses would be due 48 hours later", "payments are due on March 1": what someone must hand in is due then
  // (not a ruling or an update "due" at a time, which is a schedule).
  {
    ...trigger(
      /\b(?:responses?|repl(?:y|ies)|answers?|briefs?|filings?|motions?|payments?|comments?|objections?|applications?|submissions?|bids?|plans?|returns?)\s+(?:(?:is|are|was|were|will\s+be|would\s+be)\s+)?due\s+(?:on\s+|by\s+|within\s+|in\s+|at\s+)?(?:this\s+|next\s+)?$/i,
      'due on by within in at this next',
    ),
    cue: /\bdue\s/i,
  },
  // "meet before the end of the month" (only before the end of a period: "before Friday's vote" sets nothing).
  trigger(/\bbefore\s+(?:the\s+)?$/i, 'before the'),
];

// The triggers ending in each last word, in their order: one lookup of the word before a date, not one per trigger.
const TRIGGERS_BY_LAST_WORD = new Map<string, (typeof BEFORE_TRIGGERS)[number][]>();
for (const t of BEFORE_TRIGGERS) for (const word of t.lastWords) TRIGGERS_BY_LAST_WORD.set(word, [...(TRIGGERS_BY_LAST_WORD.get(word) ?? []), t]);
const NO_TRIGGERS: (typeof BEFORE_TRIGGERS)[number][] = [];

// `recurring`: the trigger makes a repeating time a limit too ("no later than the 15th day of each quarter").
function trigger(pattern: RegExp, lastWords: string, moved?: boolean, stated?: boolean, recurring?: boolean): (typeof BEFORE_TRIGGERS)[number] {
  return { pattern, lastWords: new Set(lastWords.split(' ')), moved, stated, recurring };
}

// Room for a relative clause between the verb and the time: "gave the guild, which represents
// about 2,400 workers, 30 days", "gave the regions that refused to apply it 30 days", "gave Lumora Inc. 10
// working days" (an abbreviation's full stop before the number); but not past what the giving gave ("gave the utility until Monday
// to explain why …"). "Has" owns the time only right before it: "had 30 days", not "had taken nine days"
// (a quotation may open between: the state had "until Sunday evening").
// ("They have had three years to see this coming": time that has passed, no window.)
const GIVEN_TIME = /\b(?:gave|give|gives|giving|given|granted|grants?)\b(?:(?!\b(?:until|by)\b|(?<!\b(?:refused|failed|agreed|declined|decided|wanted|tried|sought|promised|chose|voted)\s)\bto\b)(?:[^.;]|\.(?=\s*$|\s\d))){0,100}$|\b(?<!\b(?:has|have|had)\s)(?:has|have|had|got|get|gets)\s+(?:only\s+|just\s+|another\s+|a\s+further\s+|up\s+to\s+)?["“]?$/i;
// "30 days to accept", or with the event the days count from first: "14 days after judgment is entered to file".
// A month's abbreviation keeps its full stop: "90 days from Sept. 1 to rule".
// The rule the time is under may come first: "has 28 days under its licence to respond".
// The time may open a quotation that closes before the action: gave the agency “seven working days, not one day more" to comply.
const ACTION_AFTER = /^(?:\s+(?:after|from|following)\s+(?:[^.;,]|(?<=\b(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec))\.){1,60}?|\s+under\s+(?:the|its|their|a|an)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+|(?:,[^.;"”]{1,40})?["”])?\s+to\s+([^.;,]{3,80})/u;
// The end of a statement right after the time given (not a question: "Who will give my daughter 30 days?").
const SENTENCE_ENDS = /^\s*(?:[.!]|$)/;
// "the 15 days the court gave the ministry", "the 30 days that the judge had granted them": the giving in a relative clause.
const GIVEN_AFTER = /^\s+(?:that\s+)?(?:[\p{L}.-]+\s+){1,4}?(?:(?:had|has|have)\s+)?(?:gave|given|granted|allowed|allotted)\b/u;
// A notice period or a lead time someone is bound to, ahead of the event it names: "must give 60 days’ notice
// before closing", "requires employers to notify the state at least 60 days before a layoff" (not "the poll was
// taken 60 days before the vote", nor a holding period: "must hold a property for at least three years before selling").
// "the 10 days' notice required by law before a stoppage": the rule that binds it may stand between.
const LEAD_TIME_AFTER = /^(?:['’]\s+(?:(?:advance|prior|written)\s+)?notice(?:\s+required\s+by\s+(?:law|statute|the\s+\p{L}+))?(?=\s+(?:before|of|prior\s+to|ahead\s+of)\s)|\s+(?:before|prior\s+to|ahead\s+of|in\s+advance\s+of)(?=\s))/iu;
const HELD_FOR = /\bfor\s+(?:at\s+least\s+|a\s+minimum\s+of\s+)?$/i;
const LEAD_OBLIGATION = /\b(?:must|shall|requir(?:e|es|ed|ing)|obliged|obligated|(?:has|have|had|needs?)\s+to)\b/i;
// A window of days as it is introduced: "with a 30-day application window", "the commission’s
// five-day window" (not "the 30-day window" again).
const WINDOW_BEFORE = /(?:\ban?|['’]s)\s+$/i;
const WINDOW_AFTER = /^(?:\s+|-)(?:[\p{L}-]+\s+)?(?:window|(?:comment|consultation|notice|grace|appeal|objection|cooling-off)\s+period)\b/iu;
// "Comments can be sent for 30 days after publication": how long something may be done, counted from an event.
// Case counts: "May" is the month.
const PERMITTED_BEFORE = /\b(?:[Cc]an|may)\s+(?:still\s+|only\s+)?(?:be\s+)?\p{L}+\b[^.;]{0,80}\bfor\s+$/u;
const COUNTED_FROM_AFTER = /^\s+(?:after|from|following)\s/i;
// "when the 30-day period ran out", "before the 90-day grace period has expired": a period that
// lapses is a time limit however it is introduced.
const PERIOD_ENDING_AFTER = /^(?:\s+|-)(?:[\p{L}-]+\s+)?period(?=\s+(?:(?:will|would|has|had)\s+)?(?:(?:ran|runs|run)\s+out|expired?|expires|lapsed?|lapses|ended|ends?)\b)/iu;
// "take effect on April 14 unless the bloc backs down": the date is the limit of a condition.
const UNLESS_AFTER = /^\s+unless\b/i;
const PAST_TIME = /^(?:last|yesterday|earlier)\b|\bago$/i;
// A time of day repeated: "until 8 p.m. every day", "until midnight daily", "until 6 p.m. on weekdays".
const EVERY_DAY_AFTER = /^,?\s+(?:(?:every|each)\s+(?:day|night|evening|weekday)|daily|nightly|on\s+weekdays|seven\s+days\s+a\s+week)\b/i;
// "could cancel it if the satellite missed the June date by more than 60 days": the overrun a
// condition tolerates is a grace period, a limit (not "was delayed by more than 60 days").
const OVERRUN_BEFORE = /\bby\s+(?:more\s+than|over|at\s+least)\s+$/i;
const OVERRUN_WORDS = new Set(['than', 'over', 'least']);
const OVERRUN_VERB = /\b(?:miss(?:es|ed)?|slips?|slipped|overruns?|overran|exceeds?|exceeded|overshoots?|overshot|delayed|late)\b/i;
// The words of a lead-in ("on Friday", "by March 1", read with the spaces after them) and the last words of WINDOW_BEFORE, as for the triggers.
const LEAD_IN_WORDS = new Set(['on', 'by', 'at', 'from']);
const WINDOW_BEFORE_WORDS = new Set(['a', 'an', 's']);

const AMOUNT_BY = /^by\s+$/i;
// A deadline moved by what follows: "extended the deadline by a week after a request" (whatever the date parser reads there).
const MOVED_BY = new RegExp(String.raw`\b(?:${MOVING_VERBS}|delay(?:s|ed)?)\b[^.;,]{0,60}?\b(?:deadline|cut-?off)\s+(?:back\s+|forward\s+)?$`, 'i');
const MOVED_BY_REACH = 90;

// Triggers that may name no limit: "by", "until", "within", "before", "in the next".
const OPEN_TRIGGER = /^(?:by|until|till|within|before|in)\b/i;
// A forecast with a date is no limit: "priced in a cut by December", "analysts expect a deal by June",
// "output is expected to double by 2027".
// "he expected that to happen within two weeks".
// A target or goal is no limit either: "its target of producing 3 million tonnes by 2031".
// "the first sales could be registered by the end of the year", "could reach €180 billion by
// 2027": what may happen by then, not a limit ("could file suit within 60 days" is one: a window
// the text opens).
// ("could be lifted “by the spring"": the time may open a quotation.)
const POSSIBILITY = /\b(?:could|might)\s+(?:(?:[^\s,;:]|,(?=\d))+\s+){0,6}["“‘]?$/i;
// A move that may happen moves nothing yet: "the deadline could be moved to Monday" ("may" in lower case: "May" is the month).
const POSSIBLE_MOVE = /\b(?:could|might|may|can)\s/;
// Nor what would follow if something did not happen, a condition opening the clause: "warned that without closures
// the district would have to cut 40 positions by the fall" (not a rule for a kind of thing: "a channel without a
// valid licence would have to go off air within 48 hours"; nor "said, without elaborating, that firms would have to comply by June 1").
const HYPOTHETICAL = /(?:^\s*|\bthat\s+|[,;]\s*)(?:without\s+(?!\p{Ll}+ing\b)|absent\s|otherwise\b)[^.;:]*?\bwould\s/iu;
// A hope is none either: "hoped to bring both sides to the table by Thursday".
// (An answer someone expects is one asked for by a date: "expected an answer before Thursday" is no forecast.)
const FORECAST = new RegExp(String.raw`\b(?:priced in|expect(?:s|ed)?(?!\s+${AWAITED_REPLY})|estimated|estimates?\s+that|forecast(?:s|ed)?|predict(?:s|ed)?|(?<!\b(?:of|the|a|an|its|their|his|her|our|these|those|[a-z]+ed)\s)projects?|projected|bets?|anticipates?|hop(?:e|es|ed|ing)\b|(?:likely|on track|on course)\s+to)\b`, 'i');
// A forecast verb reaches its infinitive past a parenthesis: "expect inflation, now 18%, to climb
// back above 20% by" (not past another clause: "expected …, and asked each to send a plan by").
const IN_CLAUSE = String.raw`(?:(?!,\s+(?:and|but)\b)[^.;:]|\.(?=\d))`;
const FORECAST_INFINITIVE = new RegExp(String.raw`\b(?:expect(?:s|ed)?|forecast(?:s|ed)?|predict(?:s|ed)?)\b${IN_CLAUSE}{0,80}?\bto\s+\p{Ll}+\b${IN_CLAUSE}*$`, 'u');
// "could resume within two weeks if both sides agree": what may happen once a condition holds
// (not "could begin within 60 days if no deal is reached": what follows a limit missed).
const HOPEFUL_CONDITION_AFTER = /^[^.;:]*?\bif\b(?![^.;:]*\b(?:no|not|never|fails?|failed)\b|[^.;:]*n['’]t\b)/i;
// "would fall below 3% by 2026": a level reached by a date is an outlook, unless it is required
// ("must cut emissions 40% by 2030").
// ("weakened to 15.92 per dollar by 1400 GMT": a price's level too.)
const LEVEL_BEFORE = /(?:\d\s*%|\d\s*(?:percent|per\s+cent)|\bpoints?|\bper\s+(?:dollar|euro|pound|barrel|ounce|share|tonne|ton))\s+$/i;
const REQUIRED = /\b(?:must|required|obliged|ordered|has\s+to|have\s+to|needs?\s+to|deadline|target)\b/i;
// Where a fronted time stands: at its sentence's start or right after "and"/"but"; and a past verb in the
// clause it fronts (not a modal: "within 48 hours the company must …").
const OPENS_CLAUSE = /(?:^|[.!?:]\s*["“]?|\b(?:and|but)\s+)$/;
const PAST_NARRATION_AFTER = /^[^.;!?]{0,120}?\b(?:had|was|were)\s/;
const MUST = /\b(?:must|(?:has|have|had|needs?|needed)\s+to)\b/i;
// A must, or a need or a want of something ("We need one clear letter … by next week").
const MUST_OR_NEED = new RegExp(`${MUST.source}|\\b(?:needs?|needed|wants?|wanted)\\b`, 'i');
const PRESENT_PERFECT = /\b(?:has|have)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en)\b/u;
// Acts a time window is given for: a suit, an appeal, a penalty, a rule taking effect.
const WINDOW_ACTION = /\b(?:file|sue|appeal|challenge|contest|lodge|object|apply|take\s+effect|impose|face|lose|be\s+(?:imposed|fined|suspended|revoked|struck|cancell?ed|canceled|expelled|removed))\b/i;
const CONDITION_AFTER = /^[^.;:]*?\b(?:if|unless)\b/i;
// "we will be back here within a year", "the plant would be idle within months": a state foretold
// is no limit (a passive is something done: "will be paid within 14 days"; "would be due within 30 days" is one).
// "will report to the FCA, usually within six months": how long it tends to take, no limit.
const HABITUALLY_BEFORE = /\b(?:usually|typically|generally|normally|often)\s+$/i;
const STATE_FORETOLD = /\b(?:will|would|could|might|['’]ll)\s+(?:not\s+|also\s+|still\s+)?be\s+(?!(?:\p{Ll}+(?:ed|en)|due|payable|paid|sent|made|held|sold|built|set|cut|put|told|kept|met|spent|found|brought|bought)\b)\p{Ll}+(?:\s+\p{Ll}+){0,3}\s*$/u;
// Nor does an extension only asked for: "has asked for it to be extended until the end of the year".
const REQUESTED_EXTENSION = /\b(?:ask(?:s|ed|ing)?|request(?:s|ed|ing)?|sought|seek(?:s|ing)?|want(?:s|ed)?)\b[^.;]{0,40}?\bextend(?:ed)?\s+$/i;
// Nor a move asked for: "asked the mayor to extend the deadline to June 1".
const REQUESTED_MOVE = /\b(?:ask(?:s|ed|ing)?|request(?:s|ed|ing)?|urg(?:e|es|ed|ing)|press(?:es|ed|ing)?|sought|seek(?:s|ing)?|want(?:s|ed)?|call(?:s|ed)?\s+on|demand(?:s|ed|ing)?|petition(?:s|ed)?)\b[^.;]{0,40}\bto\s+$/i;
// A term of office ends; it sets no one a limit: "will serve as acting chair until October".
// A penalty's or a post's span runs until its end: "Her ban runs until February 2030", "his suspension lasts until June"
// (a measure put in force until a date lapses then: "has banned exports till Dec. 31").
const TERM = /\b(?:serve|serves|served|serving|(?:ban|suspension|sentence|exile|term|mandate|tenure)\s+(?:runs?|ran|lasts?|lasted|continues?|extends?))\b/i;
// Nor does offering something: "offer refunds until the end of April" is how long it holds (but
// "the offer is open until Friday" lapses). "The offer" after a determiner is the noun: "a draft of the offer
// seen last week had given creditors until Feb. 27" offers nothing.
const VALIDITY = /\b(?:(?<!\b(?:the|an?|its|their|this|his|her|our)\s)offer(?:s|ed|ing)?\s+(?!(?:is|was|are|were|will|would|stands|remains|expires|lapses|closes|runs)\b)|valid\b)/i;
// A measure put in force or prolonged until a time lapses then, told in the past or not: "extended a flood
// warning for the river until 10 p.m. Wednesday", "imposed a curfew until 6 a.m." (not "the rally extended until midnight").
const IMPOSED_UNTIL = /\b(?:extend(?:s|ed)?|renew(?:s|ed)?|issu(?:es|ed)|impos(?:es|ed)|declar(?:es|ed))\s+(?:an?|the|its|their)\s/i;
// Waiting or putting off names the earliest time too: "should wait until May to see whether
// prices rise", "would delay the first tranche until the autumn".
const WAIT_REACH_WORDS = 6;
// So does a stop: "the conversation is finished until the summer" (nothing more before then), and a
// suspension or a freeze, how long it holds: "a bill that would suspend the new toll until the end of the year".
const WAIT = /\b(?:wait(?:s|ed|ing)?|h(?:o|e)ld(?:s|ing)?\s+off|delay(?:s|ed|ing)?|postpon(?:e|es|ed|ing)|put(?:s|ting)?\s+off|suspend(?:s|ed|ing)?|freez(?:e|es|ing)|froze(?:n)?|(?:is|are|was|were|be|been|remains?|stays?)\s+(?:over|finished|done|closed|shut|paused|on\s+hold))\b/i;
// "will not return until January" names the earliest time, not a limit.
const NEGATION = /\b(?:not|never|cannot)\b|n['’]t\b/i;
// What makes "by" a limit even in past narration: "was ordered to repay the loans by Nov. 1",
// "warned it needed $770 million by the end of the year"; so does an aim set for oneself: "wanted the new host in place by the autumn",
// and an answer expected of someone: "expected an answer from Hamas before Thursday".
const OBLIGATION = new RegExp(String.raw`\b(?:to|must|will|would|should|shall|due|required|deadline|needs?|needed|wants?|wanted|aims?|aimed|expect(?:s|ed)?\s+${AWAITED_REPLY})\b`, 'i');
// "if it did not deliver the report by Friday", "unless it is producing by 2029": a condition's limit, whatever the tense.
const CONDITION = /\b(?:if|unless)\b/i;
// Where the clause before a trigger starts: after the last of these (not the comma of "9,400 acres").
// A speech verb opens the clause it reports, with or without "that": "said the warning remains in effect until".
const CLAUSE_BREAK = /,(?!\d)|[;:]|\b(?:and|but|if|unless|when|while|that|which|who|said|says|announced|warned|added|stated)\b/gi;
// The breaks that open a reported clause, which a forecast verb before them still governs: "expected that …", "expects, he said, …".
const REPORTED_CLAUSE = /^(?:that|said|says|announced|warned|added|stated)$/i;

// The date ends its clause or the sentence (not "before Friday's vote", "before June 30 next year's…").
const BEFORE_DATE_ALONE = /^(?:\s*(?:[,;.:)]|$)|\s+(?:to|and|or|according|under|at|in|on|for|with|if|unless)\b)/;

function mentionsIn(mentions: readonly Mention[], span: Span): Mention[] {
  return spansWithin(mentions, span);
}

/** What a date's sentence says about it, from the words alone (offsets relative to the sentence). */
interface DateReading {
  /** What was read: the sentence and the date, relative to the paragraph. */
  read: [sentenceStart: number, sentenceEnd: number, dateStart: number, dateEnd: number];
  /** Where a phrase before the date that makes it a due date starts, or -1. */
  triggerAt: number;
  /** The phrase moves an earlier deadline. */
  moved: boolean;
  /** It only may move it: "could be moved to Monday". */
  possibleMove: boolean;
  /** The trigger makes a repeating time a limit ("no later than … each quarter"). */
  recurring: boolean;
  /** It states an existing deadline's date ("the deadline is Friday"): the clause's subject only speaks of it. */
  stated: boolean;
  /** The length of "deadline", "ultimatum"… right after the date, or -1. */
  deadlineAfter: number;
  /** The length of "application window" after "a", a possessive and a number of days, or of "period" that runs out, or -1. */
  windowAfter: number;
  /** The length of "window" after "the" and a number of hours or days ("the 48-hour window"), or -1. */
  definiteWindowAfter: number;
  /** The length of " unless" after the date, and of "on " before it, or -1 and 0. */
  unlessAfter: number;
  leadIn: number;
  /** "gave the union 30 days to accept". */
  givesTime: boolean;
  /** "They are giving hospitals 30 days.": time given with nothing after it, the sentence ends (a window given before, restated). */
  givenBare: boolean;
  /** "the 15 days the court gave the ministry": a window given, named again with its giving. */
  givenAfter: boolean;
  /** The length of "’ notice" or " before" after a time someone must give or act ahead of an event ("must give 60 days’ notice"), or -1. */
  leadTimeAfter: number;
  /** "if the launch slips by more than 60 days". */
  conditionalOverrun: boolean;
  /** "can be sent for 30 days after publication". */
  permittedFor: boolean;
  action: string | null;
  /** The owner in "the mayor’s Friday deadline", before where the deadline starts. */
  owner: { at: number; word: string } | null;
}

const OWNER = /\b(?:the\s+)?([\p{L}-]+)['’]s\s+(?:[\p{L}-]+\s+){0,2}$/u;
const POSSESSIVE_TAIL = /^s\s+(?:[\p{L}-]+\s+){0,2}$/u;

// The longest phrase the patterns above read before a date; they end where the date starts, so
// reading only this much spares scanning a long sentence from every position.
const BEFORE_WINDOW = 160;

function readDate(read: DateReading['read'], sentence: string, dateStart: number, dateEnd: number): DateReading {
  let beforeAt = Math.max(0, dateStart - BEFORE_WINDOW);
  while (beforeAt > 0 && beforeAt < dateStart && !isSpaceAt(sentence, beforeAt - 1)) beforeAt++;
  const before = sentence.slice(beforeAt, dateStart);
  const after = sentence.slice(dateEnd, dateEnd + 90);
  // "mid-September", "end-2027": the prefix is the last word (no space between).
  const lastWord = before.endsWith('mid-') ? 'mid-' : before.endsWith('end-') ? 'end-' : wordBeforeSpace(before);
  let found: (typeof BEFORE_TRIGGERS)[number] | undefined;
  let foundAt = -1;
  for (const t of TRIGGERS_BY_LAST_WORD.get(lastWord) ?? NO_TRIGGERS) {
    // A cue word anywhere before, for a pattern whose last words are common ("the", "of").
    if (t.cue && !t.cue.test(before)) continue;
    // The match's index, not a test and a search: the pattern is run once.
    const match = t.pattern.exec(before);
    if (match) {
      found = t;
      foundAt = match.index;
      break;
    }
  }
  const limits = foundAt < 0 || (found!.moved ? !REQUESTED_MOVE.test(before.slice(0, foundAt)) : namesALimit(before, foundAt, sentence.slice(dateStart, dateEnd), after));
  const [trigger, triggerAt] = limits ? [found, foundAt] : [undefined, -1];
  const ownerText = before.slice(0, trigger ? triggerAt : before.length);
  // The possessive is the last apostrophe, with two words at most after it: anywhere else the
  // end-anchored expression would try every position for nothing.
  const apostrophe = Math.max(ownerText.lastIndexOf("'"), ownerText.lastIndexOf('’'));
  const owner = apostrophe >= 0 && POSSESSIVE_TAIL.test(ownerText.slice(apostrophe + 1)) ? OWNER.exec(ownerText) : null;
  const action = ACTION_AFTER.exec(after)?.[1].trim() ?? null;
  const leadTime = LEAD_TIME_AFTER.exec(after);
  return {
    read,
    triggerAt: triggerAt < 0 ? -1 : beforeAt + triggerAt,
    moved: trigger?.moved === true,
    stated: trigger?.stated === true,
    recurring: trigger?.recurring === true,
    possibleMove: trigger?.moved === true && (POSSIBLE_MOVE.test(before.slice(triggerAt)) || POSSIBILITY.test(before.slice(0, triggerAt))),
    deadlineAfter: DEADLINE_AFTER.exec(after)?.[0].length ?? -1,
    windowAfter: (WINDOW_BEFORE_WORDS.has(lastWord) && WINDOW_BEFORE.test(before) ? WINDOW_AFTER.exec(after)?.[0].length : undefined) ?? PERIOD_ENDING_AFTER.exec(after)?.[0].length ?? -1,
    definiteWindowAfter: lastWord === 'the' ? WINDOW_AFTER.exec(after)?.[0].length ?? -1 : -1,
    unlessAfter: UNLESS_AFTER.exec(after)?.[0].length ?? -1,
    // The last word and the spaces after it (by hand: an end-anchored expression would try every position).
    leadIn: LEAD_IN_WORDS.has(lastWord) ? lastWord.length + before.length - before.trimEnd().length : 0,
    givesTime: (action !== null || endsHeadlineDuration(sentence.slice(dateStart, dateEnd), before, after)) && GIVEN_TIME.test(before),
    givenBare: action === null && SENTENCE_ENDS.test(after) && GIVEN_TIME.test(before),
    givenAfter: lastWord === 'the' && GIVEN_AFTER.test(after),
    // The anchored words after first: most dates have none, and the obligation is not looked for.
    leadTimeAfter: leadTime && (LEAD_OBLIGATION.test(before) || LEAD_OBLIGATION.test(leadTime[0])) && !HELD_FOR.test(before) ? leadTime[0].length : -1,
    conditionalOverrun: OVERRUN_WORDS.has(lastWord) && isConditionalOverrun(before),
    permittedFor: lastWord === 'for' && COUNTED_FROM_AFTER.test(after) && PERMITTED_BEFORE.test(before),
    action,
    owner: owner && { at: beforeAt + owner.index + owner[0].indexOf(owner[1]), word: owner[1] },
  };
}

// "Egypt Gives Owner 48 Hours": a capitalized unit ends the headline or its clause.
const HEADLINE_UNIT = /\s\p{Lu}\p{Ll}+$/u;
const HEADLINE_CLAUSE_END = /^\s*(?:$|[,;:—–|]|-\s)/;
// "Union gives Harbour Board 48 hours, threatens shutdown": a sentence-case headline gives in the present, the one given right before.
const HEADLINE_GIVES = /\bgives\s+(?:[^\s,.;:]+\s+){1,4}$/;

/** A duration at the end of a headline or of a headline's clause (title case, or given in the present): the giving needs no "to …" there. */
function endsHeadlineDuration(dateText: string, before: string, after: string): boolean {
  return HEADLINE_CLAUSE_END.test(after) && (HEADLINE_UNIT.test(dateText) || HEADLINE_GIVES.test(before));
}

/** Whether `before` ends with an overrun ("missed the date by more than ") in a clause that "if" or "unless" opens. */
function isConditionalOverrun(before: string): boolean {
  const overrun = OVERRUN_BEFORE.exec(before);
  if (!overrun) return false;
  const beforeOverrun = before.slice(0, overrun.index);
  let opener: RegExpMatchArray | undefined;
  for (const match of beforeOverrun.matchAll(CLAUSE_BREAK)) opener = match;
  const clause = opener === undefined ? beforeOverrun : beforeOverrun.slice(opener.index! + opener[0].length);
  // "Should delivery slip by more than 30 days, …": an inverted condition opens its clause with "should".
  const inverted = (opener === undefined || /^[,;:]$/.test(opener[0])) && INVERTED_CONDITION.test(clause);
  return ((opener !== undefined && CONDITION.test(opener[0])) || inverted) && OVERRUN_VERB.test(clause);
}

const INVERTED_CONDITION = /^\s*[Ss]hould\s+(?!not\b)/;

/**
 * Whether "by", "until", "within" or "before" sets a limit: not in a forecast, not for a state reached by
 * a date in past narration ("prices had risen 5% by June"), not after a negation ("not …
 * until"), not for a term ("serve until", "contract runs until 2028": a bare year).
 */
function namesALimit(before: string, triggerAt: number, dateText: string, after: string): boolean {
  const trigger = before.slice(triggerAt);
  if (!OPEN_TRIGGER.test(trigger)) return true;
  // "until the 60-day comment period has lapsed": the limit is the period, read as a window; "stay
  // open until 8 p.m. every day" tells opening hours.
  if (WINDOW_AFTER.test(after) || PERIOD_ENDING_AFTER.test(after) || EVERY_DAY_AFTER.test(after)) return false;
  // "before Friday's vote" orders events; before a date alone, a clause of what must be done sets a limit (below).
  const beforeDate = /^before\b/i.test(trigger) && !/^end\b/i.test(dateText);
  if (beforeDate && !BEFORE_DATE_ALONE.test(after)) return false;
  // "destroyed by the 2023 earthquakes": a year after "the" names an event or a plan, no limit.
  if (/\bthe\s+$/i.test(trigger) && /^\d{4}$/.test(dateText)) return false;
  const beforeTrigger = before.slice(0, triggerAt);
  let clauseStart = 0;
  // A forecast verb governs the clause after its "that": "expected that to happen within two weeks".
  let forecastStart = 0;
  // exec with lastIndex, not matchAll, which copies the expression on every call.
  CLAUSE_BREAK.lastIndex = 0;
  // "he wanted a deal “signed, sealed and ratified" by Sept. 11": quoted words right before the trigger break no clause.
  const quotedTail = openingOfQuoteAtEnd(beforeTrigger);
  let reportedStart = 0;
  for (let match = CLAUSE_BREAK.exec(beforeTrigger); match && !(quotedTail >= 0 && match.index > quotedTail); match = CLAUSE_BREAK.exec(beforeTrigger)) {
    clauseStart = match.index + match[0].length;
    if (!REPORTED_CLAUSE.test(match[0])) forecastStart = clauseStart;
    else reportedStart = clauseStart;
  }
  const clause = beforeTrigger.slice(clauseStart);
  // "must use, carry over or trade what they have left by 30 June", "We need one clear letter, from the NHS, in every
  // patient’s hand by next week": a "must" or a need earlier in what was said binds the rest of it.
  const bound = OBLIGATION.test(clause) || MUST_OR_NEED.test(beforeTrigger.slice(reportedStart));
  if (beforeDate && !TO_BE_DONE.test(clause)) return false;
  // "kept a seismograph until last year": a time already past limits nothing no one was bound to
  // ("had until last Thursday to answer" was a limit).
  if (PAST_TIME.test(dateText) && !OBLIGATION.test(clause) && !GIVEN_TIME.test(clause)) return false;
  // "prices will rise in the next 48 hours" is a forecast; "must repay the loan in the next 48 hours" a limit.
  if (/^in\b/i.test(trigger) && !REQUIRED.test(clause)) return false;
  // A clause of its own that must be done is a limit, whatever an aside before it expects ("The
  // deal, which analysts expect to pass, must be signed by June").
  const forecast = FORECAST.test(beforeTrigger.slice(forecastStart)) || FORECAST_INFINITIVE.test(beforeTrigger);
  if (forecast && !(clauseStart > 0 && MUST.test(clause)) && !forecastOutsideQuote(beforeTrigger)) return false;
  if (HYPOTHETICAL.test(beforeTrigger.slice(forecastStart))) return false;
  if (/^by\b/i.test(trigger) && LEVEL_BEFORE.test(beforeTrigger) && !REQUIRED.test(beforeTrigger)) return false;
  const possibility = POSSIBILITY.exec(beforeTrigger);
  if (possibility && (/^by\b/i.test(trigger) || HOPEFUL_CONDITION_AFTER.test(after))) return false;
  // "said it could start flights within three weeks": what may be done in a time, unless the time
  // is a window to act in ("could file suit within 60 days") or one that runs out ("if no deal is reached").
  if (possibility && /^within\b/i.test(trigger) && !WINDOW_ACTION.test(possibility[0]) && !CONDITION_AFTER.test(after)) return false;
  if (/^within\b/i.test(trigger) && (STATE_FORETOLD.test(clause) || HABITUALLY_BEFORE.test(beforeTrigger))) return false;
  const pastState = !bound && !CONDITION.test(beforeTrigger) && directionOf(clause, after) === 'past';
  if (/^(?:by|before)\b/i.test(trigger) && pastState) return false;
  // "Within a week, a former researcher had filed a complaint", "and within two years the same people were back": a
  // time fronted in its clause, told in past narration, bound no one.
  if (/^within\b/i.test(trigger) && OPENS_CLAUSE.test(beforeTrigger) && !bound && PAST_NARRATION_AFTER.test(after)) return false;
  if (REQUESTED_EXTENSION.test(beforeTrigger)) return false;
  if (!/^(?:until|till)\b/i.test(trigger)) return true;
  // "ran on the radio until last month": how long something lasted, unless time was given to do
  // something or the state holds now ("has banned exports till Dec. 31").
  if (pastState && !GIVEN_TIME.test(beforeTrigger) && !ACTION_AFTER.test(after) && !PRESENT_PERFECT.test(clause) && !IMPOSED_UNTIL.test(clause)) return false;
  // "until 2019" tells how long; "give governments until the end of 2028 to submit" names a limit.
  return !(NEGATION.test(clause) || waitsForTrigger(clause) || TERM.test(clause) || VALIDITY.test(clause) || (/^\d{4}$/.test(dateText) && !/\bend of\s+$/.test(trigger)));
}

/** Where the quotation that `text` ends with (its closing mark, then spaces) opens, or -1. */
function openingOfQuoteAtEnd(text: string): number {
  const end = text.trimEnd().length - 1;
  const mark = text[end];
  if (mark !== '”' && mark !== '"') return -1;
  return Math.max(text.lastIndexOf('“', end - 1), text.lastIndexOf('"', end - 1));
}

/**
 * "expected to “have paper on his desk by Thursday”": a limit in a quotation opened after the
 * forecast word is the speaker's own plan, in the speaker's words; the forecast is the writer's
 * framing of them. Whether `beforeTrigger` ends inside a quotation whose words hold no forecast (and some words:
 * expected it to ease “within a day or two” quotes only the time of the forecast).
 */
function forecastOutsideQuote(beforeTrigger: string): boolean {
  const curly = beforeTrigger.lastIndexOf('“');
  const open = curly > beforeTrigger.lastIndexOf('”') ? curly : straightQuoteOpen(beforeTrigger);
  const quoted = open >= 0 ? beforeTrigger.slice(open) : '';
  return quoted.trim().length > 1 && !FORECAST.test(quoted) && !FORECAST_INFINITIVE.test(quoted);
}

/** Where the straight quotation mark that `text` ends inside opens (an odd count of them), or -1. */
function straightQuoteOpen(text: string): number {
  let count = 0;
  let last = -1;
  for (let at = text.indexOf('"'); at >= 0; at = text.indexOf('"', at + 1)) {
    count++;
    last = at;
  }
  return count % 2 === 1 ? last : -1;
}

/**
 * Waiting governs only an "until" close after it ("would delay the first tranche until", not
 * "postponed the vote after the commission gave one of the candidates until").
 */
function waitsForTrigger(clause: string): boolean {
  // A wait in the clause's last words is one in the clause: most clauses hold none, and their words are not split out.
  if (!WAIT.test(clause)) return false;
  const nearTrigger = clause.trim().split(/\s+/).slice(-WAIT_REACH_WORDS).join(' ');
  return WAIT.test(nearTrigger);
}

/**
 * A date's reading, kept per paragraph text (the same paragraphs come back in every version of a
 * document) and used again while the sentence and the date stand where they stood in it.
 */
function readingOf(context: DeadlineContext, readings: Map<number, DateReading>, paragraph: Span, sentence: Span, date: Span): DateReading {
  const at = paragraph.start;
  const [sentenceStart, sentenceEnd, dateStart, dateEnd] = [sentence.start - at, sentence.end - at, date.start - at, date.end - at];
  const kept = readings.get(dateStart);
  if (kept && kept.read[0] === sentenceStart && kept.read[1] === sentenceEnd && kept.read[3] === dateEnd) return kept;
  const reading = readDate([sentenceStart, sentenceEnd, dateStart, dateEnd], context.text.slice(sentence.start, sentence.end), dateStart - sentenceStart, dateEnd - sentenceStart);
  readings.set(dateStart, reading);
  return reading;
}

/** The person whose role this word names ("mayor"), if one actor holds it. */
function holderOfRole(context: DeadlineContext, word: string): string | null {
  const known = roleHoldersOf(context);
  const key = word.toLowerCase();
  let at = known.holderAt.get(key);
  if (at === undefined) {
    const role = wholeWord(key);
    known.holderAt.set(key, (at = known.holders.findIndex((a) => a.roles.some((r) => role.test(r)))));
  }
  return at < 0 ? null : known.holders[at].id;
}

/** The persons with roles, and per role word where its holder is among them (-1: none). */
interface RoleHolders {
  holders: readonly Actor[];
  holderAt: Map<string, number>;
}

// Each analysis asks for the same few roles ("mayor") once per deadline: the answers are kept per
// mention layout, and from one analysis of the document to the next for the roles no holder whose
// roles changed has or had (a keystroke in a name changes its actor's id, seldom anyone's roles;
// one in a role word, "Justice", changes that holder's alone).
const roleHolders = new WeakMap<object, RoleHolders>();

function roleHoldersOf({ actors, mentionLayout, cache }: DeadlineContext): RoleHolders {
  let known = roleHolders.get(mentionLayout);
  if (!known) {
    const holders = actors.filter((a) => a.kind === 'person' && a.roles.length > 0);
    const earlier = cache.kept<RoleHolders>('role-holders');
    roleHolders.set(mentionLayout, (known = { holders, holderAt: earlier ? answersKept(earlier, holders) : new Map() }));
  }
  cache.keep('role-holders', known);
  return known;
}

/**
 * The earlier answers that hold for these holders: an answer is the first holder with the role, the
 * same one while no holder whose roles changed (at its place in the list) has the role or had it.
 */
function answersKept(earlier: RoleHolders, holders: readonly Actor[]): Map<string, number> {
  if (earlier.holders.length !== holders.length) return new Map();
  const changedRoles: (readonly string[])[] = [];
  holders.forEach(({ roles }, i) => {
    if (!sameStrings(roles, earlier.holders[i].roles)) changedRoles.push(roles, earlier.holders[i].roles);
  });
  if (changedRoles.length === 0) return earlier.holderAt;
  const kept = new Map<string, number>();
  for (const [word, at] of earlier.holderAt) {
    const role = wholeWord(word);
    if (!changedRoles.some((roles) => roles.some((r) => role.test(r)))) kept.set(word, at);
  }
  return kept;
}

// "The mayor also gave …": a sentence whose subject is a role, not a name.
const ROLE_SUBJECT = /^(?:[Tt]he\s+)?(\p{Ll}+)\s/u;

// Where the clause giving the time starts: "Residents were told …, and the secretary gave …".
const CLAUSE_JOIN = /;\s+|,\s+(?:and|but|as|while|when|after)\s+/g;
// "the governor’s order to install …", "Ghana’s ultimatum": a limit someone's order or demand sets.
const ORDER_AFTER_POSSESSIVE = /^['’]s?\s+(?:(?:\p{Ll}+|\d+-day)\s+)?(?:order|orders|ultimatum|demand|demands|instruction|instructions|directive|decree)\b/u;
const ORDER_LOOKAHEAD = 40;
// "New Mexico’s environment secretary": the role words after a place's possessive.
const ROLE_AFTER_POSSESSIVE = /^['’]s?\s+((?:\p{Ll}+\s+){0,2}\p{Ll}+)/u;

/** The subject mention of the clause holding the limit, or of the sentence when that clause names no one (never the one the time is given to). */
function subjectMention(text: string, sentence: Span, beforeLimit: readonly Mention[], triggerStart: number, givenTo: Mention | undefined): Mention | undefined {
  const first = (start: number) => beforeLimit.find((m) => m.start >= start && m.actorId !== givenTo?.actorId);
  // exec with lastIndex, not matchAll, which copies the expression on every call (this runs for every deadline of every analysis).
  const words = text.slice(sentence.start, triggerStart);
  let clauseStart = sentence.start;
  CLAUSE_JOIN.lastIndex = 0;
  while (CLAUSE_JOIN.exec(words)) clauseStart = sentence.start + CLAUSE_JOIN.lastIndex;
  return (clauseStart > sentence.start ? first(clauseStart) : undefined) ?? first(sentence.start);
}

/**
 * Who set a deadline: the owner in "the mayor’s Friday deadline" (a named actor, or the actor
 * whose role the words name), else the subject of the clause that gives the time (never the
 * one it is given to); a place's official ("New Mexico’s environment secretary") for the place.
 * `beforeLimit`: the sentence's mentions before the limit.
 */
function setterOf(
  text: string,
  lookups: SetterLookups,
  sentence: Span,
  owner: DateReading['owner'],
  triggerStart: number,
  beforeLimit: readonly Mention[],
  givenTo: Mention | undefined,
  lapsing: boolean,
): string | null {
  if (owner) {
    const named = lookups.actorAt(sentence.start + owner.at);
    // "gave the union’s bargaining team until Feb. 14": the owner of whoever was given the time.
    if (named !== undefined && named !== givenTo?.actorId) return named;
    // "The society’s deadline": the organization the noun refers back to, as "the agency gave" reads (only for a
    // deadline it owns: not "wanted to see the city’s final terms by").
    const owned = named === undefined && OWNED_LIMIT.test(text.slice(sentence.start + owner.at, triggerStart));
    const holder = named !== undefined ? null : lookups.holderOf(owner.word) ?? (owned ? lookups.institution(owner.word.toLowerCase(), sentence.start + owner.at) : undefined);
    if (holder && holder !== givenTo?.actorId) return holder;
  }
  // "rejected Governor Peter Otieno’s order to install the machines by this Friday": whoever gave the order.
  const ordering = beforeLimit.filter((m) => m.possessive && m.actorId !== givenTo?.actorId && ORDER_AFTER_POSSESSIVE.test(text.slice(m.end, m.end + ORDER_LOOKAHEAD))).pop();
  if (ordering) return ordering.actorId;
  // "Doctors Extend Strike As Minister Sets Friday Deadline": a role right before the verb that sets the limit, for its holder.
  const beforeTrigger = text.slice(Math.max(sentence.start, triggerStart - SETTING_ROLE_REACH), triggerStart);
  const settingRole = settingRoleBefore(beforeTrigger);
  const roleHolder = settingRole && ROLE_NOUNS.has(settingRole[1].toLowerCase()) ? lookups.holderOf(settingRole[1]) : null;
  if (roleHolder && roleHolder !== givenTo?.actorId) return roleHolder;
  // "racing a European Commission deadline at the end of the month": the name the deadline is called after.
  const naming = beforeLimit.find((m) => NAMES_THE_DEADLINE.test(text.slice(m.end, m.end + 12)));
  if (naming) return naming.actorId;
  // "urged both parties to agree before the deadline expires on June 30": the main clause's subject only speaks of the deadline.
  if (lapsing) return null;
  // "Its president said the city had set a deadline of June 1": the one a report says set the limit, not the reporter.
  const reported = REPORTED_SETTING.exec(text.slice(Math.max(sentence.start, triggerStart - REPORTED_SETTING_REACH), triggerStart));
  if (reported && !PRONOUN.test(reported[1])) {
    const subjectStart = triggerStart - reported[0].length + reported[0].indexOf(reported[1]);
    const named = beforeLimit.find((m) => m.start >= subjectStart && m.end <= subjectStart + reported[1].length && m.actorId !== givenTo?.actorId);
    if (named) return named.actorId;
    const noun = DEFINITE_SUBJECT.exec(reported[1])?.[1].toLowerCase();
    const role = noun !== undefined && ROLE_NOUNS.has(noun);
    const setter = noun === undefined ? null : role ? lookups.holderOf(noun) : lookups.institution(noun, subjectStart) ?? null;
    if (setter) return setter === givenTo?.actorId ? null : setter;
    // "the city" named by no one is not the reporter; "the President" unnamed may be, through the
    // press officer who reports the order (as read below).
    if (!role) return null;
  }
  const found = titledPersonAfter(text, lookups, beforeLimit, subjectMention(text, sentence, beforeLimit, triggerStart, givenTo), givenTo);
  const subject = found && !inModifier(text, sentence.start, found) && !boundByLimit(text.slice(found.end, triggerStart)) && !TOLD_BEFORE.test(text.slice(Math.max(sentence.start, found.start - TOLD_REACH), found.start)) ? found : undefined;
  if (subject) {
    const roleWords = subject.possessive && lookups.kindOf(subject.actorId) === 'place' ? ROLE_AFTER_POSSESSIVE.exec(text.slice(subject.end, triggerStart)) : null;
    if (!roleWords) return subject.actorId;
    const words = roleWords[1].split(/\s+/);
    const holder = words.reverse().map((word) => lookups.holderOf(word)).find((id) => id);
    if (holder) return holder;
    // "Mali’s military government": a government however qualified is the place's.
    if (words.some((word) => PLACE_GOVERNMENT.has(word)) || !words.some(namesUnnamedBody)) return subject.actorId;
    // "Alberta’s superintendent of insurance, Mark Delorme, has given …", "Britain’s competition
    // regulator, the Competition and Markets Authority, gave …": the official or body named in apposition.
    const appositionAt = subject.end + roleWords[0].length;
    const comma = APPOSITION_COMMA.exec(text.slice(appositionAt, appositionAt + 4));
    const named = comma ? beforeLimit.find((m) => m.start >= appositionAt + comma[0].length && m.start <= appositionAt + comma[0].length + APPOSITION_ARTICLE && lookups.kindOf(m.actorId) !== 'place') : undefined;
    if (named) return named.actorId;
    // "Britain’s competition regulator gave Pellam Foods 14 days": the body the words describe, named
    // before or after (as "Britain’s competition regulator said" is read); not one the clause acts on.
    // "Sweden’s maritime regulator fined …": a body or official of the place the text does not name is not the place.
    const body = lookups.described(words.find(namesUnnamedBody)!, subject.start);
    return body && body !== givenTo?.actorId && !beforeLimit.some((m) => m.actorId === body && m.start > subject.end) ? body : null;
  }
  const role = ROLE_SUBJECT.exec(text.slice(sentence.start, triggerStart));
  // "The association has until Sunday": the subject must act; it set nothing.
  if (!role || ROLE_HOLDS_TIME.test(text.slice(sentence.start + role[0].length - 1, triggerStart)) || boundByLimit(text.slice(sentence.start + role[0].length - 1, triggerStart))) return null;
  // "The agency gave Voltara until Nov. 30" after "The National Highway Traffic Safety
  // Administration opened …": the institution the noun refers back to, as "the agency said" does.
  // Only a role word names a holder ("The mayor gave …"): "The union said it would respond by Thursday" is not its secretary's.
  const institution = (ROLE_NOUNS.has(role[1]) ? lookups.holderOf(role[1]) : null) ?? lookups.institution(role[1], sentence.start) ?? null;
  return institution === givenTo?.actorId ? null : institution;
}

// A speech verb, then the subject of what it reports and a verb that sets a limit, right before it:
// "said the city had set a deadline of ", "said the Lagos State Government had given traders until ".
const REPORTED_SETTING = /\b(?:said|says|told\s+[^,;.]{1,40}?|announced|added|confirmed|stated|wrote)\s+(?:that\s+)?((?:the\s+)?[^\s,;.]+(?:\s+\p{Lu}[^\s,;.]*){0,5})\s+(?:(?:had|has|have|would|will|also)\s+)?(?:set|sets|gave|given|gives|imposed|imposes|granted|grants|extended|extends|moved|ordered|orders|issued)\b[^.;:]{0,60}$/u;
const REPORTED_SETTING_REACH = 160;
const PRONOUN = /^(?:he|she|it|they|we|I|you)$/i;
const DEFINITE_SUBJECT = /^the\s+(\p{L}+)$/iu;

// "requires employers to notify the Department of Labor at least 60 days before", "The deal requires Meridian to
// sell the unit within six months": the one told or bound is no subject.
const TOLD_BEFORE = /\b(?:notif(?:y|ies|ied)|inform(?:s|ed)?|alert(?:s|ed)?|tell|tells|told|requir(?:e|es|ed|ing)|oblig(?:e|es|ed)|compel(?:s|led)?|forc(?:e|es|ed))\s+(?:the\s+)?$/i;
const TOLD_REACH = 16;

// "Milan Mayor Giuseppe Sala gave …", "U.S. District Judge Lorenzo Whitcomb gave …": the title's capitalized words between a place and a person.
const TITLE_WORDS = /^\s+((?:\p{Lu}[\p{L}.-]*\s+){1,3})$/u;
const TITLE_REACH = 40;
const POSSESSIVE_GAP = /^(?:['’]s?)?\s$/;

/** The person a place's title introduces when the subject found is that place: the place only qualifies the title. */
function titledPersonAfter(text: string, lookups: SetterLookups, beforeLimit: readonly Mention[], found: Mention | undefined, givenTo: Mention | undefined): Mention | undefined {
  if (!found || lookups.kindOf(found.actorId) !== 'place') return found;
  const next = beforeLimit.find((m) => m.start >= found.end && m.actorId !== found.actorId);
  // "Kenya’s High Court on Friday gave …": the body or person the place's possessive names right after it (not a
  // place in a modifier: "Libya’s Tripoli-based government").
  if (found.possessive) return next && next.actorId !== givenTo?.actorId && POSSESSIVE_GAP.test(text.slice(found.end, next.start)) && lookups.kindOf(next.actorId) !== 'place' ? next : found;
  if (!next || next.start - found.end > TITLE_REACH || lookups.kindOf(next.actorId) !== 'person') return found;
  const title = TITLE_WORDS.exec(text.slice(found.end, next.start));
  const last = title?.[1].trim().split(SPACES).pop()!.toLowerCase();
  return last && ROLE_NOUNS.has(last) ? next : found;
}

// "Dock workers at Europe’s largest port gave …": a name in a phrase after the subject's head (a
// word, then a preposition) is in a modifier of it, not its head. Read within the clause (no comma
// between). Not an agent ("issued by the ministry", "a panel of the court"), a body's part ("the
// committee of Congress"), the author of a demand or a document ("a demand from Congress", "its
// contract with NOAA", "a Commission letter").
const MODIFIER_PREPOSITIONS = new Set(['at', 'in', 'of', 'from', 'for', 'with', 'near', 'on', 'across', 'inside', 'outside', 'among', 'around', 'behind', 'under', 'within', 'to']);
const ARTICLES = new Set(['the', 'a', 'an']);
const AUTHORED = new Set(['demand', 'demands', 'order', 'orders', 'request', 'requests', 'ultimatum', 'instruction', 'instructions', 'directive', 'decree', 'letter', 'notice', 'contract', 'agreement', 'ruling', 'decision', 'deadline']);
const WITNESSED = new Set(['seen', 'obtained', 'reviewed', 'viewed', 'read', 'examined']);
const AUTHORED_AFTER = /^(?:['’]s?)?\s+(\p{Ll}+)/u;
const MODIFIER_REACH = 40;
const SPACES = /\s+/;

function inModifier(text: string, sentenceStart: number, mention: Mention): boolean {
  const before = text.slice(Math.max(sentenceStart, mention.start - MODIFIER_REACH), mention.start);
  const words = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('—')) + 1).trim().toLowerCase().split(SPACES);
  let last = words.length - 1;
  if (last > 0 && ARTICLES.has(words[last])) last--;
  // "A draft of the offer seen by Pangaea Wire gave …": the outlet that saw a document wrote none of it.
  if (last > 0 && words[last] === 'by' && WITNESSED.has(words[last - 1])) return true;
  if (last <= 0 || !MODIFIER_PREPOSITIONS.has(words[last]) || words.includes('by')) return false;
  const head = words[last - 1];
  if (AUTHORED.has(head) || (words[last] === 'of' && AGENT_NOUNS.has(head))) return false;
  const after = AUTHORED_AFTER.exec(text.slice(mention.end, mention.end + 20));
  return !(after && AUTHORED.has(after[1]));
}

const APPOSITION_COMMA = /^,\s*/;
// "the " before a body named in apposition.
const APPOSITION_ARTICLE = 4;
// The nouns of a body or an official ("regulator", "secretary") after a place's possessive; not its government, which is the place.
const PLACE_GOVERNMENT = new Set(['government', 'administration', 'cabinet', 'parliament', 'authorities', 'leaders', 'leadership']);
const namesUnnamedBody = (word: string): boolean => !PLACE_GOVERNMENT.has(word) && (AGENT_NOUNS.has(word) || ROLE_NOUNS.has(word));

/** What a setter asks beyond the words of its paragraph (see SetterLookups), at an offset relative to the paragraph, and the answer it got. */
interface Asked {
  question: Question;
  word: string;
  at: number;
  answer: string | null | undefined;
}

type Question = 'actor at' | 'holder' | 'kind' | 'institution' | 'described' | 'quoted by';

/**
 * What deadlines' setters ask beyond the words of their paragraph, answered from the longest
 * mention (found on first use) and the speakers' index claims use. The questions a setter asked
 * are recorded to be asked again of a later analysis (see setterKept).
 */
class SetterLookups {
  private longest: number | undefined;
  /** Two deadlines of a sentence ask the same institution: each scan of hundreds of mentions is made once. */
  private institutions = new Map<string, string | undefined>();
  /** The questions asked since `recording` started, and where the paragraph asking them starts. */
  private asked: Asked[] | null = null;
  private askedFrom = 0;

  constructor(private readonly context: DeadlineContext) {}

  /** The actor of the mention holding `offset` (the owner in "Holm’s Friday deadline"). */
  actorAt(offset: number): string | undefined {
    return this.ask('actor at', '', offset) as string | undefined;
  }

  /** The person whose role this word names ("mayor"), if one actor holds it. */
  holderOf(word: string): string | null {
    return this.ask('holder', word) as string | null;
  }

  /** The kind of the actor with this id. */
  kindOf(actorId: string): ActorKind | undefined {
    return this.ask('kind', actorId) as ActorKind | undefined;
  }

  /** The organization "the agency" at `offset` refers back to (see institutionReferredTo). */
  institution(noun: string, offset: number): string | undefined {
    return this.ask('institution', noun, offset) as string | undefined;
  }

  /** The body a place's institution noun at `offset` describes ("Britain’s competition regulator": see institutionDescribed). */
  described(noun: string, offset: number): string | undefined {
    return this.ask('described', noun, offset) as string | undefined;
  }

  /** Who the quotation holding `offset` is attributed to, named around it ("“…,” said Okoro"). */
  quotedBy(offset: number): string | null {
    return this.ask('quoted by', '', offset) as string | null;
  }

  /** `work`'s result, with the questions it asked, for a paragraph starting at `paragraphStart`. */
  recording<T>(paragraphStart: number, work: () => T): { result: T; asked: Asked[] } {
    const asked: Asked[] = (this.asked = []);
    this.askedFrom = paragraphStart;
    const result = work();
    this.asked = null;
    return { result, asked };
  }

  /** Whether each question, asked again for the paragraph now at `paragraphStart`, gets the answer it got. */
  answersHold(asked: readonly Asked[], paragraphStart: number): boolean {
    return asked.every((q) => this.answer(q.question, q.word, paragraphStart + q.at) === q.answer);
  }

  // A question of a word alone is noted as asked at the paragraph's start.
  private ask(question: Question, word: string, offset = this.askedFrom): string | null | undefined {
    const answer = this.answer(question, word, offset);
    this.asked?.push({ question, word, at: offset - this.askedFrom, answer });
    return answer;
  }

  private answer(question: Question, word: string, offset: number): string | null | undefined {
    switch (question) {
      case 'actor at':
        return firstSpanContaining(this.context.mentions, offset, (this.longest ??= this.context.mentions.reduce((longest, m) => Math.max(longest, m.end - m.start), 0)))?.actorId;
      case 'holder':
        return holderOfRole(this.context, word);
      case 'kind':
        // Ids are unique: the speakers' index is the one map of the actors an analysis makes, not two.
        return this.context.speakers.byId.get(word)?.kind;
      case 'institution': {
        const key = `${offset} ${word}`;
        if (!this.institutions.has(key)) this.institutions.set(key, institutionReferredTo(this.context.speakers, word, offset));
        return this.institutions.get(key);
      }
      case 'quoted by': {
        const { text, quotations, paragraphs } = this.context;
        const quotation = spanContaining(quotations, offset);
        const paragraph = quotation && spanContaining(paragraphs, quotation.open);
        const site = paragraph ? attributionAround(text, paragraph, quotation, false) : null;
        return site ? resolveSpeaker(this.context.speakers, site, site.head).speaker : null;
      }
      case 'described':
        // A regulator is named as a public body or not at all: the first company named after it is the one it acts on.
        return institutionDescribed(this.context.speakers, word, { start: offset, end: offset }, false);
    }
  }
}

// A subject that suffered something ("Rovers were fined after the Dec. 1 deadline passed") or that
// must meet the limit ("Rovers missed an earlier cutoff of July 31") did not set it.
const PASSIVE_AFTER_SUBJECT = /^(?:['’]s?)?\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en)\b/u;
// The subject's own verb, with the limit as its object: not "expected Lithuania to meet a June 30 deadline", "asked them to meet before".
const BOUND_VERB = /^(?:['’]s?)?\s+(?:(?:had|has|have|was|were|is|are|will|would|could|also|already|again|just|then|later|\p{Ll}+ly)\s+)*(?:miss(?:es|ed|ing)?|met|meets?|meeting|fac(?:e|es|ed|ing)|ignor(?:e|es|ed|ing)|beat|blew)\s+(?:the|an?|its|their|his|her|this|that)\s+(?:[\p{L}-]+\s+){0,2}$/u;

// "The firm must pay by June 30", "Rovers have to register by Friday": a subject that must act is
// bound; so is one a condition says may fail to ("if Lumora doesn't comply within a fortnight").
const MUST_AFTER_SUBJECT = /^(?:['’]s?)?\s+(?:(?:also|still|now|then)\s+)?(?:must|(?:has|have|had|needs?|needed|fails?|failed)\s+to|(?:does|do|did)(?:n['’]t|\s+not))\s/u;

/** Whether the words from a subject to the limit say the subject is bound by the limit, not its setter. */
function boundByLimit(afterSubject: string): boolean {
  return PASSIVE_AFTER_SUBJECT.test(afterSubject) || BOUND_VERB.test(afterSubject) || MUST_AFTER_SUBJECT.test(afterSubject);
}

// The verbs that set a limit; a role word before one, and what may stand between it and the limit's words.
const SETTING_VERBS = 'sets?|gives?|gave|issues?|issued|imposes?|imposed';
const SETTING_ROLE = new RegExp(String.raw`\b(\p{L}+)\s+(?:${SETTING_VERBS})\s+(?:(?:an?|the|new|fresh|final)\s+)*$`, 'giu');
const SETTING_ROLE_REACH = 50;
const SETTING_VERB = new RegExp(String.raw`\b(?:${SETTING_VERBS})\s`, 'gi');

/**
 * SETTING_ROLE's match in the words before a limit. The verb first, unanchored: most limits have
 * none. Only articles follow the verb of a match, so it is the last verb, and the end-anchored
 * expression (tried at every position) is run from the word before that verb only.
 */
function settingRoleBefore(text: string): RegExpExecArray | null {
  let verbAt = -1;
  SETTING_VERB.lastIndex = 0;
  for (let match = SETTING_VERB.exec(text); match; match = SETTING_VERB.exec(text)) verbAt = match.index;
  if (verbAt < 0) return null;
  let from = verbAt;
  while (from > 0 && isSpaceAt(text, from - 1)) from--;
  while (from > 0 && !isSpaceAt(text, from - 1)) from--;
  SETTING_ROLE.lastIndex = from;
  return SETTING_ROLE.exec(text);
}
// A clause a subordinator opens whose subject is a noun phrase, right before its lapsing verb ("before the deadline expires on").
const LAPSING_CLAUSE = /\b(?:before|after|when|once|until|till|as|because|since|if|unless)\s+(?:the|its|their|this|that|a|an)\s+(?:[\p{L}-]+\s+){0,2}$/u;
const LAPSING_CLAUSE_REACH = 60;
const LAPSING_VERB = /^(?:expir|laps|run|ran\b)/i;

/** Whether the limit at `start` is the lapsing verb of a clause of its own, with a thing as its subject ("before the deadline expires on June 30"). */
function inLapsingClause(text: string, sentenceStart: number, start: number): boolean {
  return LAPSING_VERB.test(text.slice(start, start + 6)) && LAPSING_CLAUSE.test(text.slice(Math.max(sentenceStart, start - LAPSING_CLAUSE_REACH), start));
}

const OWNED_LIMIT = /^[\p{L}-]+['’]s?\s+(?:[\p{L}-]+\s+)?(?:deadline|ultimatum|cut-?off)\b/iu;

const DEADLINE_BEFORE = /\b(?:deadline|ultimatum|cut-?off)\s+$/i;
const DEADLINE_BEFORE_REACH = 12;

/** "the deadline" that expires at `start` is the earlier one on the same day: its setter. */
function setterOfSameDay(text: string, start: number, deadlines: readonly Deadline[], due: string | null): string | null {
  const day = dayOf(due);
  if (day === null || !DEADLINE_BEFORE.test(text.slice(Math.max(0, start - DEADLINE_BEFORE_REACH), start))) return null;
  return deadlines.find((d) => d.setBy !== null && dayOf(d.due) === day)?.setBy ?? null;
}

const NAMES_THE_DEADLINE = /^\s+(?:deadline|ultimatum)\b/i;
// Titles may stand between the verb and the name: "has given President William Ruto until Aug. 7".
const GIVEN_TO = /\b(?:[Gg](?:ave|ives?|iving|iven|ranted)|GAVE|GIVES?)\s+(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/u;
// GIVEN_TO's verb anywhere: where the words before the limit have none, no mention there follows one.
const GIVING = /\b(?:gave|give|gives|giving|given|granted)\s/i;
// "Havenwerk was given until Monday": the subject of a passive giving is the one given the time.
// "Poland was given an extension until March 1": what the time is called may follow.
const GIVEN_PASSIVE = /\b(?:was|were|is|are|has been|have been|had been)\s+(?:given|granted|ordered|told|asked|allowed)\s+(?:(?:an?|another|more|further)\s+(?:\p{Ll}+\s+)?(?:extension|reprieve|time)\s+)?/giu;
const PASSIVE_REACH = 60;
// "The Football Association has until Friday to decide": the subject that has the time must act (it set nothing).
const HOLDS_TIME = /^\s+(?:(?:now|still|only|also|then)\s+)?(?:has|have|had)\s+(?:only\s+|just\s+|another\s+|a\s+further\s+|up\s+to\s+)?$/i;
const HOLDS_TIME_REACH = 40;
// The same after a role subject, which may be the first of its noun's words: "The transit authority has until April 15".
const ROLE_HOLDS_TIME = /^(?:\s+\p{Ll}+){0,2}?\s+(?:(?:now|still|only|also|then)\s+)?(?:has|have|had)\s+(?:only\s+|just\s+|another\s+|a\s+further\s+|up\s+to\s+)?$/u;

/** The one a deadline is given to: named right after the giving verb, or the subject of a passive giving right before the limit. */
function givenToIn(text: string, sentenceStart: number, sentenceMentions: readonly Mention[], limitStart: number): Mention | undefined {
  const active = GIVING.test(text.slice(sentenceStart, limitStart)) ? sentenceMentions.find((m) => GIVEN_TO.test(text.slice(sentenceStart, m.start))) : undefined;
  if (active) return active;
  const holder = sentenceMentions[sentenceMentions.length - 1];
  if (holder && !holder.possessive && limitStart - holder.end <= HOLDS_TIME_REACH && HOLDS_TIME.test(text.slice(holder.end, limitStart))) return holder;
  for (let k = sentenceMentions.length - 1; k >= 0; k--) {
    const between = text.slice(sentenceMentions[k].end, limitStart);
    if (between.length > PASSIVE_REACH) break;
    // exec with lastIndex, not matchAll (as in subjectMention).
    GIVEN_PASSIVE.lastIndex = 0;
    while (GIVEN_PASSIVE.exec(between)) if (GIVEN_PASSIVE.lastIndex === between.length) return sentenceMentions[k];
  }
  return undefined;
}

const PRONOUN_AT = /^it\s/i;
// About the length of a sentence or two.
const PRONOUN_REACH = 250;

/** A clock time and its day are one deadline: "by 6 p.m. on Friday", "expire on March 1 at noon", "until midnight Sunday". */
function joinsClockTime(text: string, date: TemporalExpression, next: TemporalExpression): boolean {
  const types = date.type + next.type;
  if (types !== 'TIMEDATE' && types !== 'DATETIME') return false;
  return next.start - date.end <= 5 && /^(?:,?\s(?:at|on)|,)?\s$/.test(text.slice(date.end, next.start));
}

const WINDOW_WORD = /\bwindow\b/i;

/** The earlier deadline that gave a window of this length as a bare duration ("48 hours"), when none has named it "window" yet. */
function givenWindowNamedAgain(deadlines: readonly Deadline[], due: string | null): Deadline | undefined {
  if (due === null) return undefined;
  const same = deadlines.filter((d) => d.due === due);
  return same.some((d) => WINDOW_WORD.test(d.text)) ? undefined : same[0];
}

/**
 * The index of the paragraph holding `offset`, or -1: found walking on from paragraph `from`, as
 * dates come in document order (a binary search for each date reads many more paragraphs, far apart).
 */
function paragraphAt(paragraphs: readonly Span[], offset: number, from: number): number {
  let i = from;
  while (i < paragraphs.length && paragraphs[i].end <= offset) i++;
  return i < paragraphs.length && paragraphs[i].start <= offset ? i : indexOfSpanContaining(paragraphs, offset);
}

/** What a paragraph's dates read as limits, kept per paragraph text: each date's reading and its deadline's setter, by where the date starts in it. */
interface ParagraphDeadlines {
  readings: Map<number, DateReading>;
  setters: Map<number, KeptSetter>;
}

/**
 * A deadline's setter and the one its time is given to, with what they were worked out from
 * beyond the words of the paragraph: the date's reading and the limit's start (relative to the
 * paragraph), the sentence's mentions before the limit (as setterOf and givenToIn read them),
 * the text they read past the paragraph's end, and the questions setterOf asked (see SetterLookups).
 */
interface KeptSetter {
  reading: DateReading;
  limitStart: number;
  paragraphStart: number;
  beforeLimit: readonly Mention[];
  pastParagraph: string;
  asked: readonly Asked[];
  imposedOn: string | null;
  setBy: string | null;
}

// The furthest setterOf, givenToIn and inLapsingClause read past the limit's start: a possessive's
// lookahead from a mention before the limit (ORDER_LOOKAHEAD; the others read less far).
const READ_PAST_LIMIT = ORDER_LOOKAHEAD;

/**
 * The setter and the one given the time of the deadline whose limit starts at `start` (see
 * setterOf, givenToIn), kept from an earlier analysis while everything they were worked out from
 * is the same: an edit elsewhere seldom changes the actors of a sentence, nor who holds a role.
 * They read nothing else (`lapsing` follows from the reading and the words), so with the same
 * answers to the same questions they take the same course. One entry per date: of a paragraph
 * written twice alike, the copy read last is kept.
 */
function setterKept(
  context: DeadlineContext,
  lookups: SetterLookups,
  setters: Map<number, KeptSetter>,
  paragraph: Span,
  sentence: Span,
  reading: DateReading,
  dateStart: number,
  start: number,
  beforeLimit: readonly Mention[],
  lapsing: boolean,
): { imposedOn: string | null; setBy: string | null } {
  const { text } = context;
  const at = paragraph.start;
  const pastParagraph = text.slice(paragraph.end, start + READ_PAST_LIMIT);
  const kept = setters.get(dateStart - at);
  if (kept && kept.reading === reading && kept.limitStart === start - at && kept.pastParagraph === pastParagraph && sameMentions(kept.beforeLimit, kept.paragraphStart, beforeLimit, at) && lookups.answersHold(kept.asked, at)) return kept;
  const { result, asked } = lookups.recording(at, () => {
    const givenTo = givenToIn(text, sentence.start, beforeLimit, start);
    return { imposedOn: givenTo?.actorId ?? null, setBy: setterOf(text, lookups, sentence, reading.owner, start, beforeLimit, givenTo, lapsing) ?? quotedSetter(context, lookups, start, givenTo) };
  });
  setters.set(dateStart - at, { reading, limitStart: start - at, paragraphStart: at, beforeLimit, pastParagraph, asked, ...result });
  return result;
}

// "“We have until Friday,” the union leader said": a speaker who has the time must meet the limit.
const SPEAKER_HOLDS_TIME = /\b(?:we|I)\s+(?:(?:now|still|only|also)\s+)?(?:have|had)\s+(?:only\s+|just\s+|another\s+|a\s+further\s+|up\s+to\s+)?$/i;

/**
 * "“They have until Friday to fix this,” said Okoro": a limit in a quotation that names no setter
 * is set by whoever the quotation is attributed to, as a reader takes it; not one the speaker
 * holds, nor the one given the time, nor a condition's.
 */
function quotedSetter(context: DeadlineContext, lookups: SetterLookups, start: number, givenTo: Mention | undefined): string | null {
  const quotation = spanContaining(context.quotations, start);
  // "“If Lumora doesn't comply within a fortnight, the penalties start,” said a lawyer": a rule explained, not a limit set.
  const quoted = quotation ? context.text.slice(quotation.contentStart, start) : '';
  if (!quotation || SPEAKER_HOLDS_TIME.test(quoted) || CONDITION.test(quoted)) return null;
  const speaker = lookups.quotedBy(start);
  return speaker !== givenTo?.actorId ? speaker : null;
}

/** Whether mentions `a` (of a paragraph at `aAt`) stand where `b` (of one at `bAt`) stand in their paragraph, as setterOf reads them. */
function sameMentions(a: readonly Mention[], aAt: number, b: readonly Mention[], bAt: number): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) {
    const m = a[k];
    const n = b[k];
    if (m.start - aAt !== n.start - bAt || m.end - aAt !== n.end - bAt || m.actorId !== n.actorId || m.possessive !== n.possessive) return false;
  }
  return true;
}

/** Deadlines: a time by which someone must act or by which something ends. */
export function findDeadlines(context: DeadlineContext): Deadline[] {
  const { text, paragraphs, mentions, dates, dateline } = context;
  const lookups = new SetterLookups(context);
  const deadlines: Deadline[] = [];
  let paragraphKept: ParagraphDeadlines = { readings: new Map(), setters: new Map() };
  let keptOf = -1;
  let paragraphIndex = 0;
  // The latest deadline that is not a possible move.
  let standing = -1;

  for (let dateIndex = 0; dateIndex < dates.length; dateIndex++) {
    const date = dates[dateIndex];
    paragraphIndex = paragraphAt(paragraphs, date.start, Math.max(paragraphIndex, 0));
    const found = paragraphIndex < 0 ? undefined : spanContaining(paragraphs[paragraphIndex].sentences, date.start);
    if (!found) continue;
    // The dateline runs into the lede; its city is no subject.
    const sentence = dateline && found.start <= dateline.end && dateline.end <= date.start ? { start: dateline.end, end: found.end } : found;
    // Dates come in document order: one cache lookup per paragraph, not per date.
    if (paragraphIndex !== keptOf) {
      paragraphKept = context.cache.get('deadline-paragraphs', context.paragraphTexts[paragraphIndex], (): ParagraphDeadlines => ({ readings: new Map(), setters: new Map() }));
      keptOf = paragraphIndex;
    }
    const reading = readingOf(context, paragraphKept.readings, paragraphs[paragraphIndex], sentence, date);
    // A repeating time is a limit only after a closing trigger, with no single due date.
    const repeating = date.type === 'SET';
    if (repeating && !(reading.triggerAt >= 0 && reading.recurring)) continue;
    let start = -1;
    let end = date.end;
    let namedAgain: Deadline | undefined;

    if (reading.triggerAt >= 0) {
      // "extend its maturities by 10 years": a length right after "by" is an amount, no limit.
      if (AMOUNT_BY.test(text.slice(sentence.start + reading.triggerAt, date.start)) && (date.type === 'DURATION' || MOVED_BY.test(text.slice(Math.max(sentence.start, sentence.start + reading.triggerAt - MOVED_BY_REACH), sentence.start + reading.triggerAt)))) continue;
      start = sentence.start + reading.triggerAt;
    } else if (reading.deadlineAfter >= 0) {
      start = date.start;
      end = date.end + reading.deadlineAfter;
      // "will not be bullied by a 30-day ultimatum": a window given before, named again (by whoever set it).
      if (date.type === 'DURATION') namedAgain = deadlines.find((d) => d.due === date.value && d.setBy !== null);
    } else if (date.type === 'DURATION' && reading.givenAfter) {
      // "depend on the 15 days the court gave the ministry": set by whoever gave it, as the window given before.
      start = date.start;
      namedAgain = givenWindowNamedAgain(deadlines, date.value);
    } else if (date.type === 'DURATION' && reading.givenBare && (namedAgain = deadlines.filter((d) => d.due === date.value).pop())) {
      // "“They are giving hospitals 30 days.”": the window given before, restated (by whoever set it).
      start = date.start;
    } else if (date.type === 'DURATION' && (reading.givesTime || reading.conditionalOverrun || reading.permittedFor)) {
      // "gave the union 30 days", "missed the date by more than 60 days", "can be sent for 30 days
      // after": the window is what the text states; when it opens seldom is.
      start = date.start;
    } else if (date.type === 'DURATION' && reading.leadTimeAfter >= 0) {
      start = date.start;
      end = date.end + reading.leadTimeAfter;
    } else if (date.type === 'DURATION' && reading.windowAfter >= 0) {
      start = date.start;
      end = date.end + reading.windowAfter;
    } else if (date.type === 'DURATION' && reading.definiteWindowAfter >= 0 && (namedAgain = givenWindowNamedAgain(deadlines, date.value))) {
      // "gave factories 48 hours … called the 48-hour window “impossible”": the window given before, named again (by whoever set it).
      start = date.start;
      end = date.end + reading.definiteWindowAfter;
    } else if (reading.unlessAfter >= 0) {
      start = date.start - reading.leadIn;
      end = date.end + reading.unlessAfter;
    }
    // "It could be pushed back to March 23": "it" is a deadline only right after one.
    if (start >= 0 && reading.moved && PRONOUN_AT.test(text.slice(start, start + 3)) && (deadlines.length === 0 || start - deadlines[deadlines.length - 1].end > PRONOUN_REACH)) continue;
    if (start < 0) continue;
    const next = dates[dateIndex + 1];
    if (next && joinsClockTime(text, date, next)) end = next.end;

    // "gave the union 30 days", "the union was given 30 days": that actor must act.
    // The sentence's mentions before the limit, which the one given the time and the setter are looked for among.
    const beforeLimit = mentionsIn(mentions, { start: sentence.start, end: start });
    const lapsing = reading.triggerAt >= 0 && (reading.stated || inLapsingClause(text, sentence.start, start));
    const parties = setterKept(context, lookups, paragraphKept.setters, paragraphs[paragraphIndex], sentence, reading, date.start, start, beforeLimit, lapsing);
    const setBy = namedAgain ? namedAgain.setBy : parties.setBy ?? (lapsing ? setterOfSameDay(text, start, deadlines, date.value) : null);
    // A move is of the latest deadline standing; a possible move is the same setter's, but replaces nothing yet.
    const previous = reading.triggerAt >= 0 && reading.moved ? standing : -1;
    deadlines.push({
      start,
      end,
      text: text.slice(start, end),
      due: repeating ? null : date.value,
      setBy: setBy ?? (previous >= 0 ? deadlines[previous].setBy : null),
      imposedOn: parties.imposedOn,
      action: reading.action,
      replaces: previous >= 0 && !reading.possibleMove ? previous : null,
    });
    if (!reading.possibleMove) standing = deadlines.length - 1;
  }
  return deadlines;
}
