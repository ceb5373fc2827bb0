import type { ArticleModel, Claim } from '../../analysis/model';
import { actorById } from '../../analysis/query';

export function describeClaim(model: ArticleModel, claim: Claim): string {
  const speaker = actorById(model, claim.speaker);
  const kind = claim.kind === 'quote' ? (claim.partial ? 'partial quote' : 'direct quote') : 'reported speech';
  const who = speaker
    ? `${speaker.name}${speaker.roles.length ? `, ${speaker.roles[0]}` : ''}`
    : claim.anonymous
      ? `an unnamed source (“${claim.speakerText}”)`
      : claim.speakerText
        ? `“${claim.speakerText}” (not resolved to an actor)`
        : 'nobody named';
  const lines = [`**Claim** · ${kind}`, `Speaker: ${who}`];
  if (claim.verb) lines.push(`Verb: ${claim.verb}`);
  if (claim.anonymous) lines.push('Anonymous source');
  return lines.join('\n\n');
}
