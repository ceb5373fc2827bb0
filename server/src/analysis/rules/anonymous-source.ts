import type { Rule } from './rule';

// "The official said …" after "a senior official … said": a definite back-reference to one word.
const BACK_REFERENCE = /^the\s+(\p{L}+)$/iu;

export const anonymousSource: Rule = {
  id: 'anonymous-source',
  defaultSeverity: 'hint',
  description: 'A claim attributed to an unnamed source.',
  check({ model }) {
    // One finding per source, however many claims it makes: per source phrase, and not again
    // for "the official" once an earlier unnamed source was described as an official.
    const seen = new Set<number>();
    const describedWords = new Set<string>();
    const findings = [];
    for (const claim of model.claims) {
      if (!claim.anonymous) continue;
      const span = claim.speakerSpan ?? claim;
      if (seen.has(span.start)) continue;
      seen.add(span.start);
      const description = (claim.speakerText ?? '').toLowerCase();
      const referredTo = BACK_REFERENCE.exec(description)?.[1];
      if (referredTo && describedWords.has(referredTo)) continue;
      for (const word of description.split(/[^\p{L}]+/u)) describedWords.add(word);
      findings.push({ start: span.start, end: span.end, message: `Unnamed source: “${claim.speakerText ?? 'unknown'}”.`, fixes: [] });
    }
    return findings;
  },
};
