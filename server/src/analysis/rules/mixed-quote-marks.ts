import type { Quotation, TextEdit } from '../model';
import type { Rule, RuleContext } from './rule';

const MARKS = {
  curly: { open: '“', close: '”', singleOpen: '‘', singleClose: '’' },
  straight: { open: '"', close: '"', singleOpen: "'", singleClose: "'" },
};

/** Edits that rewrite both marks of a pair in the chosen style. */
function restyle(quotation: Quotation, style: RuleContext['options']['quoteStyle']): TextEdit[] {
  const marks = MARKS[style];
  const edits: TextEdit[] = [{ start: quotation.open, end: quotation.open + 1, newText: quotation.nested ? marks.singleOpen : marks.open }];
  if (quotation.close !== null) {
    edits.push({ start: quotation.close, end: quotation.close + 1, newText: quotation.nested ? marks.singleClose : marks.close });
  }
  return edits;
}

export const mixedQuoteMarks: Rule = {
  id: 'mixed-quote-marks',
  defaultSeverity: 'information',
  description: 'A quotation that opens with a curly mark and closes with a straight one, or the reverse.',
  check({ model, options }) {
    const mixed = model.quotations.filter((q) => q.style === 'mixed');
    const allEdits = mixed.flatMap((q) => restyle(q, options.quoteStyle));
    const styleName = options.quoteStyle === 'curly' ? 'curly “…”' : 'straight "…"';
    return mixed.map((q) => ({
      start: q.start,
      end: q.end,
      message: `This quotation mixes curly and straight quotation marks.`,
      fixes: [
        { title: `Use ${styleName} marks for this quotation`, edits: restyle(q, options.quoteStyle) },
        { title: `Use ${styleName} marks for every mixed quotation in the document`, edits: allEdits, documentWide: true },
      ],
    }));
  },
};
