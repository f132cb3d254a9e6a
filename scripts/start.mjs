#!/usr/bin/env node
// `npm start`: the desktop app when the Electron binary is installed; otherwise say what is missing and start the
// same app in the browser (`redline serve`), since `require('electron')` would try to download the binary and
// fail with "Electron uninstall" on a machine that cannot reach its download host.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electron = join(root, 'node_modules', 'electron');
const pathFile = join(electron, 'path.txt');
const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
const binary = override ?? (existsSync(pathFile) ? join(electron, 'dist', readFileSync(pathFile, 'utf8').trim()) : undefined);
const args = process.argv.slice(2);
const run = (cmd, argv) => spawnSync(cmd, argv, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' }).status ?? 1;

if (binary && existsSync(binary)) {
  process.exit(run('npx', ['electron-vite', 'preview', '-c', 'electron.config.ts', ...(args.length ? ['--', ...args] : [])]));
}
process.stderr.write(
  [
    'Redline: the desktop app needs the Electron binary, and it is not installed here',
    `(${binary ? `${binary} is missing` : 'node_modules/electron has no downloaded binary'}; this machine may be unable to download it).`,
    'Starting the same app in your browser instead:',
    `  npx redline serve${args.length ? ` ${args.join(' ')}` : ''}`,
    '',
  ].join('\n'),
);
process.exit(run('node', [join(root, 'bin', 'redline.js'), 'serve', ...args]));
