// Shapes an article model into the data of the Entities tree and the timeline: plain data, so
// the client only maps it to TreeItems and SVG, and the shaping is testable without VS Code.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Actor, ActorKind, ArticleModel, Claim, Deadline, TemporalExpression } from '../analysis/model';
import { actorById, mentionAt } from '../analysis/query';
import { lineNumberAt, toOffset, toRange } from '../positions';
import type { EntitiesResult, EntityNode, EntitySort, MentionsParams, MentionsResult, TimelinePoint, TimelineResult } from '../protocol';

const KIND_GROUPS: { kind: ActorKind; label: string }[] = [
  { kind: 'person', label: 'People' },
  { kind: 'organization', label: 'Organizations' },
  { kind: 'place', label: 'Places' },
];

const SNIPPET_CONTEXT = 32;
const LABEL_LENGTH = 60;

export function entities(document: TextDocument, model: ArticleModel, sort: EntitySort = 'mentions'): EntitiesResult {
  const claimsBySpeaker = new Map<string, Claim[]>();
  for (const claim of model.claims) {
    if (claim.speaker === null) continue;
    const list = claimsBySpeaker.get(claim.speaker) ?? [];
    list.push(claim);
    claimsBySpeaker.set(claim.speaker, list);
  }
  const actorNode = (actor: Actor): EntityNode => ({
    id: `actor:${actor.id}`,
    kind: 'actor',
    label: actor.name,
    description: [plural(actor.mentions.length, 'mention'), actor.roles[0]].filter(Boolean).join(' · '),
    tooltip: actorTooltip(actor),
    range: actor.mentions[0] && toRange(document, actor.mentions[0]),
    actorId: actor.id,
    actorKind: actor.kind,
    children: [
      ...actor.mentions.map((mention, index) => ({
        id: `actor:${actor.id}/mention:${index}`,
        kind: 'mention' as const,
        label: `Line ${lineNumberAt(document, mention.start)}`,
        description: snippet(model, document.getText(), mention),
        range: toRange(document, mention),
        actorId: actor.id,
        actorKind: actor.kind,
      })),
      ...(claimsBySpeaker.get(actor.id) ?? []).map((claim) => claimNode(document, model, claim, `actor:${actor.id}/`)),
    ],
  });

  const actorGroups = KIND_GROUPS.map(({ kind, label }) => {
    const members = sortActors(
      model.actors.filter((a) => a.kind === kind),
      sort,
    );
    return { id: `actors/${kind}`, kind: 'group' as const, label, description: String(members.length), children: members.map(actorNode) };
  }).filter((group) => group.children.length > 0);

  const roots: EntityNode[] = [
    group('actors', 'Actors', model.actors.length, actorGroups),
    group('dates', 'Dates', model.dates.length, model.dates.map((date, index) => dateNode(document, date, index))),
    group('deadlines', 'Deadlines', model.deadlines.length, model.deadlines.map((deadline, index) => deadlineNode(document, model, deadline, index))),
    group('claims', 'Claims', model.claims.length, claimGroups(document, model, sort)),
  ];
  return {
    uri: document.uri,
    version: document.version,
    documentDate: model.documentDate,
    counts: { actors: model.actors.length, dates: model.dates.length, deadlines: model.deadlines.length, claims: model.claims.length },
    roots,
  };
}

function group(id: string, label: string, count: number, children: EntityNode[]): EntityNode {
  return { id, kind: 'group', label, description: String(count), children };
}

function sortActors(actors: Actor[], sort: EntitySort): Actor[] {
  const firstOffset = (a: Actor) => a.mentions[0]?.start ?? Infinity;
  const byAppearance = (a: Actor, b: Actor) => firstOffset(a) - firstOffset(b);
  const compare: Record<EntitySort, (a: Actor, b: Actor) => number> = {
    mentions: (a, b) => b.mentions.length - a.mentions.length || byAppearance(a, b),
    name: (a, b) => a.name.localeCompare(b.name) || byAppearance(a, b),
    appearance: byAppearance,
  };
  return [...actors].sort(compare[sort]);
}

function actorTooltip(actor: Actor): string {
  const lines = [`${actor.name} (${actor.kind})`];
  if (actor.roles.length > 0) lines.push(`Roles: ${actor.roles.join(', ')}`);
  const otherNames = actor.aliases.filter((alias) => alias !== actor.name);
  if (otherNames.length > 0) lines.push(`Also: ${otherNames.join(', ')}`);
  return lines.join('\n');
}

function dateNode(document: TextDocument, date: TemporalExpression, index: number): EntityNode {
  return {
    id: `date:${index}`,
    kind: 'date',
    label: date.text,
    description: date.value ?? 'unresolved',
    tooltip: date.resolution,
    range: toRange(document, date),
  };
}

function deadlineNode(document: TextDocument, model: ArticleModel, deadline: Deadline, index: number): EntityNode {
  const setter = actorById(model, deadline.setBy)?.name;
  const details = [deadline.due ? `due ${deadline.due}` : 'no due date', setter && `set by ${setter}`].filter(Boolean);
  return {
    id: `deadline:${index}`,
    kind: 'deadline',
    label: shorten(deadline.action ?? deadline.text),
    description: details.join(' · '),
    tooltip: deadline.text,
    range: toRange(document, deadline),
  };
}

/** Claims grouped by speaker: named actors by their number of claims, then unnamed speakers, "Anonymous" and "Unattributed". */
function claimGroups(document: TextDocument, model: ArticleModel, sort: EntitySort): EntityNode[] {
  const groups = new Map<string, { label: string; actor?: Actor; claims: Claim[] }>();
  for (const claim of model.claims) {
    const actor = actorById(model, claim.speaker);
    const key = actor ? `actor:${actor.id}` : claim.anonymous ? 'anonymous' : claim.speakerText ? `text:${claim.speakerText.toLowerCase()}` : 'unattributed';
    const label = actor?.name ?? (claim.anonymous ? 'Anonymous' : claim.speakerText ?? 'Unattributed');
    const entry = groups.get(key) ?? { label, actor, claims: [] };
    entry.claims.push(claim);
    groups.set(key, entry);
  }
  const rank = (key: string) => (key === 'unattributed' ? 3 : key === 'anonymous' ? 2 : key.startsWith('text:') ? 1 : 0);
  const ordered = [...groups.entries()].sort(
    ([keyA, a], [keyB, b]) =>
      rank(keyA) - rank(keyB) ||
      (sort === 'name' ? a.label.localeCompare(b.label) : sort === 'appearance' ? a.claims[0].start - b.claims[0].start : b.claims.length - a.claims.length) ||
      a.claims[0].start - b.claims[0].start,
  );
  return ordered.map(([key, entry]) => ({
    id: `claims/${key}`,
    kind: 'speaker',
    label: entry.label,
    description: plural(entry.claims.length, 'claim'),
    actorId: entry.actor?.id,
    actorKind: entry.actor?.kind,
    children: entry.claims.map((claim) => claimNode(document, model, claim, `claims/${key}/`)),
  }));
}

function claimNode(document: TextDocument, model: ArticleModel, claim: Claim, idPrefix: string): EntityNode {
  const how = [claim.kind === 'quote' ? (claim.partial ? 'partial quote' : 'quote') : 'reported', claim.verb].filter(Boolean).join(' · ');
  return {
    id: `${idPrefix}claim:${model.claims.indexOf(claim)}`,
    kind: 'claim',
    label: shorten(claim.text),
    description: how,
    tooltip: claim.speakerText ? `${claim.text}\n— ${claim.speakerText}` : claim.text,
    range: toRange(document, claim),
  };
}

/** The mention with some words either side, on one line, cut at word boundaries. */
function snippet(model: ArticleModel, text: string, span: { start: number; end: number }): string {
  const paragraph = model.paragraphs.find((p) => p.start <= span.start && span.end <= p.end) ?? { start: 0, end: text.length };
  let from = Math.max(paragraph.start, span.start - SNIPPET_CONTEXT);
  let to = Math.min(paragraph.end, span.end + SNIPPET_CONTEXT);
  if (from > paragraph.start) from = wordBoundaryAfter(text, from, span.start);
  if (to < paragraph.end) to = wordBoundaryBefore(text, to, span.end);
  const body = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > paragraph.start ? '…' : ''}${body}${to < paragraph.end ? '…' : ''}`;
}

function wordBoundaryAfter(text: string, from: number, limit: number): number {
  const space = text.indexOf(' ', from);
  return space >= 0 && space < limit ? space + 1 : from;
}

function wordBoundaryBefore(text: string, to: number, limit: number): number {
  const space = text.lastIndexOf(' ', to);
  return space > limit ? space : to;
}

/** Cuts long labels at a word boundary, never inside a surrogate pair. */
function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= LABEL_LENGTH) return flat;
  let cut = flat.lastIndexOf(' ', LABEL_LENGTH);
  if (cut < LABEL_LENGTH / 2) cut = LABEL_LENGTH;
  if (/[\uD800-\uDBFF]/.test(flat[cut - 1])) cut--;
  return `${flat.slice(0, cut)}…`;
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

export function timeline(document: TextDocument, model: ArticleModel): TimelineResult {
  const points: TimelinePoint[] = [
    ...model.dates.map((date) => ({
      kind: 'date' as const,
      text: date.text,
      day: dayOf(date.value, model.documentDate),
      value: date.value,
      detail: date.resolution,
      range: toRange(document, date),
    })),
    ...model.deadlines.map((deadline) => {
      const setter = actorById(model, deadline.setBy)?.name;
      return {
        kind: 'deadline' as const,
        text: deadline.action ?? deadline.text,
        day: dayOf(deadline.due, model.documentDate),
        value: deadline.due,
        detail: [deadline.due ? `due ${deadline.due}` : 'no due date', setter && `set by ${setter}`].filter(Boolean).join(' · '),
        range: toRange(document, deadline),
      };
    }),
  ];
  return { uri: document.uri, documentDate: model.documentDate, points };
}

/**
 * The calendar day a TIMEX3 value sits on: the day itself, the first day of a month, year or
 * ISO week (a week's weekend its Saturday), the article date for PRESENT_REF; null for durations, sets and unknown years.
 */
export function dayOf(value: string | null, documentDate: string | null): string | null {
  if (value === null) return null;
  if (value === 'PRESENT_REF') return documentDate;
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (day) return `${day[1]}-${day[2]}-${day[3]}`;
  const week = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value);
  if (week) return isoWeekDay(Number(week[1]), Number(week[2]), week[3] ? SATURDAY : MONDAY);
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) return `${month[1]}-${month[2]}-01`;
  const year = /^(\d{4})$/.exec(value);
  if (year) return `${year[1]}-01-01`;
  return null;
}

// Days after an ISO week's Monday: a week sits on its Monday, its weekend ("2026-W07-WE") on its Saturday.
const MONDAY = 0;
const SATURDAY = 5;

function isoWeekDay(year: number, week: number, daysAfterMonday: number): string {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const mondayOfWeek1 = jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000;
  return new Date(mondayOfWeek1 + ((week - 1) * 7 + daysAfterMonday) * 86_400_000).toISOString().slice(0, 10);
}

/** Every mention of the actor named by id, or of the actor under the position. */
export function actorMentions(document: TextDocument, model: ArticleModel, params: MentionsParams): MentionsResult | null {
  const actor = params.actorId !== undefined ? actorById(model, params.actorId) : params.position && mentionAt(model, toOffset(document, params.position))?.actor;
  if (!actor) return null;
  return { actorId: actor.id, name: actor.name, kind: actor.kind, ranges: actor.mentions.map((mention) => toRange(document, mention)) };
}
