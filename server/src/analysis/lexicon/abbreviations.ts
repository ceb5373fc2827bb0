// Words that take a full stop without ending a sentence, as written (case matters: "Sun." is
// an abbreviation, "the sun." ends a sentence).
const CAPITALIZED = [
  // titles
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'sens', 'rep', 'reps', 'gov', 'lt', 'gen', 'col', 'maj', 'capt',
  'cmdr', 'adm', 'sgt', 'cpl', 'pvt', 'atty', 'supt', 'insp', 'rev', 'fr', 'sr', 'jr', 'st', 'hon',
  'pres', 'amb', 'sec', 'mme', 'mlle', 'messrs', 'smt', 'engr', 'rt', 'coun', 'cllr', 'adv',
  // months and days
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  // companies and places
  'inc', 'corp', 'co', 'ltd', 'plc', 'bros', 'dept', 'univ', 'assn', 'ave', 'blvd', 'rd', 'mt', 'ft',
  // U.S. states as written in party affiliations: Sen. Maria Lopez (D., N.M.)
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la',
  'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex',
  'va', 'vt', 'wash', 'wis', 'wyo',
  // Canadian provinces: Ottawa, Ont.
  'alta', 'sask', 'ont', 'que', 'nfld',
  'no', 'nos', 'vol', 'fig',
  // name initials of two letters or more: Telugu "Ch. Venkateswarlu", Malay "Mohd. Najib" ("Md." is Maryland's above)
  'ch', 'mohd', 'muhd',
];
const LOWER_CASE = ['vs', 'approx', 'est', 'cf', 'al', 'e.g', 'i.e', 'p', 'pp'];

export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...CAPITALIZED.map((word) => word[0].toUpperCase() + word.slice(1)),
  ...CAPITALIZED.map((word) => word.toUpperCase()),
  ...LOWER_CASE,
]);
