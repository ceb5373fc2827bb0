import { isValidIsoDate } from './analysis/text/dateline';
import type { RuleLevel } from './analysis/rules/rule';
import { DEFAULT_MAX_FILE_SIZE_MB } from './large-file';

/** The `articleLens.*` settings the server uses, validated. */
export interface Settings {
  referenceDate: string | null;
  rules: Record<string, RuleLevel>;
  quoteStyle: 'curly' | 'straight';
  /** Glob patterns of plain-text files that are articles (`articleLens.files`). */
  files: string[];
  /** Resolved dates shown after relative ones (`articleLens.inlayHints.dates`). */
  dateInlayHints: boolean;
  /** `articleLens.codeLens.enabled`: mention counts above each actor's first mention. */
  codeLens: boolean;
  /** `articleLens.maxFileSize` in MB: larger files get a reduced analysis. */
  maxFileSize: number;
}

export const DEFAULT_SETTINGS: Settings = {
  referenceDate: null,
  rules: {},
  quoteStyle: 'curly',
  files: ['**/*.article', '**/{articles,drafts,samples}/**/*.txt'],
  dateInlayHints: true,
  codeLens: true,
  maxFileSize: DEFAULT_MAX_FILE_SIZE_MB,
};

const RULE_LEVELS: readonly string[] = ['off', 'hint', 'information', 'warning', 'error'];

/**
 * Reads raw settings as a client sends them. Malformed values fall back to their defaults
 * and are described in `problems`, so a typo in settings.json never stops the server.
 */
export function parseSettings(raw: unknown): { settings: Settings; problems: string[] } {
  const problems: string[] = [];
  const source = isRecord(raw) ? raw : {};
  if (raw !== undefined && raw !== null && !isRecord(raw)) problems.push('articleLens settings must be an object; using the defaults.');

  let referenceDate: string | null = null;
  const date = source.referenceDate;
  if (typeof date === 'string' && date !== 'none' && date !== '') {
    if (isValidIsoDate(date)) referenceDate = date;
    else problems.push(`articleLens.referenceDate must be "none" or a date as YYYY-MM-DD, not "${date}".`);
  } else if (date !== undefined && date !== null && typeof date !== 'string') {
    problems.push('articleLens.referenceDate must be a string.');
  }

  const rules: Record<string, RuleLevel> = {};
  if (isRecord(source.rules)) {
    for (const [id, level] of Object.entries(source.rules)) {
      if (typeof level === 'string' && RULE_LEVELS.includes(level)) rules[id] = level as RuleLevel;
      else problems.push(`articleLens.rules.${id} must be one of ${RULE_LEVELS.join(', ')}.`);
    }
  } else if (source.rules !== undefined) {
    problems.push('articleLens.rules must be an object of rule levels.');
  }

  let quoteStyle: Settings['quoteStyle'] = 'curly';
  if (source.quoteStyle === 'straight' || source.quoteStyle === 'curly') quoteStyle = source.quoteStyle;
  else if (source.quoteStyle !== undefined) problems.push('articleLens.quoteStyle must be "curly" or "straight".');

  let files = DEFAULT_SETTINGS.files;
  if (Array.isArray(source.files) && source.files.every((f) => typeof f === 'string')) files = source.files as string[];
  else if (source.files !== undefined) problems.push('articleLens.files must be a list of glob patterns.');

  let codeLens = DEFAULT_SETTINGS.codeLens;
  const lens = isRecord(source.codeLens) ? source.codeLens.enabled : undefined;
  if (typeof lens === 'boolean') codeLens = lens;
  else if (lens !== undefined || (source.codeLens !== undefined && !isRecord(source.codeLens))) problems.push('articleLens.codeLens.enabled must be true or false.');

  let dateInlayHints = true;
  const inlayHints = source.inlayHints;
  if (isRecord(inlayHints) && typeof inlayHints.dates === 'boolean') dateInlayHints = inlayHints.dates;
  else if (inlayHints !== undefined && !(isRecord(inlayHints) && inlayHints.dates === undefined)) problems.push('articleLens.inlayHints.dates must be true or false.');

  let maxFileSize = DEFAULT_SETTINGS.maxFileSize;
  if (typeof source.maxFileSize === 'number' && Number.isFinite(source.maxFileSize) && source.maxFileSize > 0) maxFileSize = source.maxFileSize;
  else if (source.maxFileSize !== undefined) problems.push(`articleLens.maxFileSize must be a number of megabytes above 0; using ${maxFileSize}.`);

  return { settings: { referenceDate, rules, quoteStyle, files, dateInlayHints, codeLens, maxFileSize }, problems };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
