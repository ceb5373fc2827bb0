import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analysedPart, DEFAULT_MAX_FILE_SIZE_MB, LargeFileNotices, looksBinary, REDUCED_ANALYSIS_LENGTH } from './large-file';
import { parseSettings } from './settings';
import { PROJECT_ROOT } from '../test/paths';

const paragraph = 'The ministry said on Friday that talks would resume. “We are not done,” she said.\n\n';

test('a file within the limit is analysed whole; one over it only up to a paragraph break near the reduced length', () => {
  const small = paragraph.repeat(100);
  assert.equal(analysedPart(small, 5), small);
  const big = paragraph.repeat(Math.ceil(6_000_000 / paragraph.length));
  const part = analysedPart(big, 5);
  assert.ok(part.length <= REDUCED_ANALYSIS_LENGTH && part.length > REDUCED_ANALYSIS_LENGTH / 2);
  assert.ok(big.startsWith(part));
  assert.ok(part.endsWith('she said.'), 'ends at the end of a paragraph');
});

test('the reduced part falls back to a line or word break, and never splits a surrogate pair', () => {
  assert.ok(analysedPart('word '.repeat(30_000), 0.1).endsWith('word'));
  const emoji = '😀'.repeat(100_000);
  const part = analysedPart(emoji, 0.1);
  assert.equal(part.length % 2, 0);
  assert.ok(emoji.startsWith(part));
});

test('a NUL among the first characters marks a binary file, which is not analysed', () => {
  assert.equal(looksBinary('PK\u0003\u0004\u0000\u0000 rest'), true);
  assert.equal(looksBinary('plain text'), false);
  assert.equal(looksBinary(`${'a'.repeat(10_000)}\u0000`), false, 'only the beginning is probed');
  assert.equal(analysedPart('\u0000\u0001binary', 5), '');
});

test('the notice comes once per document, for a binary file or a file over the limit, naming the file', () => {
  const notices = new LargeFileNotices();
  const big = 'x '.repeat(600_000);
  assert.equal(notices.noticeFor('file:///a/small.txt', 'short', 1), null);
  const first = notices.noticeFor('file:///a/big%20file.txt', big, 1);
  assert.match(first ?? '', /big file\.txt is 1\.2 MB, over articleLens\.maxFileSize \(1 MB\), so only its first [\d,]+ characters are analysed/);
  assert.equal(notices.noticeFor('file:///a/big%20file.txt', big, 1), null, 'once');
  assert.match(notices.noticeFor('file:///a/%E0%A4%A.bin', '\u0000', 1) ?? '', /%E0%A4%A\.bin looks like a binary file/, 'a malformed URI is named as written');
});

test('articleLens.maxFileSize: a positive number of megabytes, anything else falls back with a message', () => {
  assert.equal(parseSettings({}).settings.maxFileSize, 5);
  assert.equal(parseSettings({ maxFileSize: 0.5 }).settings.maxFileSize, 0.5);
  for (const bad of [0, -1, '5', null, Number.NaN]) {
    const { settings, problems } = parseSettings({ maxFileSize: bad });
    assert.equal(settings.maxFileSize, 5, String(bad));
    assert.match(problems.join(), /maxFileSize must be a number of megabytes above 0/);
  }
});

test('the manifest declares maxFileSize with the server default, and support for untrusted workspaces', () => {
  const manifest = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8'));
  assert.equal(manifest.contributes.configuration.properties['articleLens.maxFileSize'].default, DEFAULT_MAX_FILE_SIZE_MB);
  assert.match(manifest.contributes.configuration.properties['articleLens.maxFileSize'].markdownDescription, new RegExp(REDUCED_ANALYSIS_LENGTH.toLocaleString('en-US')));
  assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
});
