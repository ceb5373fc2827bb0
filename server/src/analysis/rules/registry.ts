import type { Finding } from '../model';
import type { Rule, RuleContext, RuleSettings } from './rule';
import { unbalancedQuote } from './unbalanced-quote';
import { mixedQuoteMarks } from './mixed-quote-marks';
import { inconsistentSpelling } from './inconsistent-spelling';
import { firstReference } from './first-reference';
import { givenNameTypo } from './given-name-typo';
import { unattributedQuote } from './unattributed-quote';
import { anonymousSource } from './anonymous-source';
import { speakerNotIntroduced } from './speaker-not-introduced';
import { weekdayMismatch } from './weekday-mismatch';
import { unanchoredRelativeDate } from './unanchored-relative-date';
import { deadlinePassed } from './deadline-passed';
import { ambiguousYear } from './ambiguous-year';

/** Every diagnostic rule, one line each. */
export const RULES: readonly Rule[] = [
  unbalancedQuote,
  mixedQuoteMarks,
  inconsistentSpelling,
  firstReference,
  givenNameTypo,
  unattributedQuote,
  anonymousSource,
  speakerNotIntroduced,
  weekdayMismatch,
  unanchoredRelativeDate,
  deadlinePassed,
  ambiguousYear,
];

export function runRules(context: RuleContext, settings: RuleSettings = {}): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const level = settings[rule.id] ?? rule.defaultSeverity;
    if (level === 'off') continue;
    for (const { start, end, message, fixes } of rule.check(context)) findings.push({ start, end, message, fixes, code: rule.id, severity: level });
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}
