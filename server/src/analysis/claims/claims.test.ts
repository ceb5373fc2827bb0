import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, ParagraphCache } from '../index';

/** [quoted or reported text, speaker name or speakerText, kind] for each claim. */
function claimsOf(text: string): [string, string | null, string][] {
  const model = analyze(text);
  return model.claims.map((c) => [
    c.text.replace(/\s+/g, ' ').slice(0, 40),
    model.actors.find((a) => a.id === c.speaker)?.name ?? (c.anonymous ? `anonymous: ${c.speakerText}` : null),
    c.kind,
  ]);
}

const INTRO = 'Jane Roe, a former State Department adviser, and Tomas Varga, a senator, met. ';

test('speaker after the quote: said X, X said, asked X, X wrote on social media', () => {
  assert.deepEqual(claimsOf(`${INTRO}“We will not yield,” said Roe. “Nor will we,” Varga said. “Why now?” asked Roe. “Never,” Varga wrote on social media.`), [
    ['“We will not yield,”', 'Jane Roe', 'quote'],
    ['“Nor will we,”', 'Tomas Varga', 'quote'],
    ['“Why now?”', 'Jane Roe', 'quote'],
    ['“Never,”', 'Tomas Varga', 'quote'],
  ]);
});

test('speaker before the quote: X said: “Q” and X told reporters, “Q”; a quote spanning sentences', () => {
  assert.deepEqual(claimsOf(`${INTRO}Roe said: “This is over. We are done.” Varga told reporters, “Not yet.”`), [
    ['“This is over. We are done.”', 'Jane Roe', 'quote'],
    ['“Not yet.”', 'Tomas Varga', 'quote'],
  ]);
});

test('pronouns resolve to the nearest compatible person, never to a place', () => {
  const claims = claimsOf('Maria Lopez spoke in Berlin. “We are ready,” she said. Olaf Scholz nodded. “So are we,” he said.');
  assert.deepEqual(claims.map(([, speaker]) => speaker), ['Maria Lopez', 'Olaf Scholz']);
});

test('a stand-alone quote paragraph and a second quote in a paragraph keep the speaker', () => {
  const text = `${INTRO}Roe said the plan was sound.\n\n“It will work.”\n\n“We tested it,” Varga said. “Twice.”`;
  assert.deepEqual(claimsOf(text).filter(([, , kind]) => kind === 'quote').map(([q, s]) => [q, s]), [
    ['“It will work.”', 'Jane Roe'],
    ['“We tested it,”', 'Tomas Varga'],
    ['“Twice.”', 'Tomas Varga'],
  ]);
});

test('a multi-paragraph quote is one speaker’s', () => {
  const text = `${INTRO}“We came here in good faith,\n\n“and we leave in good faith,” Roe said.`;
  assert.deepEqual(claimsOf(text).map(([, s]) => s), ['Jane Roe', 'Jane Roe']);
});

test('anonymous sources, partial, scare and title quotes', () => {
  const claims = claimsOf(`${INTRO}“It is finished,” said a senior European diplomat. Varga called the plan “reckless.” The so-called “peace dividend” vanished. Roe wrote the book “The Long Table.”`);
  assert.deepEqual(claims, [
    ['“It is finished,”', 'anonymous: a senior European diplomat', 'quote'],
    ['“reckless.”', 'Tomas Varga', 'quote'],
  ]);
  assert.ok(analyze(`${INTRO}Varga called the plan “reckless.”`).claims[0].partial);
});

test('reported speech: subject verb content, according to, and trailing attribution', () => {
  assert.deepEqual(claimsOf(`${INTRO}Roe said the talks would resume in July. According to people familiar with the talks, the deal is close. The vote will slip, aides said. Varga denied that account of events.`), [
    ['the talks would resume in July', 'Jane Roe', 'reported'],
    ['the deal is close', 'anonymous: people familiar with the talks', 'reported'],
    ['The vote will slip', 'anonymous: aides', 'reported'],
    ['that account of events', 'Tomas Varga', 'reported'],
  ]);
});

test('apostrophes are never quotation marks', () => {
  const model = analyze('Scholz’s aides said the ’90s plan isn’t dead and the workers’ union agreed.');
  assert.deepEqual(model.quotations, []);
});

test('speakers kept for unchanged paragraphs follow an edit elsewhere as a fresh analysis does', () => {
  const text = 'Jane Roe met the mayor on Monday.\n\nThe talks, she said, had gone well. “We are close,” she added.\n';
  const cache = new ParagraphCache();
  analyze(text, { cache });
  // Only moves the mentions: the kept speakers are reused, at their new offsets.
  const moved = text.replace('met', 'briefly met');
  assert.deepEqual(analyze(moved, { cache }).claims, analyze(moved).claims);
  assert.ok(analyze(moved).claims.every((c) => c.speaker === 'jane-roe'));
  // A new person before the pronouns: "she" now stands for someone else.
  const another = moved.replace('on Monday.', 'on Monday. Ann Lee, a senator, joined them.');
  const claims = analyze(another, { cache }).claims;
  assert.deepEqual(claims, analyze(another).claims);
  assert.ok(claims.every((c) => c.speaker === 'ann-lee'));
});
