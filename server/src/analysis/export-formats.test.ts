import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '.';
import { toExport, type ArticleExport } from './export';
import { formatExports, toBratStandoff } from './export-formats';

const TEXT = '😀 Jane Roe met "Acme, Inc."\nRoe said: “We,\nagree.”';
const span = (needle: string) => ({ start: TEXT.indexOf(needle), end: TEXT.indexOf(needle) + needle.length, text: needle });
const EXPORTED: ArticleExport = {
  file: 'a.article',
  documentDate: null,
  actors: [
    { id: 'jane-roe', name: 'Jane Roe', kind: 'person', role: 'press secretary', aliases: ['Jane Roe', 'Roe'], mentions: [span('Jane Roe'), { start: TEXT.indexOf('Roe said'), end: TEXT.indexOf('Roe said') + 3, text: 'Roe' }] },
    { id: 'acme', name: 'Acme, Inc.', kind: 'organization', role: null, aliases: [], mentions: [span('Acme, Inc.')] },
  ],
  dates: [],
  deadlines: [],
  claims: [{ ...span('“We,\nagree.”'), kind: 'quote', speaker: 'jane-roe', speakerText: 'Roe', anonymous: false }],
  diagnostics: [],
};

test('JSON is the CLI format and JSON Lines has one article per line', () => {
  assert.deepEqual(JSON.parse(formatExports([EXPORTED], 'json')), [EXPORTED]);
  const lines = formatExports([EXPORTED, EXPORTED], 'jsonl').trimEnd().split('\n');
  assert.equal(lines.length, 2);
  assert.deepEqual(JSON.parse(lines[1]), EXPORTED);
});

test('CSV quotes commas, quotes and line breaks (RFC 4180)', () => {
  const csv = formatExports([EXPORTED], 'csv');
  const lines = csv.split('\r\n');
  assert.equal(lines[0], 'file,layer,start,end,text,id,kind,value,actor');
  assert.equal(lines[1], 'a.article,mention,3,11,Jane Roe,jane-roe,person,Jane Roe,jane-roe');
  assert.ok(csv.includes('a.article,mention,17,27,"Acme, Inc.",acme,organization,"Acme, Inc.",acme'));
  assert.ok(csv.includes('"“We,\nagree.”"'));
});

test('brat standoff counts code points, splits spans at line breaks, links speakers and coreferent mentions', () => {
  const ann = toBratStandoff(EXPORTED, TEXT);
  const lines = ann.trimEnd().split('\n');
  assert.equal(lines[0], 'T1\tPerson 2 10\tJane Roe', 'the emoji is one character for brat');
  assert.ok(lines.includes('*\tCoreference T1 T2'));
  assert.ok(lines.includes('#1\tAnnotatorNotes T1\tJane Roe, press secretary'));
  assert.ok(lines.some((l) => l === 'T4\tQuote 38 42;43 50\t“We, agree.”'), ann);
  assert.ok(lines.includes('R1\tSaidBy Arg1:T4 Arg2:T1'));
  for (const line of lines.filter((l) => l.startsWith('T'))) {
    const [, spans, covered] = line.split('\t');
    const fragments = spans.split(' ').slice(1).join(' ').split(';').map((f) => f.split(' ').map(Number));
    assert.equal(fragments.map(([s, e]) => [...TEXT].slice(s, e).join('')).join(' '), covered);
  }
});

test('an analysed article exports in every format without throwing, even odd text', () => {
  for (const text of ['', '“', '\r\n\r\n', 'A\u0000B 😀😀 “Jane Roe” said.']) {
    const exported = toExport('x', analyze(text, {}));
    for (const format of ['json', 'jsonl', 'csv'] as const) assert.equal(typeof formatExports([exported], format), 'string');
    assert.equal(typeof toBratStandoff(exported, text), 'string');
  }
});
