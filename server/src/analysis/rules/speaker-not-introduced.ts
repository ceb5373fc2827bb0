import type { Rule } from './rule';

export const speakerNotIntroduced: Rule = {
  id: 'speaker-not-introduced',
  defaultSeverity: 'information',
  description: 'A quoted person whose only mentions are a bare surname, with no full name or role anywhere in the article.',
  check({ model }) {
    const quoted = new Set(model.claims.filter((c) => c.kind === 'quote' && c.speaker).map((c) => c.speaker));
    return model.actors
      .filter((a) => a.kind === 'person' && quoted.has(a.id) && a.roles.length === 0 && a.mentions.every((m) => m.form !== 'full' || !m.text.includes(' ')))
      .map((actor) => ({
        start: actor.mentions[0].start,
        end: actor.mentions[0].end,
        message: `${actor.name} is quoted but never introduced: give the full name or a role at the first mention.`,
        fixes: [],
      }));
  },
};
