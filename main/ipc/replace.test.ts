/**
 * Issue 10: `serve`'s Save As and Export replaced other files in the folder (and their `.redline.json`) without
 * asking, and a text over the request limit failed with "Malformed request".
 */
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_TEXT_CHARS } from '../../src/contract/ipc.js';
import { ok } from '../../src/contract/result.js';
import { createDocumentService } from '../files/documents.js';
import { createRecoveryStore } from '../files/recovery.js';
import { openSettingsStore } from '../settings/app-settings.js';
import { createHandlers } from './handlers.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'redline-replace-'));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

async function serve(host: 'serve' | 'electron' = 'serve') {
  const path = join(dir, 'book.txt');
  await writeFile(path, 'Mara ran.\n');
  const documents = createDocumentService({ watch: null, root: dir });
  const api = createHandlers({
    host,
    documents,
    recovery: createRecoveryStore(join(dir, '.data', 'recovery')),
    settings: await openSettingsStore(join(dir, '.data', 'settings.json')),
    engineData: async () => ({ lexicon: '', wordRanks: [], vocabulary: [] }),
    dialogs: { open: async () => undefined, saveAs: async (_c, name) => ok(name && join(dir, name)), exportAs: async (_d, _f, name) => ok(name && join(dir, name)) },
    initialPath: path,
  });
  const initial = await api.invoke('app:initial', {});
  if (!initial.ok) throw new Error(initial.error.message);
  const handle = (initial.value as { document: { handle: string } }).document.handle;
  return { ...api, handle, documents };
}

const exportArgs = (handle: string, name: string, extra: object = {}) => ({
  handle, base: 'Mara ran.\n', edits: [{ from: 5, to: 8, insert: 'walked' }], format: 'txt' as const, trackChanges: false, comments: false, report: 'md' as const, open: [], name, ...extra,
});

describe('serve: an existing name is replaced only when the request says so', () => {
  it('Save As refuses an existing file and an existing .redline.json, then replaces both with replace: true', async () => {
    const { invoke, handle } = await serve();
    await invoke('doc:update-settings', { handle, change: { kind: 'add-word', word: 'Mara' } });
    await writeFile(join(dir, 'other.txt'), 'Another chapter.\n');
    const refused = await invoke('doc:save-as', { handle, text: 'Mara walked.\n', name: 'other.txt' });
    expect(refused).toEqual({ ok: false, error: { code: 'exists', message: 'other.txt already exists in this folder. Replace it?' } });
    expect(await readFile(join(dir, 'other.txt'), 'utf8')).toBe('Another chapter.\n');

    await writeFile(join(dir, 'third.txt.redline.json'), '{"words":["Jon"]}\n');
    expect(await invoke('doc:save-as', { handle, text: 'Mara walked.\n', name: 'third.txt' })).toMatchObject({ ok: false, error: { code: 'exists', message: 'third.txt.redline.json already exists in this folder. Replace it?' } });
    await expect(stat(join(dir, 'third.txt'))).rejects.toThrow();

    expect((await invoke('doc:save-as', { handle, text: 'Mara walked.\n', name: 'other.txt', replace: true })).ok).toBe(true);
    expect(await readFile(join(dir, 'other.txt'), 'utf8')).toBe('Mara walked.\n');
    expect(JSON.parse(await readFile(join(dir, 'other.txt.redline.json'), 'utf8')).words).toEqual(['Mara']);
  });

  it('Export refuses an existing export or change report, then replaces them with replace: true', async () => {
    const { invoke, handle } = await serve();
    await writeFile(join(dir, 'book.edited.txt'), 'last week’s export\n');
    expect(await invoke('doc:export', exportArgs(handle, 'book.edited.txt'))).toEqual({ ok: false, error: { code: 'exists', message: 'book.edited.txt already exists in this folder. Replace it?' } });
    await writeFile(join(dir, 'new.changes.md'), 'old report\n');
    expect(await invoke('doc:export', exportArgs(handle, 'new.txt'))).toMatchObject({ ok: false, error: { code: 'exists', message: 'new.changes.md already exists in this folder. Replace it?' } });
    await expect(stat(join(dir, 'new.txt'))).rejects.toThrow();
    expect(await readFile(join(dir, 'book.edited.txt'), 'utf8')).toBe('last week’s export\n');

    expect((await invoke('doc:export', exportArgs(handle, 'book.edited.txt', { replace: true }))).ok).toBe(true);
    expect(await readFile(join(dir, 'book.edited.txt'), 'utf8')).toBe('Mara walked.\n');
  });

  it('a new name needs no replace; the contract refuses a replace that is not a boolean', async () => {
    const { invoke, handle } = await serve();
    expect((await invoke('doc:save-as', { handle, text: 'x\n', name: 'fresh.txt' })).ok).toBe(true);
    expect(await invoke('doc:save-as', { handle, text: 'x\n', name: 'fresh2.txt', replace: 'yes' })).toMatchObject({ ok: false, error: { code: 'bad-arguments' } });
  });
});

describe('text over the request limit', () => {
  it('fails to save with a sentence that says why and keeps the document unsaved; autosave says so too', async () => {
    const { invoke, handle, documents } = await serve('electron');
    documents.setDirty(handle, true);
    const huge = 'a'.repeat(MAX_TEXT_CHARS + 1);
    const saved = await invoke('doc:save', { handle, text: huge });
    expect(saved).toEqual({ ok: false, error: { code: 'too-large', message: 'The text is 22,020,097 characters, more than the 22,020,096 Redline can save or send; nothing was written. Your text is still here: split it into smaller files.' } });
    expect(await invoke('recovery:save', { handle, text: huge })).toMatchObject({ ok: false, error: { code: 'too-large' } });
    expect(await readFile(join(dir, 'book.txt'), 'utf8')).toBe('Mara ran.\n');
    expect(documents.isDirty(handle)).toBe(true);
  });
});
