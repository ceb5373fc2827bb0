// Drives `node dist/server.js --stdio` like any LSP client would, for protocol tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type InitializeParams,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SERVER_PATH } from './paths';
import { SERVER_NODE_OPTIONS } from '../src/server-process';


export class LspSession {
  readonly connection: ProtocolConnection;
  private readonly child: ChildProcess;
  private readonly diagnostics = new Map<string, PublishDiagnosticsParams[]>();
  private readonly waiters: (() => void)[] = [];
  readonly documents = new Map<string, TextDocument>();
  /** Settings the server pulls with workspace/configuration. */
  settings: Record<string, unknown> = {};

  /** `nodeOptions` go before the server's own, e.g. a `--require` that watches the process. */
  constructor(nodeOptions: readonly string[] = []) {
    this.child = spawn(process.execPath, [...nodeOptions, ...SERVER_NODE_OPTIONS, SERVER_PATH, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.diagnostics.set(params.uri, [...(this.diagnostics.get(params.uri) ?? []), params]);
      this.waiters.splice(0).forEach((wake) => wake());
    });
    this.connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
      params.items.map((item) => (item.section === 'articleLens' ? this.settings : null)),
    );
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onNotification('window/showMessage', () => undefined);
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.listen();
  }

  async initialize(overrides: Partial<InitializeParams> = {}): Promise<unknown> {
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: { workspace: { configuration: true }, textDocument: { hover: { contentFormat: ['markdown'] } } },
      ...overrides,
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  async open(name: string, text: string, languageId = 'article'): Promise<string> {
    const uri = pathToFileURL(resolve('/tmp/article-lens-test', name)).toString();
    this.documents.set(uri, TextDocument.create(uri, languageId, 1, text));
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return uri;
  }

  /** Sends one incremental change replacing `[start, end)` of the current text. */
  async change(uri: string, start: number, end: number, newText: string): Promise<void> {
    const document = this.documents.get(uri)!;
    const range = { start: document.positionAt(start), end: document.positionAt(end) };
    const version = document.version + 1;
    this.documents.set(uri, TextDocument.update(document, [{ range, text: newText }], version));
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: newText }] });
  }

  /** Waits for diagnostics published for the document's current version. */
  async diagnosticsFor(uri: string, timeoutMs = 5000): Promise<PublishDiagnosticsParams> {
    const version = this.documents.get(uri)?.version;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const latest = this.diagnostics.get(uri)?.find((p) => p.version === version || (p.version === undefined && version === undefined));
      if (latest) return latest;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no diagnostics for ${uri} version ${version} within ${timeoutMs} ms`);
      await new Promise<void>((wake) => {
        const timer = setTimeout(wake, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          wake();
        });
      });
    }
  }

  positionOf(uri: string, needle: string, nth = 0, delta = 0): { line: number; character: number } {
    const document = this.documents.get(uri)!;
    const text = document.getText();
    let at = -1;
    for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (#${nth}) not in ${uri}`);
    return document.positionAt(at + delta);
  }

  async request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  /** Stops the server however things went: for `finally` blocks after a failed assertion. */
  kill(): void {
    if (this.child.exitCode === null) this.child.kill();
    this.connection.dispose();
  }

  /** shutdown + exit; resolves with the server's exit code. */
  async close(): Promise<number | null> {
    const exited = new Promise<number | null>((done) => this.child.once('exit', (code) => done(code)));
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await exited;
    this.connection.dispose();
    return code;
  }
}
