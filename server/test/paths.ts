import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The repository root, found from wherever the bundled test file runs. */
function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'esbuild.mjs'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no project root above ${from}`);
  }
}

export const PROJECT_ROOT = findRoot(__dirname);
export const SERVER_PATH = join(PROJECT_ROOT, 'dist', 'server.js');
export const CLI_PATH = join(PROJECT_ROOT, 'dist', 'cli.js');
export const SAMPLES_DIR = join(PROJECT_ROOT, 'samples');
