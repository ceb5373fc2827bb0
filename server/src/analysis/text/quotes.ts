import type { Quotation, QuoteMarkStyle, Span } from '../model';

const DOUBLE_OPENERS = new Set(['“', '„', '«']);
const DOUBLE_CLOSERS = new Set(['”', '»']);
const STRAIGHT_DOUBLE = '"';
const SINGLE_OPENER = '‘';
const SINGLE_CLOSER = '’';
const STRAIGHT_SINGLE = "'";
const QUOTE_MARK = /[“”„«»"'‘’]/g;

export interface QuotationScan {
  quotations: Quotation[];
  strayQuoteMarks: Span[];
}

interface OpenMark {
  at: number;
  straight: boolean;
}

/**
 * Pairs quotation marks paragraph by paragraph: “…”, "…", ‘…’ nested inside, and the
 * “…" mix that CMS exports produce. A paragraph that ends inside a quote continues it when
 * the next paragraph opens with a quotation mark (the multi-paragraph convention).
 * Apostrophes (isn’t, Scholz’s, ’90s, workers’) are never taken for quotation marks.
 */
export function findQuotations(text: string, paragraphs: readonly Span[]): QuotationScan {
  const quotations: Quotation[] = [];
  const strayQuoteMarks: Span[] = [];
  let carried: number | null = null; // index of a quotation left open at the end of the previous paragraph

  paragraphs.forEach((paragraph, index) => {
    const continues = carried;
    carried = null;
    const found: Quotation[] = [];
    let double: OpenMark | null = null;
    let single: OpenMark | null = null;
    // Only the paragraph's opening mark can continue the previous paragraph's quote.
    const continuation = (open: OpenMark) => (open.at === paragraph.start ? continues : null);
    const openDouble = (at: number, straight: boolean) => {
      if (double) found.push(unclosed(double, paragraph.end, false, continuation(double)));
      double = { at, straight };
      single = null;
    };
    const closeDouble = (at: number, straight: boolean) => {
      found.push(quotation(double!, at, straight, false, continuation(double!)));
      double = null;
      single = null;
    };

    // Search the paragraph only: a search of the whole text would run on to the next mark far away.
    const paragraphText = text.slice(paragraph.start, paragraph.end);
    QUOTE_MARK.lastIndex = 0;
    for (let mark = QUOTE_MARK.exec(paragraphText); mark; mark = QUOTE_MARK.exec(paragraphText)) {
      const i = paragraph.start + mark.index;
      const ch = mark[0];
      if (DOUBLE_OPENERS.has(ch)) {
        openDouble(i, false);
      } else if (DOUBLE_CLOSERS.has(ch)) {
        if (double) closeDouble(i, false);
        else strayQuoteMarks.push({ start: i, end: i + 1 });
      } else if (ch === STRAIGHT_DOUBLE) {
        // Inside a quote, a straight mark after text closes it (“…" included).
        if (double && !isSpace(text[i - 1])) closeDouble(i, true);
        else if (isDoubleOpenerAt(text, i, paragraph.start)) openDouble(i, true);
        else if (double) closeDouble(i, true);
        else strayQuoteMarks.push({ start: i, end: i + 1 });
      } else if (ch === SINGLE_OPENER || ch === STRAIGHT_SINGLE || ch === SINGLE_CLOSER) {
        if (single && isSingleCloserAt(text, i)) {
          found.push(quotation(single, i, ch !== SINGLE_CLOSER, double !== null, null));
          single = null;
        } else if (!single && ch !== SINGLE_CLOSER && isSingleOpenerAt(text, i)) {
          single = { at: i, straight: ch === STRAIGHT_SINGLE };
        }
      }
    }

    const next = paragraphs[index + 1];
    if (double) {
      const carriesOn = next !== undefined && isDoubleOpenerAt(text, next.start, next.start);
      found.push(unclosed(double, paragraph.end, carriesOn, continuation(double)));
    }
    found.sort((a, b) => a.start - b.start);
    const leftOpen = found.findIndex((q) => q.continued);
    if (leftOpen >= 0) carried = quotations.length + leftOpen;
    quotations.push(...found);
  });
  return { quotations, strayQuoteMarks };
}

function quotation(open: OpenMark, close: number, closeStraight: boolean, nested: boolean, continues: number | null): Quotation {
  const style: QuoteMarkStyle = open.straight === closeStraight ? (open.straight ? 'straight' : 'curly') : 'mixed';
  return {
    start: open.at,
    end: close + 1,
    open: open.at,
    close,
    contentStart: open.at + 1,
    contentEnd: close,
    nested,
    style,
    continues,
    continued: false,
  };
}

function unclosed(open: OpenMark, paragraphEnd: number, continued: boolean, continues: number | null): Quotation {
  return {
    start: open.at,
    end: paragraphEnd,
    open: open.at,
    close: null,
    contentStart: open.at + 1,
    contentEnd: paragraphEnd,
    nested: false,
    style: open.straight ? 'straight' : 'curly',
    continues,
    continued,
  };
}

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || /\s/.test(ch);
}

function isLetterOrDigit(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/** A double mark that opens: curly opener, or a straight one after space/start/bracket/dash and before text. */
function isDoubleOpenerAt(text: string, i: number, paragraphStart: number): boolean {
  const ch = text[i];
  if (DOUBLE_OPENERS.has(ch)) return true;
  if (ch !== STRAIGHT_DOUBLE) return false;
  const before = i > paragraphStart ? text[i - 1] : undefined;
  const openingContext = before === undefined || /[\s(\[—–-]/.test(before);
  return openingContext && !isSpace(text[i + 1]);
}

function isSingleOpenerAt(text: string, i: number): boolean {
  const before = text[i - 1];
  if (isLetterOrDigit(before)) return false; // don’t, Scholz’s
  if (/^\d\ds\b/.test(text.slice(i + 1, i + 4))) return false; // ’90s written with an opening mark
  return isLetterOrDigit(text[i + 1]);
}

function isSingleCloserAt(text: string, i: number): boolean {
  if (isLetterOrDigit(text[i - 1]) && isLetterOrDigit(text[i + 1])) return false; // isn’t
  return !isSpace(text[i - 1]) && !isLetterOrDigit(text[i + 1]);
}
