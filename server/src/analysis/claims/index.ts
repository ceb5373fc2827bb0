import type { SpeakerContext } from '../context';
import type { Claim } from '../model';
import { quoteClaims } from './quote-claims';
import { reportedClaims } from './reported-claims';
import { followBareSpokespeople, followDescribedSpeakers, followReportingSubjects, followRulingJudges, followReportedPronouns, followSpeakingInstitutions, pronounSpeaker } from './speakers';
import { firstStartingAtOrAfter } from '../spans';
import { CLAUSE_CONJUNCTION, OPEN_FOR_ATTRIBUTION, REPORTING_VERBS, SPEAKING_VERBS } from './verbs';

const SPEAKING_VERB = new RegExp(`\\b(?:${SPEAKING_VERBS})\\b`, 'i');
const ATTRIBUTING_WORDS = new RegExp(`^\\s*[^,.;:“”"]{0,60}?\\b(?:${REPORTING_VERBS})\\b`, 'i');

/** “…,” officials said: words right after a quote that attribute it (not “…,” but Varga said, nor “….” He said). */
function attributedRightAfter(quote: string, after: string): boolean {
  return OPEN_FOR_ATTRIBUTION.test(quote) && !CLAUSE_CONJUNCTION.test(after) && ATTRIBUTING_WORDS.test(after);
}

/** Direct quotes and reported speech, each with its speaker where the text gives one. */
export function findClaims(context: SpeakerContext): Claim[] {
  const index = context.speakers;
  const reported = reportedClaims(index, context);
  followReportedPronouns(index, reported);
  // A quote paragraph with no attribution of its own speaks for whoever the paragraph before reported.
  const attributed = reported.filter((c) => c.speaker || c.anonymous);
  const reportedBefore = (offset: number) => {
    let i = firstStartingAtOrAfter(attributed, offset) - 1;
    while (i >= 0 && attributed[i].end > offset) i--;
    return attributed[i];
  };
  const quotes = quoteClaims(index, context, reportedBefore, (offset) => claimAround(reported, offset) !== undefined);
  // A report whose speaker's words name no actor ("The port authority … warned that …") still encloses
  // its quotes, when those words come first (not "…, according to records", after a clause with its own subject).
  const unresolved = reported.filter((c) => !c.speaker && !c.anonymous && c.speakerText && c.speakerSpan && c.speakerSpan.end <= c.start);
  // A quote inside reported speech ("said the administration had been patient “for far too long”")
  // is the reported speaker's, even when a later clause's speaker follows it ("says it supports
  // “responsible innovation,” but an official said …"), unless a verb of its own comes between
  // ("… its subsidiary, which Petrosyan called “the missing half”") or right after it (“…,” officials said).
  for (const quote of quotes) {
    const candidate = claimAround(attributed, quote.start) ?? (unresolved.length > 0 ? claimAround(unresolved, quote.start) : undefined);
    const enclosing = candidate && quote.end <= candidate.end + 2 ? candidate : undefined;
    if (!enclosing) continue;
    // The long expression runs once per words: they recur in every version of the document.
    const words = context.text.slice(enclosing.start, quote.start);
    const ownVerb = context.cache.get('speaking verb', words, () => SPEAKING_VERB.test(words)) || attributedRightAfter(quote.text, context.text.slice(quote.end, quote.end + 80));
    if (!ownVerb || (!quote.speaker && !quote.anonymous)) Object.assign(quote, { speaker: enclosing.speaker, speakerText: enclosing.speakerText, speakerSpan: enclosing.speakerSpan, anonymous: enclosing.anonymous, verb: enclosing.verb });
    else {
      // "The boy's mother, who asked not to be named, told … she had complained “…”": a pronoun
      // going on with an unnamed source takes its words and anonymity too, not only its (null) actor.
      const followed = pronounSpeaker(index, quote, enclosing, quote.start);
      Object.assign(quote, { speaker: followed.speaker, speakerText: followed.speakerText, speakerSpan: followed.speakerSpan, anonymous: followed.anonymous });
    }
  }
  const claims = [...quotes, ...reported].sort((a, b) => a.start - b.start);
  followDescribedSpeakers(index, claims);
  followSpeakingInstitutions(index, claims);
  followBareSpokespeople(index, claims);
  followReportingSubjects(index, claims);
  followRulingJudges(index, claims);
  followEchoedSubheads(context.text, quotes);
  return claims;
}

// How far on a quoted subhead's words may be said in full, and how long a subhead is at most.
const ECHO_REACH = 1500;
const SUBHEAD_LENGTH = 80;
const QUOTE_MARKS = /^[“"‘']|[”"’']$/g;

/**
 * "'Not a rubber stamp'" on a line of its own: a subhead quoting words said further on (“We are not
 * a rubber stamp,” said …) is the speaker's who says them, not whoever spoke before it. `quotes`
 * in document order; their speakers are updated.
 */
function followEchoedSubheads(text: string, quotes: readonly Claim[]): void {
  for (let i = 0; i < quotes.length; i++) {
    const quote = quotes[i];
    // A cheap test first: the quote is a short line of its own.
    if (quote.end - quote.start > SUBHEAD_LENGTH || (quote.start > 0 && text[quote.start - 1] !== '\n') || (quote.end < text.length && text[quote.end] !== '\n')) continue;
    const words = quote.text.replace(QUOTE_MARKS, '').toLowerCase();
    if (words.length < 8 || /[.,;:!?]$/.test(words)) continue;
    for (let j = i + 1; j < quotes.length && quotes[j].start - quote.end < ECHO_REACH; j++) {
      const later = quotes[j];
      if (!later.text.toLowerCase().includes(words)) continue;
      if (later.speaker || later.anonymous) Object.assign(quote, { speaker: later.speaker, speakerText: later.speakerText, speakerSpan: later.speakerSpan, anonymous: later.anonymous, verb: later.verb });
      break;
    }
  }
}

/** The claim of `claims` (in document order) that holds `offset`, or ends right before it (its closing mark and a space). */
function claimAround(claims: readonly Claim[], offset: number): Claim | undefined {
  const candidate = claims[firstStartingAtOrAfter(claims, offset + 1) - 1];
  return candidate && candidate.start <= offset && offset < candidate.end + 2 ? candidate : undefined;
}
