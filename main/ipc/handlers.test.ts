import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ok } from '../../src/contract/result.js';
import { createDocumentService } from '../files/documents.js';
import { createRecoveryStore } from '../files/recovery.js';
import { openSettingsStore } from '../settings/app-settings.js';
import { createHandlers } from './handlers.js';

async function setup(initialPath?: string, saveAsPath?: string) {
  const dir = await mkdtemp(join(tmpdir(), 'redline-ipc-'));
  const settings = await openSettingsStore(join(dir, 'settings.json'));
  const api = createHandlers({
    host: 'electron',
    documents: createDocumentService({ watch: null }),
    recovery: createRecoveryStore(join(dir, 'recovery')),
    settings,
    engineData: async () => ({ dictionaries: { 'en-US': { aff: '', dic: '' } }, wordRanks: [], vocabulary: [] }),
    dialogs: { open: async () => undefined, saveAs: async () => ok(saveAsPath) },
    ...(initialPath ? { initialPath } : {}),
  });
  return { dir, settings, ...api };
}

describe('the IPC handlers', () => {
  it('start on the bundled sample chapter when no file is given', async () => {
    const { invoke } = await setup();
    const r = await invoke('app:initial', {});
    expect(r.ok && r.value).toMatchObject({ host: 'electron', document: { untitled: true, name: expect.stringMatching(/sample/) }, recoveries: [] });
  });

  it('refuse unknown channels and malformed arguments as values', async () => {
    const { invoke } = await setup();
    expect(await invoke('shell:exec', {})).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(await invoke('doc:save', { handle: 'h' })).toMatchObject({ ok: false, error: { code: 'bad-arguments' } });
    expect(await invoke('doc:update-settings', { handle: 'h', change: { kind: 'add-word', word: 'two words' } })).toMatchObject({ ok: false, error: { code: 'bad-arguments' } });
    expect(await invoke('recovery:restore', { id: '../../etc/passwd' })).toMatchObject({ ok: false, error: { code: 'bad-arguments' } });
    expect(await invoke('doc:save', { handle: 'nope', text: '' })).toMatchObject({ ok: false, error: { code: 'unknown-document' } });
  });

  it('persist valid preferences and refuse malformed ones', async () => {
    const { invoke, settings } = await setup();
    expect(await invoke('app:set-preferences', { preferences: { dialect: 'en-GB', disabledChecks: ['tense', 'pov', 'tense'] } })).toEqual({
      ok: true,
      value: { dialect: 'en-GB', disabledChecks: ['pov', 'tense'] },
    });
    expect(settings.get().preferences).toEqual({ dialect: 'en-GB', disabledChecks: ['pov', 'tense'] });
    expect(await invoke('app:set-preferences', { preferences: { dialect: 'klingon', disabledChecks: [] } })).toMatchObject({ ok: false });
    expect(await invoke('app:set-preferences', { preferences: { dialect: 'auto', disabledChecks: ['../x'] } })).toMatchObject({ ok: false });
  });

  it('autosave to recovery, offered after a crash, restored as an untitled document, cleared by a save', async () => {
    const first = await setup();
    const init = await first.invoke('app:initial', {});
    if (!init.ok) throw new Error();
    const handle = (init.value as { document: { handle: string } }).document.handle;
    expect(await first.invoke('recovery:save', { handle, text: 'Unsaved words.\n' })).toEqual({ ok: true, value: null });
    // "Crash": a new host on the same recovery folder.
    const recovery = createRecoveryStore(join(first.dir, 'recovery'));
    const offers = await recovery.list();
    expect(offers).toHaveLength(1);
    const restored = await first.invoke('recovery:restore', { id: offers[0]!.id });
    expect(restored.ok && restored.value).toMatchObject({ text: 'Unsaved words.\n', untitled: true, restored: true });
    expect(await recovery.list()).toEqual([]);
  });

  it('open a file from the command line, save as through the dialog, and remember recent files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'redline-ipc-file-'));
    await writeFile(join(dir, 'a.txt'), 'A.\n');
    const { invoke, settings } = await setup(join(dir, 'a.txt'), join(dir, 'b.txt'));
    const init = await invoke('app:initial', {});
    const handle = init.ok ? (init.value as { document: { handle: string } }).document.handle : '';
    const r = await invoke('doc:save-as', { handle, text: 'B.\n' });
    expect(r.ok && r.value).toMatchObject({ name: 'b.txt' });
    expect(await readFile(join(dir, 'b.txt'), 'utf8')).toBe('B.\n');
    expect(settings.get().recent).toEqual([join(dir, 'b.txt'), join(dir, 'a.txt')]);
  });
});
