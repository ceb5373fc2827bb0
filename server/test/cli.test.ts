import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI_PATH } from './paths';

const dir = mkdtempSync(join(tmpdir(), 'article-lens-cli-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const run = (...args: string[]) => spawnSync(process.execPath, [CLI_PATH, ...args], { encoding: 'utf8' });

const ARTICLE = ' date 2025-08-08 BRUSSELS—German Chancellor Olaf Scholz said talks “went well," aides said.\n';

test.after(() => rmSync(dir, { recursive: true, force: true }));

test('json prints one array with one object per file, in the documented shape', () => {
  const path = file('a.article', ARTICLE);
  const result = run('annotate', path);
  assert.equal(result.status, 0, result.stderr);
  const [exported] = JSON.parse(result.stdout);
  assert.deepEqual(Object.keys(exported), ['file', 'documentDate', 'actors', 'dates', 'deadlines', 'claims', 'diagnostics']);
  assert.equal(exported.file, path);
  assert.equal(exported.documentDate, '2025-08-08');
  const scholz = exported.actors.find((a: { name: string }) => a.name === 'Olaf Scholz');
  assert.deepEqual(scholz, {
    id: 'olaf-scholz',
    name: 'Olaf Scholz',
    kind: 'person',
    role: 'German Chancellor',
    aliases: ['Olaf Scholz'],
    mentions: [{ start: ARTICLE.indexOf('Olaf'), end: ARTICLE.indexOf('Olaf') + 11, text: 'Olaf Scholz' }],
  });
  assert.deepEqual(exported.diagnostics.map((d: { code: string; severity: string }) => [d.code, d.severity]), [['mixed-quote-marks', 'information'], ['anonymous-source', 'hint']]);
  assert.deepEqual(exported.claims.map((c: { kind: string; anonymous: boolean; speakerText: string }) => [c.kind, c.anonymous, c.speakerText]).filter(([kind]: [string]) => kind === 'quote'), [['quote', true, 'aides']]);
});

test('offsets count from after a byte-order mark', () => {
  const path = file('bom.txt', `\uFEFF${ARTICLE}`);
  const [exported] = JSON.parse(run('annotate', path).stdout);
  const scholz = exported.actors.find((a: { name: string }) => a.name === 'Olaf Scholz');
  assert.equal(scholz.mentions[0].start, ARTICLE.indexOf('Olaf'));
});

test('jsonl prints one line per file; --date supplies the reference date', () => {
  const undated = file('b.txt', 'The council met on Friday.\n');
  const result = run('annotate', '--format', 'jsonl', '--date', '2025-03-14', undated, undated);
  const lines = result.stdout.trim().split('\n');
  assert.equal(lines.length, 2);
  assert.equal(JSON.parse(lines[0]).documentDate, '2025-03-14');
});

test('text prints a readable summary', () => {
  const result = run('annotate', '--format', 'text', file('c.article', ARTICLE));
  assert.match(result.stdout, /article date: 2025-08-08 \(from the dateline\)/);
  assert.match(result.stdout, /Olaf Scholz \[person\] 1 mention — German Chancellor/);
  // A speaker named by words that name no actor is shown by them, as the Entities panel groups it.
  const unresolved = run('annotate', '--format', 'text', file('d.article', 'The ministry said the talks had failed.\n'));
  assert.match(unresolved.stdout, /“The ministry” \(not resolved to an actor\)\n {4}\[reported\] the talks had failed/);
});

test('bad input gets a one-line error and a non-zero exit; the other files are still processed', () => {
  const good = file('good.txt', ARTICLE);
  const binary = file('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
  const latin1 = file('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
  const result = run('annotate', join(dir, 'missing.txt'), dir, binary, latin1, good);
  assert.equal(result.status, 1);
  assert.deepEqual(result.stderr.trim().split('\n'), [
    `article-lens: ${join(dir, 'missing.txt')}: no such file`,
    `article-lens: ${dir}: is a directory, not an article file`,
    `article-lens: ${binary}: looks like a binary file (it contains NUL bytes)`,
    `article-lens: ${latin1}: is not valid UTF-8 text`,
  ]);
  assert.deepEqual(JSON.parse(result.stdout).map((e: { file: string }) => e.file), [good]);
});

test('usage errors', () => {
  assert.equal(run().status, 2);
  assert.match(run('annotate').stderr, /no files given/);
  assert.match(run('annotate', '--format', 'xml', 'x').stderr, /--format must be one of json, jsonl, text/);
  assert.match(run('annotate', '--date', '2025-02-30', 'x').stderr, /--date must be a calendar date/);
  assert.match(run('frobnicate').stderr, /unknown command "frobnicate"/);
});
