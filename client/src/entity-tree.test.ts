import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityNode } from '../../server/src/protocol';
import { adjacentRange, nextSort, nodeAt, parentsOf } from './entity-tree';

const range = (line: number, from: number, to: number) => ({ start: { line, character: from }, end: { line, character: to } });

const ROOTS: EntityNode[] = [
  {
    id: 'actors',
    kind: 'group',
    label: 'Actors',
    children: [
      {
        id: 'actor:roe',
        kind: 'actor',
        label: 'Jane Roe',
        range: range(0, 0, 8),
        actorId: 'roe',
        children: [
          { id: 'actor:roe/mention:0', kind: 'mention', label: 'Line 1', range: range(0, 0, 8) },
          { id: 'actor:roe/mention:1', kind: 'mention', label: 'Line 3', range: range(2, 4, 7) },
        ],
      },
    ],
  },
  { id: 'claims', kind: 'group', label: 'Claims', children: [{ id: 'claims/x/claim:0', kind: 'claim', label: '“Yes”', range: range(2, 0, 30) }] },
];

test('the cursor reveals the smallest node around it, a mention rather than its actor', () => {
  assert.equal(nodeAt(ROOTS, { line: 0, character: 3 })?.id, 'actor:roe/mention:0');
  assert.equal(nodeAt(ROOTS, { line: 2, character: 5 })?.id, 'actor:roe/mention:1');
  assert.equal(nodeAt(ROOTS, { line: 2, character: 20 })?.id, 'claims/x/claim:0');
  assert.equal(nodeAt(ROOTS, { line: 1, character: 0 }), undefined);
});

test('parents are known for reveal, and the sort order cycles', () => {
  const parents = parentsOf(ROOTS);
  assert.equal(parents.get('actor:roe/mention:1')?.id, 'actor:roe');
  assert.equal(parents.get('actor:roe')?.id, 'actors');
  assert.equal(parents.has('actors'), false);
  assert.deepEqual([nextSort('mentions'), nextSort('name'), nextSort('appearance')], ['name', 'appearance', 'mentions']);
});

test('next and previous mention wrap around the article', () => {
  const mentions = [range(0, 0, 8), range(2, 4, 7), range(5, 0, 3)];
  assert.deepEqual(adjacentRange(mentions, { line: 0, character: 2 }, 'next'), mentions[1]);
  assert.deepEqual(adjacentRange(mentions, { line: 5, character: 1 }, 'next'), mentions[0]);
  assert.deepEqual(adjacentRange(mentions, { line: 2, character: 5 }, 'previous'), mentions[0]);
  assert.deepEqual(adjacentRange(mentions, { line: 0, character: 2 }, 'previous'), mentions[2]);
  assert.deepEqual(adjacentRange(mentions, { line: 3, character: 0 }, 'previous'), mentions[1]);
  assert.equal(adjacentRange([], { line: 0, character: 0 }, 'next'), undefined);
});
