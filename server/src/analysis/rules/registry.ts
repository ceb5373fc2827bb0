import type { Finding } from '../model';
import type { Rule, RuleContext, RuleSettings } from './rule';
import { unbalancedQuote } from './unbalanced-quote';
import { mixedQuoteMarks } from './mixed-quote-marks';
import { inconsistentSpelling } from './inconsistent-spelling';
import { firstReference } from './first-reference';
import { givenNameTypo } from './given-name-typo';

/** Every diagnostic rule, one line each. */
export const RULES: readonly Rule[] = [
  unbalancedQuote,
  mixedQuoteMarks,
  inconsistentSpelling,
  firstReference,
  givenNameTypo,
];

export function runRules(context: RuleContext, settings: RuleSettings = {}): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const level = settings[rule.id] ?? rule.defaultSeverity;
    if (level === 'off') continue;
    for (const found of rule.check(context)) findings.push({ ...found, code: rule.id, severity: level });
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}
