import { SymbolKind, type WorkspaceSymbol } from 'vscode-languageserver';
import type { ActorKind } from '../analysis/model';
import type { IndexedActor } from '../workspace-index';

const SYMBOL_KINDS: Record<ActorKind, SymbolKind> = { person: SymbolKind.Constant, organization: SymbolKind.Module, place: SymbolKind.Namespace };
const MAX_RESULTS = 500;

/** Actors across the workspace's articles whose name or an alias contains the query. */
export function workspaceSymbols(actors: readonly IndexedActor[], query: string): WorkspaceSymbol[] {
  const needle = query.trim().toLowerCase();
  return actors
    .filter((actor) => needle === '' || [actor.name, ...actor.aliases].some((form) => form.toLowerCase().includes(needle)))
    .slice(0, MAX_RESULTS)
    .map((actor) => ({
      name: actor.name,
      kind: SYMBOL_KINDS[actor.kind],
      containerName: actor.role ?? actor.kind,
      location: { uri: actor.uri, range: actor.range },
    }));
}
