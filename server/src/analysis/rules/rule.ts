import type { ArticleModel, Finding, Severity } from '../model';

export type RuleLevel = Severity | 'off';

/** Per-rule levels keyed by rule id, as in the `articleLens.rules` setting. */
export type RuleSettings = Readonly<Record<string, RuleLevel | undefined>>;

export interface RuleContext {
  text: string;
  model: Omit<ArticleModel, 'findings'>;
  options: {
    quoteStyle: 'curly' | 'straight';
    /** Today, for fixes that write a date. */
    today: string;
  };
}

/** A finding as a rule reports it; the registry stamps code and severity. */
export type RuleFinding = Omit<Finding, 'code' | 'severity'>;

export interface Rule {
  id: string;
  defaultSeverity: Severity;
  description: string;
  check(context: RuleContext): RuleFinding[];
}
