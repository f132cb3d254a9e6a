// Layers, enforced (see README "Project layout"). The core's zones, bottom to top; a zone may import only the
// zones below it, never one beside or above it:
//   src/contract → src/formats, src/fixes → src/engine → src/fiction → src/checks, src/export → hosts
// Hosts are src/cli, main/ and renderer/ (main and renderer never import each other). Node built-ins only in
// `*.node.ts`, src/cli, main/ and tests; `electron` only in main/electron. Test files follow the zone of the
// folder they sit in (they may also use tests/support). Cycles are errors everywhere. Each rule is proven by a
// fixture that must fail: tests/lint/layers.test.ts.
import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const node = { group: ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'worker_threads'], message: 'The pure core uses no Node APIs; take data as arguments (node:* belongs in *.node.ts, src/cli, main/ and tests).' };
const electron = { group: ['electron', 'electron/*'], message: 'Only main/electron talks to Electron.' };
// main/'s plain modules may name Electron's types (erased when compiled, so nothing loads Electron in Node).
const electronValues = { ...electron, allowTypeImports: true };
const ui = { group: ['react', 'react-dom', 'react-dom/*', '@codemirror/*', '@lezer/*'], message: 'UI libraries belong in renderer/.' };

const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

/** Zones bottom to top. Each `from` lists what its folder may not import. */
const CORE = ['contract', ['formats', 'fixes'], 'engine', 'fiction', ['checks', 'export']];
const HOSTS = ['./src/cli', './main', './renderer'];
const zones = [];
CORE.forEach((level, i) => {
  const here = [level].flat();
  const above = CORE.slice(i + 1).flat().map((z) => `./src/${z}`);
  for (const zone of here) {
    const beside = here.filter((z) => z !== zone).map((z) => `./src/${z}`);
    zones.push({ target: `./src/${zone}`, from: [...beside, ...above, ...HOSTS], message: `src/${zone} may import only the layers below it (contract → formats, fixes → engine → fiction → checks, export → hosts).` });
  }
});
zones.push({ target: './main', from: ['./renderer', './src/cli'], message: 'main/ uses the core, never the renderer or the CLI.' });
zones.push({ target: './renderer', from: ['./main', './src/cli'], message: 'The renderer talks to main through the typed bridge only.' });
zones.push({ target: './src/cli', from: ['./main', './renderer'], message: 'The CLI is a host of the core; it never imports the app.' });

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'scratch/**', 'coverage/**', 'tests/lint/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { 'import-x': importX },
    settings: {
      // Parse imported .ts files too, so cycles through them are seen.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'], extensionAlias: { '.js': ['.ts', '.tsx', '.js'] } })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  { files: ['src/**/*.ts'], rules: restrict(node, electron, ui) },
  { files: ['src/cli/**/*.ts', 'src/**/*.node.ts', 'src/**/*.test.ts'], rules: restrict(electron, ui) },
  { files: ['main/**/*.ts'], rules: restrict(electronValues, ui) },
  { files: ['main/electron/**/*.ts'], rules: restrict(ui) },
  { files: ['renderer/**/*.ts', 'renderer/**/*.tsx'], rules: restrict(node, electron) },
  { files: ['tests/**/*.ts'], rules: restrict(electron) },
  { files: ['bin/**/*.js', 'scripts/**/*.mjs', '*.config.*'], languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } } },
);
