import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { InitialState } from '../../src/contract/ipc.js';
import { ok } from '../../src/contract/result.js';
import { createBookService } from '../files/books.js';
import { createDocumentService } from '../files/documents.js';
import { createRecoveryStore } from '../files/recovery.js';
import { openSettingsStore } from '../settings/app-settings.js';
import { createHandlers } from './handlers.js';

async function setup(initialPath?: string, saveAsPath?: string) {
  const dir = await mkdtemp(join(tmpdir(), 'redline-ipc-'));
  const settings = await openSettingsStore(join(dir, 'settings.json'));
  const documents = createDocumentService({ watch: null });
  const api = createHandlers({
    host: 'electron',
    documents,
    books: createBookService(documents),
    recovery: createRecoveryStore(join(dir, 'recovery')),
    settings,
    engineData: async () => ({ lexicon: '', wordRanks: [], vocabulary: [] }),
    dialogs: { open: async () => undefined, saveAs: async () => ok(saveAsPath), exportAs: async () => ok(saveAsPath) },
    ...(initialPath ? { initialPath } : {}),
    dictionaryPath: join(dir, 'config', 'redline', 'dictionary.txt'),
  });
  return { dir, settings, ...api };
}

describe('the IPC handlers', () => {
  it('start on the bundled sample chapter when no file is given', async () => {
    const { invoke } = await setup();
    const r = await invoke('app:initial', {});
    expect(r.ok && r.value).toMatchObject({ host: 'electron', document: { untitled: true, name: expect.stringMatching(/sample/) }, recoveries: [] });
  });

  it('read the personal dictionary at start-up and add or remove its words', async () => {
    const { invoke, dir } = await setup();
    const path = join(dir, 'config', 'redline', 'dictionary.txt');
    expect(await invoke('app:initial', {})).toMatchObject({ ok: true, value: { dictionary: { path, words: [] } } });
    expect(await invoke('dictionary:update', { change: { kind: 'add', word: 'Maren' } })).toEqual({ ok: true, value: { path, words: ['Maren'] } });
    expect(await readFile(path, 'utf8')).toBe('Maren\n');
    expect(await invoke('dictionary:update', { change: { kind: 'remove', word: 'Maren' } })).toEqual({ ok: true, value: { path, words: [] } });
    expect(await invoke('dictionary:update', { change: { kind: 'add', word: 'two words' } })).toMatchObject({ ok: false, error: { code: 'bad-arguments' } });
  });

  it('refuse unknown channels and malformed arguments as values', async () => {
    const { invoke } = await setup();
    expect(await invoke('shell:exec', {})).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(await invoke('doc:save', { handle: 'h' })).toMatchObject({ ok: false, error: { code: 'bad-arguments' } });
    expect(await invoke('doc:update-settings', { handle: 'h', change: { kind: 'add-word', word: 'two words' } })).toMatchObject({ ok: false, error: { code: 'bad-arguments' } });
    expect(await invoke('recovery:restore', { id: '../../etc/passwd' })).toMatchObject({ ok: false, error: { code: 'bad-arguments' } });
    for (const change of [
      { kind: 'set-pov', scene: '__proto__', character: 'Jon' },
      { kind: 'set-pov', scene: '1.1', character: 'Jon\nSmith' },
      { kind: 'set-pov', scene: '1.1' },
      { kind: 'set-narration', narration: 'second-person' },
    ]) {
      expect(await invoke('doc:update-settings', { handle: 'h', change })).toMatchObject({ ok: false, error: { code: 'bad-arguments' } });
    }
    expect(await invoke('doc:save', { handle: 'nope', text: '' })).toMatchObject({ ok: false, error: { code: 'unknown-document' } });
  });

  it('set a scene’s POV character in the manuscript’s settings', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'redline-ipc-doc-')), 'story.txt');
    await writeFile(path, 'Chapter One\n\nMara knew.\n');
    const { invoke } = await setup(path);
    const init = await invoke('app:initial', {});
    if (!init.ok) throw new Error(init.error.message);
    const handle = (init.value as { document: { handle: string } }).document.handle;
    const r = await invoke('doc:update-settings', { handle, change: { kind: 'set-pov', scene: '1.1', character: 'Jon' } });
    expect(r).toMatchObject({ ok: true, value: { povCharacters: { '1.1': 'Jon' }, narration: 'auto' } });
    expect(JSON.parse(await readFile(`${path}.redline.json`, 'utf8'))).toMatchObject({ povCharacters: { '1.1': 'Jon' } });
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

  it('never offers or restores one book’s autosave in a window serving another folder (issue 13)', async () => {
    const data = await mkdtemp(join(tmpdir(), 'redline-ipc-rec-'));
    const novel = await mkdtemp(join(tmpdir(), 'redline-novel-'));
    const book = await mkdtemp(join(tmpdir(), 'redline-book-'));
    await writeFile(join(novel, 'pride.txt'), 'It is a truth.\n');
    await writeFile(join(book, 'chapter.txt'), 'Chapter One.\n');
    const recovery = createRecoveryStore(join(data, 'recovery'));
    await recovery.save({ id: 'pride', name: 'pride.txt', path: join(novel, 'pride.txt'), text: 'It is a truth, unsaved.\n' });
    await recovery.save({ id: 'own', name: 'chapter.txt', path: join(book, 'chapter.txt'), text: 'Chapter One, unsaved.\n' });
    const settings = await openSettingsStore(join(data, 'settings.json'));
    const { invoke } = createHandlers({
      host: 'serve',
      documents: createDocumentService({ root: book, watch: null }),
      recovery,
      settings,
      engineData: async () => ({ lexicon: '', wordRanks: [], vocabulary: [] }),
      dialogs: { open: async () => undefined, saveAs: async () => ok(undefined), exportAs: async () => ok(undefined) },
      initialPath: join(book, 'chapter.txt'),
    });
    const init = await invoke('app:initial', {});
    expect(init.ok && (init.value as { recoveries: Array<{ name: string }> }).recoveries.map((r) => r.name)).toEqual(['chapter.txt']);
    expect(await invoke('recovery:restore', { id: 'pride' })).toMatchObject({
      ok: false,
      error: { code: 'recovery-elsewhere', message: expect.stringContaining('pride.txt was autosaved from') },
    });
    const own = await invoke('recovery:restore', { id: 'own' });
    expect(own.ok && own.value).toMatchObject({ name: 'chapter.txt', text: 'Chapter One, unsaved.\n', untitled: false, restored: true });
  });

  it('offers a book’s autosaved chapters as chapters of the book, and reads their text back to put in place', async () => {
    const book = await mkdtemp(join(tmpdir(), 'redline-book-rec-'));
    const other = await mkdtemp(join(tmpdir(), 'redline-other-rec-'));
    await writeFile(join(book, 'chapter-1.txt'), 'Chapter One.\n');
    await writeFile(join(book, 'chapter-2.txt'), 'Chapter Two.\n');
    await writeFile(join(other, 'story.txt'), 'A story.\n');
    // The earlier session's autosaves: chapter 2 of this book, and a file elsewhere.
    const first = await setup(book);
    const recovery = createRecoveryStore(join(first.dir, 'recovery'));
    await recovery.save({ id: 'a-elsewhere', name: 'story.txt', path: join(other, 'story.txt'), text: 'A story, unsaved.\n' });
    await recovery.save({ id: 'b-two', name: 'chapter-2.txt', path: join(book, 'chapter-2.txt'), text: 'Chapter Two, unsaved.\n' });
    const init = await first.invoke('app:initial', {});
    if (!init.ok) throw new Error(init.error.message);
    // The book's chapter first (Restore takes it into the book), marked with its file name.
    expect((init.value as InitialState).recoveries.map((r) => [r.name, r.chapter])).toEqual([['chapter-2.txt', 'chapter-2.txt'], ['story.txt', undefined]]);
    expect(await first.invoke('recovery:read', { id: 'b-two' })).toEqual({ ok: true, value: { name: 'chapter-2.txt', text: 'Chapter Two, unsaved.\n' } });
    expect(await first.invoke('recovery:read', { id: '../x' })).toMatchObject({ ok: false, error: { code: 'bad-arguments' } });
    // Reading does not open the chapter alone: the window still holds the book.
    const again = await first.invoke('app:initial', {});
    expect(again.ok && (again.value as InitialState).document.book?.chapters.map((c) => c.name)).toEqual(['chapter-1.txt', 'chapter-2.txt']);
  });

  it('reads back only autosaves of files the window may open', async () => {
    const book = await mkdtemp(join(tmpdir(), 'redline-book-rec-'));
    const other = await mkdtemp(join(tmpdir(), 'redline-other-rec-'));
    await writeFile(join(book, 'chapter-1.txt'), 'Chapter One.\n');
    const data = await mkdtemp(join(tmpdir(), 'redline-ipc-rec-'));
    const recovery = createRecoveryStore(join(data, 'recovery'));
    await recovery.save({ id: 'elsewhere', name: 'story.txt', path: join(other, 'story.txt'), text: 'A story.\n' });
    const documents = createDocumentService({ root: book, watch: null });
    const { invoke } = createHandlers({
      host: 'serve',
      documents,
      books: createBookService(documents, { root: book }),
      recovery,
      settings: await openSettingsStore(join(data, 'settings.json')),
      engineData: async () => ({ lexicon: '', wordRanks: [], vocabulary: [] }),
      dialogs: { open: async () => undefined, saveAs: async () => ok(undefined), exportAs: async () => ok(undefined) },
      initialPath: book,
    });
    const init = await invoke('app:initial', {});
    expect(init.ok && (init.value as InitialState).recoveries).toEqual([]);
    expect(await invoke('recovery:read', { id: 'elsewhere' })).toMatchObject({ ok: false, error: { code: 'recovery-elsewhere' } });
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

  describe('File → Export…', () => {
    const TEXT = 'She recieved the the letter.\r\n\r\nHe left.\r\n';
    const BASE = 'She recieved the the letter.\n\nHe left.\n';
    const spelling = { check: 'spelling', ruleId: 'spelling-unknown-word', message: '“recieved” is not in the dictionary; did you mean “received”?' } as const;
    const exportSetup = async (target: string) => {
      const dir = await mkdtemp(join(tmpdir(), 'redline-ipc-export-'));
      await writeFile(join(dir, 'ch.txt'), TEXT);
      const api = await setup(join(dir, 'ch.txt'), join(dir, target));
      const init = await api.invoke('app:initial', {});
      const handle = init.ok ? (init.value as { document: { handle: string } }).document.handle : '';
      return { dir, handle, invoke: api.invoke };
    };
    const request = (handle: string, more: Record<string, unknown>) => ({
      handle,
      base: BASE,
      edits: [
        { from: 4, to: 12, insert: 'received', fix: spelling },
        { from: 30, to: 30, insert: 'Soon ' },
      ],
      format: 'txt',
      trackChanges: false,
      comments: false,
      report: 'none',
      open: [],
      ...more,
    });

    it('writes corrected text with the manuscript’s CRLF line endings, and a change report beside it', async () => {
      const { dir, handle, invoke } = await exportSetup('ch.edited.txt');
      const open = [{ from: 13, to: 20, check: 'repeated-words', ruleId: 'repeated-word', message: '“the” is repeated; remove one.' }];
      const r = await invoke('doc:export', request(handle, { report: 'md', open }));
      expect(r).toEqual({ ok: true, value: { name: 'ch.edited.txt', report: 'ch.edited.changes.md', written: 2, skipped: 0 } });
      expect(await readFile(join(dir, 'ch.edited.txt'), 'utf8')).toBe('She received the the letter.\r\n\r\nSoon He left.\r\n');
      expect(await readFile(join(dir, 'ch.txt'), 'utf8')).toBe(TEXT);
      const report = await readFile(join(dir, 'ch.edited.changes.md'), 'utf8');
      expect(report).toContain('recieved');
      expect(report).toContain('received');
      expect(report).toContain('1 fix applied, 1 issue left open.');
      expect(report).toContain('repeated-word');
    });

    it('writes a .docx whose changes are Word tracked changes, with a comment on the fix', async () => {
      const { dir, handle, invoke } = await exportSetup('ch.docx');
      const r = await invoke('doc:export', request(handle, { format: 'docx', trackChanges: true, comments: true }));
      expect(r).toMatchObject({ ok: true, value: { name: 'ch.docx', written: 2 } });
      const files = unzipSync(new Uint8Array(await readFile(join(dir, 'ch.docx'))));
      const xml = strFromU8(files['word/document.xml']!);
      expect(xml).toMatch(/<w:del\b[^>]*w:author="Redline"[\s\S]*?<w:delText[^>]*>recieved<\/w:delText>/);
      expect(xml).toMatch(/<w:ins\b[^>]*w:author="Redline"[\s\S]*?<w:t[^>]*>received<\/w:t>/);
      expect(strFromU8(files['word/comments.xml']!)).toContain('spelling · spelling-unknown-word');
    });

    it('never overwrites the manuscript, and refuses edits outside the text', async () => {
      const { dir, handle, invoke } = await exportSetup('ch.txt');
      expect(await invoke('doc:export', request(handle, {}))).toMatchObject({ ok: false, error: { code: 'would-overwrite' } });
      expect(await readFile(join(dir, 'ch.txt'), 'utf8')).toBe(TEXT);
      const outside = request(handle, { edits: [{ from: 0, to: BASE.length + 1, insert: '' }] });
      expect(await invoke('doc:export', outside)).toMatchObject({ ok: false, error: { code: 'bad-arguments' } });
      expect(await invoke('doc:export', request(handle, { format: 'pdf' }))).toMatchObject({ ok: false, error: { code: 'bad-arguments' } });
    });
  });

  it('open a folder given at start-up as a book, export it whole with each fix tracked, and never over a chapter', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'redline-ipc-book-'));
    await writeFile(join(folder, 'ch-2.txt'), 'Chapter Two\r\n\r\nShe new him.\r\n');
    await writeFile(join(folder, 'ch-1.txt'), 'Chapter One\n\nThe the end.\n');
    const out = join(folder, 'book.docx');
    const { invoke } = await setup(folder, out);
    const init = await invoke('app:initial', {});
    if (!init.ok) throw new Error(init.error.message);
    const book = (init.value as { document: { handle: string; text: string; book: { chapters: Array<{ name: string; from: number }> } } }).document;
    expect(book.book.chapters.map((c) => c.name)).toEqual(['ch-1.txt', 'ch-2.txt']);
    const at = (s: string) => book.text.indexOf(s);
    const fix = (check: 'repeated-words' | 'confusables', ruleId: string) => ({ check, ruleId, message: 'Fix.' });
    const edits = [
      { from: at('The the'), to: at('The the') + 7, insert: 'The', fix: fix('repeated-words', 'repeated-word') },
      { from: at('new'), to: at('new') + 3, insert: 'knew', fix: fix('confusables', 'confusable-new-knew') },
    ];
    const request = { handle: book.handle, base: book.text, edits, open: [], format: 'docx', trackChanges: true, comments: true, report: 'none' };
    const r = await invoke('doc:export', request);
    expect(r).toMatchObject({ ok: true, value: { name: 'book.docx', written: 2, skipped: 0 } });
    const zip = unzipSync(new Uint8Array(await readFile(out)));
    const xml = strFromU8(zip['word/document.xml']!);
    expect(xml.indexOf('Chapter One')).toBeLessThan(xml.indexOf('Chapter Two'));
    expect(xml).toMatch(/<w:delText[^>]*>new<\/w:delText>/);
    expect(strFromU8(zip['word/comments.xml']!)).toContain('confusables · confusable-new-knew');
    // Save As and a save of the book itself are refused: chapters are saved by their own handles.
    expect(await invoke('doc:save', { handle: book.handle, text: '' })).toMatchObject({ ok: false, error: { code: 'book' } });
    const onChapter = await setup(folder, join(folder, 'ch-1.txt'));
    const again = await onChapter.invoke('app:initial', {});
    const handle = again.ok ? (again.value as { document: { handle: string } }).document.handle : '';
    expect(await onChapter.invoke('doc:export', { ...request, handle })).toMatchObject({ ok: false, error: { code: 'would-overwrite' } });
  });
});
