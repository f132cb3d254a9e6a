// The data folder holds unsaved manuscripts (recovery files) and settings: this user's alone, in the desktop app
// (Electron's userData) and in `redline serve` (~/.redline) alike.
import { chmod, mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppData } from './app-data.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'redline-app-data-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
const mode = async (p: string): Promise<number> => (await stat(p)).mode & 0o777;

describe.skipIf(process.platform === 'win32')('openAppData', () => {
  it('creates the folder 0700 and writes settings and recovery files 0600 in a 0700 recovery folder', async () => {
    const folder = join(dir, 'fresh', 'Redline');
    const { settings, recovery } = await openAppData(folder);
    expect(await mode(folder)).toBe(0o700);
    await settings.update((s) => ({ ...s, reviewPanelOpen: true }));
    expect(await mode(join(folder, 'settings.json'))).toBe(0o600);
    expect(await recovery.save({ id: 'doc-1', name: 'ch1.txt', text: 'She had never told anyone.' })).toMatchObject({ ok: true });
    expect(await mode(join(folder, 'recovery'))).toBe(0o700);
    const [file] = await readdir(join(folder, 'recovery'));
    expect(await mode(join(folder, 'recovery', file!))).toBe(0o600);
  });

  it('tightens an older world-readable folder and settings file', async () => {
    const folder = join(dir, 'older');
    await mkdir(folder);
    await chmod(folder, 0o755);
    await writeFile(join(folder, 'settings.json'), '{}');
    await chmod(join(folder, 'settings.json'), 0o644);
    const { settings } = await openAppData(folder);
    expect(await mode(folder)).toBe(0o700);
    await settings.update((s) => ({ ...s, reviewPanelOpen: true }));
    expect(await mode(join(folder, 'settings.json'))).toBe(0o600);
  });
});
