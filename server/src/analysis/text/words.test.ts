import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isAbbreviatedGivenNameAt, isSpaceAt, PLAIN_WORD, wholeWord, wholeWordsOf } from './words';

test('isSpaceAt reads every UTF-16 code unit as \\s does', () => {
  for (let code = 0; code <= 0xffff; code++) {
    const character = String.fromCharCode(code);
    assert.equal(isSpaceAt(`a${character}`, 1), /\s/.test(character), `U+${code.toString(16)}`);
  }
});

test('wholeWord finds a plain word in a text exactly when wholeWordsOf lists it (what role tests look people up by)', () => {
  // Letters outside ASCII that lower or fold to ASCII ones (the Kelvin sign, the long s, a dotted capital I), accents and
  // underscores at a word's edge, digits, capitals, and punctuation inside a role.
  const texts = [
    'Minister of Health', 'health minister', 'prime-minister', 'vice_president', 'Deputy Secretary-General', 'NLC President',
    'Kelvin \u212Aing', 'king', 'the ſecretary', 'secretary', 'İnterior minister', 'interior', 'café chair', 'chairman',
    'chair2', '2chair', 'ministre', 'ministér', 'x_minister', 'chief, head', '',
  ];
  const words = ['minister', 'Minister', 'health', 'president', 'secretary', 'king', 'interior', 'caf', 'chair', 'chief', 'head', 'vice', 'prime', 'x', 'ministre', 'min'];
  for (const word of words) {
    assert.ok(PLAIN_WORD.test(word));
    for (const text of texts) assert.equal(wholeWordsOf(text).includes(word.toLowerCase()), wholeWord(word).test(text), `${word} in ${text}`);
  }
  assert.deepEqual(wholeWordsOf('Deputy Secretary-General, İnterior_2'), ['deputy', 'secretary', 'general', 'nterior_2']);
  assert.ok(!PLAIN_WORD.test('vice-president'));
  // What that rests on: without the `u` flag, no code unit outside ASCII matches an ASCII letter, case aside, and \b reads ASCII's word characters.
  for (let code = 0x80; code <= 0xffff; code++) assert.ok(!/[a-z]/i.test(String.fromCharCode(code)), `U+${code.toString(16)}`);
  for (let code = 0; code <= 0xffff; code++) assert.equal(wholeWordsOf(String.fromCharCode(code)).length === 1, /\w/.test(String.fromCharCode(code)), `U+${code.toString(16)}`);
});

test('"Ma." after a title word opens a given name; after a name it ends one: "Press Officer Ma. Lourdes", "said Jack Ma. Maria Cruz"', () => {
  const titled = 'Palace Press Officer Ma. Lourdes Carpio-Rivera told reporters.';
  const at = titled.indexOf('Ma.');
  assert.equal(isAbbreviatedGivenNameAt(titled, at, at + 2), true);
  const named = 'said Jack Ma. Maria Cruz replied.';
  const end = named.indexOf('Ma.');
  assert.equal(isAbbreviatedGivenNameAt(named, end, end + 2), false);
});
