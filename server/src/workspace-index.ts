import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { minimatch } from 'minimatch';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { findTextActors } from './analysis';
import type { Actor, ActorKind, ArticleModel } from './analysis/model';
import { introducingMention } from './analysis/query';
import { ownCopy } from './analysis/memo';
import { readArticleFile } from './files';
import { toRange } from './positions';
import { analysedPart } from './large-file';
import type { Range } from 'vscode-languageserver';

export interface IndexedActor {
  name: string;
  kind: ActorKind;
  aliases: string[];
  role: string | null;
  uri: string;
  range: Range;
}

const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', 'dist', 'out', '.cache', '.vscode-test']);
const FILES_PER_SLICE = 20;

/**
 * Actors of every article file in the workspace, indexed in small slices between other work
 * so open documents never wait for it.
 */
export class WorkspaceIndex {
  private readonly byUri = new Map<string, IndexedActor[]>();
  /** Documents open in the editor: their entries come from the editor's text, not the disk. */
  private readonly openUris = new Set<string>();
  private generation = 0;

  /**
   * Starts (or restarts) indexing; resolves when every file is indexed. Only actors are indexed,
   * and they do not depend on the reference date.
   */
  async rebuild(folders: readonly string[], patterns: readonly string[], maxFileSize: number): Promise<void> {
    const generation = ++this.generation;
    for (const uri of this.byUri.keys()) if (!this.openUris.has(uri)) this.byUri.delete(uri);
    const files = folders.flatMap((folder) => articleFiles(folder, patterns)).filter((path) => !this.openUris.has(pathToFileURL(path).toString()));
    for (let i = 0; i < files.length; i += FILES_PER_SLICE) {
      await new Promise<void>((resume) => setImmediate(resume));
      if (generation !== this.generation) return;
      for (const file of files.slice(i, i + FILES_PER_SLICE)) this.indexFile(file, maxFileSize);
    }
  }

  private indexFile(path: string, maxFileSize: number): void {
    const read = readArticleFile(path);
    if (!read.ok) return;
    const document = TextDocument.create(pathToFileURL(path).toString(), 'article', 0, read.text);
    this.record(document, findTextActors(analysedPart(read.text, maxFileSize)));
  }

  /** Index an open document from the editor's latest model. */
  recordOpen(document: TextDocument, model: ArticleModel): void {
    this.openUris.add(document.uri);
    this.record(document, model.actors);
  }

  /** A closed document goes back to what its file on disk says, at the next rebuild. */
  closed(uri: string): void {
    this.openUris.delete(uri);
  }

  private record(document: TextDocument, actors: readonly Actor[]): void {
    const uri = document.uri;
    this.byUri.set(
      uri,
      actors.map((actor) => ({
        // Kept for every file of the workspace: copies, so no file's whole text stays alive behind them.
        name: ownCopy(actor.name),
        kind: actor.kind,
        aliases: actor.aliases.map(ownCopy),
        role: actor.roles.length > 0 ? ownCopy(actor.roles[0]) : null,
        uri,
        range: toRange(document, introducingMention(actor)),
      })),
    );
  }

  actors(): IndexedActor[] {
    return [...this.byUri.values()].flat();
  }

  get fileCount(): number {
    return this.byUri.size;
  }
}

function articleFiles(folder: string, patterns: readonly string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names) {
      if (SKIPPED_DIRECTORIES.has(name)) continue;
      const path = join(dir, name);
      let isDirectory = false;
      try {
        isDirectory = statSync(path).isDirectory();
      } catch {
        continue;
      }
      if (isDirectory) walk(path);
      else if (patterns.some((pattern) => minimatch(relative(folder, path), pattern, { dot: false }))) found.push(path);
    }
  };
  walk(folder);
  return found;
}
