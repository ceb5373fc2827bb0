import type { Actor, ActorKind, Gender, Mention, MentionForm } from '../model';
import type { UserDictionary } from '../dictionary';
import { GIVEN_NAMES } from '../lexicon/given-names';
import { ORGANIZATION_HEADS } from '../lexicon/organizations';
import { PLACES, PLACE_SHORT_FORMS } from '../lexicon/places';
import type { Candidate } from './candidates';
import { foldName, isSpellingVariant } from './variants';

/** A candidate placed in the document (absolute offsets). */
export type Occurrence = Candidate;

class ActorDraft {
  readonly mentions: Mention[] = [];
  readonly roles: string[] = [];
  /** Full written forms, as word lists, for matching later mentions. */
  readonly forms: string[][] = [];
  gender: Gender | null = null;
  id = '';

  constructor(
    public kind: ActorKind,
    words: string[],
    readonly declared = false,
  ) {
    this.forms.push(words);
  }

  get lastWord(): string {
    return this.longestForm[this.longestForm.length - 1];
  }

  get longestForm(): string[] {
    const candidates = this.kind === 'organization' ? this.forms.filter((f) => !isAcronym(f)) : this.forms;
    return (candidates.length > 0 ? candidates : this.forms).reduce((a, b) => (b.length > a.length ? b : a));
  }

  get name(): string {
    if (this.kind === 'place') {
      const written = this.longestForm.join(' ');
      return PLACE_SHORT_FORMS.get(written) ?? titleCaseIfShouted(written);
    }
    return this.longestForm.join(' ');
  }

  lastMentionBefore(offset: number): number {
    let last = -1;
    for (const mention of this.mentions) if (mention.start < offset) last = mention.start;
    return last;
  }

  add(occurrence: Occurrence, form: MentionForm): void {
    this.mentions.push({
      start: occurrence.start,
      end: occurrence.end,
      text: occurrence.text,
      actorId: '',
      form,
      possessive: occurrence.possessive,
      title: occurrence.title,
    });
    if (form === 'full' && !this.forms.some((f) => f.join(' ') === occurrence.words.join(' '))) this.forms.push(occurrence.words);
    for (const role of occurrence.roles) {
      if (!this.roles.some((r) => r.toLowerCase() === role.toLowerCase())) this.roles.push(role);
    }
    this.gender ??= occurrence.gender;
  }
}

function isAcronym(words: string[]): boolean {
  return words.length === 1 && /^(?:\p{Lu}\.?){2,}$/u.test(words[0].replace(/&/g, ''));
}

function titleCaseIfShouted(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name.replace(/\p{L}+/gu, (word) => word[0] + word.slice(1).toLowerCase());
}

/** Initials of the capitalized words: European Union → EU, North Atlantic Treaty Organization → NATO. */
function initials(words: string[]): string {
  return words
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

const acronymKey = (word: string) => word.replace(/\./g, '');

function samePerson(a: string[], b: string[]): boolean {
  if (!isSpellingVariant(a[a.length - 1], b[b.length - 1])) return false;
  if (a.length === 1 || b.length === 1) return true;
  const givenA = a[0].replace(/\.$/, '');
  const givenB = b[0].replace(/\.$/, '');
  if (givenA.length === 1 || givenB.length === 1) return givenA[0] === givenB[0];
  return isSpellingVariant(givenA, givenB) || foldName(givenA).startsWith(foldName(givenB)) || foldName(givenB).startsWith(foldName(givenA));
}

function sameOrganization(draft: ActorDraft, words: string[]): boolean {
  const folded = foldName(words.join(' '));
  return draft.forms.some((form) => {
    if (foldName(form.join(' ')) === folded) return true;
    if (isAcronym(words) && !isAcronym(form)) return initials(form) === acronymKey(words[0]);
    if (isAcronym(form) && !isAcronym(words)) return initials(words) === acronymKey(form[0]);
    return isAcronym(form) && isAcronym(words) && acronymKey(form[0]) === acronymKey(words[0]);
  });
}

function placeKey(words: string[]): string {
  const written = words.join(' ');
  return (PLACE_SHORT_FORMS.get(written) ?? titleCaseIfShouted(written)).toLowerCase();
}

/** "“We will not yield,” Varga said" / "said Varga": a bare name given a direct quote is a person. */
function isQuotedSpeaker(text: string, occurrence: Occurrence): boolean {
  const before = text.slice(Math.max(0, occurrence.start - 12), occurrence.start);
  const after = text.slice(occurrence.end, occurrence.end + 12);
  return (/[,?!—][”"]\s+$/.test(before) && /^\s+(?:said|says|added|asked|told|wrote)\b/.test(after)) || /[”"]\s+(?:said|says|added|asked)\s+$/.test(before);
}

/**
 * Groups mention candidates into actors: full names first (so a surname can find its person
 * wherever it appears), then surnames, given names, acronyms, places and agent descriptions.
 */
export function resolveActors(text: string, occurrences: readonly Occurrence[], dictionary: UserDictionary): Actor[] {
  const notActors = new Set(dictionary.notActors.map((name) => name.toLowerCase()));
  const drafts: ActorDraft[] = dictionary.actors.map((declared) => {
    const draft = new ActorDraft(declared.kind, declared.name.split(/\s+/), true);
    for (const alias of declared.aliases ?? []) draft.forms.push(alias.split(/\s+/));
    if (declared.role) draft.roles.push(declared.role);
    return draft;
  });
  const live = occurrences.filter((o) => !notActors.has(o.text.toLowerCase()) && !notActors.has(o.words.join(' ').toLowerCase()));

  const isFullName = (o: Occurrence) => o.agentNoun === null && (o.evidence === 'strong' || o.evidence === 'name') && (o.words.length >= 2 || o.kind === 'place' || (o.kind === 'organization' && o.evidence === 'strong'));
  const declaredMatch = (o: Occurrence) =>
    drafts.find((d) => d.declared && d.forms.some((f) => foldName(f.join(' ')) === foldName(o.words.join(' '))));

  for (const occurrence of live) {
    if (!isFullName(occurrence) && !declaredMatch(occurrence)) continue;
    const draft = declaredMatch(occurrence) ?? findFullMatch(drafts, occurrence) ?? newDraft(drafts, occurrence);
    if (draft) draft.add(occurrence, isAcronym(occurrence.words) ? 'acronym' : 'full');
  }

  for (const occurrence of live) {
    if (isFullName(occurrence) || declaredMatch(occurrence)) continue;
    if (occurrence.agentNoun !== null) {
      const institution = latestBefore(
        drafts.filter((d) => d.kind === 'organization' && d.longestForm.some((w) => w.toLowerCase() === occurrence.agentNoun)),
        occurrence.start,
      );
      institution?.add(occurrence, 'description');
      continue;
    }
    const draft = findShortMatch(drafts, occurrence) ?? newShortDraft(drafts, text, occurrence);
    draft?.add(occurrence, shortForm(draft, occurrence));
  }

  return finish(drafts.filter((d) => d.mentions.length > 0));
}

function shortForm(draft: ActorDraft, occurrence: Occurrence): MentionForm {
  if (isAcronym(occurrence.words)) return 'acronym';
  if (draft.kind !== 'person' || occurrence.words.length > 1) return 'full';
  const word = occurrence.words[0];
  return draft.forms.some((f) => f.length >= 2 && f[0] === word) && !draft.forms.some((f) => isSpellingVariant(f[f.length - 1], word)) ? 'given' : 'surname';
}

function findFullMatch(drafts: ActorDraft[], occurrence: Occurrence): ActorDraft | undefined {
  const kind = occurrence.kind;
  if (kind === 'person' || (kind === null && occurrence.words.length >= 2)) {
    const people = drafts.filter((d) => d.kind === 'person');
    // The same full name (or a variant of it), else a person so far known by surname only.
    return (
      people.find((d) => d.forms.some((f) => f.length >= 2 && samePerson(f, occurrence.words))) ??
      people.find((d) => d.forms.every((f) => f.length === 1) && isSpellingVariant(d.lastWord, occurrence.words[occurrence.words.length - 1]))
    );
  }
  if (kind === 'place') return drafts.find((d) => d.kind === 'place' && placeKey(d.forms[0]) === placeKey(occurrence.words));
  return drafts.find((d) => d.kind === 'organization' && sameOrganization(d, occurrence.words));
}

function newDraft(drafts: ActorDraft[], occurrence: Occurrence): ActorDraft {
  const draft = new ActorDraft(occurrence.kind ?? 'person', occurrence.words);
  drafts.push(draft);
  return draft;
}

function latestBefore(candidates: ActorDraft[], offset: number): ActorDraft | undefined {
  let best: ActorDraft | undefined;
  let bestAt = -Infinity;
  for (const draft of candidates) {
    const at = draft.lastMentionBefore(offset);
    // Prefer the latest mention before; an actor only mentioned later still beats none.
    const score = at >= 0 ? at : -1 - (draft.mentions[0]?.start ?? 0);
    if (score > bestAt) {
      best = draft;
      bestAt = score;
    }
  }
  return best;
}

/** A surname, a given name, a short organization name or an acronym that refers to a known actor. */
function findShortMatch(drafts: ActorDraft[], occurrence: Occurrence): ActorDraft | undefined {
  const words = occurrence.words;
  const word = words[words.length - 1];
  if (occurrence.kind === 'place') return drafts.find((d) => d.kind === 'place' && placeKey(d.forms[0]) === placeKey(words));
  if (words.length >= 2) {
    return drafts.find((d) => d.forms.some((f) => foldName(f.join(' ')) === foldName(words.join(' '))));
  }
  const bySurname = drafts.filter((d) => d.kind === 'person' && d.forms.some((f) => isSpellingVariant(f[f.length - 1], word)));
  if (bySurname.length > 0) return latestBefore(bySurname, occurrence.start);
  if (GIVEN_NAMES.has(word)) {
    const byGivenName = drafts.filter((d) => d.kind === 'person' && d.forms.some((f) => f.length >= 2 && f[0] === word));
    if (byGivenName.length === 1) return byGivenName[0];
  }
  return drafts.find(
    (d) =>
      d.kind === 'organization' &&
      (sameOrganization(d, words) || d.forms.some((f) => f.length >= 2 && f[0] === word && f.slice(1).every((w) => ORGANIZATION_HEADS.has(w)))),
  );
}

/** A single word with enough evidence of its own to be a new actor. */
function newShortDraft(drafts: ActorDraft[], text: string, occurrence: Occurrence): ActorDraft | undefined {
  if (occurrence.evidence === 'weak') return undefined;
  const word = occurrence.words.join(' ');
  if (occurrence.kind === 'place' || PLACES.has(word)) return newDraft(drafts, { ...occurrence, kind: 'place' });
  if (occurrence.evidence === 'strong') return newDraft(drafts, occurrence);
  // A bare capitalized name: a person when it is given a quote or a personal title, else an institution or company.
  const kind: ActorKind = occurrence.kind ?? (isQuotedSpeaker(text, occurrence) ? 'person' : 'organization');
  return newDraft(drafts, { ...occurrence, kind });
}

function slug(name: string): string {
  return (
    name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'actor'
  );
}

function finish(drafts: ActorDraft[]): Actor[] {
  const used = new Set<string>();
  return drafts
    .map((draft) => {
      draft.mentions.sort((a, b) => a.start - b.start);
      return draft;
    })
    .sort((a, b) => a.mentions[0].start - b.mentions[0].start)
    .map((draft) => {
      let id = slug(draft.name);
      for (let n = 2; used.has(id); n++) id = `${slug(draft.name)}-${n}`;
      used.add(id);
      const mentions = draft.mentions.map((m) => ({ ...m, actorId: id }));
      const aliases = [...new Set(mentions.filter((m) => m.form !== 'description').map((m) => m.text))];
      return { id, name: draft.name, kind: draft.kind, roles: draft.roles, aliases, mentions, gender: draft.gender };
    });
}
