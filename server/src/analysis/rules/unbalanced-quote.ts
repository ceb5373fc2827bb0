import type { Rule } from './rule';

export const unbalancedQuote: Rule = {
  id: 'unbalanced-quote',
  defaultSeverity: 'error',
  description: 'An opening quotation mark that never closes within its paragraph, or a stray closing mark.',
  check({ model }) {
    const unclosed = model.quotations
      .filter((q) => q.close === null && !q.continued && !q.nested)
      .map((q) => ({
        start: q.open,
        end: q.open + 1,
        message: 'This quotation mark is never closed in its paragraph (a quote that goes on in the next paragraph needs an opening mark there).',
        fixes: [],
      }));
    const stray = model.strayQuoteMarks.map((mark) => ({
      ...mark,
      message: 'This closing quotation mark has no opening mark.',
      fixes: [],
    }));
    return [...unclosed, ...stray];
  },
};
