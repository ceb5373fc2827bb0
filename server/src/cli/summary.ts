import type { ArticleExport } from '../analysis/export';
import type { ArticleModel } from '../analysis/model';

const MAX_CLAIM_CHARS = 100;

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > MAX_CLAIM_CHARS ? `${flat.slice(0, MAX_CLAIM_CHARS - 1)}…` : flat;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** A readable per-file summary for `--format text`. */
export function textSummary(exported: ArticleExport, model: ArticleModel): string {
  const lines: string[] = [`== ${exported.file}`, `article date: ${exported.documentDate ?? 'none'}${model.documentDateSource ? ` (from the ${model.documentDateSource})` : ''}`];

  lines.push('', `Actors (${exported.actors.length})`);
  for (const actor of [...exported.actors].sort((a, b) => b.mentions.length - a.mentions.length)) {
    const roles = model.actors.find((a) => a.id === actor.id)?.roles ?? [];
    const role = roles.length > 0 ? ` — ${roles.join('; ')}` : '';
    const aliases = actor.aliases.filter((alias) => alias !== actor.name);
    lines.push(`  ${actor.name} [${actor.kind}] ${plural(actor.mentions.length, 'mention')}${role}${aliases.length ? ` (also: ${aliases.join(', ')})` : ''}`);
  }

  lines.push('', `Dates (${exported.dates.length})`);
  for (const date of exported.dates) lines.push(`  ${date.text} → ${date.value ?? 'unresolved'} (${date.type})`);

  const names = new Map(exported.actors.map((actor) => [actor.id, actor.name]));
  lines.push('', `Deadlines (${exported.deadlines.length})`);
  for (const deadline of exported.deadlines) {
    const setBy = deadline.setBy ? `, set by ${names.get(deadline.setBy) ?? deadline.setBy}` : '';
    lines.push(`  ${deadline.text} → due ${deadline.due ?? 'unknown'}${setBy}`);
  }

  lines.push('', `Claims (${exported.claims.length})`);
  const bySpeaker = new Map<string, typeof exported.claims>();
  for (const claim of exported.claims) {
    const speaker = claim.speaker
      ? (names.get(claim.speaker) ?? claim.speaker)
      : claim.anonymous
        ? `Anonymous: ${claim.speakerText ?? 'unnamed source'}`
        : claim.speakerText
          ? `“${claim.speakerText}” (not resolved to an actor)`
          : 'Unattributed';
    bySpeaker.set(speaker, [...(bySpeaker.get(speaker) ?? []), claim]);
  }
  for (const [speaker, claims] of bySpeaker) {
    lines.push(`  ${speaker}`);
    for (const claim of claims) lines.push(`    [${claim.kind}] ${clip(claim.text)}`);
  }

  if (exported.diagnostics.length > 0) {
    lines.push('', `Diagnostics (${exported.diagnostics.length})`);
    for (const d of exported.diagnostics) lines.push(`  ${d.severity} ${d.code} at ${d.start}: ${d.message}`);
  }
  return `${lines.join('\n')}\n\n`;
}
