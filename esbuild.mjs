// Bundles the extension client, the language server and the CLI into dist/.
//   --production  minified, no source maps (what `npm run package` ships)
//   --watch       rebuild on change
//   --dev-tools   also bundles the tests (out/test/**), the eval and bench scripts and the
//                 real-editor scripts (out/*.js)
import * as esbuild from 'esbuild';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const flags = new Set(process.argv.slice(2));
const production = flags.has('--production');

/**
 * Writes every bundle as ASCII. V8 keeps a script's text while its functions live, in one byte
 * per character if all of it is ASCII and in two otherwise; esbuild escapes non-ASCII characters
 * in strings but leaves regular expression literals as written (’, “, —), so each copy of the
 * 1.5 MB server bundle took 3 MB, one in the main thread and one in the analysis worker (~2–3 MB
 * of the server's resident memory, measured). A \uXXXX escape means the same character in a
 * regular expression, in a string and in the String.raw text given to new RegExp, and is plain
 * text in a comment. Line and paragraph separators stay as they are: in a comment they end it.
 * Columns on the few lines with such characters shift a little in the source maps.
 */
const asciiOutput = {
  name: 'ascii-output',
  setup(build) {
    build.onEnd((result) => {
      for (const file of Object.keys(result.metafile?.outputs ?? {})) {
        if (!file.endsWith('.js')) continue;
        const text = readFileSync(file, 'utf8');
        if (!NON_ASCII.test(text)) continue;
        // An escaped character (\’) is the character itself: its backslash goes with it.
        writeFileSync(file, text.replace(ESCAPABLE, (_, backslashes, ch) => backslashes.slice(backslashes.length % 2) + `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`));
      }
    });
  },
};
const NON_ASCII = /[^\x00-\x7f\u2028\u2029]/;
const ESCAPABLE = /(\\*)([^\x00-\x7f\u2028\u2029])/g;

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // Node 20 reads \p{…} in expressions; left to itself esbuild rewrites each such literal into a
  // `new RegExp(…)` made again on every call (evanw/esbuild#3471), in hot loops of the analysis.
  supported: { 'regexp-unicode-property-escapes': true },
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  external: ['vscode'],
  logLevel: 'warning',
  metafile: true,
  plugins: [asciiOutput],
};

const app = {
  ...common,
  entryPoints: {
    extension: 'client/src/extension.ts',
    server: 'server/src/server.ts',
    cli: 'server/src/cli.ts',
  },
  outdir: 'dist',
};

// The server's bundles are run by dist/server.js through V8's code cache (server/src/code-cache.ts):
// written as one function expression of what a CommonJS module gets, each is compiled as it is,
// where wrapping it at run time made a second copy of its text (~4 MB more resident, measured).
// The analysis worker has a bundle of its own, a third the size: it needs none of the LSP libraries.
const serverMain = {
  ...common,
  entryPoints: { 'server-main': 'server/src/language-server.ts', 'analysis-worker': 'server/src/analysis-worker.ts' },
  banner: { js: '(function (exports, require, module, __filename, __dirname) {' },
  footer: { js: '})' },
  outdir: 'dist',
};

/** Every `*.test.ts` under `dir`, skipping node_modules. */
function testFilesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules') return [];
    if (statSync(path).isDirectory()) return testFilesUnder(path);
    return name.endsWith('.test.ts') ? [path] : [];
  });
}

function devTools() {
  const tests = [...testFilesUnder('server'), ...testFilesUnder('client')];
  return {
    ...common,
    entryPoints: [
      ...tests.map((path) => ({ in: path, out: join('test', path.replace(/\.ts$/, '')) })),
      { in: 'server/scripts/eval.ts', out: 'eval' },
      { in: 'server/bench/bench.ts', out: 'bench' },
      { in: 'client/scripts/start.ts', out: 'start' },
      { in: 'client/scripts/setup-e2e.ts', out: 'setup-e2e' },
      { in: 'client/test/vscode/run.ts', out: 'test-vscode' },
      { in: 'client/test/vscode/suite.ts', out: 'vscode-suite' },
    ],
    // Drivers load their own browser protocol files and platform code at run time.
    external: [...common.external, 'playwright-core', '@vscode/test-electron'],
    outdir: 'out',
  };
}

if (flags.has('--watch')) {
  for (const options of [app, serverMain]) await (await esbuild.context(options)).watch();
  console.log('[watch] build finished, watching for changes...');
} else {
  await Promise.all([esbuild.build(app), esbuild.build(serverMain)]);
  if (flags.has('--dev-tools')) {
    rmSync('out', { recursive: true, force: true });
    await esbuild.build(devTools());
  }
}
