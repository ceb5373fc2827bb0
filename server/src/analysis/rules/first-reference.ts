import type { Rule } from './rule';

export const firstReference: Rule = {
  id: 'first-reference',
  defaultSeverity: 'information',
  description: 'A surname-only mention appears before the person’s full name is given.',
  check({ model }) {
    return model.actors
      .filter((actor) => actor.kind === 'person')
      .flatMap((actor) => {
        const full = actor.mentions.find((m) => m.form === 'full' && m.text.includes(' '));
        if (!full) return [];
        return actor.mentions
          .filter((m) => (m.form === 'surname' || m.form === 'given') && m.start < full.start)
          .slice(0, 1)
          .map((m) => ({
            start: m.start,
            end: m.end,
            message: `“${m.text}” appears before the full name “${full.text}” is given; introduce ${actor.name} in full at the first mention.`,
            fixes: [{ title: `Write the full name “${full.text}” here`, edits: [{ start: m.start, end: m.end, newText: full.text }] }],
          }));
      });
  },
};
