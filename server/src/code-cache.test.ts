import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codeCacheDirectory, runWithCodeCache } from './code-cache';
import { CODE_CACHE_DIRECTORY_VARIABLE } from './server-process';

// Each start runs in a new process, as the server's do: within one, V8 reuses its own compilation
// of a script it has seen and never looks at the cache.
const START = 'ARTICLE_LENS_CODE_CACHE_TEST_START';
if (process.env[START]) {
  const { bundle, role, directory } = JSON.parse(process.env[START]) as { bundle: string; role: string; directory: string | null };
  const run = runWithCodeCache(bundle, role, directory);
  run.save();
  console.log(JSON.stringify({ exports: run.exports, fromCache: run.fromCache }));
  process.exit(0);
}

/** Starts `bundle` in a new process, saving its cache if it made one, and tells what it exported and whether it came from the cache. */
function start(bundle: string, directory: string | null, role = 'test'): { exports: Record<string, unknown>; fromCache: boolean } {
  const child = spawnSync(process.execPath, [__filename], { env: { ...process.env, [START]: JSON.stringify({ bundle, role, directory }) }, encoding: 'utf8' });
  assert.equal(child.status, 0, child.stderr);
  return JSON.parse(child.stdout);
}

/** A bundle as esbuild.mjs writes the server's: a function of what a CommonJS module gets, with a body long enough for V8 to cache. */
function bundleSource(answer: string): string {
  const padding = Array.from({ length: 200 }, (_, i) => `function f${i}(x) { return x + ${i}; }`).join('\n');
  return `(function (exports, require, module, __filename, __dirname) {${padding}\nmodule.exports = { answer: '${answer}', base: require('node:path').basename(__filename), dir: __dirname, sum: f199(1) };\n})`;
}

function withDirectories(run: (bundle: string, cache: string) => void): void {
  const root = mkdtempSync(join(tmpdir(), 'article-lens-code-cache-test-'));
  try {
    const cache = join(root, 'cache');
    run(join(root, 'bundle.js'), cache);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

test('the first start compiles and saves; the next one runs the bundle from the cache and leaves it as it was', () => {
  withDirectories((bundle, cache) => {
    writeFileSync(bundle, bundleSource('one'));
    assert.equal(codeCacheDirectoryFor(cache), cache);
    const first = start(bundle, cache);
    assert.deepEqual(first, { exports: { answer: 'one', base: 'bundle.js', dir: join(bundle, '..'), sum: 200 }, fromCache: false });
    const [saved] = readdirSync(cache);
    assert.match(saved, /^test-[0-9a-f]+\.bin$/);
    const written = statSync(join(cache, saved)).mtimeMs;

    assert.deepEqual(start(bundle, cache), { ...first, fromCache: true });
    assert.deepEqual(readdirSync(cache), [saved]);
    assert.equal(statSync(join(cache, saved)).mtimeMs, written, 'a start that used the cache has nothing new to save');
  });
});

test('a changed bundle of the same length is compiled afresh (V8 alone would take the old bytecode), and saving drops the old cache', () => {
  withDirectories((bundle, cache) => {
    codeCacheDirectoryFor(cache);
    writeFileSync(bundle, bundleSource('one'));
    start(bundle, cache);
    writeFileSync(bundle, bundleSource('two'));
    assert.deepEqual(start(bundle, cache), { exports: { answer: 'two', base: 'bundle.js', dir: join(bundle, '..'), sum: 200 }, fromCache: false });
    assert.equal(readdirSync(cache).length, 1);
    assert.equal(start(bundle, cache).fromCache, true);
    assert.equal(start(bundle, cache, 'other role').fromCache, false, 'each role has its own cache');
  });
});

test('a damaged cache is rejected, the bundle still runs, and saving replaces it', () => {
  withDirectories((bundle, cache) => {
    codeCacheDirectoryFor(cache);
    writeFileSync(bundle, bundleSource('one'));
    start(bundle, cache);
    const [saved] = readdirSync(cache);
    writeFileSync(join(cache, saved), Buffer.from('not a code cache at all'));
    const damaged = start(bundle, cache);
    assert.equal(damaged.fromCache, false);
    assert.equal(damaged.exports.sum, 200);
    assert.equal(start(bundle, cache).fromCache, true);
  });
});

test('no cache where others may write, or where none can be written; the bundle runs all the same', () => {
  withDirectories((bundle, cache) => {
    writeFileSync(bundle, bundleSource('one'));
    codeCacheDirectoryFor(cache);
    if (process.platform !== 'win32') {
      chmodSync(cache, 0o777);
      assert.equal(codeCacheDirectoryFor(cache), null);
    }
    writeFileSync(join(cache, '..', 'a file'), '');
    assert.equal(codeCacheDirectoryFor(join(cache, '..', 'a file')), null);
    assert.equal(start(bundle, null).exports.answer, 'one');
    assert.equal(start(bundle, join(cache, 'removed')).exports.answer, 'one', 'saving into a missing directory fails quietly');
  });
});

function codeCacheDirectoryFor(requested: string): string | null {
  process.env[CODE_CACHE_DIRECTORY_VARIABLE] = requested;
  try {
    return codeCacheDirectory();
  } finally {
    delete process.env[CODE_CACHE_DIRECTORY_VARIABLE];
  }
}
