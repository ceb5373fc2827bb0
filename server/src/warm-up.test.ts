import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, ParagraphCache } from './analysis';
import { WARM_UP_PARAGRAPHS, warmUp } from './warm-up';

test('the warm-up article exercises every kind of recognition, so each gets compiled before the first real job', () => {
  const model = analyze(WARM_UP_PARAGRAPHS.join('\n\n'), {});
  assert.equal(model.documentDateSource, 'dateline');
  assert.ok(model.actors.some((actor) => actor.kind === 'person' && actor.mentions.length > 1), 'a person named again by surname');
  assert.ok(model.actors.some((actor) => actor.kind === 'organization'));
  assert.ok(model.claims.some((claim) => claim.kind === 'quote' && claim.speaker !== null), 'an attributed quote');
  assert.ok(model.claims.some((claim) => claim.kind === 'reported'));
  assert.ok(model.dates.length > 3 && model.deadlines.length > 0);
  assert.ok(model.findings.length > 0, 'rules ran on something');
});

test('the warm-up types the article a paragraph per turn through one cache, and stops once real work is waiting', () => {
  const turns: (() => void)[] = [];
  const runTurns = () => {
    while (turns.length > 0) turns.shift()!();
  };
  const seen: { text: string; cache: ParagraphCache }[] = [];
  warmUp((text, cache) => seen.push({ text, cache }), () => false, (next) => turns.push(next));
  assert.equal(seen.length, 0, 'nothing runs before the first turn');
  runTurns();
  assert.deepEqual(seen.map(({ text }) => text), WARM_UP_PARAGRAPHS.map((_, i) => WARM_UP_PARAGRAPHS.slice(0, i + 1).join('\n\n')));
  assert.ok(seen.every(({ cache }) => cache === seen[0].cache));

  let jobWaiting = false;
  const interrupted: string[] = [];
  warmUp((text) => {
    interrupted.push(text);
    jobWaiting = true;
  }, () => jobWaiting, (next) => turns.push(next));
  runTurns();
  assert.equal(interrupted.length, 1);
});

test('a warm-up that fails stops quietly', () => {
  const turns: (() => void)[] = [];
  let calls = 0;
  warmUp(() => {
    calls++;
    throw new Error('broken');
  }, () => false, (next) => turns.push(next));
  assert.doesNotThrow(() => {
    while (turns.length > 0) turns.shift()!();
  });
  assert.equal(calls, 1);
});
