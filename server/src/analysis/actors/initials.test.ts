import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../index';

test('initials before a head\'s title name a body, and join it: "PBOC Governor" is the People\'s Bank of China\'s', () => {
  const { actors } = analyze("The People's Bank of China cut rates. PBOC Governor Pan Gongsheng spoke, as did RBI Governor Sanjay Rao.");
  assert.deepEqual(
    actors.map((a) => [a.name, a.kind, a.aliases]),
    [
      ["People's Bank of China", 'organization', ["People's Bank of China", 'PBOC']],
      ['Pan Gongsheng', 'person', ['Pan Gongsheng']],
      ['RBI', 'organization', ['RBI']],
      ['Sanjay Rao', 'person', ['Sanjay Rao']],
    ],
  );
});

test('a station\'s call sign with its service is a broadcaster: "WGN-TV", "KQED-FM"', () => {
  const { actors } = analyze('The mayor told WGN-TV that she was optimistic, and KQED-FM carried the speech.');
  assert.deepEqual(actors.map((a) => [a.name, a.kind]), [['WGN-TV', 'organization'], ['KQED-FM', 'organization']]);
});
