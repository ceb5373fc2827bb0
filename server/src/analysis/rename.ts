import type { Actor, TextEdit } from './model';

/**
 * Edits that rename an actor: full-name mentions take the new name, surname-only mentions the
 * new surname and given-name mentions the new given name. Possessives stay, since a mention's
 * span ends before its ’s.
 */
export function renameEdits(actor: Actor, newName: string): TextEdit[] {
  const newWords = newName.trim().split(/\s+/);
  return actor.mentions
    // Descriptions stay as written, and so do acronyms of a longer name (EU for European Union).
    .filter((mention) => mention.form !== 'description' && (mention.form !== 'acronym' || mention.text === actor.name))
    .map((mention) => {
      const newText = mention.form === 'surname' ? newWords[newWords.length - 1] : mention.form === 'given' ? newWords[0] : newName.trim();
      return { start: mention.start, end: mention.end, newText };
    })
    .filter((edit, i, edits) => edits.findIndex((e) => e.start === edit.start) === i);
}
