// The layer rules of eslint.config.js, proven: each fixture must fail lint with the rule that guards it, and the
// allowed imports beside them must pass. Fixtures are linted as text at paths inside the zone they test.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname, ignore: false });

async function rulesFor(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('layers enforced by lint', () => {
  const failing: ReadonlyArray<[string, string, string, string]> = [
    ['an upward import (contract → engine)', 'src/contract/fixture.ts', "import { createEngine } from '../engine/engine.js';\nexport const e = createEngine;\n", 'import-x/no-restricted-paths'],
    ['the engine importing the checks', 'src/engine/fixture.ts', "import { CHECKS } from '../checks/index.js';\nexport const c = CHECKS;\n", 'import-x/no-restricted-paths'],
    ['a sideways import (formats → fixes)', 'src/formats/fixture.ts', "import { applyFixes } from '../fixes/apply.js';\nexport const f = applyFixes;\n", 'import-x/no-restricted-paths'],
    ['fiction importing a check', 'src/fiction/fixture.ts', "import { pov } from '../checks/pov/pov.js';\nexport const p = pov;\n", 'import-x/no-restricted-paths'],
    ['the core importing a host', 'src/checks/fixture.ts', "import { run } from '../cli/main.js';\nexport const r = run;\n", 'import-x/no-restricted-paths'],
    ['main importing the renderer', 'main/files/fixture.ts', "import { App } from '../../renderer/src/App.js';\nexport const a = App;\n", 'import-x/no-restricted-paths'],
    ['electron outside main/electron', 'main/files/fixture.ts', "import { app } from 'electron';\nexport const x = app;\n", 'no-restricted-imports'],
    ['electron in the core', 'src/export/fixture.ts', "import type { App } from 'electron';\nexport type X = App;\n", 'no-restricted-imports'],
    ['node:* in the core', 'src/engine/fixture.ts', "import { readFile } from 'node:fs/promises';\nexport const r = readFile;\n", 'no-restricted-imports'],
    ['node:* in the renderer', 'renderer/src/fixture.ts', "import { join } from 'node:path';\nexport const j = join;\n", 'no-restricted-imports'],
    ['a test importing above its zone', 'src/engine/fixture.test.ts', "import { CHECKS } from '../checks/index.js';\nexport const c = CHECKS;\n", 'import-x/no-restricted-paths'],
    ['an import cycle', 'tests/lint/fixtures/cycle-a.ts', "import { b } from './cycle-b.js';\nexport const a = (): number => b() + 1;\n", 'import-x/no-cycle'],
  ];
  for (const [name, path, code, rule] of failing) {
    it(`fails on ${name}`, async () => {
      expect(await rulesFor(path, code)).toContain(rule);
    });
  }

  const passing: ReadonlyArray<[string, string, string]> = [
    ['a downward import (checks → fiction → engine → contract)', 'src/checks/fixture.ts', "import { scenes } from '../fiction/scenes.js';\nimport type { Draft } from '../contract/check.js';\nexport const s = scenes;\nexport type D = Draft;\n"],
    ['node:* in a *.node.ts file edge', 'src/formats/fixture.node.ts', "import { readFile } from 'node:fs/promises';\nexport const r = readFile;\n"],
    ['electron in main/electron', 'main/electron/fixture.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['Electron types in a plain main module', 'main/files/fixture.ts', "import type { App } from 'electron';\nexport type X = App;\n"],
    ['a host using the whole core', 'src/cli/fixture.ts', "import { CHECKS } from '../checks/index.js';\nimport { createEngine } from '../engine/engine.js';\nexport const e = createEngine(CHECKS, {}, {});\n"],
  ];
  for (const [name, path, code] of passing) {
    it(`allows ${name}`, async () => {
      expect(await rulesFor(path, code)).toEqual([]);
    });
  }
});
