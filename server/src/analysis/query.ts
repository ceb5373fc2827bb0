import type { Actor, ArticleModel, Claim, Deadline, Mention, Quotation, Span, TemporalExpression } from './model';

export type ItemAt =
  | { kind: 'mention'; span: Span; mention: Mention; actor: Actor }
  | { kind: 'date'; span: Span; date: TemporalExpression }
  | { kind: 'deadline'; span: Span; deadline: Deadline }
  | { kind: 'claim'; span: Span; claim: Claim }
  | { kind: 'quotation'; span: Span; quotation: Quotation };

function covers(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

export function actorById(model: ArticleModel, id: string | null): Actor | undefined {
  return id === null ? undefined : model.actors.find((actor) => actor.id === id);
}

/** The mention under the cursor; one the cursor is inside beats one it merely ends ("U.N.|Lumora"). */
export function mentionAt(model: ArticleModel, offset: number): { mention: Mention; actor: Actor } | undefined {
  let ending: { mention: Mention; actor: Actor } | undefined;
  for (const actor of model.actors) {
    for (const mention of actor.mentions) {
      if (!covers(mention, offset)) continue;
      if (offset < mention.end) return { mention, actor };
      ending ??= { mention, actor };
    }
  }
  return ending;
}

/** Everything at an offset, most specific (shortest span) first. */
export function itemsAt(model: ArticleModel, offset: number): ItemAt[] {
  const items: ItemAt[] = [];
  const found = mentionAt(model, offset);
  if (found) items.push({ kind: 'mention', span: found.mention, ...found });
  for (const date of model.dates) if (covers(date, offset)) items.push({ kind: 'date', span: date, date });
  for (const deadline of model.deadlines) if (covers(deadline, offset)) items.push({ kind: 'deadline', span: deadline, deadline });
  for (const claim of model.claims) if (covers(claim, offset)) items.push({ kind: 'claim', span: claim, claim });
  for (const quotation of model.quotations) if (covers(quotation, offset)) items.push({ kind: 'quotation', span: quotation, quotation });
  return items.sort((a, b) => a.span.end - a.span.start - (b.span.end - b.span.start));
}

/** The mention that introduces an actor: the first full-name mention, else the first mention. */
export function introducingMention(actor: Actor): Mention {
  const wordCount = (m: Mention) => m.text.split(/\s+/).length;
  const fullest = Math.max(...actor.mentions.filter((m) => m.form === 'full').map(wordCount), 0);
  return actor.mentions.find((m) => m.form === 'full' && wordCount(m) === fullest) ?? actor.mentions[0];
}
