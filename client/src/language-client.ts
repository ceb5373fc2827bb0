import * as path from 'node:path';
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, LanguageClient, State, TransportKind, type ErrorHandler, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type { Range as LspRange, RequestType } from 'vscode-languageserver-protocol';
import { AnalyzedNotification, DICTIONARY_FILE_NAME } from '../../server/src/protocol';
import { CODE_CACHE_DIRECTORY_VARIABLE, SERVER_NODE_OPTIONS } from '../../server/src/server-process';

export const LANGUAGE_ID = 'article';

export type ServerState = 'starting' | 'ready' | 'stopped' | 'error';

/** Documents the server analyses: the `article` language, plus plain-text files matching `articleLens.files`. */
export function documentSelector(): vscode.DocumentFilter[] {
  const patterns = vscode.workspace.getConfiguration('articleLens').get<unknown>('files', []);
  return [
    { language: LANGUAGE_ID },
    ...(Array.isArray(patterns) ? patterns : [])
      .filter((p): p is string => typeof p === 'string' && p.trim() !== '')
      .map((pattern) => ({ language: 'plaintext', pattern })),
  ];
}

export function isArticle(document: vscode.TextDocument): boolean {
  return vscode.languages.match(documentSelector(), document) > 0;
}

const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60 * 1000;

/**
 * Restarts a server that died, as the library's default does, but never gives up on a write
 * error: a crashed server first shows up as EPIPE on the next write (with no error count), which
 * the default answers with a shutdown, so the crash was never followed by a restart.
 */
function restartingErrorHandler(): ErrorHandler {
  const restarts: number[] = [];
  return {
    error: () => ({ action: ErrorAction.Continue, handled: true }),
    closed: () => {
      const now = Date.now();
      while (restarts.length > 0 && now - restarts[0] > RESTART_WINDOW_MS) restarts.shift();
      restarts.push(now);
      if (restarts.length <= MAX_RESTARTS) return { action: CloseAction.Restart, handled: true };
      return { action: CloseAction.DoNotRestart, message: `Article Lens: the language server stopped ${restarts.length} times in three minutes and will not be restarted. Reload the window to try again; your text is untouched.` };
    },
  };
}

/**
 * The language server as the views see it: requests go to whichever client is running (it is
 * restarted when `articleLens.files` changes), and state and analysis events survive restarts.
 */
export class ArticleLensServer implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private readonly analyzedEmitter = new vscode.EventEmitter<{ uri: string; version: number }>();
  private readonly stateEmitter = new vscode.EventEmitter<ServerState>();
  private stateValue: ServerState = 'stopped';
  private lastError: string | null = null;
  /** Fires when the server analysed a new version of a document, or re-analysed it for new settings or a new dictionary. */
  readonly onDidAnalyze = this.analyzedEmitter.event;
  readonly onDidChangeState = this.stateEmitter.event;

  constructor(private readonly context: vscode.ExtensionContext) {}

  get state(): ServerState {
    return this.stateValue;
  }

  get error(): string | null {
    return this.lastError;
  }

  get running(): LanguageClient | undefined {
    return this.stateValue === 'ready' ? this.client : undefined;
  }

  async start(): Promise<void> {
    const client = this.createClient();
    this.client = client;
    client.onDidChangeState(({ newState }) => {
      if (client !== this.client) return;
      this.setState(newState === State.Running ? 'ready' : newState === State.Starting ? 'starting' : 'stopped');
    });
    this.setState('starting');
    try {
      await client.start();
      client.onNotification(AnalyzedNotification, (params) => this.analyzedEmitter.fire(params));
      this.lastError = null;
      this.setState('ready');
    } catch (error) {
      this.lastError = error instanceof Error ? error.message : String(error);
      this.setState('error');
    }
  }

  /** The document selector is fixed when a client starts; a restart applies new patterns. */
  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  async request<P, R>(type: RequestType<P, R, void>, params: P): Promise<R | undefined> {
    const client = this.running;
    if (!client) return undefined;
    try {
      return (await client.sendRequest(type.method, params)) as R;
    } catch (error) {
      // A request cancelled by a newer edit or a restarting server is not worth a message.
      if (this.running === client) console.warn(`Article Lens: ${type.method} failed`, error);
      return undefined;
    }
  }

  asRange(range: LspRange): vscode.Range {
    return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
  }

  private setState(state: ServerState): void {
    this.stateValue = state;
    this.stateEmitter.fire(state);
  }

  private createClient(): LanguageClient {
    const module = this.context.asAbsolutePath(path.join('dist', 'server.js'));
    const env = { ...process.env, [CODE_CACHE_DIRECTORY_VARIABLE]: path.join(this.context.globalStorageUri.fsPath, 'code-cache') };
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_OPTIONS], env } },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_OPTIONS, '--nolazy', '--inspect=6009'], env } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: documentSelector().map(({ language, pattern }) => (pattern === undefined ? { language: language! } : { language: language!, pattern: String(pattern) })),
      synchronize: {
        configurationSection: 'articleLens',
        fileEvents: vscode.workspace.createFileSystemWatcher(`**/${DICTIONARY_FILE_NAME}`),
      },
      diagnosticCollectionName: 'article-lens',
      errorHandler: restartingErrorHandler(),
    };
    return new LanguageClient('articleLens', 'Article Lens', serverOptions, clientOptions);
  }

  /** Lets the server shut down cleanly; VS Code waits for this on deactivation. */
  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    await client?.stop().catch(() => undefined);
  }

  dispose(): void {
    void this.stop();
    this.analyzedEmitter.dispose();
    this.stateEmitter.dispose();
  }
}
