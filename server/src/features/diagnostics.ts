import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Severity } from '../analysis/model';
import { toRange } from '../positions';

export const DIAGNOSTIC_SOURCE = 'article-lens';

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function diagnostics(document: TextDocument, findings: readonly Finding[]): Diagnostic[] {
  return findings.map((finding) => ({
    range: toRange(document, finding),
    severity: SEVERITIES[finding.severity],
    code: finding.code,
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
  }));
}
