import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../server/test/paths';
import { RULES } from '../../server/src/analysis/rules/registry';
import { SEMANTIC_TOKEN_TYPES } from '../../server/src/protocol';

interface Manifest {
  contributes: {
    commands: { command: string }[];
    menus: Record<string, { command: string }[]>;
    keybindings: { command: string }[];
    configuration: { properties: Record<string, { enum?: string[]; default?: unknown }> };
    views: Record<string, { id: string }[]>;
    viewsContainers: { activitybar: { id: string }[] };
    semanticTokenTypes: { id: string }[];
    semanticTokenScopes: { scopes: Record<string, string[]> }[];
    jsonValidation: { fileMatch: string; url: string }[];
  };
}

const manifest = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as Manifest;
const { contributes } = manifest;

test('package.json declares a setting for exactly the rules the registry has, with every level and the default severity', () => {
  const declared = Object.keys(contributes.configuration.properties).filter((key) => key.startsWith('articleLens.rules.')).sort();
  assert.deepEqual(declared, RULES.map((rule) => `articleLens.rules.${rule.id}`).sort());
  for (const rule of RULES) {
    const setting = contributes.configuration.properties[`articleLens.rules.${rule.id}`];
    assert.deepEqual(setting.enum, ['off', 'hint', 'information', 'warning', 'error']);
    assert.equal(setting.default, rule.defaultSeverity, rule.id);
  }
  assert.equal(contributes.configuration.properties['articleLens.codeLens.enabled'].default, true);
});

test('every command the client registers is declared, and menus and keybindings name only declared commands', () => {
  const declared = new Set(contributes.commands.map((c) => c.command));
  const clientDir = join(PROJECT_ROOT, 'client', 'src');
  const registered = readdirSync(clientDir)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .flatMap((name) => [...readFileSync(join(clientDir, name), 'utf8').matchAll(/registerCommand\('([^']+)'/g)].map((m) => m[1]));
  assert.ok(registered.length >= 10);
  for (const command of registered) assert.ok(declared.has(command), `${command} is registered but not declared`);
  const used = [...Object.values(contributes.menus).flat(), ...contributes.keybindings].map((entry) => entry.command);
  for (const command of used) assert.ok(declared.has(command), `${command} is used in a menu or keybinding but not declared`);
});

test('stable ids for the view container, the view, semantic tokens and the dictionary schema', () => {
  assert.deepEqual(contributes.viewsContainers.activitybar.map((c) => c.id), ['articleLens']);
  assert.deepEqual(contributes.views.articleLens.map((v) => v.id), ['articleLens.entities']);
  assert.deepEqual(contributes.semanticTokenTypes.map((t) => t.id).sort(), [...SEMANTIC_TOKEN_TYPES].sort());
  for (const scopes of contributes.semanticTokenScopes) assert.deepEqual(Object.keys(scopes.scopes).sort(), [...SEMANTIC_TOKEN_TYPES].sort());
  const schema = contributes.jsonValidation.find((v) => v.fileMatch === '.article-lens.json');
  assert.ok(schema);
  JSON.parse(readFileSync(join(PROJECT_ROOT, schema.url), 'utf8'));
  JSON.parse(readFileSync(join(PROJECT_ROOT, 'syntaxes', 'article.tmLanguage.json'), 'utf8'));
  JSON.parse(readFileSync(join(PROJECT_ROOT, 'syntaxes', 'language-configuration.json'), 'utf8'));
});
