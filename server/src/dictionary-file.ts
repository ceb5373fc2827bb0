// The workspace dictionary `.article-lens.json`: reading and validating it (a malformed file
// gets diagnostics and the server keeps the last good dictionary), and what to write to it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
// The ESM build: the UMD one loads its parts with a dynamic require that bundling cannot follow.
import { findNodeAtLocation, modify, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import { EMPTY_DICTIONARY, type UserDictionary } from './analysis/dictionary';
import type { ActorKind, Span } from './analysis/model';
import { DICTIONARY_FILE_NAME, type DictionaryAction } from './protocol';

export interface DictionaryProblem extends Span {
  message: string;
  severity: 'error' | 'warning';
}

export interface ParsedDictionary {
  /** null when the file is not JSON at all: keep using the previous dictionary. */
  dictionary: UserDictionary | null;
  problems: DictionaryProblem[];
}

const ACTOR_KINDS: readonly string[] = ['person', 'organization', 'place'];
const ACTOR_KEYS = new Set(['name', 'kind', 'aliases', 'role']);
const TOP_KEYS = new Set(['$schema', 'actors', 'notActors']);

/** Validates a dictionary; entries with errors are left out, the valid rest is used. */
export function parseDictionary(text: string): ParsedDictionary {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0 || !root) {
    const problems = errors.map((e) => ({ start: e.offset, end: e.offset + Math.max(e.length, 1), message: `Invalid JSON: ${describeParseError(e)}.`, severity: 'error' as const }));
    if (problems.length === 0) problems.push({ start: 0, end: text.length, message: 'The dictionary is empty: expected an object.', severity: 'error' });
    return { dictionary: null, problems };
  }
  const problems: DictionaryProblem[] = [];
  const problem = (node: Node, message: string, severity: DictionaryProblem['severity'] = 'error') =>
    problems.push({ start: node.offset, end: node.offset + node.length, message, severity });
  if (root.type !== 'object') {
    problem(root, 'The dictionary must be an object with "actors" and "notActors".');
    return { dictionary: EMPTY_DICTIONARY, problems };
  }
  const dictionary: UserDictionary = { actors: [], notActors: [] };
  for (const property of root.children ?? []) {
    const key = property.children?.[0];
    if (!TOP_KEYS.has(key?.value)) problem(key ?? property, `Unknown property "${key?.value}": expected "actors" or "notActors".`, 'warning');
  }
  const actors = findNodeAtLocation(root, ['actors']);
  if (actors && actors.type !== 'array') problem(actors, '"actors" must be a list of actors.');
  for (const entry of actors?.type === 'array' ? (actors.children ?? []) : []) {
    const actor = validActor(entry, problem);
    if (actor) dictionary.actors.push(actor);
  }
  const notActors = findNodeAtLocation(root, ['notActors']);
  if (notActors && notActors.type !== 'array') problem(notActors, '"notActors" must be a list of names.');
  for (const entry of notActors?.type === 'array' ? (notActors.children ?? []) : []) {
    if (entry.type === 'string' && entry.value.trim() !== '') dictionary.notActors.push(entry.value.trim());
    else problem(entry, 'Each entry of "notActors" must be a non-empty name.');
  }
  return { dictionary, problems };
}

function validActor(entry: Node, problem: (node: Node, message: string, severity?: DictionaryProblem['severity']) => void): UserDictionary['actors'][number] | null {
  if (entry.type !== 'object') {
    problem(entry, 'An actor must be an object with "name" and "kind".');
    return null;
  }
  for (const property of entry.children ?? []) {
    const key = property.children?.[0];
    if (key && !ACTOR_KEYS.has(key.value)) problem(key, `Unknown actor property "${key.value}": expected name, kind, aliases or role.`, 'warning');
  }
  const name = findNodeAtLocation(entry, ['name']);
  const kind = findNodeAtLocation(entry, ['kind']);
  const aliases = findNodeAtLocation(entry, ['aliases']);
  const role = findNodeAtLocation(entry, ['role']);
  let valid = true;
  if (name?.type !== 'string' || name.value.trim() === '') {
    problem(name ?? entry, 'An actor needs a non-empty "name".');
    valid = false;
  }
  if (kind?.type !== 'string' || !ACTOR_KINDS.includes(kind.value)) {
    problem(kind ?? entry, '"kind" must be "person", "organization" or "place".');
    valid = false;
  }
  if (aliases && (aliases.type !== 'array' || !(aliases.children ?? []).every((a) => a.type === 'string' && a.value.trim() !== ''))) {
    problem(aliases, '"aliases" must be a list of non-empty names.');
    valid = false;
  }
  if (role && role.type !== 'string') {
    problem(role, '"role" must be a string.');
    valid = false;
  }
  if (!valid) return null;
  return {
    name: name!.value.trim(),
    kind: kind!.value as ActorKind,
    ...(aliases ? { aliases: (aliases.children ?? []).map((a) => String(a.value).trim()) } : {}),
    ...(role ? { role: String(role.value) } : {}),
  };
}

function describeParseError(error: ParseError): string {
  return printParseErrorCode(error.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

export interface DictionaryEdit {
  /** The whole file when it does not exist yet. */
  content: string;
  edits: (Span & { newText: string })[];
  refusal: string | null;
}

const FORMATTING = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } };

/**
 * The change that records an action in the dictionary text (null: no file yet). Edits are
 * minimal insertions, so comments, order and formatting of everything else stay as they are.
 */
export function dictionaryEdit(text: string | null, action: DictionaryAction): DictionaryEdit {
  const name = action.name.replace(/\s+/g, ' ').trim();
  const none = { content: '', edits: [] };
  if (name === '') return { ...none, refusal: 'The name is empty.' };
  const entry =
    action.kind === 'addActor' ? { name, kind: action.actorKind, ...(action.role ? { role: action.role } : {}) } : name;
  const listKey = action.kind === 'addActor' ? 'actors' : 'notActors';
  if (text === null || text.trim() === '') {
    const content = `${JSON.stringify({ actors: action.kind === 'addActor' ? [entry] : [], notActors: action.kind === 'notActor' ? [entry] : [] }, null, 2)}\n`;
    return { content, edits: [{ start: 0, end: text?.length ?? 0, newText: content }], refusal: null };
  }
  const parsed = parseDictionary(text);
  if (!parsed.dictionary) return { ...none, refusal: `${DICTIONARY_FILE_NAME} is not valid JSON; fix it first.` };
  const listed = action.kind === 'addActor' ? parsed.dictionary.actors.some((a) => sameName(a.name, name)) : parsed.dictionary.notActors.some((n) => sameName(n, name));
  if (listed) return { ...none, refusal: `"${name}" is already in ${DICTIONARY_FILE_NAME}.` };
  const root = parseTree(text);
  const list = root && findNodeAtLocation(root, [listKey]);
  if (list && list.type !== 'array') return { ...none, refusal: `"${listKey}" in ${DICTIONARY_FILE_NAME} is not a list; fix it first.` };
  const path = list ? [listKey, -1] : [listKey];
  const edits = modify(text, path, list ? entry : [entry], { ...FORMATTING, isArrayInsertion: Boolean(list) });
  return { content: '', edits: edits.map((e) => ({ start: e.offset, end: e.offset + e.length, newText: e.content })), refusal: null };
}

function sameName(a: string, b: string): boolean {
  return a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;
}

export interface DictionaryFileState {
  uri: string;
  text: string | null;
  problems: DictionaryProblem[];
}

/**
 * The dictionaries at the roots of the workspace folders, merged. Each file keeps its last good
 * content, so a half-typed edit does not make the server forget every declared actor.
 */
export class DictionaryStore {
  private readonly lastGood = new Map<string, UserDictionary>();
  private folders: string[] = [];

  setFolders(folders: string[]): void {
    this.folders = folders;
  }

  fileUri(folder: string): string {
    return pathToFileURL(join(folder, DICTIONARY_FILE_NAME)).toString();
  }

  /** The folder whose dictionary serves a document: the deepest folder containing it, else the first. */
  folderFor(documentUri: string): string | null {
    const containing = this.folders.filter((f) => documentUri.startsWith(`${pathToFileURL(f).toString()}/`));
    return containing.sort((a, b) => b.length - a.length)[0] ?? this.folders[0] ?? null;
  }

  /** Re-reads every dictionary file; returns each file's text and problems for diagnostics. */
  reload(): { dictionary: UserDictionary; files: DictionaryFileState[] } {
    const files: DictionaryFileState[] = [];
    for (const folder of this.folders) {
      const uri = this.fileUri(folder);
      const text = readDictionaryText(folder);
      if (text === null) {
        this.lastGood.delete(uri);
        files.push({ uri, text, problems: [] });
        continue;
      }
      const parsed = parseDictionary(text);
      if (parsed.dictionary) this.lastGood.set(uri, parsed.dictionary);
      files.push({ uri, text, problems: parsed.problems });
    }
    return { dictionary: this.merged(), files };
  }

  private merged(): UserDictionary {
    const all = [...this.lastGood.values()];
    if (all.length === 0) return EMPTY_DICTIONARY;
    return { actors: all.flatMap((d) => d.actors), notActors: all.flatMap((d) => d.notActors) };
  }
}

/** The dictionary file of a workspace folder as it is on disk; null when there is none. */
export function readDictionaryText(folder: string): string | null {
  try {
    return readFileSync(join(folder, DICTIONARY_FILE_NAME), 'utf8');
  } catch {
    return null;
  }
}
