// The custom requests and notifications between the Article Lens client and server: the one
// module both sides import, so a view never re-analyses text and both ends agree on shapes.
import { NotificationType, RequestType, type Position, type Range, type TextDocumentIdentifier } from 'vscode-languageserver-protocol';
import type { ActorKind } from './analysis/model';

export type EntitySort = 'mentions' | 'name' | 'appearance';

export type EntityNodeKind = 'group' | 'actor' | 'mention' | 'date' | 'deadline' | 'claim' | 'speaker';

/** One node of the Entities tree, already shaped for display. */
export interface EntityNode {
  /** Unique within one answer and stable across edits that keep the node (selection survives refreshes). */
  id: string;
  kind: EntityNodeKind;
  label: string;
  description?: string;
  tooltip?: string;
  /** Where clicking the node goes. */
  range?: Range;
  /** For actor nodes and their mentions: what the context menu acts on. */
  actorId?: string;
  actorKind?: ActorKind;
  children?: EntityNode[];
}

export interface EntityCounts {
  actors: number;
  dates: number;
  deadlines: number;
  claims: number;
}

export interface EntitiesParams {
  textDocument: TextDocumentIdentifier;
  sort?: EntitySort;
}

export interface EntitiesResult {
  uri: string;
  version: number;
  documentDate: string | null;
  counts: EntityCounts;
  roots: EntityNode[];
}

/** The Entities tree of one open article; null when the server does not have the document. */
export const EntitiesRequest = new RequestType<EntitiesParams, EntitiesResult | null, void>('articleLens/entities');

export interface TimelinePoint {
  kind: 'date' | 'deadline';
  /** The words in the article. */
  text: string;
  /** ISO day the point sits on (start of a week, month or year); null when it has no place on the axis. */
  day: string | null;
  /** The TIMEX3 value or due value as analysed. */
  value: string | null;
  /** One line for the tooltip: how it resolved, who set the deadline. */
  detail: string;
  range: Range;
}

export interface TimelineResult {
  uri: string;
  documentDate: string | null;
  points: TimelinePoint[];
}

export const TimelineRequest = new RequestType<{ textDocument: TextDocumentIdentifier }, TimelineResult | null, void>('articleLens/timeline');

export interface MentionsParams {
  textDocument: TextDocumentIdentifier;
  /** The actor under this position, unless actorId names one. */
  position?: Position;
  actorId?: string;
}

export interface MentionsResult {
  actorId: string;
  name: string;
  kind: ActorKind;
  /** In document order. */
  ranges: Range[];
}

/** Every mention of one actor, for next/previous mention and "show all mentions". */
export const MentionsRequest = new RequestType<MentionsParams, MentionsResult | null, void>('articleLens/mentions');

export type ExportFormat = 'json' | 'jsonl' | 'csv' | 'ann';

export interface ExportParams {
  /** Open documents are exported as they are in the editor; others are read from disk. */
  uris: string[];
  format: ExportFormat;
}

export interface ExportResult {
  /** The one file for json, jsonl and csv. */
  content: string;
  /** brat standoff: one .ann per article. */
  perArticle: { uri: string; content: string }[];
  exported: number;
  /** Files that could not be read, with the reason. */
  failures: { uri: string; reason: string }[];
}

/** The annotations of articles in the CLI's export format, rendered as one file's content. */
export const ExportRequest = new RequestType<ExportParams, ExportResult, void>('articleLens/export');

export type DictionaryAction =
  | { kind: 'addActor'; name: string; actorKind: ActorKind; role?: string }
  | { kind: 'notActor'; name: string };

export interface DictionaryEditParams {
  /** The article the action starts from: its workspace folder holds the dictionary. */
  textDocument: TextDocumentIdentifier;
  action: DictionaryAction;
}

export interface DictionaryEditResult {
  /** The `.article-lens.json` to write. */
  uri: string;
  /** Whether the file exists already (then `edits` change it in place) or must be created with `content`. */
  exists: boolean;
  content: string;
  edits: { range: Range; newText: string }[];
  /** Set when nothing can be written (a malformed dictionary, a name already listed). */
  refusal: string | null;
}

/** What to write to the workspace dictionary; the client writes it so the user can undo it. */
export const DictionaryEditRequest = new RequestType<DictionaryEditParams, DictionaryEditResult, void>('articleLens/dictionaryEdit');

/** Sent after the server analysed a new version of a document (or re-analysed it for new settings or a new dictionary). */
export const AnalyzedNotification = new NotificationType<{ uri: string; version: number }>('articleLens/analyzed');

export const DICTIONARY_FILE_NAME = '.article-lens.json';

/** The semantic token types the server reports, in legend order. */
export const SEMANTIC_TOKEN_TYPES = ['person', 'organization', 'place', 'date', 'deadline', 'quote', 'speaker'] as const;
export type SemanticTokenType = (typeof SEMANTIC_TOKEN_TYPES)[number];
