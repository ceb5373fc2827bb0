import type { ActorContext } from '../context';
import type { Claim } from '../model';
import { quoteClaims } from './quote-claims';
import { reportedClaims } from './reported-claims';
import { speakerIndex } from './speakers';
import { firstStartingAtOrAfter } from '../spans';

/** Direct quotes and reported speech, each with its speaker where the text gives one. */
export function findClaims(context: ActorContext): Claim[] {
  const index = speakerIndex(context.text, context.actors, context.mentions, context.mentionLayout);
  const reported = reportedClaims(index, context);
  // A quote paragraph with no attribution of its own speaks for whoever the paragraph before reported.
  const attributed = reported.filter((c) => c.speaker || c.anonymous);
  const reportedBefore = (offset: number) => {
    let i = firstStartingAtOrAfter(attributed, offset) - 1;
    while (i >= 0 && attributed[i].end > offset) i--;
    const last = attributed[i];
    return last ? { speaker: last.speaker, speakerText: last.speakerText, speakerSpan: last.speakerSpan, anonymous: last.anonymous } : null;
  };
  const quotes = quoteClaims(index, context, reportedBefore);
  // A quote inside reported speech ("said the administration had been patient “for far too long”")
  // is the reported speaker's.
  for (const quote of quotes) {
    const candidate = attributed[firstStartingAtOrAfter(attributed, quote.start + 1) - 1];
    const enclosing = candidate && candidate.start <= quote.start && quote.end <= candidate.end + 2 ? candidate : undefined;
    if (enclosing && !quote.speaker && !quote.anonymous) Object.assign(quote, { speaker: enclosing.speaker, speakerText: enclosing.speakerText, speakerSpan: enclosing.speakerSpan, anonymous: enclosing.anonymous, verb: enclosing.verb });
  }
  return [...quotes, ...reported].sort((a, b) => a.start - b.start);
}
