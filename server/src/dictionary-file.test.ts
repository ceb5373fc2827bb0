import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from './analysis';
import { DictionaryStore, dictionaryEdit, parseDictionary } from './dictionary-file';

function apply(text: string, edits: { start: number; end: number; newText: string }[]): string {
  return [...edits].sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);
}

test('a valid dictionary is read, with comments allowed', () => {
  const { dictionary, problems } = parseDictionary('{\n  // ours\n  "actors": [{ "name": "Zorblat", "kind": "organization", "aliases": ["ZB"], "role": "regulator" }],\n  "notActors": ["Black Friday"]\n}');
  assert.deepEqual(problems, []);
  assert.deepEqual(dictionary, { actors: [{ name: 'Zorblat', kind: 'organization', aliases: ['ZB'], role: 'regulator' }], notActors: ['Black Friday'] });
});

test('schema errors point at the offending value and the valid entries are still used', () => {
  const text = '{ "actors": [{ "name": "Ann Bee", "kind": "robot" }, { "name": "Zorblat", "kind": "place" }], "notActors": [3], "extra": 1 }';
  const { dictionary, problems } = parseDictionary(text);
  assert.deepEqual(dictionary?.actors.map((a) => a.name), ['Zorblat']);
  assert.deepEqual(
    problems.map((p) => [text.slice(p.start, p.end), p.severity]),
    [['"extra"', 'warning'], ['"robot"', 'error'], ['3', 'error']],
  );
});

test('malformed JSON gives located errors and no dictionary, so the last good one stays', () => {
  const { dictionary, problems } = parseDictionary('{ "actors": [ { "name": "A" ');
  assert.equal(dictionary, null);
  assert.ok(problems.length > 0 && problems.every((p) => p.severity === 'error' && /Invalid JSON/.test(p.message)));
  assert.equal(parseDictionary('').dictionary, null);
  assert.ok(parseDictionary('[1]').problems.length > 0);
});

test('edits insert into the existing lists and keep comments and other content', () => {
  const text = '{\n  // keep me\n  "actors": [],\n  "notActors": ["Brexit"]\n}\n';
  const added = dictionaryEdit(text, { kind: 'addActor', name: ' Jane  Roe ', actorKind: 'person' });
  assert.equal(added.refusal, null);
  const after = apply(text, added.edits);
  assert.ok(after.includes('// keep me'));
  assert.deepEqual(parseDictionary(after).dictionary, { actors: [{ name: 'Jane Roe', kind: 'person' }], notActors: ['Brexit'] });
  const notActor = apply(after, dictionaryEdit(after, { kind: 'notActor', name: 'Black Friday' }).edits);
  assert.deepEqual(parseDictionary(notActor).dictionary?.notActors, ['Brexit', 'Black Friday']);
  assert.match(dictionaryEdit(notActor, { kind: 'notActor', name: 'brexit' }).refusal ?? '', /already/);
  assert.match(dictionaryEdit('{ "actors": [', { kind: 'notActor', name: 'X' }).refusal ?? '', /not valid JSON/);
  const created = dictionaryEdit(null, { kind: 'notActor', name: 'Brexit' });
  assert.deepEqual(JSON.parse(created.content), { actors: [], notActors: ['Brexit'] });
  const missingList = apply('{}', dictionaryEdit('{}', { kind: 'addActor', name: 'X Y', actorKind: 'place' }).edits);
  assert.deepEqual(parseDictionary(missingList).dictionary?.actors, [{ name: 'X Y', kind: 'place' }]);
});

test('the store keeps the last good dictionary while the file is broken, and the dictionary changes recognition', (t) => {
  const folder = mkdtempSync(join(tmpdir(), 'article-lens-dictionary-'));
  t.after(() => rmSync(folder, { recursive: true, force: true }));
  const store = new DictionaryStore();
  store.setFolders([folder]);
  assert.deepEqual(store.reload().dictionary, { actors: [], notActors: [] });
  writeFileSync(join(folder, '.article-lens.json'), '{ "actors": [{ "name": "Zorblat", "kind": "organization" }], "notActors": ["Acme Corp"] }');
  const good = store.reload();
  assert.deepEqual(good.files[0].problems, []);
  writeFileSync(join(folder, '.article-lens.json'), '{ "actors": [');
  const broken = store.reload();
  assert.deepEqual(broken.dictionary, good.dictionary);
  assert.ok(broken.files[0].problems.length > 0);
  assert.equal(store.folderFor(`file://${folder}/drafts/a.article`), folder);

  const text = 'Officials said the Acme Corp deal was off. Zorblat refused.';
  const names = (dictionary = good.dictionary) => analyze(text, { dictionary }).actors.map((a) => a.name);
  assert.ok(names().includes('Zorblat'));
  assert.ok(!names().includes('Acme Corp'));
  assert.ok(names({ actors: [], notActors: [] }).includes('Acme Corp'));
});
