/**
 * The file service: open manuscripts by handle, save atomically with encoding, BOM and line endings kept,
 * Save As, per-manuscript settings, and a watch on disk. Plain Node; no Electron. Used by the Electron main
 * process and by `redline serve` alike.
 */
import { randomUUID } from 'node:crypto';
import { watch as fsWatch, type FSWatcher } from 'node:fs';
import { basename, dirname, isAbsolute, relative, resolve } from 'node:path';
import type { DocumentSnapshot, EventContract, LoggedFix, SettingsChange } from '../../src/contract/ipc.js';
import { EMPTY_SETTINGS, type ManuscriptSettings } from '../../src/contract/manuscript-settings.js';
import { fail, ok, type Result } from '../../src/contract/result.js';
import { revisionWarning, type DocxDocument } from '../../src/formats/docx.js';
import { readDocxFile } from '../../src/formats/docx.node.js';
import { cleanStaleTempFiles, type AtomicWriteFs, type AtomicWriteOptions } from '../../src/formats/atomic-write.node.js';
import { withBookSettings, type BookSettings } from '../../src/contract/book.js';
import { bookSettingsPathFor, readBookSettings } from '../../src/formats/book.node.js';
import { checkReplaceable, readSettingsFor, readTextFile, realPathOf, settingsPathFor, writeFileSafely } from '../../src/formats/file.node.js';
import { isManuscriptName, manuscriptKindOf, MANUSCRIPT_KINDS, sourceFormatOf, TEXT_KINDS, type ManuscriptKind } from '../../src/formats/manuscript-types.js';
import { DEFAULT_LAYOUT, encodeText, type TextLayout } from '../../src/formats/text.js';
import type { Baseline, BaselineStore } from './baselines.js';

/** Watches one file; calls back on any change (debounced by the service). Returns a stop function. */
export type WatchFile = (path: string, onChange: () => void) => () => void;

/** Watches the file's folder (editors that save by rename replace the file's inode, so a file watch dies). */
export const watchWithFs: WatchFile = (path, onChange) => {
  let watcher: FSWatcher | undefined;
  try {
    watcher = fsWatch(dirname(path), { persistent: false }, (_event, name) => {
      if (name === null || name.toString() === basename(path)) onChange();
    });
    watcher.on('error', () => undefined);
  } catch {
    return () => undefined;
  }
  return () => watcher?.close();
};

export interface DocumentServiceOptions {
  /** When set, every file read or written must lie inside this folder (`redline serve`). */
  readonly root?: string;
  /** File watching; default {@link watchWithFs}. Pass `null` to not watch. */
  readonly watch?: WatchFile | null;
  /** Debounce for disk events, ms. Default 150. */
  readonly debounceMs?: number;
  /** Fault injection for tests: the file-system calls of every write. */
  readonly fs?: AtomicWriteFs;
  /** Where review baselines are kept (the app's data folder); without it, a review lasts as long as the document is open. */
  readonly baselines?: BaselineStore;
}

export { realPathOf };

// Write failures where another name would work: say so, the text is still in the editor.
const SAVE_AS_HINT = new Set(['read-only', 'eacces', 'eperm', 'erofs', 'esymlink', 'outside-folder']);
const withSaveAsHint = <T>(r: Result<T>): Result<T> =>
  r.ok || !SAVE_AS_HINT.has(r.error.code) ? r : fail({ code: r.error.code, message: `${r.error.message}. Your text is still here: use Save As… to save it under another name.` });

interface OpenDocument {
  readonly handle: string;
  path: string | undefined;
  name: string;
  layout: TextLayout;
  format: 'text' | 'markdown';
  /** The text as last read from or written to disk: a watch event that finds this text is our own write. */
  diskText: string | undefined;
  dirty: boolean;
  /** Its own settings (`<file>.redline.json`): what a settings change writes. */
  settings: ManuscriptSettings;
  /** The folder's `book.redline.json`, when it has one: shown and checked with its own (as the CLI does). */
  book?: BookSettings;
  stopWatch: () => void;
  /** A Word document opened for review: the original, which Export writes from. Save refuses it. */
  docx?: DocxDocument;
  /** The review's baseline (text files with a store only). */
  baseline?: Baseline;
}

export type DiskChange = EventContract['doc:disk-change'];

/** The file service. Every method returns a `Result`; nothing throws for a user-caused failure. */
export interface DocumentService {
  open(path: string): Promise<Result<DocumentSnapshot>>;
  /** Whether this host may open `path` at all (inside its folder, a manuscript type); says nothing of the disk. */
  canOpen(path: string): Promise<boolean>;
  /** A document with no file yet (the sample chapter, a restored recovery). */
  openUntitled(name: string, text: string): DocumentSnapshot;
  /** Saves; `fixes` (when given) becomes the review's log of accepted fixes, kept with its baseline. */
  save(handle: string, text: string, fixes?: readonly LoggedFix[]): Promise<Result<{ savedAt: string }>>;
  saveAs(handle: string, path: string, text: string): Promise<Result<DocumentSnapshot>>;
  reload(handle: string): Promise<Result<DocumentSnapshot>>;
  setDirty(handle: string, dirty: boolean): Result<null>;
  updateSettings(handle: string, change: SettingsChange): Promise<Result<ManuscriptSettings>>;
  /** Start new review: `text` becomes the baseline every export compares with. */
  newReview(handle: string, text: string): Promise<Result<{ since: string }>>;
  /** The path of a handle, for the host only (title bar, recent files, dialogs). */
  pathOf(handle: string): string | undefined;
  nameOf(handle: string): string | undefined;
  /** How a document's file stores its text (line endings, BOM) and whether it is Markdown: what export restores. */
  layoutOf(handle: string): { readonly layout: TextLayout; readonly format: 'text' | 'markdown'; readonly docx?: DocxDocument } | undefined;
  isDirty(handle: string): boolean;
  /** True when some open document has unsaved changes (the close prompt). */
  anyDirty(): boolean;
  /** Handles of the open documents. */
  handles(): string[];
  onDiskChange(listener: (change: DiskChange) => void): () => void;
  /** A document's own settings (`<file>.redline.json`), without its book's. */
  ownSettingsOf(handle: string): ManuscriptSettings | undefined;
  close(handle: string): void;
  closeAll(): void;
}

const LAYOUT_LABEL = (l: TextLayout): string =>
  `${l.encoding.toUpperCase()}${l.bom ? ' BOM' : ''} · ${l.eol === '\r\n' ? 'CRLF' : l.eol === '\r' ? 'CR' : 'LF'}`;

/** Creates the file service. */
export function createDocumentService(options: DocumentServiceOptions = {}): DocumentService {
  const docs = new Map<string, OpenDocument>();
  const listeners = new Set<(change: DiskChange) => void>();
  const watchFile = options.watch === undefined ? watchWithFs : options.watch;
  const debounceMs = options.debounceMs ?? 150;
  const root = options.root === undefined ? undefined : resolve(options.root);
  // The folder by its real path: a symlink inside it must not let a read or a write reach outside.
  let realRoot: Promise<string> | undefined;
  const writeOptions = (follow: boolean): AtomicWriteOptions => ({
    ...(options.fs ? { fs: options.fs } : {}),
    // A name the user opened is written where it really lives; any other (Save As and settings in `serve`,
    // settings sidecars everywhere) is never written through a symlink.
    ...(follow ? {} : { symlinks: 'refuse' as const }),
  });

  /** With a root: `path` (followed through every symlink) lies inside the root's real path. */
  const withinRoot = async (path: string): Promise<Result<void>> => {
    if (root === undefined) return ok(undefined);
    realRoot ??= realPathOf(root);
    const rel = relative(await realRoot, await realPathOf(path));
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
      return fail({ code: 'outside-folder', message: `${basename(path)} is outside the folder Redline was started in` });
    }
    return ok(undefined);
  };

  // A settings sidecar that is a symlink out of the folder is not read (nor written).
  const settingsOf = async (path: string): Promise<ManuscriptSettings> =>
    (await withinRoot(settingsPathFor(path))).ok ? readSettingsFor(path) : EMPTY_SETTINGS;
  // A chapter opened alone reads its folder's book settings too, unless that file links out of the folder.
  const bookOf = async (path: string): Promise<BookSettings | undefined> =>
    (await withinRoot(bookSettingsPathFor(dirname(path)))).ok ? readBookSettings(dirname(path)) : undefined;
  const bookOption = async (path: string): Promise<{ book?: BookSettings }> => {
    const book = await bookOf(path);
    return book ? { book } : {};
  };
  /** What the editor shows and checks with: its own settings, with its book's when its folder has one. */
  const viewOf = (doc: OpenDocument): ManuscriptSettings => (doc.book ? withBookSettings(doc.settings, doc.book, doc.name) : doc.settings);

  // Saving writes only text and Markdown; opening also takes Word documents (for review).
  const inside = async (path: string, kinds: readonly ManuscriptKind[] = TEXT_KINDS): Promise<Result<string>> => {
    const full = resolve(path);
    if (root !== undefined) {
      const rel = relative(root, full);
      if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
        return fail({ code: 'outside-folder', message: `${basename(full)} is outside the folder Redline was started in` });
      }
      const real = await withinRoot(full);
      if (!real.ok) return real;
    }
    if (!isManuscriptName(full, kinds)) {
      return fail({ code: 'unsupported-type', message: `${basename(full)} is not a .txt or .md manuscript` });
    }
    return ok(full);
  };
  const openable = (path: string): Promise<Result<string>> => inside(path, MANUSCRIPT_KINDS);

  const snapshot = (doc: OpenDocument, text: string): DocumentSnapshot => ({
    handle: doc.handle,
    name: doc.name,
    text,
    format: doc.format,
    layout: LAYOUT_LABEL(doc.layout),
    settings: viewOf(doc),
    untitled: doc.path === undefined,
    ...(doc.docx ? { review: { kind: 'docx' as const, ...warningOf(doc.docx) } } : {}),
    ...(doc.baseline ? { baseline: doc.baseline } : {}),
  });
  const warningOf = (d: DocxDocument): { warning?: string } => {
    const w = revisionWarning(d.revisions);
    return w ? { warning: `This document ${w}.` } : {};
  };
  const readOnly = (doc: OpenDocument): Result<never> | undefined =>
    doc.docx ? fail({ code: 'docx-review', message: `${doc.name} is a Word document opened for review: use Export… to write a .docx with your changes.` }) : undefined;

  const emit = (change: DiskChange): void => listeners.forEach((l) => l(change));

  const startWatch = (doc: OpenDocument): void => {
    doc.stopWatch();
    if (!watchFile || doc.path === undefined || doc.docx) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const path = doc.path;
    const stop = watchFile(path, () => {
      clearTimeout(timer);
      timer = setTimeout(() => void onDisk(doc, path), debounceMs);
    });
    doc.stopWatch = () => {
      clearTimeout(timer);
      stop();
    };
  };

  const onDisk = async (doc: OpenDocument, path: string): Promise<void> => {
    if (docs.get(doc.handle) !== doc || doc.path !== path) return;
    if (!(await withinRoot(path)).ok) return;
    const read = await readTextFile(path);
    if (!read.ok) {
      if (read.error.code === 'enoent') {
        if (doc.diskText === undefined) return;
        doc.diskText = undefined;
        emit({ handle: doc.handle, kind: 'deleted' });
      }
      return;
    }
    if (read.value.text === doc.diskText) return; // our own save, or a touch
    doc.diskText = read.value.text;
    doc.layout = read.value.layout;
    if (doc.dirty) emit({ handle: doc.handle, kind: 'changed-while-dirty' });
    else emit({ handle: doc.handle, kind: 'reloaded', document: snapshot(doc, read.value.text) });
  };

  const get = (handle: string): Result<OpenDocument> => {
    const doc = docs.get(handle);
    return doc ? ok(doc) : fail({ code: 'unknown-document', message: 'That document is no longer open.' });
  };

  const open = async (path: string): Promise<Result<DocumentSnapshot>> => {
    const checked = await openable(path);
    if (!checked.ok) return checked;
    // Temporary files a crashed save left beside it (only ours, only stale).
    await cleanStaleTempFiles(dirname(await realPathOf(checked.value)));
    if (manuscriptKindOf(checked.value) === 'docx') return openDocx(checked.value);
    const read = await readTextFile(checked.value);
    if (!read.ok) return read;
    const doc: OpenDocument = {
      handle: randomUUID(),
      path: checked.value,
      name: basename(checked.value),
      layout: read.value.layout,
      format: read.value.format,
      diskText: read.value.text,
      dirty: false,
      settings: await settingsOf(checked.value),
      ...(await bookOption(checked.value)),
      stopWatch: () => undefined,
      ...(options.baselines ? { baseline: await options.baselines.get(await realPathOf(checked.value), read.value.text) } : {}),
    };
    docs.set(doc.handle, doc);
    startWatch(doc);
    return ok(snapshot(doc, read.value.text));
  };

  const openDocx = async (path: string): Promise<Result<DocumentSnapshot>> => {
    const read = await readDocxFile(path);
    if (!read.ok) return read;
    const doc: OpenDocument = {
      handle: randomUUID(),
      path,
      name: basename(path),
      layout: DEFAULT_LAYOUT,
      format: 'text',
      diskText: read.value.text,
      dirty: false,
      settings: await settingsOf(path),
      ...(await bookOption(path)),
      stopWatch: () => undefined,
      docx: read.value,
    };
    docs.set(doc.handle, doc);
    return ok(snapshot(doc, read.value.text));
  };

  const write = async (doc: OpenDocument, path: string, text: string, follow: boolean): Promise<Result<void>> => {
    const within = await withinRoot(path);
    if (!within.ok) return within;
    // Remember first: the watch may fire before writeFileSafely returns.
    const previous = doc.diskText;
    doc.diskText = text;
    const written = await writeFileSafely(path, encodeText(text, doc.layout), writeOptions(follow));
    if (!written.ok) doc.diskText = previous;
    return written;
  };

  const writeSettings = async (doc: OpenDocument, path: string): Promise<Result<void>> => {
    const settingsPath = settingsPathFor(path);
    const within = await withinRoot(settingsPath);
    if (!within.ok) return within;
    return writeFileSafely(settingsPath, JSON.stringify(doc.settings, null, 2) + '\n', writeOptions(false));
  };

  return {
    open,
    canOpen: async (path) => (await openable(path)).ok,
    openUntitled(name, text) {
      const doc: OpenDocument = {
        handle: randomUUID(),
        path: undefined,
        name,
        layout: DEFAULT_LAYOUT,
        format: sourceFormatOf(name),
        diskText: undefined,
        dirty: false,
        settings: EMPTY_SETTINGS,
        stopWatch: () => undefined,
      };
      docs.set(doc.handle, doc);
      return snapshot(doc, text);
    },
    async save(handle, text, fixes) {
      const got = get(handle);
      if (!got.ok) return got;
      const doc = got.value;
      if (doc.path === undefined) return fail({ code: 'untitled', message: `${doc.name} has no file yet: use Save As.` });
      const refused = readOnly(doc);
      if (refused) return refused;
      // A read-only file or folder: refused before writing (root would replace it anyway).
      const replaceable = await checkReplaceable(await realPathOf(doc.path));
      if (!replaceable.ok) return withSaveAsHint(replaceable);
      const written = await write(doc, doc.path, text, true);
      if (!written.ok) return withSaveAsHint(written);
      doc.dirty = false;
      // The log of accepted fixes goes with the baseline (a failure to keep it loses only comments, never text).
      if (fixes && options.baselines && doc.baseline) {
        const logged = { ...doc.baseline, fixes };
        if ((await options.baselines.put(await realPathOf(doc.path), logged)).ok) doc.baseline = logged;
      }
      return ok({ savedAt: new Date().toISOString() });
    },
    async saveAs(handle, path, text) {
      const got = get(handle);
      if (!got.ok) return got;
      const doc = got.value;
      const refused = readOnly(doc);
      if (refused) return refused;
      const checked = await inside(path);
      if (!checked.ok) return checked;
      // In `serve` the name came from the page, so no symlink is followed; a native dialog's choice is the user's.
      const written = await write(doc, checked.value, text, root === undefined);
      if (!written.ok) return written;
      const hadSettings = doc.path !== undefined || doc.settings !== EMPTY_SETTINGS;
      doc.path = checked.value;
      doc.name = basename(checked.value);
      doc.format = sourceFormatOf(checked.value);
      doc.dirty = false;
      // The word list and ignores travel with the text to its new name, and so does the review.
      if (hadSettings) await writeSettings(doc, checked.value);
      doc.book = await bookOf(checked.value);
      if (options.baselines && !doc.docx) {
        const baseline = doc.baseline ?? { since: new Date().toISOString(), text };
        await options.baselines.put(await realPathOf(checked.value), baseline);
        doc.baseline = baseline;
      }
      startWatch(doc);
      return ok(snapshot(doc, text));
    },
    async reload(handle) {
      const got = get(handle);
      if (!got.ok) return got;
      const doc = got.value;
      if (doc.path === undefined) return fail({ code: 'untitled', message: `${doc.name} has no file to reload.` });
      const within = await withinRoot(doc.path);
      if (!within.ok) return within;
      if (doc.docx) {
        const again = await readDocxFile(doc.path);
        if (!again.ok) return again;
        doc.docx = again.value;
        doc.diskText = again.value.text;
        doc.settings = await settingsOf(doc.path);
        doc.book = await bookOf(doc.path);
        return ok(snapshot(doc, again.value.text));
      }
      const read = await readTextFile(doc.path);
      if (!read.ok) return read;
      doc.diskText = read.value.text;
      doc.layout = read.value.layout;
      doc.dirty = false;
      doc.settings = await settingsOf(doc.path);
        doc.book = await bookOf(doc.path);
      return ok(snapshot(doc, read.value.text));
    },
    setDirty(handle, dirty) {
      const got = get(handle);
      if (!got.ok) return got;
      got.value.dirty = dirty;
      return ok(null);
    },
    async updateSettings(handle, change) {
      const got = get(handle);
      if (!got.ok) return got;
      const doc = got.value;
      const s = doc.settings;
      doc.settings = applySettingsChange(s, change);
      // Untitled documents keep settings in memory; Save As writes them beside the new file.
      if (doc.path !== undefined) {
        const written = await writeSettings(doc, doc.path);
        if (!written.ok) {
          doc.settings = s;
          return written;
        }
      }
      return ok(viewOf(doc));
    },
    async newReview(handle, text) {
      const got = get(handle);
      if (!got.ok) return got;
      const doc = got.value;
      const baseline = { since: new Date().toISOString(), text };
      if (options.baselines && doc.path !== undefined && !doc.docx) {
        const put = await options.baselines.put(await realPathOf(doc.path), baseline);
        if (!put.ok) return put;
      }
      if (doc.baseline) doc.baseline = baseline;
      return ok({ since: baseline.since });
    },
    ownSettingsOf: (handle) => docs.get(handle)?.settings,
    pathOf: (handle) => docs.get(handle)?.path,
    nameOf: (handle) => docs.get(handle)?.name,
    layoutOf(handle) {
      const doc = docs.get(handle);
      return doc && { layout: doc.layout, format: doc.format, ...(doc.docx ? { docx: doc.docx } : {}) };
    },
    isDirty: (handle) => docs.get(handle)?.dirty ?? false,
    anyDirty: () => [...docs.values()].some((d) => d.dirty),
    handles: () => [...docs.keys()],
    onDiskChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close(handle) {
      docs.get(handle)?.stopWatch();
      docs.delete(handle);
    },
    closeAll() {
      for (const d of docs.values()) d.stopWatch();
      docs.clear();
    },
  };
}

/**
 * A manuscript's settings after one change (lists keep each entry once; `set-pov` with `null` forgets the scene,
 * `set-dialect` with `null` goes back to the app's default; an undone ignore forgets its note).
 */
export function applySettingsChange(s: ManuscriptSettings, change: SettingsChange): ManuscriptSettings {
  const add = (list: readonly string[], item: string): string[] => (list.includes(item) ? [...list] : [...list, item]);
  const drop = (list: readonly string[], item: string): string[] => list.filter((x) => x !== item);
  switch (change.kind) {
    case 'add-word':
      return { ...s, words: add(s.words, change.word) };
    case 'remove-word':
      return { ...s, words: drop(s.words, change.word) };
    case 'ignore':
      return {
        ...s,
        ignored: add(s.ignored, change.fingerprint),
        ignoredNotes: change.note ? { ...s.ignoredNotes, [change.fingerprint]: change.note } : s.ignoredNotes,
      };
    case 'unignore': {
      const { [change.fingerprint]: _gone, ...notes } = s.ignoredNotes;
      return { ...s, ignored: drop(s.ignored, change.fingerprint), ignoredNotes: notes };
    }
    case 'ignore-rule':
      return { ...s, ignoredRules: add(s.ignoredRules, change.ruleId) };
    case 'unignore-rule':
      return { ...s, ignoredRules: drop(s.ignoredRules, change.ruleId) };
    case 'set-dialect': {
      const { dialect: _old, ...rest } = s;
      return change.dialect === null ? rest : { ...rest, dialect: change.dialect };
    }
    case 'set-tense':
      return { ...s, tense: change.tense };
    case 'set-pov': {
      const { [change.scene]: _old, ...rest } = s.povCharacters;
      return { ...s, povCharacters: change.character === null ? rest : { ...rest, [change.scene]: change.character.trim() } };
    }
    case 'set-narration':
      return { ...s, narration: change.narration };
  }
}
