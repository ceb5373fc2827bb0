// What the words before a verb tell of its subject, in reports and quotes alike.
import { LETTER, wordBefore } from '../text/words';


/**
 * "Asked whether she would resign, Roe said": a fronted question put to the speaker, up to the
 * comma that closes it; its words are neither the subject nor anything said.
 */
export const FRONTED_QUESTION = /^\s*(?:[Ww]hen\s+)?[Aa]sked\s+(?:by\s+[^,;:“”"]{1,40}?\s+)?(?:whether|if|about|why|how|what|when|who|where|which)\b[^;:“”"]{0,160}?,\s*(?=\S)/;

// "had been warned", "was told", "has been dubbed": a passive verb, whose subject heard or was named rather than spoke.
export const PASSIVE_BEFORE = /\b(?:be|been|being|was|were|is|are)\s+$/i;

// Words between a subject and its verb: "the union has said", "Bellandi … and has told the club";
// with nothing else in the clause, its subject is the previous clause's. Lower case: "May said".
const VERB_COMPANION = /^(?:has|have|had|is|was|were|will|would|can|could|may|might|also|later|then|again|quickly|soon|subsequently|already|previously|repeatedly)$/;

// Built once: continuesApposition is asked at every clause opening before every verb.
export const AND_FIRST = /^and\s/;
const APPOSITION_OPENING = /^\s+(?:a|an|the|\p{Ll}[\p{L}-]*\s+of)\s/u;
// "A bench headed by Justice Rao, with judicial member Justice Kohli and expert member Dr Iyer, said":
// an aside naming who else is there, whose "and" joins its names.
const COMPANY_ASIDE = /^\s+(?:with|along\s+with|alongside|joined\s+by|including)\s/;
const APPOSITION_GOES_ON = /^(?:an?\s|(?:the\s+)?[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?\s+(?:of|in|at|from|for|with)\s)/u;
const WHO_WORD = /\swho\s/;
const CLOSES_ON_COMMA = /^[^,;:]*,\s*$/;
// (Its verb's auxiliaries may follow that comma: ", has promised".)
const ROLE_WITH_RELATIVE = /^(?:[\p{Ll}-]+\s+){1,3}who\s[^,;:]*,\s*(?:(?:has|have|had|is|was|will|would|also)\s+)*$/u;

/**
 * "X, a political scientist and a former adviser, said": inside an apposition that opened with an
 * article, "and a …" adds to the description; it starts no clause.
 */
export function continuesApposition(before: string, match: RegExpMatchArray, end: number): boolean {
  if (!AND_FIRST.test(match[0])) return false;
  const comma = before.lastIndexOf(',', match.index!);
  if (comma < 0) return false;
  const aside = before.slice(comma + 1, match.index!);
  const rest = before.slice(match.index! + match[0].length, end);
  if (COMPANY_ASIDE.test(aside)) return CLOSES_ON_COMMA.test(rest);
  // "X, vice-chancellor of the university and chair of …": a role without an article opens one too.
  if (!APPOSITION_OPENING.test(aside)) return false;
  // "…, an economist at the university and (the) author of …", "… and chair of the council": a role
  // with its "of" adds to it too; "Kevin Marchetti, a lawyer who represented the city … and now
  // teaches at …, said": so does the apposition's relative clause, on to the comma that closes it
  // before the verb.
  // "…, a sugarcane and citrus farmer in Hidalgo County": so does a role placed by its preposition.
  // "…, an economist and former senator who once ran Bogotá's water utility, has promised": so does
  // a second role with its relative clause, on to the comma before the verb.
  return APPOSITION_GOES_ON.test(rest) || ROLE_WITH_RELATIVE.test(rest) || (WHO_WORD.test(before.slice(comma, match.index!)) && CLOSES_ON_COMMA.test(rest));
}

/** The words that count a group of unnamed people: "several applicants", "two bidders", "dozens of residents". */
export const COUNTING_WORDS = String.raw`(?:several|many|some|few|dozens\s+of|hundreds\s+of|thousands\s+of|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten)`;

/**
 * Whether `at` in the words before a verb lies in an aside set off by commas ("Achebe, speaking in
 * Stockholm hours before the announcement, said"): a subordinate clause there is the subject's,
 * not the verb's ("After the vote, Roe said" has no comma before it).
 */
export function isInCommaAside(before: string, at: number): boolean {
  return before.lastIndexOf(',', at) >= 0 && before.indexOf(',', at) >= 0;
}

/** Where the subject in `before` from `start` to `end` ends, past any auxiliaries and adverbs before the verb (read back word by word). */
export function withoutVerbCompanions(before: string, start: number, end: number): number {
  let subjectEnd = end;
  for (;;) {
    const word = wordBefore(before, subjectEnd, LETTER, undefined, start);
    if (word.start === word.end || !VERB_COMPANION.test(before.slice(word.start, word.end))) return word.end === start ? start : subjectEnd;
    subjectEnd = word.start;
  }
}

// "Another woman, who gave only her first name, Saule, said", "a driver, who identified himself only as Ivan,
// said", "…,” said one woman, who gave only her first name, Saule.": the name a relative clause gives, at its
// end, is the subject's own.
const NAME_GIVEN = /\b(?:name|name\s+as|(?:identified|introduced)\s+(?:herself|himself|themselves)\s+(?:only\s+)?as)\s*,?\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?)[,.]?[”"’]?\s*$/u;

/** The name a relative clause gives the subject it follows (NAME_GIVEN), where it stands in `relative`, or null. */
export function nameGivenIn(relative: string): { start: number; end: number } | null {
  if (!relative.includes('name') && !relative.includes(' as ')) return null;
  const given = NAME_GIVEN.exec(relative);
  if (!given) return null;
  const start = given.index + given[0].lastIndexOf(given[1]);
  return { start, end: start + given[1].length };
}
