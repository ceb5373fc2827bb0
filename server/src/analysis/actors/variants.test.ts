import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isSpellingVariant } from './variants';

test('transliteration variants are one name', () => {
  for (const [a, b] of [['Gaddafi', 'Qaddafi'], ['Zelensky', 'Zelenskiy'], ['Zelensky', 'Zelenskyy'], ['Navalny', 'Navalnyy'], ['José', 'Jose'], ['Hoffman', 'Hoffmann']]) {
    assert.ok(isSpellingVariant(a, b), `${a} / ${b}`);
  }
});

test('different names stay apart', () => {
  for (const [a, b] of [['Jansen', 'Hansen'], ['Peterson', 'Petersen'], ['Roe', 'Rae'], ['Robertson', 'Robinson']]) {
    assert.ok(!isSpellingVariant(a, b), `${a} / ${b}`);
  }
});
