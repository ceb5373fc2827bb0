// A second real LSP client: headless Neovim drives `node dist/server.js --stdio` through its
// built-in client (the configuration the README shows) on a sample article.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Hover, Location, LocationLink } from 'vscode-languageserver-protocol';
import { SAMPLE, scenarioFor } from '../editor-scenario';
import { PROJECT_ROOT, SAMPLES_DIR, SERVER_PATH } from '../paths';

const SCRIPT = join(PROJECT_ROOT, 'server', 'test', 'editors', 'neovim-session.lua');
const RUN_TIMEOUT_MS = 45_000;

const hasNeovim = spawnSync('nvim', ['--version'], { stdio: 'ignore' }).status === 0;
const skipReason = hasNeovim ? undefined : 'Neovim not found: install Debian’s neovim (`npm run setup:e2e` as root; .ci/run does)';
if (skipReason && process.env.ARTICLE_LENS_E2E === 'required') throw new Error(`the Neovim tier is required here but cannot run: ${skipReason}`);

interface NeovimRun {
  failure?: string;
  diagnostics: { code: string; line: number; message: string }[];
  hover: Hover['contents'] | null;
  definition: (Location | LocationLink)[] | Location | null;
  references: Location[] | null;
}

/** Runs the Lua session in a throwaway HOME, stopping Neovim by its PID if it overruns. */
async function runNeovim(positions: object): Promise<NeovimRun> {
  const home = mkdtempSync(join(tmpdir(), 'article-lens-nvim-'));
  const out = join(home, 'result.json');
  try {
    const child = spawn('nvim', ['--headless', '--clean', '-u', 'NONE', '-S', SCRIPT], {
      env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, 'config'), XDG_DATA_HOME: join(home, 'data'), XDG_STATE_HOME: join(home, 'state'), XDG_CACHE_HOME: join(home, 'cache'),
        ARTICLE_LENS_SERVER: SERVER_PATH, ARTICLE_LENS_FILE: join(SAMPLES_DIR, SAMPLE), ARTICLE_LENS_OUT: out, ARTICLE_LENS_POSITIONS: JSON.stringify(positions) },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), RUN_TIMEOUT_MS);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    clearTimeout(timer);
    if (!existsSync(out)) throw new Error(`Neovim exited with ${code} and wrote no result (waiting for its session to finish):\n${stderr}`);
    const run = JSON.parse(readFileSync(out, 'utf8')) as NeovimRun;
    if (run.failure) throw new Error(`Neovim gave up waiting for ${run.failure}:\n${stderr}`);
    return run;
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

test('Neovim’s built-in LSP client gets diagnostics, hover, definition and references from the server', { skip: skipReason, timeout: RUN_TIMEOUT_MS + 5000 }, async () => {
  const scenario = scenarioFor(readFileSync(join(SAMPLES_DIR, SAMPLE), 'utf8'));
  const later = scenario.positionAt(scenario.laterMention.start);
  const run = await runNeovim({ hover: later, definition: later, references: later });

  const codes = run.diagnostics.map((d) => d.code);
  for (const code of scenario.problemCodes) assert.ok(codes.includes(code), `Neovim should show ${code}: ${codes.join(', ')}`);

  const hover = typeof run.hover === 'string' ? run.hover : JSON.stringify(run.hover);
  for (const expected of scenario.actorHover) assert.match(hover, expected);

  const [target] = Array.isArray(run.definition) ? run.definition : [run.definition];
  assert.ok(target, 'definition should answer a location');
  const range = 'targetSelectionRange' in target ? target.targetSelectionRange : target.range;
  assert.deepEqual(range.start, scenario.positionAt(scenario.person.mentions[0].start));

  assert.equal(run.references?.length, scenario.person.mentions.length);
});
