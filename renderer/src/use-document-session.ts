/**
 * The document session: the manuscript open in the review editor and everything that happens to it as a
 * file. Start-up (the document, the engine worker and its dictionaries), open, save and save as, export,
 * recovery (autosave, restore, discard), changes on disk, the unsaved state (title bar, close prompt) and the
 * message banner. Commands from menus, keys and buttons are routed here; the ones that only open UI (the
 * review panel, Preferences, Export…) go back to the app through `ui`.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { DocumentSnapshot, InitialState, MenuCommand, RecoveryOffer } from '../../src/contract/ipc.js';
import { splitChapters } from '../../src/contract/book.js';
import type { ExportChoice } from './ExportDialog.js';
import { baseRanges, chapterChanges, fixLog } from './editor/book-chapters.js';
import type { HostBridge } from './bridge.js';
import { bufferedPort, ReviewEditor, type EditorStatus, type PovChoice, type WorkerPort } from './editor/review-editor.js';
import type { ToWorker } from './worker/protocol.js';

/** A message above the editor: what happened, and what the writer can do about it. */
export interface Banner {
  readonly kind: 'info' | 'error' | 'warning';
  readonly text: string;
  readonly actions?: ReadonlyArray<{ readonly label: string; readonly run: () => void }>;
}

/** A command from a menu, a key or a button. */
export type AppCommand = MenuCommand | 'toggle-review-panel';

/** What the session hands back to the app around it. */
export interface SessionUi {
  /** Start-up state the app keeps itself (the review panel, the preferences). */
  started(init: InitialState): void;
  /** A command that only opens or closes UI: the review panel, Preferences, Export…, the settings view. */
  command(command: 'toggle-review-panel' | 'preferences' | 'export' | 'settings'): void;
  /** Set POV character… in a `pov` tooltip. */
  choosePov(choice: PovChoice): void;
}

export interface DocumentSession {
  /** Where the review editor mounts. */
  readonly mount: RefObject<HTMLDivElement | null>;
  readonly editor: RefObject<ReviewEditor | undefined>;
  readonly doc: DocumentSnapshot | undefined;
  readonly hostKind: 'electron' | 'serve';
  readonly status: EditorStatus;
  readonly dirty: boolean;
  /** Set when the app cannot start (no document). */
  readonly fatal: string | undefined;
  readonly banner: Banner | undefined;
  setBanner(banner: Banner | undefined): void;
  /** Unsaved work from an earlier session, offered back. */
  readonly recoveries: readonly RecoveryOffer[];
  restoreRecovery(): Promise<void>;
  discardRecoveries(): void;
  /** Runs a command from a menu, a key or a button. */
  run(command: AppCommand): void;
  save(as: boolean): Promise<void>;
  open(): Promise<void>;
  /** Opens a folder of chapter files as a book (the desktop app's folder dialog). */
  openFolder(): Promise<void>;
  exportAs(choice: ExportChoice): Promise<void>;
  /** Start new review: the text now becomes the baseline Export compares with. */
  startNewReview(): Promise<void>;
}

const EMPTY: EditorStatus = { diagnostics: [], checking: false, ready: false, words: 0, paragraphs: 0, analysed: 0, summaries: {}, checks: [], chapter: -1 };

export function useDocumentSession(bridge: HostBridge, ui: SessionUi): DocumentSession {
  const mount = useRef<HTMLDivElement>(null);
  const editor = useRef<ReviewEditor | undefined>(undefined);
  const [doc, setDoc] = useState<DocumentSnapshot | undefined>();
  const docRef = useRef<DocumentSnapshot | undefined>(undefined);
  const [hostKind, setHostKind] = useState<'electron' | 'serve'>('serve');
  const [status, setStatus] = useState<EditorStatus>(EMPTY);
  const [dirty, setDirty] = useState(false);
  const [banner, setBanner] = useState<Banner | undefined>();
  const [recoveries, setRecoveries] = useState<readonly RecoveryOffer[]>([]);
  const [fatal, setFatal] = useState<string | undefined>();
  const uiRef = useRef(ui);
  uiRef.current = ui;

  /** A book's chapters as their files hold them (as opened or last saved), to save only what changed. */
  const savedTexts = useRef<string[]>([]);
  const setDocument = useCallback((d: DocumentSnapshot) => {
    docRef.current = d;
    setDoc(d);
    savedTexts.current = d.book ? splitChapters(d.text, d.book.chapters.map((c) => c.from)) : [];
    if (d.review) {
      setBanner({
        kind: d.review.warning ? 'warning' : 'info',
        text: `${d.name} is a Word document opened for review: Export… writes a .docx with your changes (tracked, if you like); the original is never overwritten.${d.review.warning ? ` ${d.review.warning}` : ''}`,
      });
    }
    // The chapters' own settings disagree (dialect, narration, tense) and the book does not say: which one it took.
    if (d.book?.notices?.length) setBanner({ kind: 'warning', text: d.book.notices.join(' ') });
  }, []);

  const save = useCallback(
    async (as: boolean) => {
      const ed = editor.current;
      const d = docRef.current;
      if (!ed || !d) return;
      const text = ed.text();
      // A book: each chapter that changed is saved to its own file, as the file service saves any manuscript.
      if (d.book) {
        if (as) return setBanner({ kind: 'info', text: 'A book’s chapters are saved in place: use Export… to write a copy of the book or of one chapter.' });
        return saveBook(d, ed);
      }
      if (as || d.untitled) {
        let name: string | undefined;
        if (hostKind === 'serve') {
          name = window.prompt('Save as (a .txt or .md file name in this folder):', d.name.replace(/ \(sample\)/, '').replace(/[^\w.-]+/g, '-')) ?? undefined;
          if (!name) return;
        }
        let r = await bridge.invoke('doc:save-as', { handle: d.handle, text, ...(name ? { name } : {}) });
        // `serve` refuses an existing name until asked: "chapter-2.txt already exists in this folder. Replace it?"
        if (!r.ok && r.error.code === 'exists') {
          if (!window.confirm(r.error.message)) return setBanner({ kind: 'info', text: 'Not saved: nothing was replaced.' });
          r = await bridge.invoke('doc:save-as', { handle: d.handle, text, ...(name ? { name } : {}), replace: true });
        }
        if (!r.ok) return setBanner({ kind: 'error', text: r.error.message });
        if (r.value) {
          setDocument(r.value);
          ed.markSaved();
          setBanner({ kind: 'info', text: `Saved as ${r.value.name}.` });
        }
        return;
      }
      const all = ed.changesSinceOpen();
      const r = await bridge.invoke('doc:save', { handle: d.handle, text, fixes: fixLog(all.base, all.edits) });
      if (!r.ok) return setBanner({ kind: 'error', text: r.error.message });
      if (ed.text() === text) ed.markSaved();
      setBanner({ kind: 'info', text: `Saved ${d.name}.` });
    },
    [bridge, hostKind, setDocument],
  );

  /** Saves every chapter of a book whose text is not what its file holds; the first failure stops and says so. */
  const saveBook = async (d: DocumentSnapshot, ed: ReviewEditor): Promise<void> => {
    const book = d.book!;
    const texts = ed.chapterTexts();
    const all = ed.changesSinceOpen();
    const ranges = baseRanges(book, all.base.length);
    const saved: string[] = [];
    for (const [i, chapter] of book.chapters.entries()) {
      const text = texts[i] ?? '';
      if (chapter.docx || savedTexts.current[i] === text) continue;
      const fixes = fixLog(all.base, all.edits.filter((e) => e.from >= ranges[i]!.from && e.to <= ranges[i]!.to));
      const r = await bridge.invoke('doc:save', { handle: chapter.handle, text, fixes });
      if (!r.ok) return setBanner({ kind: 'error', text: `${chapter.name}: ${r.error.message}${saved.length ? ` (saved before it: ${saved.join(', ')})` : ''}` });
      savedTexts.current[i] = text;
      saved.push(chapter.name);
    }
    if (ed.chapterTexts().every((t, i) => t === savedTexts.current[i] || book.chapters[i]?.docx)) ed.markSaved();
    setBanner({ kind: 'info', text: saved.length ? `Saved ${saved.join(', ')}.` : 'Every chapter was already saved.' });
  };

  const open = useCallback(async () => {
    if (hostKind === 'serve') return setBanner({ kind: 'info', text: 'In the browser, Redline edits the file it was started with: run `redline serve OTHER-FILE` to open another.' });
    if (editor.current?.dirty && !window.confirm('Open another file and lose your unsaved changes?')) return;
    const r = await bridge.invoke('doc:open', {});
    if (!r.ok) return setBanner({ kind: 'error', text: r.error.message });
    if (r.value) {
      setDocument(r.value);
      editor.current?.load(r.value);
    }
  }, [bridge, hostKind, setDocument]);

  const openFolder = useCallback(async () => {
    if (hostKind === 'serve') return setBanner({ kind: 'info', text: 'In the browser, Redline edits what it was started with: run `redline serve FOLDER` to open a folder of chapters as a book.' });
    if (editor.current?.dirty && !window.confirm('Open another manuscript and lose your unsaved changes?')) return;
    const r = await bridge.invoke('book:open', {});
    if (!r.ok) return setBanner({ kind: 'error', text: r.error.message });
    if (r.value) {
      setDocument(r.value);
      editor.current?.load(r.value);
    }
  }, [bridge, hostKind, setDocument]);

  const exportAs = useCallback(
    async (choice: ExportChoice) => {
      const ed = editor.current;
      const d = docRef.current;
      if (!ed || !d) return;
      const { chapter, ...format } = choice;
      // One chapter of a book: its part of the review, written from its own file (a Word chapter keeps its formatting).
      const one = d.book && chapter !== undefined ? d.book.chapters[chapter] : undefined;
      const { base, edits, open } = one ? chapterChanges(ed.changesSinceOpen(), d.book!, chapter!) : ed.changesSinceOpen();
      const handle = one?.handle ?? d.handle;
      let r = await bridge.invoke('doc:export', { handle, base, edits, open, ...format });
      if (!r.ok && r.error.code === 'exists') {
        if (!window.confirm(r.error.message)) return setBanner({ kind: 'info', text: 'Not exported: nothing was replaced.' });
        r = await bridge.invoke('doc:export', { handle, base, edits, open, ...format, replace: true });
      }
      if (!r.ok) return setBanner({ kind: 'error', text: r.error.message });
      if (!r.value) return;
      const { name, written, skipped, report } = r.value;
      const how = choice.format === 'docx' && choice.trackChanges ? ' as tracked changes' : '';
      setBanner({
        kind: skipped ? 'warning' : 'info',
        text: `Exported ${name} with ${written} change${written === 1 ? '' : 's'}${how}${skipped ? ` (${skipped} could not be placed)` : ''}.${report ? ` Change report: ${report}.` : ''}`,
      });
    },
    [bridge],
  );

  const startNewReview = useCallback(async () => {
    const ed = editor.current;
    const d = docRef.current;
    if (!ed || !d) return;
    let since: string | undefined;
    // A book's review is its chapters' reviews: each chapter's text now becomes its baseline.
    const parts = d.book ? d.book.chapters.map((c, i) => ({ handle: c.handle, text: ed.chapterTexts()[i] ?? '' })) : [{ handle: d.handle, text: ed.text() }];
    for (const part of parts) {
      const r = await bridge.invoke('doc:new-review', part);
      if (!r.ok) return setBanner({ kind: 'error', text: r.error.message });
      since ??= r.value.since;
    }
    ed.startNewReview(since!);
    setBanner({ kind: 'info', text: 'A new review has begun: Export now shows the changes made from here on.' });
  }, [bridge]);

  const commands = useRef<(c: AppCommand) => void>(() => undefined);
  commands.current = (c) => {
    // A Word document under review is written by Export, never saved over.
    if ((c === 'save' || c === 'save-as') && docRef.current?.review) c = 'export';
    if (c === 'save') void save(false);
    else if (c === 'save-as') void save(true);
    else if (c === 'open') void open();
    else if (c === 'open-folder') void openFolder();
    else if (c === 'next-issue' || c === 'previous-issue' || c === 'find' || c === 'replace') editor.current?.run(c);
    else uiRef.current.command(c);
  };
  const run = useCallback((c: AppCommand) => commands.current(c), []);

  // Start-up: the document, and at the same time the worker and its dictionaries.
  useEffect(() => {
    let cancelled = false;
    const worker = new Worker(new URL('./worker/engine.worker.ts', import.meta.url), { type: 'module' });
    const port = bufferedPort(worker as unknown as WorkerPort);
    // The worker fetches its data itself where it can (several MB of JSON, parsed off this thread); otherwise the
    // host's answer is handed on. Either way, while the document opens.
    const request = bridge.workerRequest?.('engine:data');
    if (request) port.postMessage({ type: 'init', fetch: request } satisfies ToWorker);
    else {
      void bridge.invoke('engine:data', {}).then((data) => {
        if (cancelled) return;
        if (!data.ok) return setBanner({ kind: 'error', text: data.error.message });
        port.postMessage({ type: 'init', data: data.value });
      });
    }
    void (async () => {
      const init = await bridge.invoke('app:initial', {});
      if (cancelled) return;
      if (!init.ok) return setFatal(init.error.message);
      setHostKind(init.value.host);
      uiRef.current.started(init.value);
      setRecoveries(init.value.recoveries);
      setDocument(init.value.document);
      editor.current = new ReviewEditor(mount.current!, init.value.document, port, {
        status: setStatus,
        dirty: (d) => {
          setDirty(d);
          const doc = docRef.current;
          // A book: each chapter file is what the host knows (its close prompt asks about any of them).
          for (const h of doc?.book ? doc.book.chapters.map((c) => c.handle) : doc ? [doc.handle] : []) void bridge.invoke('doc:set-dirty', { handle: h, dirty: d });
        },
        settings: async (change) => {
          const h = docRef.current?.handle;
          if (!h) return undefined;
          const r = await bridge.invoke('doc:update-settings', { handle: h, change });
          if (!r.ok) {
            setBanner({ kind: 'error', text: r.error.message });
            return undefined;
          }
          return r.value;
        },
        dictionary: async (change) => {
          const r = await bridge.invoke('dictionary:update', { change });
          if (!r.ok) {
            setBanner({ kind: 'error', text: r.error.message });
            return undefined;
          }
          return r.value.words;
        },
        command: (c) => commands.current(c),
        choosePov: (choice) => uiRef.current.choosePov(choice),
      });
      editor.current.setPreferences(init.value.preferences);
      editor.current.setPersonalWords(init.value.dictionary.words);
      editor.current.view.focus();
    })();
    const offs = [
      bridge.on('menu:command', ({ command }) => commands.current(command)),
      bridge.on('doc:opened', ({ document }) => {
        if (editor.current?.dirty && !window.confirm(`Open ${document.name} and lose your unsaved changes?`)) return;
        setDocument(document);
        editor.current?.load(document);
      }),
      bridge.on('doc:disk-change', (change) => {
        if (change.kind === 'folder-changed') {
          if (change.handle === docRef.current?.handle) onFolderChanged(change.added, change.removed);
          return;
        }
        const book = docRef.current?.book;
        const chapter = book?.chapters.find((c) => c.handle === change.handle);
        if (book && chapter) return onChapterOnDisk(chapter.name, change.kind);
        if (change.handle !== docRef.current?.handle) return;
        if (change.kind === 'reloaded') {
          editor.current?.load(change.document);
          setDocument(change.document);
          setBanner({ kind: 'info', text: `${change.document.name} changed on disk and was reloaded.` });
        } else if (change.kind === 'changed-while-dirty') {
          setBanner({
            kind: 'warning',
            text: `${docRef.current.name} changed on disk, and you have unsaved changes here.`,
            actions: [
              {
                label: 'Reload from disk',
                run: async () => {
                  const r = await bridge.invoke('doc:reload', { handle: change.handle });
                  if (!r.ok) return setBanner({ kind: 'error', text: r.error.message });
                  editor.current?.load(r.value);
                  setDocument(r.value);
                  setBanner(undefined);
                },
              },
              { label: 'Keep mine', run: () => setBanner(undefined) },
            ],
          });
        } else {
          setBanner({
            kind: 'warning',
            text: `${docRef.current.name} was deleted or moved on disk. Your text is still here.`,
            actions: [{ label: 'Save As…', run: () => void commands.current('save-as') }],
          });
        }
      }),
    ];
    // A chapter changed on disk: the book is read again whole (clean), or the writer chooses (unsaved changes here).
    const reloadBook = async (): Promise<void> => {
      const d = docRef.current;
      if (!d) return;
      const r = await bridge.invoke('doc:reload', { handle: d.handle });
      if (!r.ok) return setBanner({ kind: 'error', text: r.error.message });
      editor.current?.load(r.value);
      setDocument(r.value);
    };
    // Chapter files added to or removed from the book's folder: said, and the book read again when the writer asks.
    const onFolderChanged = (added: readonly string[], removed: readonly string[]): void => {
      const list = (names: readonly string[]): string => (names.length < 3 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`);
      const what = [added.length ? `${list(added)} ${added.length === 1 ? 'was' : 'were'} added` : '', removed.length ? `${list(removed)} ${removed.length === 1 ? 'was' : 'were'} removed` : '']
        .filter(Boolean)
        .join('; ');
      const todo = added.length && removed.length ? 'to include the new chapters and leave out the others' : added.length ? `to include ${added.length === 1 ? 'it' : 'them'}` : `to leave ${removed.length === 1 ? 'it' : 'them'} out`;
      setBanner({
        kind: 'warning',
        text: `The folder changed: ${what}. Reload the book ${todo}.${editor.current?.dirty ? ' Save first: a reload reads every chapter from disk.' : ''}`,
        actions: [
          {
            label: 'Reload the book',
            run: () => {
              if (editor.current?.dirty && !window.confirm('Reload the book from disk and lose your unsaved changes?')) return;
              void reloadBook().then(() => setBanner(undefined));
            },
          },
          { label: 'Not now', run: () => setBanner(undefined) },
        ],
      });
    };
    const onChapterOnDisk = (name: string, kind: 'reloaded' | 'changed-while-dirty' | 'deleted'): void => {
      if (kind === 'reloaded' && !editor.current?.dirty) {
        void reloadBook().then(() => setBanner({ kind: 'info', text: `${name} changed on disk and the book was reloaded.` }));
        return;
      }
      setBanner({
        kind: 'warning',
        text: kind === 'deleted' ? `${name} was deleted or moved on disk. Your text is still here.` : `${name} changed on disk, and you have unsaved changes here.`,
        actions: [
          ...(kind === 'deleted' ? [] : [{ label: 'Reload the book from disk', run: () => void reloadBook().then(() => setBanner(undefined)) }]),
          { label: 'Keep mine', run: () => setBanner(undefined) },
        ],
      });
    };
    const onKey = (e: KeyboardEvent) => {
      // Outside the editor too: the browser must not take Ctrl+S.
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        if (!(e.target instanceof HTMLElement && e.target.closest('.cm-editor'))) commands.current(e.shiftKey ? 'save-as' : 'save');
      }
      // The settings view from anywhere (inside the editor its keymap takes Ctrl+; first).
      if ((e.ctrlKey || e.metaKey) && e.key === ';' && !(e.target instanceof HTMLElement && e.target.closest('.cm-editor'))) {
        e.preventDefault();
        commands.current('settings');
      }
    };
    window.addEventListener('keydown', onKey);
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (editor.current?.dirty) e.preventDefault();
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      cancelled = true;
      offs.forEach((off) => off());
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('beforeunload', beforeUnload);
      editor.current?.destroy();
      editor.current = undefined;
      worker.terminate();
    };
  }, [bridge, setDocument]);

  // Autosave unsaved work to the recovery folder. A failure is said once (not every five seconds); the text
  // stays in the editor either way.
  useEffect(() => {
    if (!dirty) return;
    let failed = false;
    const t = setInterval(() => {
      const d = docRef.current;
      const ed = editor.current;
      if (!d || !ed?.dirty) return;
      // A book: each chapter with unsaved changes, as its own file's recovery.
      const texts = ed.chapterTexts();
      const parts = d.book
        ? d.book.chapters.flatMap((c, i) => (texts[i] !== savedTexts.current[i] ? [{ handle: c.handle, text: texts[i] ?? '' }] : []))
        : [{ handle: d.handle, text: ed.text() }];
      for (const part of parts) {
        void bridge.invoke('recovery:save', part).then((r) => {
          if (r.ok) failed = false;
          else if (!failed) {
            failed = true;
            setBanner({ kind: 'error', text: r.error.message.startsWith('Autosave') ? r.error.message : `Autosave failed: ${r.error.message}` });
          }
        });
      }
    }, 5000);
    return () => clearInterval(t);
  }, [dirty, bridge]);

  useEffect(() => {
    document.title = `${dirty ? '● ' : ''}${doc?.name ?? 'Redline'} — Redline`;
  }, [doc, dirty]);

  const restoreRecovery = useCallback(async () => {
    const r = recoveries[0];
    if (!r) return;
    // A book's chapters: each one's autosaved text back in its place in the book, unsaved (Save writes them).
    const book = docRef.current?.book;
    const ed = editor.current;
    const into = book && ed ? recoveries.filter((o) => o.chapter !== undefined && book.chapters.some((c) => c.name === o.chapter)) : [];
    if (book && ed && into.length) {
      const restored: string[] = [];
      for (const o of into) {
        const got = await bridge.invoke('recovery:read', { id: o.id });
        if (!got.ok) return setBanner({ kind: 'error', text: got.error.message });
        if (!ed.restoreChapter(book.chapters.findIndex((c) => c.name === o.chapter), got.value.text)) continue;
        restored.push(o.chapter!);
        // The autosave keeps it from here on, under this session's chapter.
        void bridge.invoke('recovery:discard', { id: o.id });
      }
      setRecoveries(recoveries.filter((o) => !into.includes(o)));
      return setBanner({ kind: 'info', text: `Restored ${restored.join(', ')} into the book, unsaved: Save writes ${restored.length === 1 ? 'it' : 'them'} to ${restored.length === 1 ? 'its file' : 'their files'}.` });
    }
    const res = await bridge.invoke('recovery:restore', { id: r.id });
    if (!res.ok) return setBanner({ kind: 'error', text: res.error.message });
    setDocument(res.value);
    editor.current?.load(res.value);
    setRecoveries(recoveries.slice(1));
  }, [bridge, recoveries, setDocument]);

  const discardRecoveries = useCallback(() => {
    for (const r of recoveries) void bridge.invoke('recovery:discard', { id: r.id });
    setRecoveries([]);
  }, [bridge, recoveries]);

  return { mount, editor, doc, hostKind, status, dirty, fatal, banner, setBanner, recoveries, restoreRecovery, discardRecoveries, run, save, open, openFolder, exportAs, startNewReview };
}
