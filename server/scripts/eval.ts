// npm run eval: runs the CLI on the sample articles and scores its export against the
// hand-made gold files (NAME.gold.json beside NAME.txt / NAME.article).
//   node out/eval.js [DIR] [--verbose]   (--verbose lists every miss and false positive)
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import type { ArticleExport } from '../src/analysis/export';

interface GoldActor { name: string; kind: string; aliases: string[]; mentions: number }
interface Located { text: string; nth?: number }
interface Gold {
  documentDate: string | null;
  actors: GoldActor[];
  optionalActors?: string[];
  dates: (Located & { value: string | null; type: string; required?: boolean })[];
  deadlines: (Located & { due: string | null; setBy: string | null })[];
  quotes: (Located & { speaker: string | null; kind: 'speech' | 'scare' | 'title' })[];
  reported: (Located & { speaker: string | null; anonymous?: boolean })[];
}

class Score {
  truePositives = 0;
  falsePositives = 0;
  falseNegatives = 0;
  correct = 0;
  judged = 0;
  get precision(): number { return ratio(this.truePositives, this.truePositives + this.falsePositives); }
  get recall(): number { return ratio(this.truePositives, this.truePositives + this.falseNegatives); }
  get f1(): number { const p = this.precision, r = this.recall; return p + r === 0 ? 0 : (2 * p * r) / (p + r); }
  get accuracy(): number { return ratio(this.correct, this.judged); }
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

const normalize = (name: string) => name.replace(/['’]s$/i, '').replace(/\s+/g, ' ').trim().toLowerCase();

function locate(text: string, item: Located): { start: number; end: number } | null {
  let at = -1;
  for (let i = 0; i <= (item.nth ?? 0); i++) {
    at = text.indexOf(item.text, at + 1);
    if (at < 0) return null;
  }
  return { start: at, end: at + item.text.length };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

const misses: string[] = [];
const miss = (file: string, what: string) => misses.push(`${basename(file)}: ${what}`);

function actorNames(actor: ArticleExport['actors'][number]): Set<string> {
  return new Set([actor.name, ...actor.aliases, ...actor.mentions.map((m) => m.text)].map(normalize));
}

function scoreActors(file: string, exported: ArticleExport, gold: Gold, score: Score, kinds: Score, splits: { count: number }): void {
  const optional = new Set((gold.optionalActors ?? []).map(normalize));
  const matchedGold = new Map<number, number>();
  for (const actor of exported.actors) {
    const names = actorNames(actor);
    const goldIndex = gold.actors.findIndex((g) => [g.name, ...g.aliases].some((alias) => names.has(normalize(alias))));
    if (goldIndex >= 0) {
      const seen = matchedGold.get(goldIndex) ?? 0;
      matchedGold.set(goldIndex, seen + 1);
      if (seen > 0) {
        splits.count++;
        miss(file, `actor split: "${actor.name}" is a second actor for gold "${gold.actors[goldIndex].name}"`);
        continue;
      }
      score.truePositives++;
      kinds.judged++;
      if (actor.kind === gold.actors[goldIndex].kind) kinds.correct++;
      else miss(file, `actor kind: "${actor.name}" is ${actor.kind}, gold says ${gold.actors[goldIndex].kind}`);
    } else if (![...names].some((n) => optional.has(n))) {
      score.falsePositives++;
      miss(file, `actor false positive: "${actor.name}" (${actor.kind})`);
    }
  }
  gold.actors.forEach((g, i) => {
    if (!matchedGold.has(i)) {
      score.falseNegatives++;
      miss(file, `actor missed: "${g.name}" (${g.kind})`);
    }
  });
}

/** Generic span-overlap scoring for dates and deadlines. */
function scoreSpans<S extends { start: number; end: number; text: string }, G extends Located>(
  file: string,
  label: string,
  text: string,
  system: S[],
  gold: G[],
  score: Score,
  values: Score,
  valueOf: (s: S) => string | null,
  goldValueOf: (g: G) => string | null,
  required: (g: G) => boolean,
): void {
  const located = gold.map((g) => ({ g, span: locate(text, g) }));
  for (const { g, span } of located) if (!span) miss(file, `gold ${label} not found in text: "${g.text}" #${g.nth ?? 0}`);
  for (const item of system) {
    if (!located.some(({ span }) => span && overlaps(span, item))) {
      score.falsePositives++;
      miss(file, `${label} false positive: "${item.text}"`);
    }
  }
  for (const { g, span } of located) {
    if (!span) continue;
    const found = system.find((item) => overlaps(span, item));
    if (found) {
      score.truePositives++;
      if (required(g)) {
        values.judged++;
        if (valueOf(found) === goldValueOf(g)) values.correct++;
        else miss(file, `${label} value: "${g.text}" → ${valueOf(found)}, gold ${goldValueOf(g)}`);
      }
    } else if (required(g)) {
      score.falseNegatives++;
      miss(file, `${label} missed: "${g.text}"`);
    }
  }
}

function speakerMatches(exported: ArticleExport, speakerId: string | null, goldSpeaker: string | null): boolean {
  if (goldSpeaker === null) return speakerId === null;
  const actor = exported.actors.find((a) => a.id === speakerId);
  return actor !== undefined && actorNames(actor).has(normalize(goldSpeaker));
}

function scoreClaims(
  file: string,
  label: string,
  text: string,
  exported: ArticleExport,
  kind: 'quote' | 'reported',
  gold: (Located & { speaker: string | null; kind?: string })[],
  score: Score,
  speakers: Score,
): void {
  const claims = exported.claims.filter((c) => c.kind === kind);
  const located = gold.map((g) => ({ g, span: locate(text, g) }));
  const contains = (claim: { start: number; end: number }, at: number) => claim.start <= at && at < claim.end;
  for (const claim of claims) {
    const hits = located.filter(({ span }) => span && contains(claim, span.start));
    const speech = hits.filter(({ g }) => g.kind === undefined || g.kind === 'speech');
    if (speech.length === 0 && !hits.some(({ g }) => g.kind === 'scare')) {
      score.falsePositives++;
      miss(file, `${label} false positive: ${hits.length ? '(a title) ' : ''}"${claim.text.slice(0, 60)}"`);
    }
  }
  for (const { g, span } of located) {
    if (!span) {
      miss(file, `gold ${label} not found in text: "${g.text}"`);
      continue;
    }
    if (g.kind !== undefined && g.kind !== 'speech') continue;
    // The innermost claim holding it: a quote inside a quote is scored as itself, not as the outer one.
    const found = claims.filter((claim) => contains(claim, span.start)).sort((a, b) => a.end - a.start - (b.end - b.start))[0];
    if (!found) {
      score.falseNegatives++;
      miss(file, `${label} missed: "${g.text}"`);
      continue;
    }
    score.truePositives++;
    speakers.judged++;
    if (speakerMatches(exported, found.speaker, g.speaker)) speakers.correct++;
    else {
      const said = exported.actors.find((a) => a.id === found.speaker)?.name ?? found.speakerText ?? 'nobody';
      miss(file, `${label} speaker: "${g.text}" → ${said}, gold ${g.speaker ?? 'anonymous/none'}`);
    }
  }
}

function main(): void {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const dir = resolve(args.find((a) => !a.startsWith('--')) ?? 'samples');
  const articles = readdirSync(dir)
    .filter((name) => ['.txt', '.article'].includes(extname(name)))
    .map((name) => join(dir, name))
    .filter((path) => existsSync(path.replace(/\.(txt|article)$/, '.gold.json')))
    .sort();
  if (articles.length === 0) throw new Error(`no articles with gold files in ${dir}`);
  const cli = resolve(__dirname, '../dist/cli.js');
  const exports = JSON.parse(execFileSync(process.execPath, [cli, 'annotate', '--format', 'json', ...articles], { encoding: 'utf8', maxBuffer: 1 << 28 })) as ArticleExport[];

  const actors = new Score(), kinds = new Score(), splits = { count: 0 };
  const dates = new Score(), dateValues = new Score();
  const deadlines = new Score(), dues = new Score();
  const quotes = new Score(), quoteSpeakers = new Score();
  const reported = new Score(), reportedSpeakers = new Score();
  const documentDates = new Score();

  for (const exported of exports) {
    const file = exported.file;
    const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    const gold = JSON.parse(readFileSync(file.replace(/\.(txt|article)$/, '.gold.json'), 'utf8')) as Gold;
    documentDates.judged++;
    if (exported.documentDate === gold.documentDate) documentDates.correct++;
    else miss(file, `document date ${exported.documentDate}, gold ${gold.documentDate}`);
    scoreActors(file, exported, gold, actors, kinds, splits);
    const dated = gold.documentDate !== null;
    scoreSpans(file, 'date', text, exported.dates, gold.dates, dates, dated ? dateValues : new Score(), (d) => d.value, (g) => g.value, (g) => g.required !== false);
    scoreSpans(file, 'deadline', text, exported.deadlines, gold.deadlines, deadlines, dues, (d) => d.due, (g) => g.due, () => true);
    scoreClaims(file, 'quote', text, exported, 'quote', gold.quotes, quotes, quoteSpeakers);
    scoreClaims(file, 'reported', text, exported, 'reported', gold.reported, reported, reportedSpeakers);
  }

  const pct = (x: number) => x.toFixed(3);
  const rows: [string, Score, string, string][] = [
    ['actors', actors, `kind accuracy ${pct(kinds.accuracy)}`, `splits ${splits.count}`],
    ['dates', dates, `value accuracy ${pct(dateValues.accuracy)} (${dateValues.judged} judged, dated samples)`, ''],
    ['deadlines', deadlines, `due accuracy ${pct(dues.accuracy)}`, ''],
    ['quotes', quotes, `speaker accuracy ${pct(quoteSpeakers.accuracy)}`, ''],
    ['reported', reported, `speaker accuracy ${pct(reportedSpeakers.accuracy)}`, ''],
  ];
  console.log(`Article Lens eval: ${exports.length} articles in ${dir}`);
  console.log(`document dates: ${documentDates.correct}/${documentDates.judged} right`);
  console.log('category    precision  recall     F1     tp   fp   fn   extra');
  for (const [name, s, extra, more] of rows) {
    console.log(
      `${name.padEnd(11)} ${pct(s.precision).padStart(9)} ${pct(s.recall).padStart(7)} ${pct(s.f1).padStart(6)} ${String(s.truePositives).padStart(5)} ${String(s.falsePositives).padStart(4)} ${String(s.falseNegatives).padStart(4)}   ${extra}${more ? `, ${more}` : ''}`,
    );
  }
  if (verbose) for (const line of misses) console.log(`  ${line}`);
  else if (misses.length) console.log(`(${misses.length} misses and false positives; --verbose lists them)`);
}

main();
