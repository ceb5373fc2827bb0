import type { Actor, TextEdit } from './model';

/**
 * Edits that rename an actor: full-name mentions take the new name, surname-only mentions the
 * new surname and given-name mentions the new given name. Possessives stay, since a mention's
 * span ends before its ’s. Agent descriptions ("the ministry") are left as written.
 */
export function renameEdits(actor: Actor, newName: string): TextEdit[] {
  const newWords = newName.trim().split(/\s+/);
  const oldWords = actor.name.split(/\s+/);
  return actor.mentions
    .filter((mention) => mention.form !== 'description')
    .map((mention) => {
      let newText = newName.trim();
      if (mention.form === 'surname') {
        newText = mention.text === oldWords[0] && oldWords.length > 1 ? newWords[0] : newWords[newWords.length - 1];
      }
      return { start: mention.start, end: mention.end, newText };
    })
    .filter((edit, i, edits) => edits.findIndex((e) => e.start === edit.start) === i);
}
