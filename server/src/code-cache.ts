// Loads the server bundle through V8's code cache. A new server process spent about a third of
// its start-up compiling the 1.5 MB bundle, on the main thread and again in the analysis worker;
// with the bytecode of the functions an earlier start compiled, both threads skip that (CPU to
// the first diagnostics ~400 → ~290 ms, measured). Node 20 has no built-in compile cache
// (module.enableCompileCache came in 22), hence this module. It imports only Node's own modules.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { CODE_CACHE_DIRECTORY_VARIABLE } from './server-process';

/** Long enough for a start to compile what a session uses (start-up, the first analyses), short enough that most sessions get there. */
export const SAVE_AFTER_MS = 3000;

export interface CodeCacheRun {
  /** What the bundle exported. */
  readonly exports: unknown;
  /** Whether the bundle was compiled from a cache of an earlier start. */
  readonly fromCache: boolean;
  /** Writes the cache now if this start made one worth keeping (no cache, or one V8 rejected). */
  save(): void;
}

/**
 * Runs `bundle`, a file whose text is one function expression of what a CommonJS module gets
 * (exports, require, module, __filename, __dirname), as esbuild.mjs writes dist/server-main.js.
 * `role` tells apart the threads that run the same bundle but use different parts of it (the
 * server's main thread, its analysis worker).
 */
export function runWithCodeCache(bundle: string, role: string, directory: string | null = codeCacheDirectory()): CodeCacheRun {
  const source = readFileSync(bundle, 'utf8');
  const cacheName = `${role}-${cacheKey(source)}.bin`;
  const cacheFile = directory === null ? null : join(directory, cacheName);
  const cachedData = cacheFile === null ? undefined : readIfPresent(cacheFile);
  const script = new Script(source, { filename: bundle, cachedData });
  const fromCache = cachedData !== undefined && !script.cachedDataRejected;
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  let saved = fromCache;
  return {
    exports: module.exports,
    fromCache,
    save() {
      if (saved || directory === null) return;
      saved = true;
      writeAtomically(directory, cacheName, script.createCachedData());
      removeOtherCaches(directory, role, cacheName);
    },
  };
}

/**
 * The directory the client asked for, else a per-user one in the system's temporary directory. A
 * cache is code this process will run, so it is read only from a directory that only this user
 * can write to; elsewhere (or if none can be made) there is no cache and the bundle compiles as usual.
 */
export function codeCacheDirectory(): string | null {
  const requested = process.env[CODE_CACHE_DIRECTORY_VARIABLE];
  const directory = requested || join(tmpdir(), `article-lens-code-cache-${userName()}`);
  try {
    mkdirSync(directory, { recursive: true, mode: 0o700 });
    return onlyOwnerWrites(directory) ? directory : null;
  } catch {
    return null;
  }
}

/** Same key only for the same bundle text, Node build and V8 flags (V8 itself checks little more than the text's length). */
function cacheKey(source: string): string {
  return createHash('sha256').update(source).update(`\0${process.version}\0${process.arch}\0${process.execArgv.join(' ')}`).digest('hex').slice(0, 32);
}

function onlyOwnerWrites(directory: string): boolean {
  if (process.platform === 'win32') return true; // per-user temporary and storage directories
  const status = statSync(directory);
  return status.uid === process.getuid!() && (status.mode & 0o022) === 0;
}

function userName(): string {
  try {
    return userInfo().username.replace(/[^\w.-]/g, '_');
  } catch {
    return String(process.getuid?.() ?? 'user');
  }
}

function readIfPresent(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Another start may write the same cache at the same time: each writes its own file and renames it into place. */
function writeAtomically(directory: string, name: string, data: Buffer): void {
  const partial = join(directory, `${name}.${process.pid}.partial`);
  try {
    writeFileSync(partial, data, { mode: 0o600 });
    renameSync(partial, join(directory, name));
  } catch {
    // Without a cache the next start compiles the bundle as this one did.
    rmSync(partial, { force: true });
  }
}

/** Caches of earlier versions of the bundle (or of Node) are never read again. */
function removeOtherCaches(directory: string, role: string, kept: string): void {
  try {
    for (const name of readdirSync(directory)) {
      if (name.startsWith(`${role}-`) && name.endsWith('.bin') && name !== kept) rmSync(join(directory, name), { force: true });
    }
  } catch {
    // Stale caches only take room.
  }
}
