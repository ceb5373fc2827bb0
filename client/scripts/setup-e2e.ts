// `npm run setup:e2e` (and `.ci/run`): installs what the real-editor tests need, so that
// `npm test` runs them instead of skipping: Debian packages (as root) and code-server.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH, DEBIAN_PACKAGES, ensureCodeServer, missingBuildPrerequisites, onPath } from './code-server';

/** Neovim is the second LSP client the tests drive. */
const PACKAGES = [...DEBIAN_PACKAGES, 'neovim'];

function missingPackages(): string[] {
  const missing = missingBuildPrerequisites();
  if (!existsSync(CHROMIUM_PATH)) missing.push('chromium');
  if (!onPath('nvim')) missing.push('neovim');
  return missing;
}

function installDebianPackages(): void {
  const missing = missingPackages();
  if (missing.length === 0) return;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !onPath('apt-get')) {
    throw new Error(`missing system packages: ${missing.join(' ')}. Install them with: sudo apt-get install ${PACKAGES.join(' ')}`);
  }
  console.log(`Installing Debian packages: ${PACKAGES.join(' ')} ...`);
  const run = (args: string[]) => {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed with exit ${result.status}`);
  };
  run(['update', '-qq']);
  run(['install', '-y', '-qq', ...PACKAGES]);
}

async function main(): Promise<void> {
  installDebianPackages();
  await ensureCodeServer(console.log);
  console.log('Real-editor test prerequisites are in place: Chromium, code-server, Neovim.');
}

main().catch((error: unknown) => {
  console.error(`setup:e2e: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
