import type { Quotation } from '../../analysis/model';

const STYLE_NAMES = { curly: 'curly “…” marks', straight: 'straight "…" marks', mixed: 'mixed curly and straight marks' };

export function describeQuotation(text: string, quotation: Quotation): string {
  const words = text.slice(quotation.contentStart, quotation.contentEnd).split(/\s+/).filter(Boolean).length;
  const parts = [`**Quotation** · ${words} word${words === 1 ? '' : 's'} · ${STYLE_NAMES[quotation.style]}`];
  if (quotation.close === null && !quotation.continued) parts.push('Never closed in its paragraph.');
  if (quotation.continued) parts.push('Continues in the next paragraph.');
  if (quotation.continues !== null) parts.push('Continues the quotation of the previous paragraph.');
  return parts.join('\n\n');
}
