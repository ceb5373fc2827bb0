// code-server (a real VS Code workbench served to a browser) for machines without the desktop
// `code`: `npm start` opens samples/ in it and the end-to-end tests drive it. It is a test tool,
// not part of the shipped extension, so it lives in a cache folder outside node_modules.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** The newest code-server whose engines field accepts Node 20 (later ones want Node 22). */
export const CODE_SERVER_VERSION = '4.100.3';

/** The Debian packages code-server's native modules need to build, plus the browser the tests drive. */
export const DEBIAN_PACKAGES = ['ripgrep', 'chromium', 'libkrb5-dev', 'libsecret-1-dev', 'build-essential', 'python3'];

export const CHROMIUM_PATH = '/usr/bin/chromium';

type Log = (line: string) => void;

/** `$ARTICLE_LENS_CACHE`, else the XDG cache folder: it outlives clones and `npm ci`. */
export function cacheRoot(): string {
  return process.env.ARTICLE_LENS_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'article-lens');
}

function installFolder(): string {
  return join(cacheRoot(), `code-server-${CODE_SERVER_VERSION}`);
}

/** The installed code-server launcher, or undefined before the first install. */
export function installedCodeServer(): string | undefined {
  const launcher = join(installFolder(), 'node_modules', '.bin', 'code-server');
  return existsSync(launcher) ? launcher : undefined;
}

export function onPath(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** What the install needs from the system but cannot fetch from npm, as Debian package names. */
export function missingBuildPrerequisites(): string[] {
  const checks: [string, boolean][] = [
    ['ripgrep', onPath('rg')],
    ['build-essential', onPath('make') && onPath('g++')],
    ['python3', onPath('python3')],
    ['libkrb5-dev', existsSync('/usr/include/krb5.h') || existsSync('/usr/include/krb5/krb5.h')],
    ['libsecret-1-dev', existsSync('/usr/include/libsecret-1')],
  ];
  return checks.filter(([, present]) => !present).map(([name]) => name);
}

/**
 * @vscode/ripgrep's postinstall downloads `rg` from a git host, which these machines cannot
 * reach; it first looks for this archive in its cache, so we build it from the system's `rg`.
 */
function seedRipgrepCache(tmpDir: string): void {
  const cache = join(tmpDir, 'vscode-ripgrep-cache-1.15.11');
  mkdirSync(cache, { recursive: true });
  const rg = spawnSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).stdout.trim();
  const staging = mkdtempSync(join(tmpDir, 'rg-'));
  writeFileSync(join(staging, 'rg'), readFileSync(rg), { mode: 0o755 });
  const tar = spawnSync('tar', ['-czf', join(cache, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz'), '-C', staging, 'rg']);
  if (tar.status !== 0) throw new Error(`could not pack ripgrep for code-server's install: ${tar.stderr}`);
}

/** Installs code-server into the cache on first use, printing progress; returns the launcher. */
export async function ensureCodeServer(log: Log): Promise<string> {
  const existing = installedCodeServer();
  if (existing) return existing;
  const missing = missingBuildPrerequisites();
  if (missing.length > 0) {
    throw new Error(`code-server ${CODE_SERVER_VERSION} needs these Debian packages to install: ${missing.join(' ')}. ` +
      `Run: sudo apt-get install ${DEBIAN_PACKAGES.join(' ')}  (or \`npm run setup:e2e\` as root).`);
  }
  const target = installFolder();
  // Install beside the target and rename at the end, so an interrupted install is never mistaken for a finished one.
  const staging = `${target}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  const tmpDir = join(staging, 'tmp');
  mkdirSync(tmpDir, { recursive: true });
  writeFileSync(join(staging, 'package.json'), JSON.stringify({ private: true, description: 'code-server for Article Lens' }));
  seedRipgrepCache(tmpDir);
  log(`Installing code-server ${CODE_SERVER_VERSION} into ${target} (first use only; about a minute and 300 MB)...`);
  const started = Date.now();
  const progress = setInterval(() => log(`  ...still installing code-server (${Math.round((Date.now() - started) / 1000)} s)`), 15_000);
  try {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const output: string[] = [];
    const status = await new Promise<number | null>((resolve) => {
      const child = spawn(npm, ['install', '--unsafe-perm', '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`], {
        cwd: staging,
        // node-pty's postinstall runs `npx node-gyp`, which asks before installing unless told yes.
        env: { ...process.env, TMPDIR: tmpDir, npm_config_yes: 'true' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout.on('data', (chunk) => output.push(String(chunk)));
      child.stderr.on('data', (chunk) => output.push(String(chunk)));
      child.on('close', resolve);
    });
    if (status !== 0) throw new Error(`npm install code-server@${CODE_SERVER_VERSION} failed (exit ${status}):\n${output.join('').slice(-4000)}`);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  } finally {
    clearInterval(progress);
  }
  rmSync(tmpDir, { recursive: true, force: true });
  if (!installedCodeServer()) renameSync(staging, target);
  else rmSync(staging, { recursive: true, force: true });
  log(`code-server ${CODE_SERVER_VERSION} installed in ${Math.round((Date.now() - started) / 1000)} s.`);
  return installedCodeServer()!;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

/** Quiet defaults: no welcome page, no git prompt for the enclosing repository, no telemetry. */
const WORKBENCH_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
};

export interface CodeServerOptions {
  launcher: string;
  /** Holds the profile, the extensions folder, HOME and TMPDIR of this run. */
  profileDir: string;
  /** The extension to load: a folder with package.json and dist/ (the project root). */
  extensionPath: string;
  workspace: string;
  settings?: Record<string, unknown>;
}

export interface RunningCodeServer {
  /** Opens the workspace folder in the workbench. */
  url: string;
  pid: number;
  output(): string;
  stop(): Promise<void>;
}

function prepareProfile(options: CodeServerOptions): Record<string, string> {
  const dirs = Object.fromEntries(['home', 'data', 'extensions', 'tmp'].map((name) => [name, join(options.profileDir, name)]));
  Object.values(dirs).forEach((dir) => mkdirSync(dir, { recursive: true }));
  const { name, publisher, version } = JSON.parse(readFileSync(join(options.extensionPath, 'package.json'), 'utf8'));
  // A link rather than a .vsix install: the workbench runs the freshly built dist/ with no packaging step.
  const link = join(dirs.extensions, `${publisher}.${name}-${version}`);
  rmSync(link, { force: true, recursive: true });
  symlinkSync(options.extensionPath, link, 'dir');
  const userDir = join(dirs.data, 'User');
  mkdirSync(userDir, { recursive: true });
  writeFileSync(join(userDir, 'settings.json'), JSON.stringify({ ...WORKBENCH_SETTINGS, ...options.settings }, null, 2));
  return dirs;
}

/** Starts code-server in its own process group and waits until it listens. */
export async function startCodeServer(options: CodeServerOptions, timeoutMs = 30_000): Promise<RunningCodeServer> {
  const dirs = prepareProfile(options);
  const port = await freePort();
  const child: ChildProcess = spawn(options.launcher, [
    '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--user-data-dir', dirs.data, '--extensions-dir', dirs.extensions,
  ], {
    // code-server and its extension host otherwise write into the real home and /tmp.
    env: { ...process.env, HOME: dirs.home, XDG_CONFIG_HOME: join(dirs.home, '.config'), XDG_DATA_HOME: join(dirs.home, '.local/share'),
      XDG_CACHE_HOME: join(dirs.home, '.cache'), TMPDIR: dirs.tmp },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const running: RunningCodeServer = {
    // Slashes left readable: the URL is printed for people to open.
    url: `http://127.0.0.1:${port}/?folder=${encodeURIComponent(options.workspace).replace(/%2F/g, '/')}`,
    pid: child.pid!,
    output: () => output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      // The whole group: code-server forks its extension host and our language server.
      signalGroup(child.pid!, 'SIGTERM');
      const killed = await Promise.race([exited.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 5000))]);
      if (!killed) signalGroup(child.pid!, 'SIGKILL');
      await exited;
    },
  };
  const deadline = Date.now() + timeoutMs;
  while (!output.includes('HTTP server listening')) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode} before listening:\n${output}`);
    if (Date.now() > deadline) {
      await running.stop();
      throw new Error(`code-server did not start listening within ${timeoutMs / 1000} s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return running;
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}
