import type { Claim, Paragraph, Quotation, Span } from '../model';
import { resolveSpeaker, type SpeakerIndex } from './speakers';
import { REPORTING_VERBS } from './verbs';

const VERB = new RegExp(`\\b(${REPORTING_VERBS}|according to)\\b`, 'gi');
// What may stand between a reporting verb and what was said: "said in a statement on Friday that".
const LEAD_IN =
  /^(?:\s*,)?(?:\s+(?:in\s+(?:a|an|the|his|her|its|their)\s+[\w-]+(?:\s+[\w-]+)?|on\s+(?:social media|television|\p{Lu}[\w.]*(?:,?\s+\p{Lu}[\w.]*)?)|at\s+(?:a|an|the)\s+[\w-]+(?:\s+[\w-]+)?|(?:by|over|via)\s+(?:phone|telephone|email|e-mail|video link)|(?:reporters|journalists|lawmakers|parliament|investors|the\s+[\w-]+|\p{Lu}[\w’'.-]*(?:\s+\p{Lu}[\w’'.-]*)*)|(?:last|this|next)\s+\w+|late|earlier|later|publicly|privately|repeatedly|again|also|yesterday|today|then|on\s+\w+|in\s+\w+))*(?:,)?\s+(?:that\s+)?/iu;
const CLAUSE_START = /(?:[.;!?:]\s+|,\s+(?:and|but|while|as)\s+|\b(?:but|and|while)\s+)(?=[^.;!?:]*$)/g;

function insideQuotation(quotations: readonly Quotation[], offset: number): boolean {
  return quotations.some((q) => q.start <= offset && offset < q.end);
}

function trimmed(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s,“"‘]/.test(text[start])) start++;
  while (end > start && /[\s.,;:!?”"’)]/.test(text[end - 1])) end--;
  return { start, end };
}

/** The subject phrase of a verb: from the start of its clause to the verb. */
function subjectBefore(text: string, sentence: Span, verbAt: number): Span {
  const before = text.slice(sentence.start, verbAt);
  let start = 0;
  for (const match of before.matchAll(CLAUSE_START)) start = match.index! + match[0].length;
  return { start: sentence.start + start, end: verbAt };
}

/**
 * Reported speech: clauses with a reporting verb, the speaker from the subject or the
 * "according to" phrase, the claim span covering what was said.
 */
export function reportedClaims(index: SpeakerIndex, paragraphs: readonly Paragraph[], quotations: readonly Quotation[]): Claim[] {
  const { text } = index;
  const claims: Claim[] = [];
  for (const sentence of paragraphs.flatMap((p) => p.sentences)) {
    const sentenceText = text.slice(sentence.start, sentence.end);
    for (const match of sentenceText.matchAll(VERB)) {
      const verbAt = sentence.start + match.index!;
      if (insideQuotation(quotations, verbAt)) continue;
      const verb = match[1].toLowerCase();
      const verbEnd = verbAt + match[0].length;
      let content: Span;
      let speakerSpan: Span;
      if (verb === 'according to') {
        const source = /^\s+([^,.;]+)/.exec(text.slice(verbEnd, sentence.end));
        if (!source) continue;
        speakerSpan = { start: verbEnd + source[0].indexOf(source[1]), end: verbEnd + source[0].length };
        const leading = text.slice(sentence.start, verbAt).trim() === '';
        content = leading ? { start: speakerSpan.end, end: sentence.end } : { start: sentence.start, end: verbAt };
      } else {
        const after = text.slice(verbEnd, sentence.end);
        const lead = LEAD_IN.exec(after);
        const contentStart = verbEnd + (lead ? lead[0].length : 0);
        const rest = text.slice(contentStart, sentence.end).trim();
        const subject = subjectBefore(text, sentence, verbAt);
        const subjectText = text.slice(subject.start, subject.end).trim();
        if (rest.length >= 8 && !/^[“"‘]/.test(rest) && subjectText !== '' && !/[”"]\s*$/.test(subjectText)) {
          // "Roe said the talks would resume": the subject speaks, the rest is what was said.
          content = { start: contentStart, end: sentence.end };
          speakerSpan = lastWords(text, subject, 10);
        } else if (/^\s*[.!?]?\s*$/.test(after) || /^[\s,]+(?:on|in|at|late|earlier|yesterday|today|last|this)\b[^“”"]*$/.test(after)) {
          // "The talks will resume, officials said." — the speaker follows what was said.
          const comma = text.lastIndexOf(',', verbAt);
          if (comma < sentence.start) continue;
          const said = text.slice(sentence.start, comma).trim();
          if (/^[“"‘]/.test(said) || /[”"]$/.test(said)) continue;
          content = { start: sentence.start, end: comma };
          speakerSpan = { start: comma + 1, end: verbAt };
        } else {
          continue;
        }
      }
      const claimSpan = trimmed(text, content);
      if (claimSpan.end - claimSpan.start < 6 || insideQuotation(quotations, claimSpan.start)) continue;
      const speaker = resolveSpeaker(index, speakerSpan);
      if (!speaker.speaker && !speaker.anonymous && !speaker.speakerText) continue;
      claims.push({ ...claimSpan, text: text.slice(claimSpan.start, claimSpan.end), kind: 'reported', ...speaker, verb, partial: false });
    }
  }
  return claims;
}

/** At most the last `count` words of a span: a subject is a short noun phrase. */
function lastWords(text: string, span: Span, count: number): Span {
  const words = [...text.slice(span.start, span.end).matchAll(/\S+/g)];
  if (words.length <= count) return span;
  return { start: span.start + words[words.length - count].index!, end: span.end };
}
