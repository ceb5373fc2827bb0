// Every regular expression the analysis runs, and every one written in server/src, against
// pathological 100 KB inputs: none may backtrack catastrophically.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { analyze } from '../../src/analysis';
import { readSamples } from '../../bench/corpus';
import { PROJECT_ROOT, SAMPLES_DIR } from '../paths';
import { PATHOLOGICAL_LENGTH, timeRegexes, type RegexCase } from './regex-timing';

/**
 * Known to be quadratic or worse on some 100 KB input; each is a task for its module's owner.
 * Listed by the start of the pattern's source; remove an entry once it is fixed.
 */
const KNOWN_SLOW: readonly { sourceStart: string; where: string }[] = [
  // A lookahead to the end, or a lazy run before a word, retried from every position of a long run.
  { sourceStart: '(?:[.;!?:]\\s+|,\\s+(?:and|but|while|as|though|although|whereas)\\s+|', where: 'server/src/analysis/claims/reported-claims.ts (lookahead to the end at each match)' },
  { sourceStart: '^\\s*([^,;:“”"!?]{1,80}?)\\s+(', where: 'server/src/analysis/claims/quote-claims.ts (SPEAKER_FIRST)' },
  // chrono-node's own; mitigated only by what text it is given.
  { sourceStart: '^\\s*,?\\s*\\(?([A-Z]{2,4})', where: 'chrono-node ExtractTimezoneAbbrRefiner' },
  { sourceStart: '((?:(?:eleven|twelve|three|seven|eight|four|five|nine|one|two|six|ten)|[0-9]+', where: 'chrono-node ENTimeUnit* parsers (time-unit list)' },
  { sourceStart: '\\s+(before|from)$', where: 'chrono-node ENMergeRelativeFollowByDateRefiner' },
  { sourceStart: '\\s+(after|since)$', where: 'chrono-node ENMergeRelativeFollowByDateRefiner' },
  { sourceStart: '^\\s*(T|at|after|before|on|of|', where: 'chrono-node ENMergeDateTimeRefiner' },
];

const knownSlow = (found: RegexCase) => KNOWN_SLOW.find((known) => found.source.startsWith(known.sourceStart));

/** Regexes executed while analysing the samples: literals, built ones and chrono-node's. */
function regexesRunByAnalysis(): (RegexCase & { where: string })[] {
  const seen = new Map<string, RegexCase & { where: string }>();
  const exec = RegExp.prototype.exec;
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    seen.set(`/${this.source}/${this.flags}`, { source: this.source, flags: this.flags, where: 'run by analyze(): built at run time, or chrono-node' });
    return exec.call(this, input);
  };
  try {
    for (const sample of readSamples(SAMPLES_DIR)) analyze(sample.text, { referenceDate: '2025-08-08' });
  } finally {
    RegExp.prototype.exec = exec;
  }
  return [...seen.values()];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Regex literals written in server/src, found with TypeScript's own scanner. */
function regexLiteralsInSource(): (RegexCase & { where: string })[] {
  // Loaded at run time: the compiler is far too big to bundle into a test.
  const ts = createRequire(join(PROJECT_ROOT, 'package.json'))('typescript') as typeof import('typescript');
  const cases: (RegexCase & { where: string })[] = [];
  for (const file of sourceFiles(join(PROJECT_ROOT, 'server', 'src'))) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: import('typescript').Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(source);
        const slash = literal.lastIndexOf('/');
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
        cases.push({ source: literal.slice(1, slash), flags: literal.slice(slash + 1), where: `${relative(PROJECT_ROOT, file)}:${line}` });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return cases;
}

test(`no regular expression takes more than a second over any pathological ${PATHOLOGICAL_LENGTH / 1000} KB input`, { timeout: 120_000 }, async (t) => {
  const byKey = new Map<string, RegexCase & { where: string }>();
  // Literals first, so a pattern found both ways is named by its file and line.
  for (const found of [...regexesRunByAnalysis(), ...regexLiteralsInSource()]) byKey.set(`/${found.source}/${found.flags}`, found);
  const all = [...byKey.values()];
  assert.ok(all.length > 50, `only ${all.length} regular expressions found`);
  for (const found of all) {
    const known = knownSlow(found);
    if (known) t.diagnostic(`known slow, not timed: /${found.source.slice(0, 80)}/${found.flags} (${known.where})`);
  }
  const cases = all.filter((found) => !knownSlow(found));
  const timings = await timeRegexes(cases, 1000);
  const slow = timings.filter((timing) => timing.hung || timing.ms > 1000).sort((a, b) => b.ms - a.ms);
  const described = slow.map((timing) => {
    const where = byKey.get(`/${timing.source}/${timing.flags}`)?.where;
    return `${timing.hung ? 'killed after' : ''} ${timing.ms.toFixed(0)} ms on ${timing.slowestInput}: /${timing.source.slice(0, 160)}/${timing.flags} (${where})`;
  });
  assert.deepEqual(described, [], `${slow.length} of ${cases.length} regular expressions are too slow:\n${described.join('\n')}`);
});
