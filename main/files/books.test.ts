import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
