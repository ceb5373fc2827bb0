// Spelling variants of one name: transliterations (Gaddafi / Qaddafi, Zelensky / Zelenskiy /
// Zelenskyy, Navalny / Navalnyy) and accents (José / Jose), decided by general rules.
import { memoizeByString, memoizeByStringPair, PHRASE_MEMO_LIMIT } from '../memo';
import { LETTER_D, LETTER_T } from '../text/char-codes';

// Letters that transliterations of one sound swap: Qaddafi / Gaddafi, Yulia / Julia, Khalid / Halid.
const SOUND_CLASSES: [RegExp, string][] = [
  [/^dzh|^dj|^zh/g, 'j'],
  [/ph/g, 'f'],
  // Arabic dhal is written dh or th: Mundhir / Munther.
  [/dh/g, 'th'],
  [/kh/g, 'h'],
  [/ou/g, 'u'],
  [/q|g|c(?=[aou])/g, 'k'],
  [/[yj]/g, 'i'],
  // Somali spelling writes an h with an x: Farah / Faarax (only a word-final x after a vowel).
  [/(?<=[aeiou])x\b/g, 'h'],
  [/w/g, 'v'],
];

/** Lower case, accents removed, transliteration endings, sound classes and doubled letters folded. */
export const foldName = memoizeByString(computeFold);

// "El-Sawy" / "al-Sawi", "Al-Nuaimi": the Arabic article, written many ways, is no part of the spelling.
const ARTICLE_PARTICLE = /^(?:al|el|ad|an|ar|as|ash|at|az|ul)[-’'](?=\p{L})/u;

const MARKS = /\p{M}/gu;
// Letters that carry their stroke or ligature in themselves, so decomposing leaves them as they are.
const PLAIN_LETTERS: Readonly<Record<string, string>> = { ø: 'o', Ø: 'O', æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe', ß: 'ss', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', þ: 'th', Þ: 'Th', ı: 'i' };
const UNDECOMPOSED = /[øØæÆœŒßłŁđĐðÐþÞı]/g;
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** Accents off: "Gdańsk" → "Gdansk", "José" → "Jose", "Søren" → "Soren". */
export function withoutMarks(text: string): string {
  if (ASCII_ONLY.test(text)) return text;
  return text.normalize('NFD').replace(MARKS, '').replace(UNDECOMPOSED, (letter) => PLAIN_LETTERS[letter]);
}

function computeFold(name: string): string {
  let folded = withoutMarks(name)
    .toLowerCase()
    .replace(ARTICLE_PARTICLE, '')
    .replace(/['’`-]/g, '')
    .replace(/(?:iy|yy|ij|ii|yi)$/, 'y');
  for (const [pattern, replacement] of SOUND_CLASSES) folded = folded.replace(pattern, replacement);
  return folded.replace(/(.)\1+/g, '$1');
}

/** Levenshtein distance, stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = 2): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}

/**
 * Two written forms of one name word. Guards keep apart short names and names that differ
 * in more than one letter of a short stem: Jansen / Hansen are different people. A word in
 * capitals (a dateline's "LAS CRUCES") is the other written loud, not spelled another way.
 */
export function isSpellingVariant(a: string, b: string): boolean {
  return a === b || isSpellingVariantOfFolds(a, foldName(a), b, foldName(b));
}

/** isSpellingVariant of `a` and `b`, their folds (foldName) `x` and `y` known. */
export function isSpellingVariantOfFolds(a: string, x: string, b: string, y: string): boolean {
  if (x === y) return (a === a.toUpperCase()) === (b === b.toUpperCase());
  // al-Jubouri / al-Jibouri: an Arabic surname with its article swaps vowels as Arabic given names do.
  if (ARABIC_ARTICLE_PREFIX.test(a) && ARABIC_ARTICLE_PREFIX.test(b) && sameVowelFrame(x, y)) return true;
  if (Math.min(x.length, y.length) < 6) return false;
  // Both cases below need the first and last letters to agree: most pairs stop here, before the edit distance.
  // Nor can two folds of lengths more than two apart be two edits apart: no pair to build and look up.
  if (x[0] !== y[0] || x[x.length - 1] !== y[y.length - 1] || Math.abs(x.length - y.length) > 2) return false;
  return closeFolds(x, y);
}

// Transliterations keep the ending and most of the stem: one edit, or two in long names where
// the first and last letters agree. The same pairs come back in every analysis of a document.
const closeFolds = memoizeByStringPair((x, y) => {
  const distance = editDistance(x, y, 2);
  if (distance <= 1) return x.slice(-2) === y.slice(-2);
  return distance === 2 && x.length >= 8;
}, PHRASE_MEMO_LIMIT);

const VOWELS = /[aeiou]/g;
const LEADING_GLIDE = /^i(?=[aeou])/;

function withoutLeadingGlide(folded: string): string {
  return folded.replace(LEADING_GLIDE, '');
}

/**
 * Two written forms of one given name. Beyond the spelling variants, transliterations of Arabic
 * and similar names swap vowels freely (Mohammed / Muhammad, Youssef / Yusuf): the consonants,
 * the first letter and the last must agree, so Maria / Mario and Daniel / Daniela stay apart.
 */
const LEADING_O_OR_A = /^(?:oa|ao)$/;
const FINAL_D_OR_T = /^(?:dt|td)$/;

export function isGivenNameVariant(a: string, b: string): boolean {
  return isGivenNameVariantOfFolds(a, foldName(a), b, foldName(b));
}

/** isGivenNameVariant of `a` and `b`, their folds (foldName) `x` and `y` known. */
export function isGivenNameVariantOfFolds(a: string, x: string, b: string, y: string): boolean {
  if (a === b || isSpellingVariantOfFolds(a, x, b, y)) return true;
  // Yevgeny / Evgeny, Yelena / Elena: a transliteration's leading Y (folded to "i") before a vowel.
  if (Math.min(x.length, y.length) >= 5 && withoutLeadingGlide(x) === withoutLeadingGlide(y)) return true;
  // Oleksandr / Aleksandr: the Ukrainian and the Russian spelling differ in a leading O and A (not Ellen / Allen).
  if (x.length >= 6 && x.length === y.length && x.slice(1) === y.slice(1) && LEADING_O_OR_A.test(x[0] + y[0])) return true;
  // Davit / David, Mehmet / Mehmed: a final d written t, as Georgian and Turkish spell it.
  if (x.length >= 5 && x.length === y.length && x.slice(0, -1) === y.slice(0, -1) && FINAL_D_OR_T.test(x[x.length - 1] + y[y.length - 1])) return true;
  return sameVowelFrame(x, y);
}

const ARABIC_ARTICLE_PREFIX = /^(?:al|el)[-’']/i;
const skeleton = (folded: string) => folded.slice(1).replace(VOWELS, '');

/**
 * Folds (foldName) with the same first and last letters and consonants, at most two vowels apart:
 * Mohammed / Muhammad; Hassan / Hussein share their consonants but are two edits and more apart.
 */
function sameVowelFrame(x: string, y: string): boolean {
  return Math.min(x.length, y.length) >= 5 && x[0] === y[0] && x[x.length - 1] === y[y.length - 1] && skeleton(x) === skeleton(y) && editDistance(x, y, 2) <= 2;
}

// Every rule of isGivenNameVariant keeps the folds of two spellings at most two letters apart in
// length and ending in one letter, but for a final d written t (Davit / David): a rule that did
// not would have to change the shapes below.
const VARIANT_LENGTH_SPREAD = 2;

function shapeOf(length: number, folded: string): number {
  const last = folded.length === 0 ? 0 : folded.charCodeAt(folded.length - 1);
  return length * 0x10000 + (last === LETTER_T ? LETTER_D : last);
}

/** The length and the last letter of a given name's fold (foldName), as one number: the given names of a document are filed by it. */
export function givenNameShape(folded: string): number {
  return shapeOf(folded.length, folded);
}

/** The shapes (givenNameShape) of every name of which the name folded (foldName) as `folded` may be a variant (isGivenNameVariant). */
export function givenNameVariantShapes(folded: string): number[] {
  const shapes: number[] = [];
  for (let length = folded.length - VARIANT_LENGTH_SPREAD; length <= folded.length + VARIANT_LENGTH_SPREAD; length++) shapes.push(shapeOf(length, folded));
  return shapes;
}

// Vowels that romanizations of one Korean syllable write differently: Seung / Sung / Seong, Joon / Jun, Choi / Choe.
const KOREAN_VOWEL_SPELLINGS = /eo|eu|oo|ee|oi\b/g;
const KOREAN_VOWEL_FOLDS: Readonly<Record<string, string>> = { eo: 'u', eu: 'u', oo: 'u', ee: 'i', oi: 'oe' };

/**
 * A Korean name written in its own order (surname, hyphenated given name), its syllables folded as
 * their romanizations meet: "Choi Seung-min" and "Choe Sung-min" are one name. Only for such
 * names: elsewhere these vowels tell names apart.
 */
export function foldKoreanName(words: readonly string[]): string {
  return words.join(' ').toLowerCase().replace(KOREAN_VOWEL_SPELLINGS, (vowels) => KOREAN_VOWEL_FOLDS[vowels]);
}

// What Ukrainian and Russian romanizations of one Cyrillic name write differently: Г is h in
// Ukrainian and g in Russian (Hnatyuk / Gnatyuk, Serhiy / Sergei), x is ks (Alexei / Oleksiy), the
// Ukrainian O- is the Russian A- (Oleksiy / Aleksei), and the endings -iy, -yi, -ei, -ey are one sound.
const EAST_SLAVIC_SPELLINGS: [RegExp, string][] = [
  [/x/g, 'ks'],
  [/(?<![kzcs])h/g, 'g'],
  [/^ole(?=k)/, 'ale'],
  [/(?:ei|ey|ej|iy|ii|yi|yy|y)$/, 'i'],
];

// Surname endings of Ukrainian, Russian and Belarusian names: only such names are folded so.
// ("-uk" covers "-chuk" and "-yuk", "-ko" covers "-enko".)
const EAST_SLAVIC_SURNAME = /(?:uk|ko|ov|ova|ev|eva|iv|yn|ina|sky|skyi|skyy|skiy|skii|ska|skaya|ych|ich|yak|iak|ets)$/;

/** A name word folded so that its Ukrainian and Russian romanizations meet: "Hnatyuk" and "Gnatyuk". */
const foldEastSlavic = memoizeByString((word: string): string => {
  let folded = withoutMarks(word).toLowerCase();
  for (const [pattern, replacement] of EAST_SLAVIC_SPELLINGS) folded = folded.replace(pattern, replacement);
  return foldName(folded);
});

/** "Oleksiy Hnatyuk" / "Alexei Gnatyuk": a key that a given name and a surname of East Slavic form share across romanizations, or null. */
export function eastSlavicNameKey(given: string, surname: string): string | null {
  return hasEastSlavicEnding(surname) ? `${foldEastSlavic(given)} ${foldEastSlavic(surname)}` : null;
}

// Asked of every name of two words that the grouping adds, again in every analysis.
const hasEastSlavicEnding = memoizeByString((surname) => EAST_SLAVIC_SURNAME.test(withoutMarks(surname).toLowerCase()));
