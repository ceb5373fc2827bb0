import type { Rule } from './rule';

export const unanchoredRelativeDate: Rule = {
  id: 'unanchored-relative-date',
  defaultSeverity: 'information',
  description: 'Relative dates, but no article date to resolve them against (reported once per document).',
  check({ model, options }) {
    if (model.documentDate) return [];
    const first = model.dates.find((d) => d.value === null && d.type !== 'DURATION');
    if (!first) return [];
    return [{
      start: first.start,
      end: first.end,
      message: 'This article has no date, so “' + first.text + '” and other relative dates cannot be resolved. Add a dateline (date: YYYY-MM-DD) or set articleLens.referenceDate.',
      fixes: [{ title: `Insert a date line with today’s date (${options.today})`, edits: [{ start: 0, end: 0, newText: `date: ${options.today}\n\n` }] }],
    }];
  },
};
