import { quoteKind } from '../claims/quote-claims';
import type { Span } from '../model';
import { sortByStart } from '../spans';
import type { Rule } from './rule';

export const unattributedQuote: Rule = {
  id: 'unattributed-quote',
  defaultSeverity: 'warning',
  description: 'A quotation of speech with no speaker found.',
  check({ text, model }) {
    const claimed = model.claims.filter((c) => c.kind === 'quote' && (c.speaker || c.anonymous || c.speakerText));
    sortByStart(claimed);
    // (A quote run over paragraphs is one claim from its first part: its later parts lie inside it.) A
    // quotation lies inside a claim when a claim starting at or before it reaches its end: read in one
    // sweep, as quotations come in document order (a search of every claim for each was quadratic).
    let next = 0;
    let reach = -1;
    const isClaimed = (q: Span) => {
      for (; next < claimed.length && claimed[next].start <= q.start; next++) reach = Math.max(reach, claimed[next].end);
      return reach >= q.end;
    };
    return model.quotations
      .filter((q) => !q.nested && q.close !== null && !isClaimed(q) && quoteKind(text, q) === 'speech')
      .filter((q) => text.slice(q.contentStart, Math.min(q.contentEnd, q.contentStart + 80)).split(/\s+/).length > 3)
      .map((q) => ({ start: q.start, end: q.end, message: 'Nobody is named as saying this quotation: add an attribution (“…,” said …).', fixes: [] }));
  },
};
