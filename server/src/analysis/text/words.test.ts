import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isSpaceAt } from './words';

test('isSpaceAt reads every UTF-16 code unit as \\s does', () => {
  for (let code = 0; code <= 0xffff; code++) {
    const character = String.fromCharCode(code);
    assert.equal(isSpaceAt(`a${character}`, 1), /\s/.test(character), `U+${code.toString(16)}`);
  }
});
