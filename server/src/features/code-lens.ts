import type { CodeLens } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleModel } from '../analysis/model';
import { toRange } from '../positions';
import { plural } from './entities';

/**
 * "Jane Roe: 7 mentions · 3 quotes" above each actor's first mention; clicking shows all
 * mentions. The name is there because one line often introduces several actors.
 */
export function codeLenses(document: TextDocument, model: ArticleModel): CodeLens[] {
  const quotes = new Map<string, number>();
  for (const claim of model.claims) if (claim.speaker !== null && claim.kind === 'quote') quotes.set(claim.speaker, (quotes.get(claim.speaker) ?? 0) + 1);
  return model.actors
    .filter((actor) => actor.mentions.length > 0)
    .map((actor) => {
      const first = actor.mentions[0];
      const quoteCount = quotes.get(actor.id) ?? 0;
      const counts = [plural(actor.mentions.length, 'mention'), quoteCount > 0 && plural(quoteCount, 'quote')].filter(Boolean).join(' · ');
      return {
        range: toRange(document, first),
        command: { title: `${actor.name}: ${counts}`, command: 'articleLens.showMentions', arguments: [document.uri, actor.id] },
      };
    });
}
