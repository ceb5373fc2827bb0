// `npm start`: opens samples/ in a real VS Code with the freshly built extension loaded. The
// desktop `code` (as an Extension Development Host) when it is on PATH, else code-server.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT, SAMPLES_DIR } from '../../server/test/paths';
import { cacheRoot, ensureCodeServer, onPath, startCodeServer } from './code-server';

async function main(): Promise<void> {
  if (onPath('code')) {
    console.log('Opening samples/ in VS Code with Article Lens loaded (Extension Development Host)...');
    spawn('code', [`--extensionDevelopmentPath=${PROJECT_ROOT}`, SAMPLES_DIR], { stdio: 'inherit' }).on('exit', (code) => process.exit(code ?? 0));
    return;
  }
  console.log('The desktop `code` is not on PATH: serving a real VS Code workbench with code-server instead.');
  const launcher = await ensureCodeServer(console.log);
  const server = await startCodeServer({
    launcher,
    // One profile across runs, so the editor keeps what you opened and set.
    profileDir: join(cacheRoot(), 'start-profile'),
    extensionPath: PROJECT_ROOT,
    workspace: SAMPLES_DIR,
  });
  console.log(`\nArticle Lens is running in VS Code (code-server) at:\n\n  ${server.url}\n\nOpen it in a browser. Ctrl+C stops the server.`);
  const stop = () => void server.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`npm start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
