/**
 * The host's side of the IPC contract: one handler per channel, arguments validated against the contract,
 * every failure returned as a `Result`. The same handlers serve Electron's `ipcMain` and the `redline serve`
 * bridge; the host passes in its dialogs.
 */
import { lstat, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { MAX_TEXT_CHARS, validArgs, isChannel, type ArgsOf, type Channel, type DocumentSnapshot, type EngineData, type ExportDone, type ExportRequest, type FixNote, type RecoveryOffer, type ResultOf } from '../../src/contract/ipc.js';
import { exportWithReport, type NotedEdit } from '../../src/export/with-report.js';
import type { AtomicWriteFs } from '../../src/formats/atomic-write.node.js';
import { settingsPathFor, writeFileSafely } from '../../src/formats/file.node.js';
import { manuscriptStem } from '../../src/formats/manuscript-types.js';
import { personalDictionaryPath, readPersonalDictionary, updatePersonalDictionary } from '../../src/formats/personal-dictionary.node.js';
import { fail, ok, type Result } from '../../src/contract/result.js';
import type { BookService } from '../files/books.js';
import type { DocumentService } from '../files/documents.js';
import type { RecoveryStore } from '../files/recovery.js';
import type { SettingsStore } from '../settings/app-settings.js';
import { withRecent } from '../settings/app-settings.js';
import { SAMPLE_NAME, SAMPLE_TEXT } from '../sample/sample-chapter.js';

/** How the host asks the user for a file. `undefined` means cancelled. */
export interface Dialogs {
  open(): Promise<string | undefined>;
  /** A folder of chapter files to open as a book; absent (`redline serve`): not offered. */
  openFolder?(): Promise<string | undefined>;
  /** `defaultName` is the document's current name; `suggested` a name the renderer typed (serve only). */
  saveAs(defaultName: string, suggested?: string): Promise<Result<string | undefined>>;
  /**
   * Where to export: `defaultName` has the format's extension; `suggested` is a name the renderer typed
   * (serve only, checked like Save As's).
   */
  exportAs(defaultName: string, format: ExportRequest['format'], suggested?: string): Promise<Result<string | undefined>>;
}

export interface HandlerDeps {
  readonly host: 'electron' | 'serve';
  readonly documents: DocumentService;
  /** Folders of chapter files opened as books; without it, a folder cannot be opened. */
  readonly books?: BookService;
  readonly recovery: RecoveryStore;
  readonly settings: SettingsStore;
  readonly dialogs: Dialogs;
  readonly engineData: () => Promise<EngineData>;
  /** Called when a document's unsaved state changes (the desktop window's edited mark). */
  readonly onDirty?: (handle: string, dirty: boolean) => void;
  /** The file (or folder of chapter files) given on the command line or by the OS; none opens the bundled sample chapter. */
  readonly initialPath?: string;
  /** Fault injection for tests: the file-system calls of export writes. */
  readonly fs?: AtomicWriteFs;
  /**
   * The personal dictionary shared by every manuscript; default where the CLI reads it too
   * (`personalDictionaryPath`: `$REDLINE_DICTIONARY`, else `~/.config/redline/dictionary.txt`).
   */
  readonly dictionaryPath?: string;
}

export type Handlers = { readonly [C in Channel]: (args: ArgsOf<C>) => Promise<ResultOf<C>> };

/** Dispatches an untrusted call: unknown channels and malformed arguments are refused as values. */
export type Invoke = (channel: unknown, args: unknown) => Promise<Result<unknown>>;

export interface HostApi {
  readonly handlers: Handlers;
  readonly invoke: Invoke;
}

/** Builds the handlers. */
export function createHandlers(deps: HandlerDeps): HostApi {
  const { documents, recovery, settings, dialogs, books } = deps;
  const isBook = (handle: string): boolean => books?.isBook(handle) ?? false;
  // Only work this window can restore onto its own file (or untitled work): with `redline serve chapter.txt`,
  // an autosave of another book outside the folder used to replace the chapter in the window. A chapter of the
  // open book is marked, so it is restored into the book in its place.
  const recoveriesFor = async (handle: string): Promise<RecoveryOffer[]> => {
    const chapters = new Map<string, string>();
    const offers = await recovery.list(async (e) => {
      const chapter = e.path !== undefined && books && isBook(handle) ? books.chapterAt(handle, e.path) : undefined;
      if (chapter !== undefined) chapters.set(e.id, chapter);
      return e.path === undefined || documents.canOpen(e.path);
    });
    // The book's chapters first: Restore takes them all into the book at once.
    const marked = offers.map((o) => (chapters.has(o.id) ? { ...o, chapter: chapters.get(o.id)! } : o));
    return [...marked.filter((o) => o.chapter !== undefined), ...marked.filter((o) => o.chapter === undefined)];
  };
  const openFolder = async (path: string): Promise<ResultOf<'book:open'>> =>
    books ? books.open(path) : fail({ code: 'unsupported-type', message: `${basename(path)} is a folder: this host opens one file at a time` });
  const dictionaryPath = deps.dictionaryPath ?? personalDictionaryPath(process.env, homedir());
  let initial: DocumentSnapshot | undefined;
  let engineData: Promise<EngineData> | undefined;

  const remember = async (snapshot: DocumentSnapshot): Promise<void> => {
    const path = documents.pathOf(snapshot.handle);
    if (path !== undefined) await settings.update((s) => withRecent(s, path));
  };

  // `serve` takes names typed in the page, so an existing file is replaced only when the request says so (the
  // page asks first). A native save dialog asks by itself. A dangling symlink counts as existing.
  const existing = async (paths: ReadonlyArray<string | undefined>): Promise<string | undefined> => {
    if (deps.host !== 'serve') return undefined;
    for (const p of paths) {
      if (p !== undefined && (await lstat(p).then(() => true, () => false))) return p;
    }
    return undefined;
  };

  const handlers: Handlers = {
    async 'app:initial'() {
      if (!initial) {
        if (deps.initialPath !== undefined) {
          const folder = await stat(deps.initialPath).then((s) => s.isDirectory(), () => false);
          const opened = folder ? await openFolder(deps.initialPath) : await documents.open(deps.initialPath);
          if (!opened.ok) return opened;
          if (!opened.value) return fail({ code: 'internal', message: 'The folder did not open.' });
          initial = opened.value;
          await remember(initial);
        } else {
          initial = documents.openUntitled(SAMPLE_NAME, SAMPLE_TEXT);
        }
      } else if (books && isBook(initial.handle)) {
        const again = await books.reload(initial.handle);
        if (again.ok) initial = again.value;
      } else if (documents.pathOf(initial.handle) !== undefined) {
        // The page was reloaded: show the file and its settings as they are now on disk.
        const again = await documents.reload(initial.handle);
        if (again.ok) initial = again.value;
      }
      // Read afresh each time: the CLI or another window may have added words since.
      const words = await readPersonalDictionary(dictionaryPath);
      return ok({
        host: deps.host,
        document: initial,
        dictionary: { path: dictionaryPath, words: words.ok ? words.value : [] },
        recoveries: await recoveriesFor(initial.handle),
        reviewPanelOpen: settings.get().reviewPanelOpen,
        preferences: settings.get().preferences,
      });
    },
    async 'engine:data'() {
      engineData ??= deps.engineData();
      try {
        return ok(await engineData);
      } catch (e) {
        engineData = undefined;
        return fail({ code: 'dictionaries', message: `cannot load the dictionaries: ${(e as Error).message}` });
      }
    },
    async 'doc:open'() {
      const path = await dialogs.open();
      if (path === undefined) return ok(null);
      const opened = await documents.open(path);
      if (opened.ok) await remember(opened.value);
      return opened;
    },
    async 'book:open'() {
      const path = await dialogs.openFolder?.();
      if (path === undefined) return ok(null);
      return openFolder(path);
    },
    async 'doc:save'({ handle, text, fixes }) {
      if (isBook(handle)) return fail({ code: 'book', message: 'A book is saved chapter by chapter.' });
      const saved = await documents.save(handle, text, fixes);
      if (saved.ok) await recovery.discard(recoveryId(handle));
      return saved;
    },
    async 'doc:save-as'({ handle, text, name, replace }) {
      if (isBook(handle)) return fail({ code: 'book', message: 'Save As writes one file: a book’s chapters are saved in place (export the book or one chapter to write a copy).' });
      const current = documents.nameOf(handle);
      if (current === undefined) return fail({ code: 'unknown-document', message: 'That document is no longer open.' });
      const chosen = await dialogs.saveAs(current, name);
      if (!chosen.ok) return chosen;
      if (chosen.value === undefined) return ok(null);
      const taken = replace === true ? undefined : await existing([chosen.value, settingsPathFor(chosen.value)]);
      if (taken) return fail({ code: 'exists', message: `${basename(taken)} already exists in this folder. Replace it?` });
      const saved = await documents.saveAs(handle, chosen.value, text);
      if (saved.ok) {
        await recovery.discard(recoveryId(handle));
        await remember(saved.value);
      }
      return saved;
    },
    async 'doc:reload'({ handle }) {
      return books && isBook(handle) ? books.reload(handle) : documents.reload(handle);
    },
    async 'doc:set-dirty'({ handle, dirty }) {
      const set = documents.setDirty(handle, dirty);
      if (set.ok) deps.onDirty?.(handle, dirty);
      return set;
    },
    async 'doc:update-settings'({ handle, change }) {
      return books && isBook(handle) ? books.updateSettings(handle, change) : documents.updateSettings(handle, change);
    },
    async 'doc:new-review'({ handle, text }) {
      return documents.newReview(handle, text);
    },
    async 'dictionary:update'({ change }) {
      const words = await updatePersonalDictionary(dictionaryPath, change);
      return words.ok ? ok({ path: dictionaryPath, words: words.value }) : words;
    },
    async 'recovery:save'({ handle, text }) {
      const name = documents.nameOf(handle);
      if (name === undefined) return fail({ code: 'unknown-document', message: 'That document is no longer open.' });
      const path = documents.pathOf(handle);
      return recovery.save({ id: recoveryId(handle), name, text, ...(path !== undefined ? { path } : {}) });
    },
    async 'recovery:restore'({ id }) {
      const entry = await recovery.read(id);
      if (!entry.ok) return entry;
      // Back onto its own file when that still opens; otherwise as an untitled document. Never into a window that
      // cannot write that file: that would put one book's text in place of another's, with a Save that cannot work.
      if (entry.value.path !== undefined && !(await documents.canOpen(entry.value.path))) {
        return fail({ code: 'recovery-elsewhere', message: `${entry.value.name} was autosaved from ${entry.value.path}, which this window cannot open; start Redline on that file to restore it.` });
      }
      const onFile = entry.value.path !== undefined ? await documents.open(entry.value.path) : undefined;
      const snapshot = onFile?.ok
        ? { ...onFile.value, text: entry.value.text, restored: true }
        : { ...documents.openUntitled(entry.value.name, entry.value.text), restored: true };
      documents.setDirty(snapshot.handle, true);
      await recovery.discard(id);
      return ok(snapshot);
    },
    async 'recovery:read'({ id }) {
      const entry = await recovery.read(id);
      if (!entry.ok) return entry;
      // Only work this window can write back: a chapter of its book, or its own file.
      if (entry.value.path === undefined || !(await documents.canOpen(entry.value.path))) {
        return fail({ code: 'recovery-elsewhere', message: `${entry.value.name} was not autosaved from a file this window has open.` });
      }
      return ok({ name: entry.value.name, text: entry.value.text });
    },
    async 'recovery:discard'({ id }) {
      await recovery.discard(id);
      return ok(null);
    },
    async 'app:set-preferences'({ preferences }) {
      const clean = { dialect: preferences.dialect, disabledChecks: [...new Set(preferences.disabledChecks)].sort() };
      await settings.update((s) => ({ ...s, preferences: clean }));
      return ok(clean);
    },
    async 'doc:export'(request) {
      // The whole book: its chapters joined, written from their text (a Word chapter's formatting is not kept).
      const book = books?.source(request.handle);
      const current = book?.name ?? documents.nameOf(request.handle);
      const source = book ? { layout: book.layout, format: book.format } : documents.layoutOf(request.handle);
      if (current === undefined || source === undefined) return fail({ code: 'unknown-document', message: 'That document is no longer open.' });
      const stem = manuscriptStem(current).replace(/ \(sample\)$/, '');
      const chosen = await dialogs.exportAs(`${stem}.edited.${request.format}`, request.format, request.name);
      if (!chosen.ok) return chosen;
      if (chosen.value === undefined) return ok(null);
      const path = chosen.value;
      const manuscript = documents.pathOf(request.handle);
      const reportPath = request.report === 'none' ? undefined : join(dirname(path), `${basename(path, extname(path))}.changes.${request.report}`);
      // An export never replaces the manuscript or its settings: that is what Save is for.
      const guarded = book ? book.files.map((f) => resolve(f)) : manuscript === undefined ? [] : [resolve(manuscript), resolve(settingsPathFor(manuscript))];
      for (const target of [path, reportPath]) {
        if (target !== undefined && guarded.includes(resolve(target))) {
          return fail({ code: 'would-overwrite', message: `${basename(target)} is the manuscript itself; export to another name (Save writes the manuscript).` });
        }
      }
      const taken = request.replace === true ? undefined : await existing([path, reportPath]);
      if (taken) return fail({ code: 'exists', message: `${basename(taken)} already exists in this folder. Replace it?` });
      const comment = (n: FixNote): string => `${n.message} (${n.check} · ${n.ruleId})`;
      const edits: NotedEdit[] = request.edits.map((e) => ({
        edit: { from: e.from, to: e.to, insert: e.insert },
        ...(e.fix ? { fix: e.fix } : {}),
        ...(e.fix && request.comments ? { comment: comment(e.fix) } : {}),
      }));
      // A Word document opened for review exports from the original file, so its formatting is kept.
      if ('docx' in source && source.docx && source.docx.text !== request.base) return fail({ code: 'stale', message: `This text is not ${current} as opened (it came from recovery): copy your changes, open ${current} again, and export from there.` });
      const from = 'docx' in source && source.docx ? ({ kind: 'docx', document: source.docx } as const) : ({ kind: 'text', text: request.base, layout: source.layout, format: source.format } as const);
      const now = new Date().toISOString();
      const out = exportWithReport(
        from,
        { kind: 'edits', edits, open: request.open },
        request.format,
        {
          trackChanges: request.format === 'docx' && request.trackChanges,
          comments: request.format === 'docx' && request.trackChanges && request.comments,
          author: 'Redline',
          date: now,
        },
        request.report === 'none' ? undefined : { format: request.report, title: current, date: now.slice(0, 10) },
      );
      // In `serve` the name came from the page: never written through a symlink.
      const exportOptions = { ...(deps.fs ? { fs: deps.fs } : {}), ...(deps.host === 'serve' ? { symlinks: 'refuse' as const } : {}) };
      const written = await writeFileSafely(path, out.bytes, exportOptions);
      if (!written.ok) return written;
      const done: ExportDone = { name: basename(path), written: out.written.length, skipped: out.skipped.length };
      if (reportPath === undefined || out.report === undefined) return ok(done);
      const report = await writeFileSafely(reportPath, out.report, exportOptions);
      if (!report.ok) return report;
      return ok({ ...done, report: basename(reportPath) });
    },
    async 'app:set-review-panel'({ open }) {
      await settings.update((s) => ({ ...s, reviewPanelOpen: open }));
      return ok(null);
    },
  };

  const invoke: Invoke = async (channel, args) => {
    if (!isChannel(channel)) return fail({ code: 'unknown-channel', message: 'Unknown request.' });
    const value = args ?? {};
    if (!validArgs(channel, value)) {
      // "Malformed request" was all a 22-million-character save said: name the real reason.
      const long = tooLong(value);
      if (long !== undefined) {
        return fail({
          code: 'too-large',
          message: `The text is ${long.toLocaleString('en-US')} characters, more than the ${MAX_TEXT_CHARS.toLocaleString('en-US')} Redline can save or send; nothing was written. Your text is still here: split it into smaller files.`,
        });
      }
      return fail({ code: 'bad-arguments', message: `Malformed request to ${channel}.` });
    }
    const handler = handlers[channel] as (a: unknown) => Promise<Result<unknown>>;
    try {
      return await handler(value);
    } catch (e) {
      return fail({ code: 'internal', message: `Something went wrong: ${(e as Error).message}` });
    }
  };

  return { handlers, invoke };
}

/** The length of the longest text field (`text`, `base`) over the limit, if any. */
function tooLong(args: unknown): number | undefined {
  if (typeof args !== 'object' || args === null) return undefined;
  const o = args as Record<string, unknown>;
  const lengths = [o['text'], o['base']].map((v) => (typeof v === 'string' ? v.length : 0));
  const longest = Math.max(...lengths);
  return longest > MAX_TEXT_CHARS ? longest : undefined;
}

/** The recovery file id of a document handle (handles are UUIDs: safe as file names). */
export const recoveryId = (handle: string): string => handle.replace(/[^\w-]/g, '');
