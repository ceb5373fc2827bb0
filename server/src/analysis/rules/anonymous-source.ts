import type { Rule } from './rule';

export const anonymousSource: Rule = {
  id: 'anonymous-source',
  defaultSeverity: 'hint',
  description: 'A claim attributed to an unnamed source.',
  check({ model }) {
    // One finding per source phrase, however many claims it makes.
    const seen = new Set<number>();
    return model.claims
      .filter((claim) => claim.anonymous && !seen.has(claim.speakerSpan?.start ?? claim.start) && seen.add(claim.speakerSpan?.start ?? claim.start))
      .map((claim) => {
        const span = claim.speakerSpan ?? claim;
        return { start: span.start, end: span.end, message: `Unnamed source: “${claim.speakerText ?? 'unknown'}”.`, fixes: [] };
      });
  },
};
