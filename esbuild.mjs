// Bundles the extension client, the language server and the CLI into dist/.
//   --production  minified, no source maps (what `npm run package` ships)
//   --watch       rebuild on change
//   --dev-tools   also bundles the tests (out/test/**), the eval and bench scripts and the
//                 real-editor scripts (out/*.js)
import * as esbuild from 'esbuild';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const flags = new Set(process.argv.slice(2));
const production = flags.has('--production');

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

// The server bundle is run by dist/server.js through V8's code cache (server/src/code-cache.ts):
// written as one function expression of what a CommonJS module gets, it is compiled as it is,
// where wrapping it at run time made a second copy of its text (~4 MB more resident, measured).
const serverMain = {
  ...common,
  entryPoints: { 'server-main': 'server/src/server-main.ts' },
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
