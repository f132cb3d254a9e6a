import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBaselineStore } from './baselines.js';
import { createBookService } from './books.js';
import { createDocumentService, type DocumentService } from './documents.js';
import { makeDocx } from '../../tests/support/docx.js';

let dir: string;
let documents: DocumentService;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'redline-books-'));
  documents = createDocumentService({ watch: null, root: join(dir, 'book'), baselines: createBaselineStore(join(dir, 'data')) });
  await mkdir(join(dir, 'book'));
  await writeFile(join(dir, 'book', 'chapter-10.txt'), 'Chapter Ten\n\nThe end.\n');
  await writeFile(join(dir, 'book', 'chapter-2.txt'), 'Chapter Two\r\n\r\nJon left.\r\n');
  await writeFile(join(dir, 'book', 'Chapter-1.md'), '# One\n\nMara *came*.\n');
  await writeFile(join(dir, 'book', 'notes.pdf'), 'not a chapter');
  await writeFile(join(dir, 'book', '.hidden.txt'), 'not a chapter');
});
afterEach(async () => {
  documents.closeAll();
  await rm(dir, { recursive: true, force: true });
});

describe('a folder opened as a book', () => {
  it('joins its chapter files in natural order, each opened by the file service', async () => {
    const books = createBookService(documents, { root: join(dir, 'book') });
    const book = await books.open(join(dir, 'book'));
    if (!book.ok) throw new Error(book.error.message);
    expect(book.value.book?.chapters.map((c) => c.name)).toEqual(['Chapter-1.md', 'chapter-2.txt', 'chapter-10.txt']);
    expect(book.value.text).toBe('# One\n\nMara *came*.\n\n\nChapter Two\n\nJon left.\n\n\nChapter Ten\n\nThe end.\n');
    expect(book.value.book?.chapters.map((c) => book.value.text.slice(c.from, c.from + 7))).toEqual(['# One\n\n', 'Chapter', 'Chapter']);
    expect(book.value.layout).toBe('3 chapters · mixed encodings');
    expect(book.value.format).toBe('text');
    expect(book.value.baseline?.text).toBe(book.value.text);
    // Each chapter saves through its own handle, with its own line endings.
    const two = book.value.book!.chapters[1]!;
    expect((await documents.save(two.handle, 'Chapter Two\n\nJon stayed.\n')).ok).toBe(true);
    expect(await readFile(join(dir, 'book', 'chapter-2.txt'), 'utf8')).toBe('Chapter Two\r\n\r\nJon stayed.\r\n');
    const again = await books.reload(book.value.handle);
    expect(again.ok && again.value.text).toContain('Jon stayed.');
  });

  it('keeps shared settings and each chapter’s POVs in book.redline.json', async () => {
    const books = createBookService(documents, { root: join(dir, 'book') });
    const book = await books.open(join(dir, 'book'));
    if (!book.ok) throw new Error(book.error.message);
    await books.updateSettings(book.value.handle, { kind: 'add-word', word: 'zorbled' });
    const set = await books.updateSettings(book.value.handle, { kind: 'set-pov', scene: '3:1.1', character: 'Jon' });
    expect(set.ok && set.value).toMatchObject({ words: ['zorbled'], povCharacters: { '3:1.1': 'Jon' } });
    expect(JSON.parse(await readFile(join(dir, 'book', 'book.redline.json'), 'utf8'))).toMatchObject({ words: ['zorbled'], chapters: { 'chapter-10.txt': { povCharacters: { '1.1': 'Jon' } } } });
    expect((await books.updateSettings(book.value.handle, { kind: 'set-pov', scene: '4:1.1', character: 'Jon' })).ok).toBe(false);
    // A reload reads them back.
    const again = await books.reload(book.value.handle);
    expect(again.ok && again.value.settings.povCharacters).toEqual({ '3:1.1': 'Jon' });
    expect(books.source(book.value.handle)?.files).toContain(join(dir, 'book', 'book.redline.json'));
  });

  it('neither reads nor writes a book.redline.json linked out of the served folder', async () => {
    await writeFile(join(dir, 'outside.json'), '{"words":["secret"]}');
    await symlink(join(dir, 'outside.json'), join(dir, 'book', 'book.redline.json'));
    const books = createBookService(documents, { root: join(dir, 'book') });
    const book = await books.open(join(dir, 'book'));
    expect(book.ok && book.value.settings.words).toEqual([]);
    const changed = await books.updateSettings(book.ok ? book.value.handle : '', { kind: 'add-word', word: 'zorbled' });
    expect(changed.ok).toBe(false);
    expect(await readFile(join(dir, 'outside.json'), 'utf8')).toBe('{"words":["secret"]}');
  });

  it('says which folder has no chapters, and which chapter cannot be read', async () => {
    await mkdir(join(dir, 'book', 'empty'));
    const books = createBookService(documents, { root: join(dir, 'book') });
    const empty = await books.open(join(dir, 'book', 'empty'));
    expect(!empty.ok && empty.error.message).toMatch(/empty has no manuscript files/);
    await writeFile(join(dir, 'book', 'chapter-3.txt'), new Uint8Array([0, 1, 2, 0, 0]));
    const broken = await books.open(join(dir, 'book'));
    expect(!broken.ok && broken.error.message).toMatch(/^The chapter chapter-3\.txt/);
  });

  it('takes a Word chapter for review: in the book, marked, never saved over', async () => {
    await writeFile(join(dir, 'book', 'chapter-3.docx'), await makeDocx([{ heading: 1, runs: ['Chapter Three'] }, 'She new the man.']));
    const books = createBookService(documents, { root: join(dir, 'book') });
    const book = await books.open(join(dir, 'book'));
    if (!book.ok) throw new Error(book.error.message);
    const word = book.value.book!.chapters[2]!;
    expect(word).toMatchObject({ name: 'chapter-3.docx', docx: true });
    expect(book.value.text.slice(word.from)).toContain('She new the man.');
    expect(await documents.save(word.handle, 'x')).toMatchObject({ ok: false, error: { code: 'docx-review' } });
  });
});

describe('a book keeps what was set on its chapters alone', () => {
  const sidecar = (name: string, json: object): Promise<void> => writeFile(join(dir, 'book', `${name}.redline.json`), JSON.stringify(json));

  it('folds each chapter’s own words, ignores, rules and POVs into the book, without rewriting them', async () => {
    await sidecar('Chapter-1.md', { words: ['Mara'], ignored: ['fp-one'], ignoredRules: ['passive-voice'], povCharacters: { '1.1': 'Mara' } });
    await sidecar('chapter-2.txt', { words: ['Jon', 'Mara'], ignored: ['fp-two'], povCharacters: { '1.1': 'Jon', '1.2': 'Mara' } });
    await writeFile(join(dir, 'book', 'book.redline.json'), JSON.stringify({ words: ['zorbled'], chapters: { 'chapter-2.txt': { povCharacters: { '1.2': 'Ana' } } } }));
    const before = await readFile(join(dir, 'book', 'chapter-2.txt.redline.json'), 'utf8');
    const books = createBookService(documents, { root: join(dir, 'book') });
    const book = await books.open(join(dir, 'book'));
    if (!book.ok) throw new Error(book.error.message);
    expect(book.value.settings).toMatchObject({ words: ['zorbled', 'Mara', 'Jon'], ignored: ['fp-one', 'fp-two'], ignoredRules: ['passive-voice'] });
    // Keyed as the book keys scenes; the book's own POV for 2:1.2 wins over the chapter's.
    expect(book.value.settings.povCharacters).toEqual({ '1:1.1': 'Mara', '2:1.1': 'Jon', '2:1.2': 'Ana' });
    expect(book.value.book?.notices).toBeUndefined();
    // A change writes the book's file; the chapter's own file is not rewritten.
    await books.updateSettings(book.value.handle, { kind: 'add-word', word: 'Pell' });
    expect(await readFile(join(dir, 'book', 'chapter-2.txt.redline.json'), 'utf8')).toBe(before);
    expect(JSON.parse(await readFile(join(dir, 'book', 'book.redline.json'), 'utf8')).words).toEqual(['zorbled', 'Mara', 'Jon', 'Pell']);
  });

  it('takes the book’s dialect, narration and tense; else the first chapter’s, saying where the chapters disagree', async () => {
    await sidecar('Chapter-1.md', { dialect: 'en-GB', tense: 'past' });
    await sidecar('chapter-2.txt', { dialect: 'en-US', narration: 'close', tense: 'past' });
    await sidecar('chapter-10.txt', { narration: 'omniscient' });
    const books = createBookService(documents, { root: join(dir, 'book') });
    const book = await books.open(join(dir, 'book'));
    if (!book.ok) throw new Error(book.error.message);
    expect(book.value.settings).toMatchObject({ dialect: 'en-GB', narration: 'close', tense: 'past' });
    expect(book.value.book?.notices).toEqual([
      'The chapters set different dialects (Chapter-1.md: en-GB, chapter-2.txt: en-US); the book uses en-GB until you set it in Settings.',
      'The chapters set different narrations (chapter-2.txt: close, chapter-10.txt: omniscient); the book uses close until you set it in Settings.',
    ]);
    // Once the book says, the chapters no longer matter.
    await writeFile(join(dir, 'book', 'book.redline.json'), JSON.stringify({ dialect: 'en-US', narration: 'omniscient' }));
    const again = await books.reload(book.value.handle);
    if (!again.ok) throw new Error(again.error.message);
    expect(again.value.settings).toMatchObject({ dialect: 'en-US', narration: 'omniscient', tense: 'past' });
    expect(again.value.book?.notices).toBeUndefined();
  });

  it('a chapter opened alone reads its folder’s book.redline.json too, and writes only its own', async () => {
    await sidecar('chapter-2.txt', { words: ['Jon'], povCharacters: { '1.1': 'Jon' } });
    await writeFile(join(dir, 'book', 'book.redline.json'), JSON.stringify({ words: ['zorbled'], ignoredRules: ['passive-voice'], dialect: 'en-GB', chapters: { 'chapter-2.txt': { povCharacters: { '1.2': 'Ana' } } } }));
    const alone = await documents.open(join(dir, 'book', 'chapter-2.txt'));
    if (!alone.ok) throw new Error(alone.error.message);
    expect(alone.value.settings).toMatchObject({ words: ['zorbled', 'Jon'], ignoredRules: ['passive-voice'], dialect: 'en-GB', povCharacters: { '1.1': 'Jon', '1.2': 'Ana' } });
    const changed = await documents.updateSettings(alone.value.handle, { kind: 'add-word', word: 'Pell' });
    expect(changed.ok && changed.value.words).toEqual(['zorbled', 'Jon', 'Pell']);
    expect(JSON.parse(await readFile(join(dir, 'book', 'chapter-2.txt.redline.json'), 'utf8')).words).toEqual(['Jon', 'Pell']);
    expect(JSON.parse(await readFile(join(dir, 'book', 'book.redline.json'), 'utf8')).words).toEqual(['zorbled']);    // A book.redline.json linked out of the served folder is not read for a chapter alone either.
    await rm(join(dir, 'book', 'book.redline.json'));
    await writeFile(join(dir, 'outside.json'), '{"words":["secret"]}');
    await symlink(join(dir, 'outside.json'), join(dir, 'book', 'book.redline.json'));
    const linked = await documents.reload(alone.value.handle);
    expect(linked.ok && linked.value.settings.words).toEqual(['Jon', 'Pell']);
  });
});

describe('chapter files added to or removed from an open book’s folder', () => {
  it('says which were added and removed, once each, and a reload takes them in or leaves them out', async () => {
    let poke: (() => void) | undefined;
    const books = createBookService(documents, { root: join(dir, 'book'), debounceMs: 1, watchFolder: (_folder, onChange) => ((poke = onChange), () => undefined) });
    const changes: unknown[] = [];
    books.onFolderChange((c) => changes.push(c));
    const book = await books.open(join(dir, 'book'));
    if (!book.ok) throw new Error(book.error.message);
    const settle = async (): Promise<void> => {
      poke!();
      await vi.waitFor(() => expect(changes.length).toBeGreaterThan(seen));
    };
    let seen = 0;
    // A touch that changes no chapter (a save, the settings file) says nothing.
    await writeFile(join(dir, 'book', 'book.redline.json'), '{}');
    poke!();
    await new Promise((r) => setTimeout(r, 50));
    expect(changes).toEqual([]);
    await writeFile(join(dir, 'book', 'chapter-4.txt'), 'Chapter Four\n\nNew.\n');
    await rm(join(dir, 'book', 'chapter-2.txt'));
    await settle();
    expect(changes).toEqual([{ handle: book.value.handle, kind: 'folder-changed', added: ['chapter-4.txt'], removed: ['chapter-2.txt'] }]);
    seen = 1;
    // The same difference again is not said again.
    poke!();
    await new Promise((r) => setTimeout(r, 50));
    expect(changes).toHaveLength(1);
    const again = await books.reload(book.value.handle);
    if (!again.ok) throw new Error(again.error.message);
    expect(again.value.book?.chapters.map((c) => c.name)).toEqual(['Chapter-1.md', 'chapter-4.txt', 'chapter-10.txt']);
    expect(again.value.text).toContain('Chapter Four\n\nNew.\n');
    expect(again.value.text).not.toContain('Jon left.');
    // The chapters kept their handles; the new one saves through its own.
    expect(again.value.book?.chapters[0]?.handle).toBe(book.value.book?.chapters[0]?.handle);
    expect((await documents.save(again.value.book!.chapters[1]!.handle, 'Chapter Four\n\nNewer.\n')).ok).toBe(true);
    expect(await readFile(join(dir, 'book', 'chapter-4.txt'), 'utf8')).toBe('Chapter Four\n\nNewer.\n');
  });
});
