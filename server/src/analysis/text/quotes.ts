import type { Quotation, QuoteMarkStyle, Span } from '../model';
import { paragraphsLeftAlone, type ParagraphCache, type ParagraphLayout } from '../paragraph-cache';
import { sortByStart } from '../spans';
import { isSpaceAt } from './words';

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
 * Pairs quotation marks paragraph by paragraph: “…”, "…", „…“, «…», ‘…’ nested inside, and
 * the “…" mix that CMS exports produce. A paragraph that ends inside a quote continues it when
 * the next paragraph opens with a quotation mark (the multi-paragraph convention).
 * Apostrophes (isn’t, Scholz’s, ’90s, workers’) are never taken for quotation marks.
 * With a cache (and each paragraph's text), a paragraph's pairing is found once per paragraph text,
 * and the paragraphs an edit left alone keep what the latest analysis found in them.
 */
export function findQuotations(text: string, paragraphs: readonly Span[], cached?: { paragraphTexts: readonly string[]; cache: ParagraphCache }): QuotationScan {
  const latest = cached?.cache.kept<QuotationRun>('quotations');
  const count = paragraphs.length;
  const latestCount = latest?.paragraphs.length ?? 0;
  const { leading, trailing } = cached ? paragraphsLeftAlone({ paragraphs, paragraphTexts: cached.paragraphTexts }, latest) : { leading: 0, trailing: 0 };
  // Whether a paragraph's last quote goes on depends on the paragraph after it: the last one before the edit is paired again.
  const from = Math.max(0, leading - 1);
  const quotations = latest ? latest.quotations.slice(0, latest.firstQuotations[from]) : [];
  const strayQuoteMarks = latest ? latest.strayQuoteMarks.slice(0, latest.firstStrays[from]) : [];
  const firstQuotations = latest ? latest.firstQuotations.slice(0, from) : [];
  const firstStrays = latest ? latest.firstStrays.slice(0, from) : [];
  const carriedInto = latest ? latest.carriedInto.slice(0, from) : [];
  let carried: number | null = latest ? latest.carriedInto[from] : null; // index of a quotation left open at the end of the previous paragraph

  for (let index = from; index < count; index++) {
    if (index === count - trailing && latest) {
      const was = index - count + latestCount;
      const shift = quotations.length - latest.firstQuotations[was];
      const carriedBefore = latest.carriedInto[was];
      if (carried === (carriedBefore === null ? null : carriedBefore + shift)) {
        keepMoved(latest, was, paragraphs.slice(index), shift, { quotations, strayQuoteMarks, firstQuotations, firstStrays, carriedInto });
        break;
      }
    }
    const paragraph = paragraphs[index];
    const paragraphText = cached ? cached.paragraphTexts[index] : text.slice(paragraph.start, paragraph.end);
    const local = cached ? cached.cache.get('quotations', paragraphText, () => pairQuotes(paragraphText)) : pairQuotes(paragraphText);
    const next = paragraphs[index + 1];
    const carriesOn = local.leftOpen >= 0 && next !== undefined && opensLikeLeftOpen(text, next.start, paragraphText[local.quotations[local.leftOpen].open]);
    const at = paragraph.start;
    firstQuotations.push(quotations.length);
    firstStrays.push(strayQuoteMarks.length);
    carriedInto.push(carried);
    local.quotations.forEach((q, k) => {
      quotations.push({
        start: q.start + at,
        end: q.end + at,
        open: q.open + at,
        close: q.close === null ? null : q.close + at,
        contentStart: q.contentStart + at,
        contentEnd: q.contentEnd + at,
        nested: q.nested,
        style: q.style,
        continues: k === local.continuing ? carried : null,
        continued: k === local.leftOpen && carriesOn,
      });
    });
    for (const mark of local.strayQuoteMarks) strayQuoteMarks.push({ start: mark.start + at, end: mark.end + at });
    carried = carriesOn ? quotations.length - local.quotations.length + local.leftOpen : null;
  }
  firstQuotations.push(quotations.length);
  firstStrays.push(strayQuoteMarks.length);
  // No paragraph after the last one carries its quote on.
  carriedInto.push(null);
  cached?.cache.keep<QuotationRun>('quotations', { paragraphs, paragraphTexts: cached.paragraphTexts, quotations, strayQuoteMarks, firstQuotations, firstStrays, carriedInto });
  return { quotations, strayQuoteMarks };
}

/** The latest analysis's quotations, and where each paragraph's start, for the next analysis to keep. */
interface QuotationRun extends QuotationScan, ParagraphLayout {
  /** Per paragraph (and then their number): where its quotations and stray marks start, and the quotation left open before it. */
  firstQuotations: number[];
  firstStrays: number[];
  carriedInto: (number | null)[];
}

/** The latest run's findings in its paragraphs from `was` on, which are now `paragraphs`, moved to where these stand; `shift` moves indices of quotations. */
function keepMoved(latest: QuotationRun, was: number, paragraphs: readonly Span[], shift: number, into: Omit<QuotationRun, keyof ParagraphLayout>): void {
  paragraphs.forEach((paragraph, k) => {
    const by = paragraph.start - latest.paragraphs[was + k].start;
    into.firstQuotations.push(into.quotations.length);
    into.firstStrays.push(into.strayQuoteMarks.length);
    const carried = latest.carriedInto[was + k];
    into.carriedInto.push(carried === null ? null : carried + shift);
    for (let q = latest.firstQuotations[was + k]; q < latest.firstQuotations[was + k + 1]; q++) {
      const { start, end, open, close, contentStart, contentEnd, nested, style, continues, continued } = latest.quotations[q];
      into.quotations.push(by === 0 && shift === 0 ? latest.quotations[q] : {
        start: start + by,
        end: end + by,
        open: open + by,
        close: close === null ? null : close + by,
        contentStart: contentStart + by,
        contentEnd: contentEnd + by,
        nested,
        style,
        continues: continues === null ? null : continues + shift,
        continued,
      });
    }
    for (let m = latest.firstStrays[was + k]; m < latest.firstStrays[was + k + 1]; m++) {
      const mark = latest.strayQuoteMarks[m];
      into.strayQuoteMarks.push(by === 0 ? mark : { start: mark.start + by, end: mark.end + by });
    }
  });
}

/** One paragraph's quotations and stray marks, relative to the paragraph, before its links to the paragraphs around it. */
interface ParagraphQuotes {
  quotations: Quotation[];
  strayQuoteMarks: Span[];
  /** The quotation opening the paragraph (double, or a British ‘), which may continue the previous paragraph's quote, or -1. */
  continuing: number;
  /** The quotation still open at the paragraph's end, which the next paragraph may carry on, or -1. */
  leftOpen: number;
}

// Only the paragraph's text is read: at its edges, what lies beyond (blank or nothing) counts as
// space, as the paragraph's own ends do.
function pairQuotes(paragraph: string): ParagraphQuotes {
  const found: Quotation[] = [];
  const strayQuoteMarks: Span[] = [];
  let double: OpenMark | null = null;
  let single: OpenMark | null = null;
  const openDouble = (at: number, straight: boolean) => {
    if (double) found.push(unclosed(double, paragraph.length, false, null));
    double = { at, straight };
    single = null;
  };
  const isOpenWith = (mark: string) => double !== null && paragraph[double.at] === mark;
  const closeDouble = (at: number, straight: boolean) => {
    found.push(quotation(double!, at, straight, false, null));
    double = null;
    single = null;
  };

  QUOTE_MARK.lastIndex = 0;
  // `test` finds each mark as `exec` would, without making a match array for it: every apostrophe is a mark.
  while (QUOTE_MARK.test(paragraph)) {
    const i = QUOTE_MARK.lastIndex - 1;
    const ch = paragraph[i];
    if (DOUBLE_OPENERS.has(ch)) {
      // „…“: German quotes close with the mark English ones open with.
      if (ch === '“' && isOpenWith('„') && isCloserAt(paragraph, i)) closeDouble(i, false);
      else openDouble(i, false);
    } else if (DOUBLE_CLOSERS.has(ch)) {
      if (double) closeDouble(i, false);
      else strayQuoteMarks.push({ start: i, end: i + 1 });
    } else if (ch === STRAIGHT_DOUBLE) {
      if (isInchMark(paragraph, i)) continue;
      // Inside a quote, a straight mark after text closes it (“…" included).
      if (double && !isSpaceOrEdge(paragraph, i - 1)) closeDouble(i, true);
      else if (isDoubleOpenerAt(paragraph, i, 0)) openDouble(i, true);
      else if (double) closeDouble(i, true);
      else strayQuoteMarks.push({ start: i, end: i + 1 });
    } else if (ch === SINGLE_OPENER || ch === STRAIGHT_SINGLE || ch === SINGLE_CLOSER) {
      if (single && isCloserAt(paragraph, i)) {
        found.push(quotation(single, i, ch !== SINGLE_CLOSER, double !== null, null));
        single = null;
      } else if (!single && ch !== SINGLE_CLOSER && isSingleOpenerAt(paragraph, i)) {
        single = { at: i, straight: ch === STRAIGHT_SINGLE };
      }
    }
  }
  let lastOpen: Quotation | null = null;
  if (double) found.push((lastOpen = unclosed(double, paragraph.length, false, null)));
  // British copy quotes with ‘…’ and, like “…”, leaves a quote that runs on into the next paragraph
  // open: a ‘ that opens the paragraph, or a sentence in it (“…,’ the judge said. ‘It is not …”),
  // and is never closed is such a quote.
  else if (single && paragraph[single.at] === SINGLE_OPENER && opensSentenceAt(paragraph, single.at)) found.push((lastOpen = unclosed(single, paragraph.length, false, null)));
  sortByStart(found);
  return {
    quotations: found,
    strayQuoteMarks,
    continuing: found.findIndex((q) => !q.nested && q.open === 0 && (isDouble(paragraph[0]) || paragraph[0] === SINGLE_OPENER)),
    leftOpen: lastOpen ? found.indexOf(lastOpen) : -1,
  };
}

/** Whether `at` opens the paragraph, or a sentence after a full stop, question or exclamation mark (and perhaps a closing mark) and a space. */
function opensSentenceAt(paragraph: string, at: number): boolean {
  if (at === 0) return true;
  let i = at;
  while (i > 0 && isSpaceOrEdge(paragraph, i - 1)) i--;
  if (i === at || i === 0) return false;
  const mark = '’”"'.includes(paragraph[i - 1]) ? paragraph[i - 2] : paragraph[i - 1];
  return mark !== undefined && '.!?'.includes(mark);
}

/** Whether the paragraph at `start` opens with a quote of the kind `leftOpenMark` opened: a run-on quote reopens with its own kind. */
function opensLikeLeftOpen(text: string, start: number, leftOpenMark: string): boolean {
  return leftOpenMark === SINGLE_OPENER ? text[start] === SINGLE_OPENER : isDoubleOpenerAt(text, start, start);
}

function isDouble(mark: string): boolean {
  return DOUBLE_OPENERS.has(mark) || mark === STRAIGHT_DOUBLE;
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

/** Whether `at` is past either end of `text` or white space there. */
function isSpaceOrEdge(text: string, at: number): boolean {
  return at < 0 || at >= text.length || isSpaceAt(text, at);
}

function isLetterOrDigit(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/**
 * A double mark that opens: curly opener, or a straight one after space/start/bracket/dash and
 * before text, or glued to a sentence's full stop before a capital ('next year."Investors have').
 */
function isDoubleOpenerAt(text: string, i: number, paragraphStart: number): boolean {
  const ch = text[i];
  if (DOUBLE_OPENERS.has(ch)) return true;
  if (ch !== STRAIGHT_DOUBLE) return false;
  const before = i > paragraphStart ? text[i - 1] : undefined;
  if (before !== undefined && /[.!?]/.test(before)) return /\p{Lu}/u.test(text[i + 1] ?? '');
  const openingContext = before === undefined || /[\s(\[—–-]/.test(before);
  return openingContext && !isSpaceOrEdge(text, i + 1);
}

// Feet and inches: "the 6'2\" forward".
const FEET_AND_INCHES = /\d['′’]\d{1,2}$/;

export function isInchMark(text: string, i: number): boolean {
  return FEET_AND_INCHES.test(text.slice(Math.max(0, i - 5), i));
}

function isSingleOpenerAt(text: string, i: number): boolean {
  const before = text[i - 1];
  if (isLetterOrDigit(before)) return false; // don’t, Scholz’s
  if (/^\d\ds\b/.test(text.slice(i + 1, i + 4))) return false; // ’90s written with an opening mark
  return isLetterOrDigit(text[i + 1]);
}

/** A mark that closes: after text, and not before a letter or digit. */
function isCloserAt(text: string, i: number): boolean {
  if (isLetterOrDigit(text[i - 1]) && isLetterOrDigit(text[i + 1])) return false; // isn’t
  return !isSpaceOrEdge(text, i - 1) && !isLetterOrDigit(text[i + 1]);
}
