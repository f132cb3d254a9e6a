/**
 * Issue 10's fault-injection suite for the app's file service (Electron and `redline serve` alike): every step of
 * the atomic write fails in every way, permissions and read-only disks refuse, symlinks sit at every path the
 * service writes, and files change under an open document. Each case shows the file on disk is wholly old or
 * wholly new, the document keeps its unsaved state (the text stays in the editor), and the user is told.
 */
import { execFileSync } from 'node:child_process';
import { chmod, lstat, mkdir, mkdtemp, readdir, readFile, readlink, rm, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ok } from '../../src/contract/result.js';
import { TEMP_FILE_PATTERN } from '../../src/formats/atomic-write.node.js';
import { expectedMessage, FAULTS, faultyFs, type Fault } from '../../tests/support/faulty-fs.js';
import { createHandlers } from '../ipc/handlers.js';
import { openSettingsStore } from '../settings/app-settings.js';
import { createDocumentService, type DocumentService } from './documents.js';
import { createRecoveryStore } from './recovery.js';

const OLD = 'Chapter One\n\nMara pushed the door open.\n'.repeat(200);
const NEW = 'Chapter One\n\nMara pushed the door open with her shoulder.\n'.repeat(220);

let dir: string;
let service: DocumentService | undefined;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'redline-faults-'));
});
afterEach(async () => {
  service?.closeAll();
  service = undefined;
  await rm(dir, { recursive: true, force: true });
});

const temps = async (folder = dir): Promise<string[]> => (await readdir(folder)).filter((n) => TEMP_FILE_PATTERN.test(n));
const label = (f: Fault): string => `${f.how} at ${f.step} (${f.code})`;
const counted = { save: 0, saveAs: 0, settings: 0, recovery: 0, export: 0 };

async function openBook(fs?: Fault, root?: string): Promise<{ path: string; handle: string; docs: DocumentService }> {
  const path = join(dir, 'book.txt');
  await writeFile(path, OLD);
  const docs = createDocumentService({ watch: null, ...(fs ? { fs: faultyFs(fs) } : {}), ...(root ? { root } : {}) });
  service = docs;
  const opened = await docs.open(path);
  if (!opened.ok) throw new Error(opened.error.message);
  return { path, handle: opened.value.handle, docs };
}

describe('Save, Save As, settings, recovery and export under every injected fault', () => {
  for (const fault of FAULTS) {
    it(`${label(fault)}: the manuscript stays wholly old, the document stays unsaved, and the error says why`, async () => {
      const { path, handle, docs } = await openBook(fault);
      docs.setDirty(handle, true);
      const saved = await docs.save(handle, NEW);
      expect(saved.ok).toBe(false);
      if (!saved.ok) expect(saved.error.message).toMatch(expectedMessage(fault));
      expect(await readFile(path, 'utf8')).toBe(OLD);
      expect(docs.isDirty(handle)).toBe(true);
      counted.save++;

      // Save As to a new name: nothing appears there, the document keeps its old file.
      const other = join(dir, 'book-2.txt');
      const savedAs = await docs.saveAs(handle, other, NEW);
      expect(savedAs.ok).toBe(false);
      await expect(stat(other)).rejects.toThrow();
      expect(docs.pathOf(handle)).toBe(path);
      counted.saveAs++;

      // A settings change: the sidecar is not half-written and the setting is not kept as if saved.
      await writeFile(join(dir, 'book.txt.redline.json'), '{"words":["Mara"]}\n');
      const settings = await docs.updateSettings(handle, { kind: 'add-word', word: 'Jon' });
      expect(settings.ok).toBe(false);
      expect(await readFile(join(dir, 'book.txt.redline.json'), 'utf8')).toBe('{"words":["Mara"]}\n');
      counted.settings++;

      if (fault.how !== 'kill') expect(await temps()).toEqual([]);
      else expect(await temps()).toHaveLength(3);
    });

    it(`${label(fault)}: autosave and export fail with a plain message and write nothing`, async () => {
      const recoveryDir = join(dir, 'data', 'recovery');
      const recovery = createRecoveryStore(recoveryDir, undefined, faultyFs(fault));
      const saved = await recovery.save({ id: 'doc-1', name: 'book.txt', text: NEW });
      expect(saved).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^Autosave failed: .*Your text is still here/) } });
      expect((await readdir(recoveryDir)).filter((n) => n.endsWith('.json'))).toEqual([]);
      counted.recovery++;

      const { path } = await openBook();
      const out = join(dir, 'book.edited.txt');
      await writeFile(out, 'an older export\n');
      const api = createHandlers({
        host: 'electron',
        documents: service!,
        recovery: createRecoveryStore(join(dir, 'r2')),
        settings: await openSettingsStore(join(dir, 'data', 'settings.json')),
        engineData: async () => ({ lexicon: '', wordRanks: [], vocabulary: [] }),
        dialogs: { open: async () => undefined, saveAs: async () => ok(undefined), exportAs: async () => ok(out) },
        fs: faultyFs(fault),
      });
      const handle = service!.handles()[0]!;
      const exported = await api.invoke('doc:export', { handle, base: OLD, edits: [{ from: 0, to: 7, insert: 'Part' }], format: 'txt', trackChanges: false, comments: false, report: 'none', open: [] });
      expect(exported.ok).toBe(false);
      if (!exported.ok) expect(exported.error.message).toMatch(expectedMessage(fault));
      expect(await readFile(out, 'utf8')).toBe('an older export\n');
      expect(await readFile(path, 'utf8')).toBe(OLD);
      counted.export++;
    });
  }

  it('the suite ran every fault against every writer', () => {
    expect(counted).toEqual({ save: FAULTS.length, saveAs: FAULTS.length, settings: FAULTS.length, recovery: FAULTS.length, export: FAULTS.length });
  });
});

describe('leftovers of a killed save', () => {
  it('are removed when the manuscript is next opened: only ours, only when their process is gone or a minute old', async () => {
    // A kill between write and rename leaves a full temporary copy beside the manuscript.
    const { path, handle, docs } = await openBook({ step: 'rename', how: 'kill', code: 'KILLED' });
    expect((await docs.save(handle, NEW)).ok).toBe(false);
    const [left] = await temps();
    expect(left).toMatch(new RegExp(`^\\.book\\.txt\\.redline-${process.pid}-\\d+\\.tmp$`));
    expect(await readFile(path, 'utf8')).toBe(OLD);
    // Ours and fresh: a save in progress in this process; kept.
    docs.closeAll();
    const again = createDocumentService({ watch: null });
    service = again;
    expect((await again.open(path)).ok).toBe(true);
    expect(await temps()).toEqual([left]);
    // A minute old: removed. A dead process's leftover: removed. Not ours, or a symlink with our name: kept.
    const old = new Date(Date.now() - 120_000);
    await utimes(join(dir, left!), old, old);
    const dead = execFileSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).toString();
    await writeFile(join(dir, `.book.txt.redline-${dead}-1.tmp`), OLD.slice(0, 100));
    await writeFile(join(dir, 'book.txt.12345'), 'someone else’s file');
    await writeFile(join(dir, '.notes.tmp'), 'someone else’s file');
    await symlink(path, join(dir, `.x.redline-${dead}-2.tmp`));
    expect((await again.open(path)).ok).toBe(true);
    expect((await readdir(dir)).sort()).toEqual([`.notes.tmp`, `.x.redline-${dead}-2.tmp`, 'book.txt', 'book.txt.12345'].sort());
    expect(await readFile(path, 'utf8')).toBe(OLD);
  });
});

describe('read-only manuscripts', () => {
  it('Save refuses a file without write permission, offers Save As, and replaces nothing', async () => {
    const { path, handle, docs } = await openBook();
    await chmod(path, 0o444);
    docs.setDirty(handle, true);
    const saved = await docs.save(handle, NEW);
    expect(saved).toMatchObject({ ok: false, error: { code: 'read-only', message: `${path} is read-only; nothing was changed. Your text is still here: use Save As… to save it under another name.` } });
    expect(await readFile(path, 'utf8')).toBe(OLD);
    expect((await stat(path)).mode & 0o777).toBe(0o444);
    expect(docs.isDirty(handle)).toBe(true);
    // Save As elsewhere works.
    expect((await docs.saveAs(handle, join(dir, 'book-copy.txt'), NEW)).ok).toBe(true);
  });

  it('Save refuses a file in a read-only folder', async () => {
    const sub = join(dir, 'locked');
    await mkdir(sub);
    const path = join(sub, 'book.txt');
    await writeFile(path, OLD);
    service = createDocumentService({ watch: null });
    const opened = await service.open(path);
    if (!opened.ok) throw new Error(opened.error.message);
    await chmod(sub, 0o555);
    try {
      const saved = await service.save(opened.value.handle, NEW);
      expect(saved).toMatchObject({ ok: false, error: { code: 'read-only', message: expect.stringMatching(/^the folder .*locked is read-only; nothing was changed\. .*Save As/) } });
      expect(await readFile(path, 'utf8')).toBe(OLD);
    } finally {
      await chmod(sub, 0o755);
    }
  });

  it('Save on a read-only disk (EROFS at rename) says so and offers Save As', async () => {
    const { path, handle, docs } = await openBook({ step: 'rename', how: 'throw', code: 'EROFS' });
    const saved = await docs.save(handle, NEW);
    expect(saved).toMatchObject({ ok: false, error: { code: 'erofs', message: `cannot write ${path}: the disk or folder is read-only. Your text is still here: use Save As… to save it under another name.` } });
    expect(await readFile(path, 'utf8')).toBe(OLD);
  });
});

describe('symlinks at every path the service writes', () => {
  it('a symlinked manuscript the user opened is saved where it really lives; the link stays a link', async () => {
    const real = join(dir, 'real.txt');
    await writeFile(real, OLD);
    await symlink(real, join(dir, 'link.txt'));
    service = createDocumentService({ watch: null });
    const opened = await service.open(join(dir, 'link.txt'));
    if (!opened.ok) throw new Error(opened.error.message);
    expect((await service.save(opened.value.handle, NEW)).ok).toBe(true);
    expect(await readFile(real, 'utf8')).toBe(NEW);
    expect(await readlink(join(dir, 'link.txt'))).toBe(real);
  });

  it('a settings sidecar that is a symlink is not written through', async () => {
    const { handle, docs } = await openBook();
    const victim = join(dir, 'victim.txt');
    await writeFile(victim, 'not settings\n');
    await symlink(victim, join(dir, 'book.txt.redline.json'));
    const r = await docs.updateSettings(handle, { kind: 'add-word', word: 'Jon' });
    expect(r).toMatchObject({ ok: false, error: { code: 'esymlink', message: expect.stringMatching(/symbolic link.*nothing was changed/) } });
    expect(await readFile(victim, 'utf8')).toBe('not settings\n');
  });

  describe('in `serve` (a root folder)', () => {
    let outside: string;
    beforeEach(async () => {
      outside = await mkdtemp(join(tmpdir(), 'redline-outside-'));
      await writeFile(join(outside, 'secret.txt'), 'outside the folder\n');
    });
    afterEach(async () => rm(outside, { recursive: true, force: true }));

    it('Save As to a symlink that leads outside is refused and writes nothing', async () => {
      const { handle, docs } = await openBook(undefined, dir);
      await symlink(join(outside, 'secret.txt'), join(dir, 'escape.txt'));
      const r = await docs.saveAs(handle, join(dir, 'escape.txt'), NEW);
      expect(r).toMatchObject({ ok: false, error: { code: 'outside-folder' } });
      expect(await readFile(join(outside, 'secret.txt'), 'utf8')).toBe('outside the folder\n');
    });

    it('Save As to a symlink inside the folder is refused too (not a name the user opened)', async () => {
      const { path, handle, docs } = await openBook(undefined, dir);
      await symlink(path, join(dir, 'alias.txt'));
      const r = await docs.saveAs(handle, join(dir, 'alias.txt'), NEW);
      expect(r).toMatchObject({ ok: false, error: { code: 'esymlink' } });
      expect(await readFile(path, 'utf8')).toBe(OLD);
    });

    it('a symlinked folder inside the root does not let Save As, open or reload reach outside', async () => {
      const { handle, docs } = await openBook(undefined, dir);
      await symlink(outside, join(dir, 'sub'));
      expect(await docs.saveAs(handle, join(dir, 'sub', 'new.txt'), NEW)).toMatchObject({ ok: false, error: { code: 'outside-folder' } });
      await expect(stat(join(outside, 'new.txt'))).rejects.toThrow();
      expect(await docs.open(join(dir, 'sub', 'secret.txt'))).toMatchObject({ ok: false, error: { code: 'outside-folder' } });
    });

    it('a manuscript replaced by a symlink to outside while open: Save and reload refuse, the outside file is untouched', async () => {
      const { path, handle, docs } = await openBook(undefined, dir);
      await rm(path);
      await symlink(join(outside, 'secret.txt'), path);
      expect(await docs.save(handle, NEW)).toMatchObject({ ok: false, error: { code: 'outside-folder', message: expect.stringMatching(/Save As/) } });
      expect(await docs.reload(handle)).toMatchObject({ ok: false, error: { code: 'outside-folder' } });
      expect(await readFile(join(outside, 'secret.txt'), 'utf8')).toBe('outside the folder\n');
      expect((await lstat(path)).isSymbolicLink()).toBe(true);
    });

    it('a settings sidecar symlinked outside is neither read nor written', async () => {
      await writeFile(join(outside, 'theirs.json'), '{"words":["Secretword"]}\n');
      await symlink(join(outside, 'theirs.json'), join(dir, 'book.txt.redline.json'));
      const path = join(dir, 'book.txt');
      await writeFile(path, OLD);
      service = createDocumentService({ watch: null, root: dir });
      const opened = await service.open(path);
      expect(opened.ok && opened.value.settings.words).toEqual([]);
      if (!opened.ok) return;
      expect((await service.updateSettings(opened.value.handle, { kind: 'add-word', word: 'Jon' })).ok).toBe(false);
      expect(await readFile(join(outside, 'theirs.json'), 'utf8')).toBe('{"words":["Secretword"]}\n');
    });
  });
});

describe('files changed, deleted or replaced while open', () => {
  it('deleted: Save writes the whole text anew', async () => {
    const { path, handle, docs } = await openBook();
    await rm(path);
    expect((await docs.save(handle, NEW)).ok).toBe(true);
    expect(await readFile(path, 'utf8')).toBe(NEW);
  });

  it('its folder deleted: Save says so, keeps the document unsaved', async () => {
    const sub = join(dir, 'gone');
    await mkdir(sub);
    const path = join(sub, 'book.txt');
    await writeFile(path, OLD);
    service = createDocumentService({ watch: null });
    const opened = await service.open(path);
    if (!opened.ok) throw new Error(opened.error.message);
    service.setDirty(opened.value.handle, true);
    await rm(sub, { recursive: true });
    const saved = await service.save(opened.value.handle, NEW);
    expect(saved).toMatchObject({ ok: false, error: { code: 'enoent', message: `the folder for ${path} does not exist` } });
    expect(service.isDirty(opened.value.handle)).toBe(true);
  });

  it('replaced by a folder: Save refuses in a sentence and changes nothing', async () => {
    const { path, handle, docs } = await openBook();
    await rm(path);
    await mkdir(path);
    const saved = await docs.save(handle, NEW);
    expect(saved.ok).toBe(false);
    if (!saved.ok) expect(saved.error.message).not.toMatch(/EISDIR|rename '/);
    expect((await stat(path)).isDirectory()).toBe(true);
  });

  it('changed on disk: reload shows the new text; Save over it is whole', async () => {
    const { path, handle, docs } = await openBook();
    await writeFile(path, 'Someone else’s edit.\n');
    const again = await docs.reload(handle);
    expect(again.ok && again.value.text).toBe('Someone else’s edit.\n');
    expect((await docs.save(handle, NEW)).ok).toBe(true);
    expect(await readFile(path, 'utf8')).toBe(NEW);
  });
});

describe('app data permissions', () => {
  it('creates the data folder 0700 and recovery and settings files 0600', async () => {
    const data = join(dir, 'data');
    const recovery = createRecoveryStore(join(data, 'recovery'));
    expect((await recovery.save({ id: 'doc-1', name: 'book.txt', text: NEW })).ok).toBe(true);
    const settings = await openSettingsStore(join(data, 'settings.json'));
    await settings.update((s) => ({ ...s, reviewPanelOpen: true }));
    expect((await stat(data)).mode & 0o777).toBe(0o700);
    expect((await stat(join(data, 'recovery'))).mode & 0o777).toBe(0o700);
    expect((await stat(join(data, 'recovery', 'doc-1.json'))).mode & 0o777).toBe(0o600);
    expect((await stat(join(data, 'settings.json'))).mode & 0o777).toBe(0o600);
  });

  it('tightens a settings file left world-readable by an older version', async () => {
    const data = join(dir, 'data');
    await mkdir(data);
    await writeFile(join(data, 'settings.json'), '{}', { mode: 0o644 });
    const settings = await openSettingsStore(join(data, 'settings.json'));
    await settings.update((s) => ({ ...s, reviewPanelOpen: true }));
    expect((await stat(join(data, 'settings.json'))).mode & 0o777).toBe(0o600);
  });
});
