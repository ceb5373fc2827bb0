import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TimelineResult } from '../../server/src/protocol';
import { timelineHtml } from './timeline-html';

const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
const DATA: TimelineResult = {
  uri: 'file:///a.article',
  documentDate: '2025-08-08',
  points: [
    { kind: 'date', text: 'Friday', day: '2025-08-08', value: '2025-08-08', detail: 'the article date', range },
    { kind: 'deadline', text: 'decide <script>alert(1)</script>', day: '2025-08-15', value: '2025-08-15', detail: 'due 2025-08-15', range },
    { kind: 'date', text: 'every June', day: null, value: 'XXXX-06', detail: '', range },
  ],
};

test('the timeline has a strict CSP, scripts only with the nonce, and escapes article text', () => {
  const html = timelineHtml(DATA, 'a & b.article', 'NONCE123', 'vscode-resource:');
  assert.match(html, /default-src 'none'; style-src vscode-resource: 'nonce-NONCE123'; script-src 'nonce-NONCE123'/);
  assert.equal((html.match(/<script/g) ?? []).length, 1);
  assert.match(html, /<script nonce="NONCE123">/);
  assert.ok(!html.includes('<script>alert'));
  assert.ok(html.includes('a &#38; b.article'));
  assert.ok(!/style="/.test(html), 'no inline style attributes (the CSP would block them)');
});

test('points are drawn on the axis with the article date marked; undated ones are listed', () => {
  const html = timelineHtml(DATA, 'a.article', 'n', 'c');
  assert.equal((html.match(/<g class="point/g) ?? []).length, 2);
  assert.match(html, /class="article-date"/);
  assert.match(html, /<g class="point deadline" data-index="1"/);
  assert.match(html, /Without a day[\s\S]*data-index="2"[^>]*>every June/);
  assert.match(html, /var\(--vscode-charts-blue\)/);
  assert.match(timelineHtml(null, '', 'n', 'c'), /Open an article/);
  assert.match(timelineHtml({ ...DATA, points: [] }, 'a', 'n', 'c'), /No dates or deadlines/);
});
