// Layer boundaries (see README "Project layout"): each layer lists what it may not import.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const node = { group: ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'worker_threads'], message: 'The pure core uses no Node APIs; take data as arguments (node:* belongs in src/cli and src/formats/*.node.ts).' };
const electron = { group: ['electron', 'electron/*'], message: 'Only main/ talks to Electron.' };
const ui = { group: ['react', 'react-dom', 'react-dom/*', '@codemirror/*', '@lezer/*'], message: 'UI libraries belong in renderer/.' };
const mainLayer = { group: ['**/main/**', '../main', '../../main'], message: 'Only the app wiring imports main/.' };
const rendererLayer = { group: ['**/renderer/**'], message: 'Nothing imports the renderer.' };

const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'scratch/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  { files: ['src/**/*.ts'], rules: restrict(node, electron, ui, mainLayer, rendererLayer) },
  { files: ['src/cli/**/*.ts', 'src/formats/**/*.node.ts'], rules: restrict(electron, ui, mainLayer, rendererLayer) },
  { files: ['main/**/*.ts'], rules: restrict(ui, rendererLayer) },
  { files: ['renderer/**/*.ts', 'renderer/**/*.tsx'], rules: restrict(node, electron, mainLayer) },
  { files: ['**/*.test.ts', 'tests/**/*.ts'], rules: restrict(electron) },
  { files: ['bin/**/*.js', '*.config.*'], languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } } },
);
