import type { Rule } from './rule';

// The month written out or in figures: a date counted from another ("three days later") takes its
// year from that one, which is where the question belongs.
const WRITTEN_MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d\s*[/.-]\s*\d/i;

export const ambiguousYear: Rule = {
  id: 'ambiguous-year',
  defaultSeverity: 'hint',
  description: 'A month and day with no year, and no reference date to place it.',
  check({ model }) {
    if (model.documentDate) return [];
    return model.dates
      .filter((d) => d.value?.startsWith('XXXX-') && /^XXXX-\d{2}-\d{2}/.test(d.value) && WRITTEN_MONTH.test(d.text))
      .map((d) => ({ start: d.start, end: d.end, message: `“${d.text}” has no year and the article has no date: which year is meant?`, fixes: [] }));
  },
};
