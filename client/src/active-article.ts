import * as vscode from 'vscode';
import { isArticle, type ArticleLensServer } from './language-client';

const REFRESH_DELAY_MS = 150;

/**
 * The article the views show: the active editor when it holds an article, else the last one
 * (so focusing the panel or the timeline keeps it). Fires, debounced, when it changes or the
 * server finished analysing a new version of it.
 */
export class ActiveArticle implements vscode.Disposable {
  private current: vscode.TextEditor | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly emitter = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[] = [];
  readonly onDidChange = this.emitter.event;

  constructor(server: ArticleLensServer) {
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor)),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (document === this.current?.document) this.follow(undefined, true);
      }),
      server.onDidAnalyze(({ uri }) => {
        if (uri === this.current?.document.uri.toString()) this.changed();
      }),
      server.onDidChangeState(() => this.changed()),
    );
    this.follow(vscode.window.activeTextEditor, true);
  }

  get editor(): vscode.TextEditor | undefined {
    // After a tab switch the old TextEditor object is disposed; use the visible one for the same document.
    const current = this.current;
    if (!current) return undefined;
    return vscode.window.visibleTextEditors.find((e) => e.document === current.document) ?? current;
  }

  get document(): vscode.TextDocument | undefined {
    return this.current?.document;
  }

  /** Shows an article's range in its editor and selects it. */
  async reveal(uri: vscode.Uri, range: vscode.Range): Promise<void> {
    const document = await vscode.workspace.openTextDocument(uri);
    const visible = vscode.window.visibleTextEditors.find((e) => e.document === document);
    const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn, preserveFocus: false, selection: range });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private follow(editor: vscode.TextEditor | undefined, forget = false): void {
    if (editor && isArticle(editor.document)) {
      if (editor.document === this.current?.document && editor === this.current) return;
      this.current = editor;
    } else if (forget || (editor && !this.current)) {
      this.current = undefined;
    } else if (editor) {
      // Another kind of text editor took focus: the views stop showing an article no longer on screen.
      if (!vscode.window.visibleTextEditors.some((e) => e.document === this.current?.document)) this.current = undefined;
    } else {
      return;
    }
    void vscode.commands.executeCommand('setContext', 'articleLens.activeArticle', this.current !== undefined);
    this.changed();
  }

  private changed(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.emitter.fire(), REFRESH_DELAY_MS);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.subscriptions.forEach((s) => s.dispose());
    this.emitter.dispose();
  }
}
