import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ActorKind, ArticleModel, Span } from '../analysis/model';
import { introducingMention } from '../analysis/query';
import { toOffset, toRange } from '../positions';

const ACTOR_GROUPS: [ActorKind, string, SymbolKind][] = [
  ['person', 'People', SymbolKind.Constant],
  ['organization', 'Organizations', SymbolKind.Module],
  ['place', 'Places', SymbolKind.Namespace],
];

function symbol(document: TextDocument, name: string, kind: SymbolKind, span: Span, detail?: string, children?: DocumentSymbol[]): DocumentSymbol {
  const range = toRange(document, span);
  return { name, kind, range, selectionRange: range, detail, children };
}

/** A group node spanning its children, or nothing when it has none. */
function group(document: TextDocument, name: string, children: DocumentSymbol[]): DocumentSymbol[] {
  if (children.length === 0) return [];
  const start = Math.min(...children.map((c) => toOffset(document, c.range.start)));
  const end = Math.max(...children.map((c) => toOffset(document, c.range.end)));
  return [symbol(document, name, SymbolKind.Namespace, { start, end }, `${children.length}`, children)];
}

export function documentSymbols(document: TextDocument, model: ArticleModel): DocumentSymbol[] {
  const symbols: DocumentSymbol[] = [];
  if (model.dateline) {
    const detail = model.documentDate ? `article date ${model.documentDate}` : undefined;
    symbols.push(symbol(document, model.dateline.city?.text ?? 'Dateline', SymbolKind.Event, model.dateline, detail));
  }
  for (const [kind, title, symbolKind] of ACTOR_GROUPS) {
    const actors = model.actors
      .filter((actor) => actor.kind === kind)
      .map((actor) => {
        const mentions = `${actor.mentions.length} mention${actor.mentions.length === 1 ? '' : 's'}`;
        return symbol(document, actor.name, symbolKind, introducingMention(actor), [mentions, ...actor.roles.slice(0, 1)].join(' · '));
      });
    symbols.push(...group(document, title, actors));
  }
  const dates = model.dates.map((date) => symbol(document, date.text, SymbolKind.Event, date, date.value ?? 'unresolved'));
  symbols.push(...group(document, 'Dates', dates));
  const deadlines = model.deadlines.map((deadline) => {
    const setter = model.actors.find((a) => a.id === deadline.setBy);
    return symbol(document, deadline.text, SymbolKind.Event, deadline, [`due ${deadline.due ?? 'unknown'}`, setter ? `set by ${setter.name}` : null].filter(Boolean).join(' · '));
  });
  symbols.push(...group(document, 'Deadlines', deadlines));
  const bySpeaker = new Map<string, DocumentSymbol[]>();
  for (const claim of model.claims) {
    const speaker = model.actors.find((a) => a.id === claim.speaker)?.name ?? (claim.anonymous ? 'Anonymous' : 'Unattributed');
    const name = claim.text.replace(/\s+/g, ' ').slice(0, 60);
    bySpeaker.set(speaker, [...(bySpeaker.get(speaker) ?? []), symbol(document, name, SymbolKind.String, claim, claim.kind)]);
  }
  symbols.push(...group(document, 'Claims', [...bySpeaker].flatMap(([speaker, claims]) => group(document, speaker, claims))));
  const quotes = model.quotations
    .filter((q) => !q.nested)
    .map((q) => symbol(document, document.getText(toRange(document, q)).slice(0, 60), SymbolKind.String, q));
  symbols.push(...group(document, 'Quotations', quotes));
  return symbols;
}
