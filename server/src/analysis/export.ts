import type { ArticleModel } from './model';

/** The stable export format (see README): what the CLI prints and the editor exports. */
export interface ArticleExport {
  file: string;
  documentDate: string | null;
  actors: {
    id: string;
    name: string;
    kind: string;
    role: string | null;
    aliases: string[];
    mentions: { start: number; end: number; text: string }[];
  }[];
  dates: { start: number; end: number; text: string; type: string; value: string | null }[];
  deadlines: { start: number; end: number; text: string; due: string | null; setBy: string | null }[];
  claims: {
    start: number;
    end: number;
    text: string;
    kind: string;
    speaker: string | null;
    speakerText: string | null;
    anonymous: boolean;
  }[];
  diagnostics: { start: number; end: number; code: string; severity: string; message: string }[];
}

export function toExport(file: string, model: ArticleModel): ArticleExport {
  return {
    file,
    documentDate: model.documentDate,
    actors: model.actors.map((actor) => ({
      id: actor.id,
      name: actor.name,
      kind: actor.kind,
      role: actor.roles[0] ?? null,
      aliases: actor.aliases,
      mentions: actor.mentions.map(({ start, end, text }) => ({ start, end, text })),
    })),
    dates: model.dates.map(({ start, end, text, type, value }) => ({ start, end, text, type, value })),
    deadlines: model.deadlines.map(({ start, end, text, due, setBy }) => ({ start, end, text, due, setBy })),
    claims: model.claims.map(({ start, end, text, kind, speaker, speakerText, anonymous }) => ({
      start,
      end,
      text,
      kind,
      speaker,
      speakerText,
      anonymous,
    })),
    diagnostics: model.findings.map(({ start, end, code, severity, message }) => ({ start, end, code, severity, message })),
  };
}
