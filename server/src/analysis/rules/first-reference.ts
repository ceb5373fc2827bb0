import type { RuleContext, Rule, RuleFinding } from './rule';
import type { Mention } from '../model';
import { spanContaining } from '../spans';
import { paragraphFacts } from '../text/paragraph-facts';

/** Headlines name people by surname by custom: one above the dateline, or a title-case line. */
function isInHeadline({ text, model }: RuleContext, mention: Mention): boolean {
  if (model.dateline && mention.start < model.dateline.start) return true;
  const paragraph = spanContaining(model.paragraphs, mention.start);
  return paragraph !== undefined && paragraphFacts(text.slice(paragraph.start, paragraph.end)).headline;
}

export const firstReference: Rule = {
  id: 'first-reference',
  defaultSeverity: 'information',
  description: 'A surname-only mention appears before the person’s full name is given (headlines aside).',
  check(context) {
    const findings: RuleFinding[] = [];
    for (const actor of context.model.actors) {
      if (actor.kind !== 'person') continue;
      const full = actor.mentions.find((m) => m.form === 'full' && m.text.includes(' '));
      // The first surname or given name written before the full name, outside a headline.
      const early = full && actor.mentions.find((m) => (m.form === 'surname' || m.form === 'given') && m.start < full.start && !isInHeadline(context, m));
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
