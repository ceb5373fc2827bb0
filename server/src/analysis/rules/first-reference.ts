import type { Rule, RuleFinding } from './rule';

export const firstReference: Rule = {
  id: 'first-reference',
  defaultSeverity: 'information',
  description: 'A surname-only mention appears before the person’s full name is given.',
  check({ model }) {
    const findings: RuleFinding[] = [];
    for (const actor of model.actors) {
      if (actor.kind !== 'person') continue;
      const full = actor.mentions.find((m) => m.form === 'full' && m.text.includes(' '));
      // The first surname or given name written before the full name.
      const early = full && actor.mentions.find((m) => (m.form === 'surname' || m.form === 'given') && m.start < full.start);
      if (!early) continue;
      findings.push({
        start: early.start,
        end: early.end,
        message: `“${early.text}” appears before the full name “${full.text}” is given; introduce ${actor.name} in full at the first mention.`,
        fixes: [{ title: `Write the full name “${full.text}” here`, edits: [{ start: early.start, end: early.end, newText: full.text }] }],
      });
    }
    return findings;
  },
};
