// Verbs that only attribute a quote ("“…,” she quipped", "protesters chanted “…”"): see QUOTE_OR_THAT_VERBS.
const QUOTE_ATTRIBUTING_VERBS = ['quipped', 'joked', 'shouted', 'yelled', 'whispered', 'exclaimed', 'remarked', 'mused', 'chanted'];

// "…, adding that": reporting participles, which share the subject of their clause.
export const REPORTING_PARTICIPLES = ['saying', 'telling', 'adding', 'arguing', 'warning', 'noting', 'insisting', 'writing'].join('|');

// Finite reporting verbs, as a regular-expression alternation (longer forms first).
export const FINITE_REPORTING_VERBS = [
  'said', 'says', 'say', 'told', 'tells', 'tell', 'insisted', 'insists', 'warned', 'warns', 'argued', 'argues', 'claimed',
  'claims', 'acknowledged', 'acknowledges', 'announced', 'announces', 'revealed', 'reveals', 'wrote', 'writes',
  'added', 'adds', 'noted', 'notes', 'asked', 'asks', 'denied', 'denies', 'confirmed', 'confirms', 'stressed',
  'explained', 'estimated', 'estimate', 'estimates', 'predicted', 'suggested', 'reported', 'testified', 'conceded',
  'maintained', 'contended', 'cautioned', 'recalled', 'replied', 'responded', 'tweeted', 'posted', 'declared',
  'stated', 'admitted', 'alleged', 'complained', 'countered', 'observed',
  // Verbs whose listeners come first ("assured investors that", "reminded drivers the bridge would shut").
  'assured', 'assures', 'reassured', 'reassures', 'reminded', 'reminds', 'informed', 'informs', 'notified', 'notifies', 'advised', 'advises',
  'reiterated', 'reiterates', 'emphasized', 'emphasised', 'emphasizes', 'emphasises', 'disclosed', 'discloses',
  // The plural present of headlines and web copy: "MPs warn", "critics argue", "officials insist".
  'warn', 'argue', 'insist', 'admit', 'concede', 'deny', 'confirm', 'allege',
  // The present of web copy ("she explains", "he admits"), as "says" and "warns".
  'stresses', 'explains', 'suggests', 'predicts', 'admits', 'concedes', 'complains', 'cautions', 'maintains', 'contends', 'counters', 'alleges',
  // A tabloid's own scoop: "…, the Daily Glow can reveal".
  'can reveal',
  ...QUOTE_ATTRIBUTING_VERBS,
].join('|');

export const REPORTING_VERBS = `${FINITE_REPORTING_VERBS}|${REPORTING_PARTICIPLES}`;

/**
 * A lookahead for the letters the plain words of `alternation` ('|'-separated) open with, for an
 * expression ignoring case: tested at each word boundary before a long alternation, it turns most
 * words away at once (a quarter of the time of a scan over every sentence).
 */
export function openingLetters(alternation: string): string {
  return `(?=[${[...new Set(alternation.split('|').map((word) => word[0].toLowerCase()))].join('')}])`;
}

// Verbs that report only with a that-clause: "signaled that it would wait", not "signaled a shift";
// "projected that the fund could run short", not "projected a deficit"; "point out that"; an
// audit's or an inquiry's "found that the ministry had paid", not "found a buyer" ("projects
// that …", "forecasts that …" are mostly nouns with a relative clause); "made clear that", not
// "made clear progress"; "vowed that no worker would be punished", not "vowed to act" nor
// "promised a review" (which quote a phrase: see QUOTING_ONLY_VERBS).
export const THAT_ONLY_VERBS = [
  'signaled', 'signalled', 'signals', 'signaling', 'signalling', 'ruled', 'rules', 'projected', 'forecast',
  'pointed out', 'points out', 'point out', 'found', 'finds', 'made clear', 'made it clear', 'makes clear', 'makes it clear',
  'vowed', 'pledged', 'promised',
  // "concluded that the ministry had erred" (as "found"; a report "concludes that"), "indicated that", "hinted that", "lamented that", "boasted that",
  // "released figures showing that" (see reportedClaims).
  'concluded', 'concludes', 'indicated', 'hinted', 'lamented', 'boasted', 'showing',
  // Court copy: counsel "submitted that the survey had been ordered" (not "submitted a report"); a
  // court "held that the fee was void" (not "held a hearing").
  'submitted', 'submits', 'held', 'holds',
].join('|');

// Verbs that attribute a quote ("“…,” she testified") but report speech only with a that-clause
// ("testified for the plaintiffs", "declared a local emergency", "his remarks posted online" report nothing).
// "shouted slogans", "joked about the weather", "chanted slogans" report nothing either.
export const QUOTE_OR_THAT_VERBS = ['testified', 'testifies', 'declared', 'declares', 'posted', 'posts', ...QUOTE_ATTRIBUTING_VERBS].join('|');

// "critics call his approach “…”", not the noun ("issued a call for “restraint”").
const CALL_AS_VERB = String.raw`(?<!\b(?:a|an|the|this|that|his|her|its|their|our|one|no)\s)call`;

// Verbs that introduce someone's words as a label: "called the plan “reckless”", "accused him of “bullying”".
export const CHARACTERIZING_VERBS = [
  'called', 'calls', 'calling', CALL_AS_VERB, 'accused', 'accuses', 'accusing', 'described', 'describes', 'dubbed', 'branded', 'labeled', 'labelled',
  // "dismissed that as “fairy tales”", "hailed the deal as “historic”".
  'dismissed', 'dismisses', 'derided', 'derides', 'denounced', 'denounces', 'hailed', 'hails', 'praised', 'praises', 'condemned', 'condemns',
  // "a habit voters mock as “…”" (the bare "mock" only before its "as": "a mock trial" is no verb).
  'mocked', 'mocks', String.raw`mock(?=\s+as\b)`, 'ridiculed', 'ridicules',
].join('|');

// A clause opening with one of these is a new clause, never an attribution of what came before.
export const CLAUSE_CONJUNCTION = /^\s*(?:and|but|while|though|although|whereas|even\s+(?:as|though|if|when))\b/i;

// Verbs that quote someone's words only as a phrase after them ("promised to act “before the
// winter storms”", "citing “unresolved questions of provenance”", "put its chances at “slightly
// worse than a coin toss”"): a partial quote's verb, no reporting verb.
// "A circular … refers to “the port of Odessa”": a text quoted by the words it uses.
// "Beijing urged “all parties” to show restraint", "demanded “a full accounting”": an appeal in the speaker's words.
export const QUOTING_ONLY_VERBS = ['promised', 'promises', 'pledged', 'pledges', 'vowed', 'vows', 'cited', 'cites', 'citing', 'put', 'puts', 'refers to', 'referred to', 'urged', 'urges', 'urging', 'demanded', 'demands', 'demanding',
  // "The bench also directed the company to remove the muck “not later than June 15”": a direction's words are its
  // issuer's ("ordered" is left out: "ordered a freeze in towns it classifies as “stressed”" quotes a label).
  'directed', 'directs',
  // "cut his rating to “neutral” from “buy”", "downgraded the shares to “sell”": a rating is the analyst's word;
  // "The club thanked the defender “for his commitment”": thanks are the thanker's words.
  'rated', 'rates', 'rating', 'downgraded', 'upgraded', 'thanked'].join('|');

// Every verb that puts words in someone's mouth, reporting or labelling.
export const SPEAKING_VERBS = `${REPORTING_VERBS}|${CHARACTERIZING_VERBS}`;

// A quote closing on a comma, question or exclamation mark (“…,” she said) leaves its sentence open for an attribution,
// inside a nested quote's closing mark too (“… a ‘team player,’” she said).
export const OPEN_FOR_ATTRIBUTION = /[,?!—-]’?["”’]?$/;

// "Marchetti, who negotiated the deal and has been commissioner since 2023, argued": a relative
// clause between the subject and its verb, quoting or not ("who called it “a relic,”"); its
// "and" starts no new clause; so does an "as" aside ("Soren Kjeldsen, as his name appears in its
// releases, said"). So is an apposition's ("Bill Ahlgren, a retired teacher whose sailboat, the
// Hazel Dee, burned …, said": no name in it is the subject).
export const RELATIVE_CLAUSE_BEFORE_VERB = /,\s+(?:(?:an?|the)\s[^;:,“”"]{1,60}?\s(?=whose\s|who\s))?(?:who|which|whose|as)\s[^;:,]{0,160}(?:,[^;:,]{0,160}){0,3},[”"’]?\s*$/;
