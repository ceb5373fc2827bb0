#!/usr/bin/env node
// article-lens annotate FILE... [--format json|jsonl|text] [--date YYYY-MM-DD]
import './compile-expressions-at-once';
import { analyze } from './analysis';
import { toExport, type ArticleExport } from './analysis/export';
import { isValidIsoDate } from './analysis/text/dateline';
import { readArticleFile } from './files';
import { textSummary } from './cli/summary';

const USAGE = 'usage: article-lens annotate FILE... [--format json|jsonl|text] [--date YYYY-MM-DD]';
const FORMATS = ['json', 'jsonl', 'text'] as const;
type Format = (typeof FORMATS)[number];

interface Invocation {
  files: string[];
  format: Format;
  date: string | null;
}

function parseArguments(args: string[]): Invocation | string {
  const [command, ...rest] = args;
  if (command !== 'annotate') return command === undefined ? USAGE : `unknown command "${command}"\n${USAGE}`;
  const invocation: Invocation = { files: [], format: 'json', date: null };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const [flag, inline] = arg.startsWith('--') ? arg.split('=', 2) : [arg, undefined];
    if (flag === '--format' || flag === '--date') {
      const value = inline ?? rest[++i];
      if (value === undefined) return `${flag} needs a value\n${USAGE}`;
      if (flag === '--format') {
        if (!(FORMATS as readonly string[]).includes(value)) return `--format must be one of ${FORMATS.join(', ')}`;
        invocation.format = value as Format;
      } else {
        if (!isValidIsoDate(value)) return `--date must be a calendar date as YYYY-MM-DD, not "${value}"`;
        invocation.date = value;
      }
    } else if (flag.startsWith('--')) {
      return `unknown option ${flag}\n${USAGE}`;
    } else {
      invocation.files.push(arg);
    }
  }
  return invocation.files.length > 0 ? invocation : `no files given\n${USAGE}`;
}

function main(args: string[]): number {
  const invocation = parseArguments(args);
  if (typeof invocation === 'string') {
    process.stderr.write(`article-lens: ${invocation}\n`);
    return 2;
  }
  const today = new Date().toISOString().slice(0, 10);
  const exports: ArticleExport[] = [];
  let failed = false;
  for (const file of invocation.files) {
    const read = readArticleFile(file);
    if (!read.ok) {
      process.stderr.write(`article-lens: ${read.error}\n`);
      failed = true;
      continue;
    }
    const model = analyze(read.text, { referenceDate: invocation.date, today });
    const exported = toExport(file, model);
    if (invocation.format === 'jsonl') process.stdout.write(`${JSON.stringify(exported)}\n`);
    else if (invocation.format === 'text') process.stdout.write(textSummary(exported, model));
    else exports.push(exported);
  }
  if (invocation.format === 'json') process.stdout.write(`${JSON.stringify(exports, null, 2)}\n`);
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
