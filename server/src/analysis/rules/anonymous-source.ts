import type { Rule } from './rule';

export const anonymousSource: Rule = {
  id: 'anonymous-source',
  defaultSeverity: 'hint',
  description: 'A claim attributed to an unnamed source.',
  check({ model }) {
    return model.claims
      .filter((claim) => claim.anonymous)
      .map((claim) => {
        const span = claim.speakerSpan ?? claim;
        return { start: span.start, end: span.end, message: `Unnamed source: “${claim.speakerText ?? 'unknown'}”.`, fixes: [] };
      });
  },
};
