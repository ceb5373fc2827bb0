// A second real LSP client: headless Neovim loads the README's Neovim configuration as its
// init.lua, opens a sample article with it, and drives `node dist/server.js --stdio` through its
// built-in client, so the snippet users copy is the one tested.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Hover, Location, LocationLink, Range } from 'vscode-languageserver-protocol';
import { SAMPLE, scenarioFor, type Scenario } from '../editor-scenario';
import { PROJECT_ROOT, SAMPLES_DIR, SERVER_PATH } from '../paths';

const SESSION_SCRIPT = join(PROJECT_ROOT, 'server', 'test', 'editors', 'neovim-session.lua');
const README = join(PROJECT_ROOT, 'README.md');
/** The stand-in for the checkout in the README's snippets. */
const README_ROOT_PLACEHOLDER = '/path/to/article-lens';
/** A run takes under a second; the margin is for a loaded CI machine. */
const RUN_TIMEOUT_MS = 30_000;

function whySkipped(): string | undefined {
  if (spawnSync('nvim', ['--version'], { stdio: 'ignore' }).status !== 0) return 'Neovim not found: install Debian’s neovim (`npm run setup:e2e` as root; .ci/run does)';
  if (!existsSync(SERVER_PATH)) return `the server is not built (${SERVER_PATH}; npm run build)`;
  return undefined;
}

const skipReason = whySkipped();
if (skipReason && process.env.ARTICLE_LENS_E2E === 'required') throw new Error(`the Neovim tier is required here but cannot run: ${skipReason}`);

interface NeovimRun {
  failure?: string;
  uri: string;
  diagnostics: { code: string; line: number }[];
  hover: Hover['contents'] | null;
  definition: (Location | LocationLink)[] | Location | null;
  references: Location[] | null;
}

/** The README's ```lua block under "## Other editors", pointed at this checkout. */
function readmeNeovimConfig(): string {
  const readme = readFileSync(README, 'utf8');
  const section = readme.slice(readme.indexOf('\n## Other editors\n'));
  const block = /```lua\n([\s\S]*?)```/.exec(section)?.[1];
  assert.ok(block && block.includes(README_ROOT_PLACEHOLDER), `README.md should show the Neovim configuration as a \`\`\`lua block under "## Other editors", with ${README_ROOT_PLACEHOLDER} for the checkout`);
  return block.replaceAll(README_ROOT_PLACEHOLDER, PROJECT_ROOT);
}

/**
 * Opens `article` in Neovim configured by the README and runs the Lua session on it, in a
 * throwaway HOME. Neovim leads its own process group, so an overrun stops it and the server.
 */
async function runNeovim(article: string, positions: Record<'hover' | 'definition' | 'references', { line: number; character: number }>): Promise<NeovimRun> {
  const home = mkdtempSync(join(tmpdir(), 'article-lens-nvim-'));
  const init = join(home, 'init.lua');
  const out = join(home, 'result.json');
  writeFileSync(init, readmeNeovimConfig());
  try {
    const child = spawn('nvim', ['--headless', '--clean', '-u', init, '-S', SESSION_SCRIPT, article], {
      cwd: home,
      detached: true,
      env: {
        ...process.env,
        // The snippet runs `node`: make that the Node running these tests.
        PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`,
        HOME: home,
        XDG_CONFIG_HOME: join(home, 'config'),
        XDG_DATA_HOME: join(home, 'data'),
        XDG_STATE_HOME: join(home, 'state'),
        XDG_CACHE_HOME: join(home, 'cache'),
        ARTICLE_LENS_OUT: out,
        ARTICLE_LENS_POSITIONS: JSON.stringify(positions),
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      process.kill(-child.pid!, 'SIGKILL');
    }, RUN_TIMEOUT_MS);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    clearTimeout(timer);
    const stderrText = `--- nvim stderr:\n${stderr || '(empty)'}`;
    if (timedOut) throw new Error(`Neovim was stopped after ${RUN_TIMEOUT_MS} ms, still running the session (waiting for the server or for a request)\n${stderrText}`);
    if (!existsSync(out)) throw new Error(`Neovim exited with ${code} before its session wrote a result (the README configuration or the session script failed to load)\n${stderrText}`);
    const run = JSON.parse(readFileSync(out, 'utf8')) as NeovimRun;
    if (run.failure) throw new Error(`Neovim session failed: ${run.failure}\n${stderrText}`);
    return run;
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

function rangeOf(scenario: Scenario, span: { start: number; end: number }): Range {
  return { start: scenario.positionAt(span.start), end: scenario.positionAt(span.end) };
}

test('Neovim, configured as the README shows, gets diagnostics, hover, definition and references from the server', { skip: skipReason, timeout: RUN_TIMEOUT_MS + 5000 }, async () => {
  const article = join(SAMPLES_DIR, SAMPLE);
  const scenario = scenarioFor(readFileSync(article, 'utf8'));
  const later = scenario.positionAt(scenario.laterMention.start);
  const run = await runNeovim(article, { hover: later, definition: later, references: later });
  assert.equal(run.uri, pathToFileURL(article).href);

  // Neovim lists every finding, hints included, each under its rule id.
  const byPosition = (a: { code: string; line: number }, b: { code: string; line: number }) => a.line - b.line || a.code.localeCompare(b.code);
  assert.deepEqual(
    run.diagnostics.map(({ code, line }) => ({ code, line })).sort(byPosition),
    scenario.model.findings.map(({ code, start }) => ({ code, line: scenario.positionAt(start).line })).sort(byPosition),
  );

  const hover = typeof run.hover === 'string' ? run.hover : JSON.stringify(run.hover);
  for (const expected of scenario.actorHover) assert.match(hover, expected, `hover on "${scenario.laterMention.text}"`);

  const targets = Array.isArray(run.definition) ? run.definition : [run.definition];
  assert.equal(targets.length, 1, `definition of "${scenario.laterMention.text}" should answer one location: ${JSON.stringify(run.definition)}`);
  const [target] = targets;
  assert.ok(target);
  const [uri, range] = 'targetUri' in target ? [target.targetUri, target.targetSelectionRange] : [target.uri, target.range];
  assert.equal(uri, run.uri);
  assert.deepEqual(range, rangeOf(scenario, scenario.person.mentions[0]), `definition should land on the first full mention, "${scenario.person.name}"`);

  assert.ok(run.references, 'references should answer a list');
  assert.deepEqual(new Set(run.references.map((r) => r.uri)), new Set([run.uri]));
  const byStart = (a: Range, b: Range) => a.start.line - b.start.line || a.start.character - b.start.character;
  assert.deepEqual(
    run.references.map((r) => r.range).sort(byStart),
    scenario.person.mentions.map((m) => rangeOf(scenario, m)).sort(byStart),
    `references should list each of the ${scenario.person.mentions.length} mentions of ${scenario.person.name}`,
  );
});
