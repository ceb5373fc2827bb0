// `npm run test:vscode`: the standard @vscode/test-electron runner. It downloads a VS Code build,
// so it needs internet; machines without it run the same scenario in code-server (`npm test`).
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { PROJECT_ROOT, SAMPLES_DIR } from '../../../server/test/paths';

async function main(): Promise<void> {
  const runDir = mkdtempSync(join(tmpdir(), 'article-lens-vscode-'));
  // A copy named samples/, as in the code-server tier: edits stay out of the repository.
  const workspace = join(runDir, 'samples');
  cpSync(SAMPLES_DIR, workspace, { recursive: true, filter: (path) => !path.endsWith('.gold.json') });
  try {
    await runTests({
      extensionDevelopmentPath: PROJECT_ROOT,
      extensionTestsPath: join(PROJECT_ROOT, 'out', 'vscode-suite.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', `--user-data-dir=${join(runDir, 'profile')}`],
    });
  } finally {
    rmSync(runDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  const offline = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT/.test(message) ? ' (VS Code could not be downloaded: `npm test` runs the same scenario in code-server, which needs no download)' : '';
  console.error(`test:vscode: ${message}${offline}`);
  process.exit(1);
});
