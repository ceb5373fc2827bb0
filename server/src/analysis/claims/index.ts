import type { ActorContext } from '../context';
import type { Claim } from '../model';
import { quoteClaims } from './quote-claims';
import { reportedClaims } from './reported-claims';
import { speakerIndex } from './speakers';

/** Direct quotes and reported speech, each with its speaker where the text gives one. */
export function findClaims(context: ActorContext): Claim[] {
  const index = speakerIndex(context.text, context.actors);
  const reported = reportedClaims(index, context.paragraphs, context.quotations, context.dateline);
  // A quote paragraph with no attribution of its own speaks for whoever the paragraph before reported.
  const reportedBefore = (offset: number) => {
    const last = [...reported].reverse().find((c) => c.end <= offset && (c.speaker || c.anonymous));
    return last ? { speaker: last.speaker, speakerText: last.speakerText, speakerSpan: last.speakerSpan, anonymous: last.anonymous } : null;
  };
  const quotes = quoteClaims(index, context.paragraphs, context.quotations, reportedBefore);
  // A quote inside reported speech ("said the administration had been patient “for far too long”")
  // is the reported speaker's.
  for (const quote of quotes) {
    const enclosing = reported.find((r) => r.start <= quote.start && quote.end <= r.end + 2 && (r.speaker || r.anonymous));
    if (enclosing && !quote.speaker && !quote.anonymous) Object.assign(quote, { speaker: enclosing.speaker, speakerText: enclosing.speakerText, speakerSpan: enclosing.speakerSpan, anonymous: enclosing.anonymous, verb: enclosing.verb });
  }
  return [...quotes, ...reported].sort((a, b) => a.start - b.start);
}
