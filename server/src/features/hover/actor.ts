import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Actor, ArticleModel } from '../../analysis/model';
import { lineNumberAt } from '../../positions';

const KIND_NAMES = { person: 'person', organization: 'organization', place: 'place' };
const CLAIMS_SHOWN = 3;
const CLAIM_CHARS = 90;

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > CLAIM_CHARS ? `${flat.slice(0, CLAIM_CHARS - 1)}…` : flat;
}

/** Who this is: name, kind, roles, how the article names them, and what they said. */
export function describeActor(document: TextDocument, model: ArticleModel, actor: Actor): string {
  const lines = [`**${actor.name}** · ${KIND_NAMES[actor.kind]}`];
  if (actor.roles.length > 0) lines.push(`Role: ${actor.roles.join('; ')}`);
  const counts = new Map<string, number>();
  for (const mention of actor.mentions) counts.set(mention.text, (counts.get(mention.text) ?? 0) + 1);
  const forms = [...counts].map(([form, count]) => `${form} (${count})`).join(', ');
  const first = actor.mentions[0];
  lines.push(`${actor.mentions.length} mention${actor.mentions.length === 1 ? '' : 's'}: ${forms}`);
  lines.push(`First mentioned on line ${lineNumberAt(document, first.start)}`);
  const claims = model.claims.filter((claim) => claim.speaker === actor.id);
  if (claims.length > 0) {
    const quotes = claims.filter((c) => c.kind === 'quote').length;
    lines.push(`${claims.length} claim${claims.length === 1 ? '' : 's'} (${quotes} quote${quotes === 1 ? '' : 's'}, ${claims.length - quotes} reported):`);
    for (const claim of claims.slice(0, CLAIMS_SHOWN)) lines.push(`- ${clip(claim.text)}`);
    if (claims.length > CLAIMS_SHOWN) lines.push(`- … and ${claims.length - CLAIMS_SHOWN} more`);
  }
  return lines.join('\n\n');
}
