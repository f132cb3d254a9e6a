/**
 * Books: a folder of chapter files opened as one manuscript. Main owns the folder: it lists the chapter files in
 * natural order, opens each through the file service (so each is read, watched, saved atomically and confined
 * to the served folder like any manuscript), joins their texts for the editor, and reads and writes the
 * book-level settings file (`book.redline.json`) the chapters share. Plain Node; no Electron.
 */
import { randomUUID } from 'node:crypto';
import { watch as fsWatch, type FSWatcher } from 'node:fs';
import { basename, isAbsolute, relative, resolve } from 'node:path';
import { BOOK_SCENE_KEY, bookEditorSettings, bookSettingsJson, foldChapterSettings, joinChapters, type BookSettings } from '../../src/contract/book.js';
import type { ChapterInfo, DocumentSnapshot, EventContract, SettingsChange } from '../../src/contract/ipc.js';
import { EMPTY_SETTINGS, type ManuscriptSettings } from '../../src/contract/manuscript-settings.js';
import { fail, ok, type Result } from '../../src/contract/result.js';
import type { AtomicWriteFs } from '../../src/formats/atomic-write.node.js';
import { bookSettingsPathFor, chapterFilesIn, readBookSettings } from '../../src/formats/book.node.js';
import { realPathOf, writeFileSafely } from '../../src/formats/file.node.js';
import type { TextLayout } from '../../src/formats/text.js';
import { applySettingsChange, type DocumentService } from './documents.js';

interface OpenBook {
  readonly handle: string;
  /** The folder, as opened (absolute). */
  readonly folder: string;
  /** Chapter handles and file names, in order. */
  chapters: Array<{ readonly handle: string; readonly name: string }>;
  /** What the last folder change reported (`added|removed`), so each change is said once. */
  reported: string;
  /** `book.redline.json` with each chapter's own settings folded in (see `foldChapterSettings`). */
  settings: BookSettings;
  /** Where the chapters disagree and the book is silent (dialect, narration, tense): said when the book opens. */
  conflicts: readonly string[];
}

/** What an export of the whole book writes from. */
export interface BookSource {
  readonly name: string;
  readonly layout: TextLayout;
  readonly format: 'text' | 'markdown';
  /** Every chapter file and its settings file: an export never replaces them. */
  readonly files: readonly string[];
}

export interface BookService {
  /** Opens `folder` as a book: every chapter file in natural order, joined. */
  open(folder: string): Promise<Result<DocumentSnapshot>>;
  isBook(handle: string): boolean;
  /**
   * Reads the book again (a page reload, "changed on disk: reload"): the folder is listed anew, so a chapter file
   * added since is opened and one removed is left out; every chapter and the settings are read again.
   */
  reload(handle: string): Promise<Result<DocumentSnapshot>>;
  /** A change to the book-level settings (a scene's POV goes under its chapter file). */
  updateSettings(handle: string, change: SettingsChange): Promise<Result<ManuscriptSettings>>;
  /** What an export of the whole book needs of its files. */
  source(handle: string): BookSource | undefined;
  /** Chapter files added to or removed from an open book's folder (each change once, after a short quiet). */
  onFolderChange(listener: (change: FolderChange) => void): () => void;
  /** The file name of the book's chapter at `path` (as the file service holds it), if it is one. */
  chapterAt(handle: string, path: string): string | undefined;
}

export type FolderChange = Extract<EventContract['doc:disk-change'], { kind: 'folder-changed' }>;

/** Watches a folder: `onChange` on any entry's change. Returns the function that stops it. */
export type WatchFolder = (folder: string, onChange: () => void) => () => void;

const watchFolderWithFs: WatchFolder = (folder, onChange) => {
  let watcher: FSWatcher | undefined;
  try {
    watcher = fsWatch(folder, { persistent: false }, () => onChange());
    watcher.on('error', () => undefined);
  } catch {
    // A folder that cannot be watched: changes show on the next reload.
  }
  return () => watcher?.close();
};

export interface BookServiceOptions {
  /** When set (`redline serve`), the book's settings file must lie in this folder by its real path. */
  readonly root?: string;
  /** Watching the folder for chapter files added or removed; default `fs.watch`. `null`: not watched. */
  readonly watchFolder?: WatchFolder | null;
  /** Debounce for folder events, ms. Default 300. */
  readonly debounceMs?: number;
  readonly fs?: AtomicWriteFs;
}

const EMPTY_BOOK: BookSettings = { shared: EMPTY_SETTINGS, chapters: {} };

/** Creates the book service over the file service that opens each chapter. */
export function createBookService(documents: DocumentService, options: BookServiceOptions = {}): BookService {
  const books = new Map<string, OpenBook>();
  const listeners = new Set<(change: FolderChange) => void>();
  const watchFolder = options.watchFolder === undefined ? watchFolderWithFs : options.watchFolder;

  /** The chapter files now in the folder against the book's: what was added and removed, by name. */
  const folderDiff = async (book: OpenBook): Promise<{ added: string[]; removed: string[] } | undefined> => {
    const files = await chapterFilesIn(book.folder);
    const now = files.ok ? files.value.map((p) => basename(p)) : [];
    const had = book.chapters.map((c) => c.name);
    return { added: now.filter((n) => !had.includes(n)), removed: had.filter((n) => !now.includes(n)) };
  };
  const startWatch = (book: OpenBook): void => {
    if (!watchFolder) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    watchFolder(book.folder, () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        void folderDiff(book).then((diff) => {
          if (!diff || books.get(book.handle) !== book) return;
          const key = `${diff.added.join('/')}|${diff.removed.join('/')}`;
          // A save or a settings write touches the folder too: say only a new difference.
          if (key === book.reported) return;
          book.reported = key;
          if (diff.added.length || diff.removed.length) listeners.forEach((l) => l({ handle: book.handle, kind: 'folder-changed', ...diff }));
        });
      }, options.debounceMs ?? 300);
    });
  };

  const snapshotOf = (book: OpenBook, chapters: readonly DocumentSnapshot[]): DocumentSnapshot => {
    const joined = joinChapters(chapters.map((c) => c.text));
    const bases = joinChapters(chapters.map((c) => c.baseline?.text ?? c.text));
    const infos: ChapterInfo[] = chapters.map((c, i) => ({
      handle: c.handle,
      name: c.name,
      from: joined.starts[i]!,
      baseFrom: bases.starts[i]!,
      ...(c.review ? { docx: true } : {}),
    }));
    const layouts = [...new Set(chapters.map((c) => c.layout))];
    const since = chapters.map((c) => c.baseline?.since).filter((s): s is string => s !== undefined).sort()[0];
    const fixes = chapters.flatMap((c) => c.baseline?.fixes ?? []);
    return {
      handle: book.handle,
      name: basename(book.folder),
      text: joined.text,
      format: chapters.every((c) => c.format === 'markdown') ? 'markdown' : 'text',
      layout: `${chapters.length} chapters · ${layouts.length === 1 ? layouts[0] : 'mixed encodings'}`,
      settings: bookEditorSettings(book.settings, book.chapters.map((c) => c.name)),
      untitled: false,
      ...(since !== undefined ? { baseline: { since, text: bases.text, ...(fixes.length ? { fixes } : {}) } } : {}),
      book: { folder: basename(book.folder), chapters: infos, ...(book.conflicts.length ? { notices: book.conflicts } : {}) },
    };
  };

  /** The settings file, unless it is a link out of the served folder (then it is neither read nor written). */
  const settingsPath = async (folder: string): Promise<Result<string>> => {
    const path = bookSettingsPathFor(folder);
    if (options.root !== undefined) {
      const rel = relative(await realPathOf(options.root), await realPathOf(path));
      if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return fail({ code: 'outside-folder', message: `${basename(path)} is outside the folder Redline was started in` });
    }
    return ok(path);
  };
  const readSettings = async (folder: string): Promise<BookSettings> => ((await settingsPath(folder)).ok ? ((await readBookSettings(folder)) ?? EMPTY_BOOK) : EMPTY_BOOK);
  /**
   * The book's settings as the writer sees them: `book.redline.json` with each chapter's own `<file>.redline.json`
   * folded in (read, never rewritten), so what was set on a chapter alone still holds in the book.
   */
  const foldedSettings = async (folder: string, chapters: readonly DocumentSnapshot[]) =>
    foldChapterSettings(
      await readSettings(folder),
      chapters.map((c) => ({ name: c.name, settings: documents.ownSettingsOf(c.handle) ?? EMPTY_SETTINGS })),
    );

  return {
    async open(folder) {
      const full = resolve(folder);
      const files = await chapterFilesIn(full);
      if (!files.ok) return files;
      const opened: DocumentSnapshot[] = [];
      for (const path of files.value) {
        const doc = await documents.open(path);
        if (!doc.ok) {
          for (const o of opened) documents.close(o.handle);
          return fail({ code: doc.error.code, message: `The chapter ${doc.error.message}` });
        }
        opened.push(doc.value);
      }
      const folded = await foldedSettings(full, opened);
      const book: OpenBook = { handle: randomUUID(), folder: full, chapters: opened.map((o) => ({ handle: o.handle, name: o.name })), reported: '|', settings: folded.settings, conflicts: folded.conflicts };
      books.set(book.handle, book);
      startWatch(book);
      return ok(snapshotOf(book, opened));
    },
    isBook: (handle) => books.has(handle),
    onFolderChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async reload(handle) {
      const book = books.get(handle);
      if (!book) return fail({ code: 'unknown-document', message: 'That book is no longer open.' });
      const files = await chapterFilesIn(book.folder);
      if (!files.ok) return files;
      const again: DocumentSnapshot[] = [];
      const opened: string[] = [];
      for (const path of files.value) {
        const name = basename(path);
        const had = book.chapters.find((c) => c.name === name);
        const r = had ? await documents.reload(had.handle) : await documents.open(path);
        if (!r.ok) {
          for (const h of opened) documents.close(h);
          return fail({ code: r.error.code, message: `The chapter ${r.error.message}` });
        }
        if (!had) opened.push(r.value.handle);
        again.push(r.value);
      }
      // A chapter file gone from the folder is left out, and its handle closed.
      for (const c of book.chapters) if (!again.some((a) => a.handle === c.handle)) documents.close(c.handle);
      book.chapters = again.map((a) => ({ handle: a.handle, name: a.name }));
      book.reported = '|';
      const folded = await foldedSettings(book.folder, again);
      book.settings = folded.settings;
      book.conflicts = folded.conflicts;
      return ok(snapshotOf(book, again));
    },
    async updateSettings(handle, change) {
      const book = books.get(handle);
      if (!book) return fail({ code: 'unknown-document', message: 'That book is no longer open.' });
      const before = book.settings;
      let next: BookSettings;
      if (change.kind === 'set-pov') {
        // "2:1.3" is scene 1.3 of the second chapter file: kept under that file's name, as that file numbers it.
        const m = BOOK_SCENE_KEY.exec(change.scene);
        const chapter = m ? book.chapters[Number(m[1]) - 1] : undefined;
        if (!m || !chapter) return fail({ code: 'bad-scene', message: `There is no scene ${change.scene} in this book.` });
        const { [m[2]!]: _old, ...rest } = book.settings.chapters[chapter.name] ?? {};
        const keys = change.character === null ? rest : { ...rest, [m[2]!]: change.character.trim() };
        next = { ...book.settings, chapters: { ...book.settings.chapters, [chapter.name]: keys } };
      } else {
        next = { ...book.settings, shared: applySettingsChange(book.settings.shared, change) };
      }
      const path = await settingsPath(book.folder);
      if (!path.ok) return path;
      book.settings = next;
      const written = await writeFileSafely(path.value, bookSettingsJson(next), { ...(options.fs ? { fs: options.fs } : {}), symlinks: 'refuse' });
      if (!written.ok) {
        book.settings = before;
        return written;
      }
      return ok(bookEditorSettings(next, book.chapters.map((c) => c.name)));
    },
    chapterAt(handle, path) {
      const full = resolve(path);
      return books.get(handle)?.chapters.find((c) => documents.pathOf(c.handle) === full)?.name;
    },
    source(handle) {
      const book = books.get(handle);
      const first = book?.chapters[0];
      const layout = first && documents.layoutOf(first.handle);
      if (!book || !layout) return undefined;
      const paths = book.chapters.map((c) => documents.pathOf(c.handle)).filter((p): p is string => p !== undefined);
      return {
        name: basename(book.folder),
        layout: layout.layout,
        format: book.chapters.every((c) => documents.layoutOf(c.handle)?.format === 'markdown') ? 'markdown' : 'text',
        files: [...paths, ...paths.map((p) => `${p}.redline.json`), bookSettingsPathFor(book.folder)],
      };
    },
  };
}
