import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Actor, ArticleModel, Claim, Mention } from '../analysis/model';
import { analyze } from '../analysis';
import { actorMentions, dayOf, entities, timeline } from './entities';
import { codeLenses } from './code-lens';
import { semanticTokens } from './semantic-tokens';

const TEXT = [
  'Jane Roe, the press secretary, spoke in Paris on Friday.', // line 1
  '“We will decide by Aug. 15,” Roe said. Officials said talks went well.', // line 2
  'Acme said nothing. “No comment,” a person familiar with the matter said. “Fine.”', // line 3
].join('\n');

function at(needle: string, nth = 0): { start: number; end: number } {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = TEXT.indexOf(needle, start + 1);
  assert.ok(start >= 0, needle);
  return { start, end: start + needle.length };
}

function mention(actorId: string, text: string, nth = 0): Mention {
  return { ...at(text, nth), text, actorId, form: 'full', possessive: false, title: null };
}

function actor(id: string, name: string, kind: Actor['kind'], mentions: Mention[], roles: string[] = []): Actor {
  return { id, name, kind, roles, aliases: [name], mentions, gender: null };
}

function claim(text: string, speaker: string | null, speakerText: string | null, anonymous = false): Claim {
  return { ...at(text), text, kind: text.startsWith('“') ? 'quote' : 'reported', speaker, speakerText, speakerSpan: speakerText ? at(speakerText) : null, anonymous, verb: 'said', partial: false };
}

const MODEL: ArticleModel = {
  documentDate: '2025-08-08',
  documentDateSource: 'setting',
  dateline: null,
  paragraphs: [{ start: 0, end: TEXT.length, sentences: [] }],
  quotations: [],
  strayQuoteMarks: [],
  actors: [
    actor('acme', 'Acme', 'organization', [mention('acme', 'Acme')]),
    actor('jane-roe', 'Jane Roe', 'person', [mention('jane-roe', 'Jane Roe'), { ...mention('jane-roe', 'Roe', 1), form: 'surname' }], ['press secretary']),
    actor('paris', 'Paris', 'place', [mention('paris', 'Paris')]),
  ],
  dates: [{ ...at('Friday'), text: 'Friday', type: 'DATE', value: '2025-08-08', resolution: 'the article date', statedWeekday: null }],
  deadlines: [{ ...at('by Aug. 15'), text: 'by Aug. 15', due: '2025-08-15', setBy: 'jane-roe', imposedOn: null, action: null, replaces: null }],
  claims: [
    claim('“We will decide by Aug. 15,”', 'jane-roe', 'Roe'),
    claim('talks went well', null, 'Officials'),
    claim('“No comment,”', null, 'a person familiar with the matter', true),
    claim('“Fine.”', null, null),
  ],
  findings: [],
};
const DOCUMENT = TextDocument.create('file:///a.article', 'article', 3, TEXT);

test('the tree groups actors by kind with mention counts and roles, and each actor expands to mentions and claims', () => {
  const tree = entities(DOCUMENT, MODEL);
  assert.deepEqual(tree.counts, { actors: 3, dates: 1, deadlines: 1, claims: 4 });
  assert.deepEqual(tree.roots.map((r) => `${r.label} (${r.description})`), ['Actors (3)', 'Dates (1)', 'Deadlines (1)', 'Claims (4)']);
  const [people, organizations, places] = tree.roots[0].children!;
  assert.deepEqual([people.label, organizations.label, places.label], ['People', 'Organizations', 'Places']);
  const jane = people.children![0];
  assert.equal(jane.label, 'Jane Roe');
  assert.equal(jane.description, '2 mentions · press secretary');
  assert.deepEqual(jane.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 8 } });
  assert.deepEqual(
    jane.children!.map((c) => [c.kind, c.label]),
    [['mention', 'Line 1'], ['mention', 'Line 2'], ['claim', '“We will decide by Aug. 15,”']],
  );
  assert.match(jane.children![1].description!, /^….*Roe said.*…$/, 'a snippet of context around the mention');
  assert.equal(organizations.children![0].description, '1 mention');
});

test('sorting orders actors by mentions, name or appearance', () => {
  const model = { ...MODEL, actors: [...MODEL.actors, actor('ann-bee', 'Ann Bee', 'person', [mention('ann-bee', 'Officials')])] };
  const people = (sort: 'mentions' | 'name' | 'appearance') => entities(DOCUMENT, model, sort).roots[0].children![0].children!.map((a) => a.label);
  assert.deepEqual(people('mentions'), ['Jane Roe', 'Ann Bee']);
  assert.deepEqual(people('name'), ['Ann Bee', 'Jane Roe']);
  assert.deepEqual(people('appearance'), ['Jane Roe', 'Ann Bee']);
});

test('claims are grouped by speaker, then unnamed speakers, Anonymous and Unattributed', () => {
  const groups = entities(DOCUMENT, MODEL).roots[3].children!;
  assert.deepEqual(
    groups.map((g) => [g.label, g.description]),
    [['Jane Roe', '1 claim'], ['Officials', '1 claim'], ['Anonymous', '1 claim'], ['Unattributed', '1 claim']],
  );
  assert.equal(groups[0].actorId, 'jane-roe');
});

test('dates show resolved values, deadlines the due date and who set it; ids are unique', () => {
  const tree = entities(DOCUMENT, MODEL);
  assert.deepEqual([tree.roots[1].children![0].label, tree.roots[1].children![0].description], ['Friday', '2025-08-08']);
  assert.equal(tree.roots[2].children![0].description, 'due 2025-08-15 · set by Jane Roe');
  const ids: string[] = [];
  const walk = (nodes: typeof tree.roots) => nodes.forEach((n) => (ids.push(n.id), walk(n.children ?? [])));
  walk(tree.roots);
  assert.equal(new Set(ids).size, ids.length);
});

test('the timeline places dates and deadlines on days, and mentions are found by actor or position', () => {
  const points = timeline(DOCUMENT, MODEL).points;
  assert.deepEqual(points.map((p) => [p.kind, p.day]), [['date', '2025-08-08'], ['deadline', '2025-08-15']]);
  assert.equal(dayOf('2025-W33', null), '2025-08-11');
  assert.equal(dayOf('2026-W07-WE', null), '2026-02-14');
  assert.equal(dayOf('2025-08', null), '2025-08-01');
  assert.equal(dayOf('PRESENT_REF', '2025-08-08'), '2025-08-08');
  assert.equal(dayOf('P50D', '2025-08-08'), null);
  assert.equal(actorMentions(DOCUMENT, MODEL, { textDocument: { uri: DOCUMENT.uri }, position: { line: 1, character: 31 } })?.ranges.length, 2);
  assert.equal(actorMentions(DOCUMENT, MODEL, { textDocument: { uri: DOCUMENT.uri }, actorId: 'paris' })?.name, 'Paris');
  assert.equal(actorMentions(DOCUMENT, MODEL, { textDocument: { uri: DOCUMENT.uri }, position: { line: 2, character: 30 } }), null);
});

test('code lenses name the actor and count mentions and quotes above the first mention', () => {
  const lenses = codeLenses(DOCUMENT, MODEL);
  const jane = lenses.find((l) => l.command?.arguments?.[1] === 'jane-roe');
  assert.equal(jane?.command?.title, 'Jane Roe: 2 mentions · 1 quote');
  assert.equal(jane?.command?.command, 'articleLens.showMentions');
  assert.equal(jane?.range.start.line, 0);
});

test('semantic tokens never overlap, never cross lines, and names inside quotations keep their type', () => {
  const text = 'He said: “Jane Roe will go\nto Paris.” Later.';
  const document = TextDocument.create('file:///b.article', 'article', 1, text);
  const model = analyze(text, {});
  const data = semanticTokens(document, { ...model, quotations: [{ start: 9, end: 37, open: 9, close: 36, contentStart: 10, contentEnd: 36, nested: false, style: 'curly', continues: null, continued: false }] }).data;
  const tokens: { line: number; character: number; length: number; type: number }[] = [];
  for (let i = 0, line = 0, character = 0; i < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    tokens.push({ line, character, length: data[i + 2], type: data[i + 3] });
  }
  const lines = text.split('\n');
  const shown = tokens.map((t) => `${lines[t.line].slice(t.character, t.character + t.length)}:${t.type}`);
  const quote = 5;
  assert.ok(shown.includes(`“:${quote}`) && shown.includes(`to :${quote}`), shown.join(' | '));
  assert.ok(shown.some((s) => s.startsWith('Paris:')), 'Paris stays a name inside the quote');
  for (let i = 1; i < tokens.length; i++) {
    const [a, b] = [tokens[i - 1], tokens[i]];
    assert.ok(b.line > a.line || b.character >= a.character + a.length, 'ordered and disjoint');
  }
});
