import type { Rule } from './rule';

export const ambiguousYear: Rule = {
  id: 'ambiguous-year',
  defaultSeverity: 'hint',
  description: 'A month and day with no year, and no reference date to place it.',
  check({ model }) {
    if (model.documentDate) return [];
    return model.dates
      .filter((d) => d.value?.startsWith('XXXX-') && /^XXXX-\d{2}-\d{2}/.test(d.value))
      .map((d) => ({ start: d.start, end: d.end, message: `“${d.text}” has no year and the article has no date: which year is meant?`, fixes: [] }));
  },
};
