// What the real-editor tests do on a sample article and what they expect, derived from the
// analysis core, so the code-server, @vscode/test-electron and Neovim tiers assert the same things.
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../src/analysis';
import type { Actor, ArticleModel, Fix, Mention, TemporalExpression } from '../src/analysis/model';
import { renameEdits } from '../src/analysis/rename';
import { applyEdits } from '../src/analysis/rules/test-support';

/** The sample both tiers open: a dateline, titled people named by surname later, a mixed-quote fix. */
export const SAMPLE = 'port-strike.txt';

export const RENAMED_TO = 'Marike Peeters-Dubois';

export interface Scenario {
  text: string;
  model: ArticleModel;
  /** 0-based line and character of a text offset. */
  positionAt(offset: number): { line: number; character: number };
  /** `article-lens` codes the Problems panel lists (it leaves out hints). */
  problemCodes: string[];
  /** A titled person named in full first and by surname later: the navigation case. */
  person: Actor;
  /** A later, shorter mention of `person`, nearest the start of its line (so a hover stays on screen). */
  laterMention: Mention;
  /** Hover text on `laterMention` must match all of these. */
  actorHover: RegExp[];
  /** A weekday resolved against the dateline. */
  weekday: TemporalExpression;
  /** The Entities panel row of `person`: its name, then "6 mentions · role". */
  entityRow: string;
  /** A date the timeline draws (a deadline's due day). */
  timelineDay: string;
  /** The quick fix for the mixed quotation marks and the text once it is applied. */
  quickFix: Fix;
  textAfterQuickFix: string;
}

export function scenarioFor(text: string, today = new Date().toISOString().slice(0, 10)): Scenario {
  const model = analyze(text, { today });
  const document = TextDocument.create('file:///scenario', 'article', 1, text);
  const person = model.actors.find((a) => a.kind === 'person' && a.roles.length > 0 && a.mentions.length >= 3 && a.mentions[0].text === a.name && a.mentions.some((m) => m.text !== a.name));
  assert.ok(person, 'the sample should have a titled person named in full, then by surname');
  const laterMention = person.mentions.filter((m) => m.text !== person.name)
    .sort((a, b) => document.positionAt(a.start).character - document.positionAt(b.start).character)[0];
  const weekday = model.dates.find((d) => /^(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/.test(d.text) && d.value);
  assert.ok(weekday, 'the sample should have a weekday resolved against the dateline');
  const due = model.deadlines.find((d) => d.due)?.due;
  assert.ok(due, 'the sample should have a deadline with a due date');
  const quickFix = model.findings.find((f) => f.code === 'mixed-quote-marks')?.fixes.find((f) => !f.documentWide);
  assert.ok(quickFix, 'the sample should have a quotation with mixed marks and a fix for it');
  const problemCodes = model.findings.filter((f) => f.severity !== 'hint').map((f) => f.code);
  assert.ok(problemCodes.length > 0, 'the sample should have a diagnostic the Problems panel lists');
  return {
    text,
    model,
    positionAt: (offset) => document.positionAt(offset),
    problemCodes,
    person,
    laterMention,
    actorHover: [new RegExp(person.name), new RegExp(`Role: ${person.roles[0]}`), new RegExp(`${person.mentions.length} mentions`)],
    weekday,
    entityRow: `${person.name}${person.mentions.length} mentions · ${person.roles[0]}`,
    timelineDay: due.slice(0, 10),
    quickFix,
    textAfterQuickFix: applyEdits(text, quickFix.edits),
  };
}

/** The text once `person` (found again in `text` by id) is renamed to RENAMED_TO, and where to start the rename. */
export function renameOf(text: string, personId: string): { at: { line: number; character: number }; mentions: number; expected: string } {
  const actor = analyze(text).actors.find((a) => a.id === personId);
  assert.ok(actor, `${personId} should still be found after the earlier edits`);
  return {
    at: TextDocument.create('file:///renamed', 'article', 1, text).positionAt(actor.mentions[0].start),
    mentions: actor.mentions.length,
    expected: applyEdits(text, renameEdits(actor, RENAMED_TO)),
  };
}
