// Findings → LSP diagnostics, each with its rule code, a link to the rule's
// page and the source "pincite".

import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../core/rules/index';
import type { Analysis } from '../analysisCache';

const SEVERITY: Record<Finding['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function toDiagnostics(doc: TextDocument, analysis: Analysis, ruleDocBase: string | undefined): Diagnostic[] {
  return analysis.findings.map((f) => {
    const d: Diagnostic = {
      range: { start: doc.positionAt(f.span.start), end: doc.positionAt(f.span.end) },
      severity: SEVERITY[f.severity],
      code: f.code,
      source: 'pincite',
      message: f.message,
    };
    if (ruleDocBase) d.codeDescription = { href: `${ruleDocBase}/${f.code}.md` };
    return d;
  });
}
