// Golden snapshots of every sample's export. Regenerate on purpose with UPDATE_GOLDEN=1 and
// review the diff.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/analysis';
import { toExport } from '../src/analysis/export';
import { stripBom } from '../src/files';
import { PROJECT_ROOT, SAMPLES_DIR } from './paths';

const GOLDEN_DIR = join(PROJECT_ROOT, 'server', 'test', 'golden');
const update = process.env.UPDATE_GOLDEN === '1';
const samples = readdirSync(SAMPLES_DIR).filter((name) => /\.(txt|article)$/.test(name)).sort();

test('there are sample articles to snapshot', () => assert.ok(samples.length >= 8, `only ${samples.length} samples`));

for (const name of samples) {
  test(`golden export: ${name}`, () => {
    const text = stripBom(readFileSync(join(SAMPLES_DIR, name), 'utf8'));
    const exported = toExport(`samples/${name}`, analyze(text, { today: '2025-01-01' }));
    const actual = `${JSON.stringify(exported, null, 2)}\n`;
    const goldenPath = join(GOLDEN_DIR, `${name}.json`);
    if (update) {
      mkdirSync(GOLDEN_DIR, { recursive: true });
      writeFileSync(goldenPath, actual);
      return;
    }
    assert.ok(existsSync(goldenPath), `no snapshot for ${name}: run UPDATE_GOLDEN=1 npm test and review the new file`);
    assert.equal(actual, readFileSync(goldenPath, 'utf8'), `${name} export changed: if intended, run UPDATE_GOLDEN=1 npm test and review the diff`);
  });
}
