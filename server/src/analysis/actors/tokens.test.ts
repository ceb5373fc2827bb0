import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from './tokens';

// The words the scanner must find, as one expression (see the comment over the scanner): it is
// the specification, too slow to run on every paragraph but plain to read.
const WORD = /(?:\p{Lu}\.){1,}\p{Lu}(?=\.)|[\p{L}\p{M}\p{N}]+(?:[’'\-&][\p{L}\p{M}\p{N}]+)*|&(?= )/gu;

const ALPHABET = ['a', 'B', 'É', 'é', 'ø', '\u0301', '1', '٣', '.', ' ', '’', "'", '-', '&', '😀', '𝐀', 'U', 'S', 'ß', 'İ', '\ud800', '\udc00', ',', '“', '\n'];

test('the scanner starts a word wherever the word expression does, on arbitrary Unicode', () => {
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  for (let i = 0; i < 20_000; i++) {
    let text = '';
    for (let k = 1 + Math.floor(random() * 24); k > 0; k--) text += ALPHABET[Math.floor(random() * ALPHABET.length)];
    const expected = [...text.matchAll(WORD)].map((m) => m.index);
    assert.deepEqual(tokenize(text, [0]).map((t) => t.start), expected, JSON.stringify(text));
  }
});

test('dotted acronyms, abbreviations and initials keep their full stop; a missing space splits words', () => {
  assert.deepEqual(tokenize('U.S. Sen. J. Doe said.The AT&T deal', [0]).map((t) => t.text), ['U.S.', 'Sen.', 'J.', 'Doe', 'said', 'The', 'AT&T', 'deal']);
});

test('a single capital ending a paragraph is a word, not an initial: "a post on X."', () => {
  assert.deepEqual(tokenize('J. Doe wrote in a post on X.', [0]).map((t) => t.text), ['J.', 'Doe', 'wrote', 'in', 'a', 'post', 'on', 'X']);
});

test('a single capital before a sentence start is a word, not an initial: "on X. Kjeldsen said"', () => {
  const text = 'He posted on X. Kjeldsen said no.';
  assert.deepEqual(tokenize(text, [0, text.indexOf('Kjeldsen')]).map((t) => t.text), ['He', 'posted', 'on', 'X', 'Kjeldsen', 'said', 'no']);
});

test('a plural’s possessive is the apostrophe alone, a closing single quotation mark none: "Farmers’ Guild", ‘the farmers’', () => {
  const tokens = tokenize('The Farmers’ Guild backed ‘the growers’ again.', [0]);
  assert.deepEqual(tokens.map((t) => [t.text, t.possessive]), [['The', false], ['Farmers', true], ['Guild', false], ['backed', false], ['the', false], ['growers', false], ['again', false]]);
  assert.equal(tokens[2].gapBefore, ' ');
});

test('a word after a full stop and an opening quotation mark with no space between starts a sentence: "both sides.“Everybody"', () => {
  const tokens = tokenize('He was tired of both sides.“Everybody lies,” he said.', [0]);
  assert.equal(tokens.find((t) => t.text === 'Everybody')?.sentenceInitial, true);
});

test('a word after Spanish ¡ or ¿ opens a sentence', () => {
  const tokens = tokenize('to chants of “¡Acta por acta!” and ¿Dónde está?', [0]);
  assert.deepEqual(
    tokens.filter((t) => t.capitalized).map((t) => [t.text, t.sentenceInitial]),
    [
      ['Acta', true],
      ['Dónde', true],
    ],
  );
});
