// The real-editor scenario through the VS Code API, run inside VS Code by @vscode/test-electron.
// Same expectations as the code-server and Neovim tiers (server/test/editor-scenario.ts).
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { RENAMED_TO, renameOf, SAMPLE, scenarioFor } from '../../../server/test/editor-scenario';

const TIMEOUT_MS = 20_000;

async function poll<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>): Promise<T> {
  const deadline = Date.now() + TIMEOUT_MS;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${TIMEOUT_MS / 1000} s waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((hover) => hover.contents).map((content) => (typeof content === 'string' ? content : content.value)).join('\n');
}

function codeOf(diagnostic: vscode.Diagnostic): string {
  return typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code);
}

export async function run(): Promise<void> {
  const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, SAMPLE);
  const scenario = scenarioFor(Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8'));
  const { person } = scenario;
  const at = (offset: number) => {
    const { line, character } = scenario.positionAt(offset);
    return new vscode.Position(line, character);
  };
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document);

  const steps: [string, () => Promise<void>][] = [
    ['diagnostics are published with their rule ids', async () => {
      await poll('the diagnostics', () => {
        const codes = vscode.languages.getDiagnostics(uri).map(codeOf);
        return scenario.problemCodes.every((code) => codes.includes(code));
      });
    }],
    ['the hover on an actor shows the name, role and mentions', async () => {
      const hover = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, at(scenario.laterMention.start)));
      for (const expected of scenario.actorHover) assert.match(hover, expected);
    }],
    ['the hover on a relative date shows the resolved value', async () => {
      const hover = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, at(scenario.weekday.start)));
      assert.match(hover, new RegExp(`Value: \`${scenario.weekday.value}\``));
    }],
    ['go to definition lands on the first full-name mention', async () => {
      const [target] = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', uri, at(scenario.laterMention.start));
      const range = 'targetRange' in target ? target.targetSelectionRange ?? target.targetRange : target.range;
      assert.deepEqual(range.start, at(person.mentions[0].start));
    }],
    ['find references lists every mention', async () => {
      const references = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', uri, at(scenario.laterMention.start));
      assert.equal(references.length, person.mentions.length);
    }],
    ['names get semantic tokens', async () => {
      const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', uri);
      assert.ok(tokens.data.length > 0);
    }],
    ['choosing an actor in the Entities panel selects its first mention', async () => {
      await vscode.commands.executeCommand('articleLens.entities.focus');
      const first = person.mentions[0];
      // What a click on the actor's row runs.
      await vscode.commands.executeCommand('articleLens.revealRange', uri.toString(), { start: at(first.start), end: at(first.end) });
      await poll('the selection on the first mention', () => editor.selection.isEqual(new vscode.Selection(at(first.start), at(first.end))));
    }],
    ['the timeline webview opens', async () => {
      await vscode.commands.executeCommand('articleLens.showTimeline');
      await poll('the timeline tab', () => vscode.window.tabGroups.all.flatMap((group) => group.tabs).some((tab) => tab.input instanceof vscode.TabInputWebview && tab.label.startsWith('Timeline')));
    }],
    ['the quick fix changes the text as promised', async () => {
      const edit = scenario.quickFix.edits[0];
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, new vscode.Range(at(edit.start), at(edit.end)));
      const action = actions.find((a) => a.title === scenario.quickFix.title);
      assert.ok(action?.edit, `no code action titled "${scenario.quickFix.title}"`);
      assert.ok(await vscode.workspace.applyEdit(action.edit));
      assert.equal(document.getText(), scenario.textAfterQuickFix);
    }],
    ['renaming an actor changes every mention', async () => {
      const rename = renameOf(document.getText(), person.id);
      const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', uri, new vscode.Position(rename.at.line, rename.at.character), RENAMED_TO);
      assert.ok(await vscode.workspace.applyEdit(edit));
      assert.equal(document.getText(), rename.expected);
    }],
  ];

  const failures: string[] = [];
  for (const [name, step] of steps) {
    try {
      await step();
      console.log(`✔ ${name}`);
    } catch (error) {
      failures.push(name);
      console.log(`✖ ${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (failures.length > 0) throw new Error(`${failures.length} of ${steps.length} steps failed: ${failures.join('; ')}`);
}
