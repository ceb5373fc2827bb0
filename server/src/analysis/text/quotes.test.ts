import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from './segment';
import { findQuotations } from './quotes';
import { ParagraphCache } from '../paragraph-cache';
import { analyze } from '../index';

const pairs = (text: string) => findQuotations(text, segment(text).paragraphs).quotations.map((q) => [text.slice(q.start, q.end), q.style, q.nested]);

test('curly, straight and the “…" mix pair up; nested single quotes are marked', () => {
  assert.deepEqual(pairs('He said “yes,” then "no" and “maybe," adding “she said ‘never’ twice.”'), [
    ['“yes,”', 'curly', false],
    ['"no"', 'straight', false],
    ['“maybe,"', 'mixed', false],
    ['“she said ‘never’ twice.”', 'curly', false],
    ['‘never’', 'curly', true],
  ]);
});

test('German quotes „…“ pair up: the closing “ opens nothing', () => {
  assert.deepEqual(pairs('„Wir schaffen das nicht allein“, sagte Merz, and “we will,” he added.'), [
    ['„Wir schaffen das nicht allein“', 'curly', false],
    ['“we will,”', 'curly', false],
  ]);
  assert.deepEqual(findQuotations('„Nein“ und „Ja“.', segment('„Nein“ und „Ja“.').paragraphs).strayQuoteMarks, []);
});

test('a straight quote glued to a full stop and a capital opens a quotation', () => {
  assert.deepEqual(pairs('Sales fell in May."Nobody saw it coming," she said.'), [['"Nobody saw it coming,"', 'straight', false]]);
});

test('apostrophes in contractions, possessives and decades are not quotation marks', () => {
  assert.deepEqual(pairs('Scholz’s aides said the ’90s plan isn’t dead and the workers’ union agreed.'), []);
});

test('a paragraph that opens a quote without closing it continues in the next paragraph’s opening mark', () => {
  const text = '“We came in good faith,\n\n“and we leave in good faith,” she said.';
  const { quotations, strayQuoteMarks } = findQuotations(text, segment(text).paragraphs);
  assert.equal(quotations.length, 2);
  assert.equal(quotations[0].close, null);
  assert.equal(quotations[0].continued, true);
  assert.equal(quotations[1].continues, 0);
  assert.deepEqual(strayQuoteMarks, []);
});

test('British copy runs a ‘…’ quote on into the next paragraph the same way, and its speaker is the one who said its end', () => {
  const text = '‘I have spent 12 years on those doorsteps. Nobody asked us for this.\n\n‘If the whips think calls will fix it, they are wrong,’ Dan Whitlock said.';
  const { quotations } = findQuotations(text, segment(text).paragraphs);
  assert.deepEqual(quotations.map((q) => [q.close === null, q.continued, q.continues]), [[true, true, null], [false, false, 0]]);
  const claims = analyze(text).claims.filter((c) => c.kind === 'quote');
  // One claim over both parts (see claims.test.ts).
  assert.deepEqual(claims.map((c) => c.speakerText), ['Dan Whitlock']);
  // A ‘ inside a paragraph left open is no run-on quote.
  assert.deepEqual(pairs('He called it ‘a mess.\n\nThe vote was lost.'), []);
});

test('a British ‘…’ quote opening a sentence inside its paragraph runs on into the next paragraph too', () => {
  const text = '‘The panel weighed it,’ the judge said. ‘It is not for this court to decide the sentence.\n\n‘It was fair.’';
  const { quotations } = findQuotations(text, segment(text).paragraphs);
  assert.deepEqual(quotations.map((q) => [text.slice(q.start, q.start + 10), q.close === null, q.continued, q.continues]), [
    ['‘The panel', false, false, null],
    ['‘It is not', true, true, null],
    ['‘It was fa', false, false, 1],
  ]);
  // One opening a word mid-sentence is still no run-on quote.
  assert.deepEqual(pairs('He called it ‘a mess.\n\n‘Fine,’ she said.').map(([quote]) => quote), ['‘Fine,’']);
});

test('an inch mark after feet ("the 6\'2" forward") is no quotation mark, and a closing mark after a digit still closes', () => {
  const text = 'The 6\'2" forward said "we won" and the 5’11" keeper agreed.';
  assert.deepEqual(pairs(text), [['"we won"', 'straight', false]]);
  assert.deepEqual(findQuotations(text, segment(text).paragraphs).strayQuoteMarks, []);
  assert.deepEqual(pairs('He said "the score was 3-2" and left.'), [['"the score was 3-2"', 'straight', false]]);
});

test('through a cache, quotations after any edit are those of a fresh pairing; those before it are kept', () => {
  const cache = new ParagraphCache();
  const scan = (text: string) => {
    const { paragraphs, paragraphTexts } = segment(text, cache);
    const found = findQuotations(text, paragraphs, { paragraphTexts, cache });
    assert.deepEqual(found, findQuotations(text, segment(text).paragraphs), text);
    return found;
  };
  let text = 'Intro line here.\n\nHe said “we will go on.\n\n“And we will win,” he added.\n\nShe said ”no.\n\n“Later,” they said. “Soon.\n\n“Very soon,” he said.\n\nThe end “here.”';
  scan(text);
  // Keystrokes in a paragraph: from the second on, the paragraphs before it keep their quotations.
  let firstQuote: object | undefined;
  for (const edited of ['they said', 'they sad', 'they said']) {
    text = text.replace(/they sa\w*/, edited);
    const { quotations } = scan(text);
    if (firstQuote) assert.equal(quotations[0], firstQuote);
    firstQuote = quotations[0];
  }
  // Edits that close or open a quote the next paragraph carries on, add, remove and join paragraphs, and add a stray mark.
  for (const [from, to] of [
    ['we will go on.', 'we will go on.”'],
    ['“Soon.', '“Soon.”'],
    ['“Soon.”', '“Soon.'],
    ['he added.', 'he added.\n\n“Right,” she said.'],
    ['\n\n“Right,” she said.', ''],
    ['Intro line here.', 'Intro ” line here.'],
    ['“Very soon,” he said.', 'Very soon, he said.'],
    ['he said.\n\nThe end', 'he said. The end'],
  ]) {
    text = text.replace(from, to);
    scan(text);
  }
});
