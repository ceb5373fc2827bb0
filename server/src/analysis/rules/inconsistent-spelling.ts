import type { Actor, Mention } from '../model';
import { isSpellingVariant } from '../actors/variants';
import type { Rule, RuleFinding } from './rule';
import { memoizeByString } from '../memo';

const lastWord = memoizeByString((text) => {
  const words = text.split(/\s+/);
  return words[words.length - 1];
});

/** The word of a written name that carries the spelling: a person's surname, else the whole name. */
function spelledIn(actor: Actor, written: string): string {
  return actor.kind === 'person' ? lastWord(written) : written;
}

const spelledWord = (actor: Actor, mention: Mention) => spelledIn(actor, mention.text);

// A spelling the text declares ("whose name appears as Said al-Harthi") is not the article's own.
const isSpelled = (mention: Mention) => (mention.form === 'full' || mention.form === 'surname') && !mention.declaredAlias;

/** Whether the actor's spelled mentions are written more than one way: most actors' are not, and this answers without building lists. */
function hasTwoSpellings(actor: Actor): boolean {
  let first: string | null = null;
  // Mentions mostly repeat the text before them, whose spelling is known (a memo lookup costs more than reading the text again).
  let text: string | null = null;
  for (const mention of actor.mentions) {
    if (!isSpelled(mention) || mention.text === text) continue;
    text = mention.text;
    const spelled = spelledWord(actor, mention);
    if (first === null) first = spelled;
    else if (spelled !== first) return true;
  }
  return false;
}

function findingsFor(actor: Actor): RuleFinding[] {
  // Spellings come from mention texts, which the aliases list once each: an actor whose aliases
  // all spell it one way ("Ana Ruiz", "Ruiz") has one, and its mentions need no reading.
  const aliases = actor.aliases;
  const firstSpelling = spelledIn(actor, aliases[0]);
  if (aliases.every((alias) => spelledIn(actor, alias) === firstSpelling) || !hasTwoSpellings(actor)) return [];
  const mentions = actor.mentions.filter(isSpelled);
  const spelledOf = mentions.map((m) => spelledWord(actor, m));
  const spellings = [...new Set(spelledOf)];
  const variants = spellingVariants(spellings);
  if (variants.length < 2) return [];
  const counts = new Map(variants.map((v) => [v, spelledOf.filter((spelled) => spelled === v).length]));
  const described = variants.map((v) => `“${v}” (${counts.get(v)})`).join(', ');
  // One finding per spelling, at its first use: the fixes rewrite every mention, so repeating
  // them on each mention would grow with the square of the mentions.
  const firstUses = variants.map((v) => mentions[spelledOf.indexOf(v)]);
  // Each spelling's fix is built once and shared by the findings that offer it: a structured
  // clone to the language server's main thread then copies its edits once, not once per finding.
  const fixTo = new Map(variants.map((v) => [v, {
    title: `Spell it “${v}” everywhere`,
    edits: mentions.flatMap((m, k) => (spelledOf[k] !== v && variants.includes(spelledOf[k]) ? [{ start: m.end - spelledOf[k].length, end: m.end, newText: v }] : [])),
  }]));
  return firstUses.map((mention) => {
    const written = spelledWord(actor, mention);
    const at = mention.end - written.length;
    return {
      start: at,
      end: mention.end,
      message: `${actor.name} is spelled in several ways in this article: ${described}.`,
      fixes: variants.filter((v) => v !== written).map((v) => fixTo.get(v)!),
    };
  });
}

/**
 * The spellings (all different) that are a variant of another (Gaddafi / Qaddafi, Kyiv / Kiev:
 * one name written two ways, not a surname beside a full name), in their order. Each pair is
 * compared once: being a spelling variant is symmetric.
 */
function spellingVariants(spellings: readonly string[]): string[] {
  const words = spellings.map((spelling) => spelling.split(/\s+/));
  const isVariant = spellings.map(() => false);
  for (let i = 0; i < spellings.length; i++) {
    for (let j = i + 1; j < spellings.length; j++) {
      if ((isVariant[i] && isVariant[j]) || words[i].length !== words[j].length) continue;
      if (words[i].every((word, k) => isSpellingVariant(word, words[j][k]))) isVariant[i] = isVariant[j] = true;
    }
  }
  return spellings.filter((_, i) => isVariant[i]);
}

export const inconsistentSpelling: Rule = {
  id: 'inconsistent-spelling',
  defaultSeverity: 'warning',
  description: 'One actor spelled in several ways in a document (Gaddafi / Qaddafi).',
  check({ model }) {
    const findings: RuleFinding[] = [];
    // Most actors are written under one alias, and need no closer look.
    for (const actor of model.actors) if (actor.aliases.length >= 2) findings.push(...findingsFor(actor));
    return findings;
  },
};
