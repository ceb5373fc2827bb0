import { CodeActionKind, type CodeAction, type CodeActionParams, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleModel, Finding, Fix } from '../analysis/model';
import { toRange, toSpan } from '../positions';
import { DIAGNOSTIC_SOURCE } from './diagnostics';

function toAction(document: TextDocument, finding: Finding, fix: Fix): CodeAction {
  const edits: TextEdit[] = fix.edits.map((edit) => ({ range: toRange(document, edit), newText: edit.newText }));
  return {
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    isPreferred: !fix.documentWide && finding.fixes.indexOf(fix) === 0,
    edit: { changes: { [document.uri]: edits } },
  };
}

/** Quick fixes of the findings under the requested range (the diagnostics the client sends back). */
export function codeActions(document: TextDocument, model: ArticleModel, params: CodeActionParams): CodeAction[] {
  const requested = toSpan(document, params.range);
  const actions: CodeAction[] = [];
  const seenDocumentWide = new Set<string>();
  for (const finding of model.findings) {
    if (finding.end < requested.start || finding.start > requested.end) continue;
    const diagnostic = params.context.diagnostics.find((d) => d.source === DIAGNOSTIC_SOURCE && d.code === finding.code);
    for (const fix of finding.fixes) {
      if (fix.documentWide) {
        if (seenDocumentWide.has(fix.title)) continue;
        seenDocumentWide.add(fix.title);
      }
      const action = toAction(document, finding, fix);
      if (diagnostic) action.diagnostics = [diagnostic];
      actions.push(action);
    }
  }
  return actions;
}
