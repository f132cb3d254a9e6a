/**
 * The review editor: one CodeMirror `EditorView` with our diagnostics, fixes, ignores and keyboard, and the
 * checking loop with the engine worker. React only mounts it and renders what it reports.
 *
 * The document's state lives in CodeMirror (`fix-marks.ts`, `since-open.ts`, `review-state.ts`, the lint
 * state of `findings.ts`, all in `review-extensions.ts`); the check loop is a view plugin (`check-loop.ts`)
 * and the keys an extension (`review-keymap.ts`). This class owns what outlives a document (the worker, the preferences, the host) and
 * what has been reported about the cursor, and gives React a small imperative API.
 */
import { highlightSelectionMatches, search, openSearchPanel } from '@codemirror/search';
import { EditorState, type Extension } from '@codemirror/state';
import { drawSelection, EditorView, tooltips } from '@codemirror/view';
import type { Diagnostic, Fix } from '../../../src/contract/diagnostic.js';
import { DEFAULT_PREFERENCES, type DictionaryChange, type DocumentSnapshot, type EditorEdit, type OpenIssue, type Preferences, type SettingsChange } from '../../../src/contract/ipc.js';
import type { ManuscriptSettings } from '../../../src/contract/manuscript-settings.js';
import type { SceneSummary } from '../../../src/contract/summaries.js';
import type { CheckInfo, CheckResult } from '../worker/protocol.js';
import { CheckChannel, checkLoop, type WorkerPort } from './check-loop.js';
import { applyFix, applyMany, ignore, issueAtCursor, locate, reviewHost, setPov, shownDiagnostics, type ReviewHost } from './findings.js';
import { reviewState } from './review-extensions.js';
import { countWords } from './diagnostics.js';
import { hardWrapWidth } from './hard-wrap.js';
import { nextIssue, previousIssue } from './review-keymap.js';
import {
  checkPreferences,
  documentFormat,
  lastCheck,
  manuscriptSettings,
  personalWords,
  povCandidates,
  requestCheck,
  sceneAt,
  scenes,
  setCheckPreferences,
  setManuscriptSettings,
  setPersonalWords,
  type CheckReport,
  type PovChoice,
} from './review-state.js';
import { changesSinceOpen, markSaved, reviewFrom, sinceOpen, startReview, unsaved } from './since-open.js';
import { bookChapters, bookExtension, bookReviewFrom, chapterAt, chapterTexts, replaceChapter, type BookChapters } from './book-chapters.js';

export type { PovChoice } from './review-state.js';
export { bufferedPort, type WorkerPort } from './check-loop.js';

/** What the editor reports to the UI around it. */
export interface EditorStatus {
  /** Shown diagnostics (ignores applied), current positions. */
  readonly diagnostics: readonly Diagnostic[];
  readonly checking: boolean;
  /** How far the check under way has got, when it reads the document progressively (paragraphs). */
  readonly progress?: { readonly done: number; readonly total: number };
  readonly ready: boolean;
  readonly words: number;
  readonly paragraphs: number;
  readonly analysed: number;
  readonly summaries: CheckResult['summaries'];
  /** The checks the engine offers (for Preferences). */
  readonly checks: readonly CheckInfo[];
  /** The issue under the cursor (F8 moves there), so keyboard users read what Ctrl+. will do. */
  readonly atCursor?: Diagnostic;
  /** The scene the cursor is in, as the `pov` check last reported it (its POV character in effect). */
  readonly scene?: SceneSummary;
  /** A book: the chapter the cursor is in (its index); -1 for a single manuscript. */
  readonly chapter: number;
  readonly error?: string;
}

export interface EditorHost {
  status(status: EditorStatus): void;
  dirty(dirty: boolean): void;
  /** Persists a settings change; resolves with the new settings, or undefined when it failed. */
  settings(change: SettingsChange): Promise<ManuscriptSettings | undefined>;
  /** Changes the personal dictionary; resolves with its words, or undefined when it failed. */
  dictionary(change: DictionaryChange): Promise<readonly string[] | undefined>;
  command(command: 'save' | 'save-as' | 'open' | 'export' | 'toggle-review-panel' | 'settings'): void;
  /** Asks the writer for the POV character of a scene (Set POV character in a `pov` tooltip). */
  choosePov(request: PovChoice): void;
}

export class ReviewEditor {
  readonly view: EditorView;
  private readonly channel: CheckChannel;
  private readonly loop: Extension;
  private preferences: Preferences = DEFAULT_PREFERENCES;
  /** The personal dictionary's words (they outlive documents). */
  private personal: readonly string[] = [];
  /** What was last reported about the cursor: the issue under it, and its scene. */
  private atCursor: Diagnostic | undefined;
  private scene: SceneSummary | undefined;
  private chapter = -1;
  /** The unsaved state last told to the host. */
  private reportedDirty = false;
  /** Words of the document as loaded, shown until its first check reports (the status bar said "0 words"). */
  private loadedWords = 0;
  private checkedSinceLoad = false;

  constructor(
    parent: HTMLElement,
    document: DocumentSnapshot,
    worker: WorkerPort,
    private readonly host: EditorHost,
  ) {
    this.channel = new CheckChannel(worker);
    this.loop = checkLoop(this.channel);
    this.loadedWords = countWords(document.text);
    this.view = new EditorView({ parent, state: this.createState(document) });
    this.chapter = chapterAt(this.view.state, 0);
    // The word count at once, before the dictionaries load and the first check reports.
    queueMicrotask(() => this.report());
  }

  /** Replaces the document (open, reload, restore): a fresh undo history, clean unless restored. */
  load(document: DocumentSnapshot): void {
    this.loadedWords = countWords(document.text);
    this.checkedSinceLoad = false;
    this.view.setState(this.createState(document, this.view.state.field(lastCheck)));
    this.chapter = chapterAt(this.view.state, 0);
    this.syncDirty();
    this.report();
  }

  text(): string {
    return this.view.state.doc.toString();
  }

  markSaved(): void {
    this.view.dispatch({ effects: markSaved.of(null) });
  }

  get dirty(): boolean {
    return this.view.state.field(unsaved);
  }

  /** The diagnostics shown now, at their current positions. */
  current(): Diagnostic[] {
    return shownDiagnostics(this.view.state);
  }

  /** Applies one fix to one diagnostic (as shown by {@link current}). */
  applyFix(d: Diagnostic, fix: Fix): void {
    applyFix(this.view, d, fix);
  }

  /** Applies many fixes as one transaction: one undo step reverts them all. Returns how many applied. */
  applyMany(choices: ReadonlyArray<{ diagnostic: Diagnostic; fix: Fix }>): number {
    const count = applyMany(this.view, choices);
    // Back to the text, so Ctrl+Z undoes the changes (it used to edit the panel's filter box).
    this.view.focus();
    return count;
  }

  /** Moves the cursor to a diagnostic, selects it and scrolls it into view. */
  jumpTo(d: Diagnostic): void {
    const at = locate(this.view.state, d);
    if (!at) return;
    this.view.dispatch({ selection: { anchor: at.from, head: at.to }, effects: EditorView.scrollIntoView(at.from, { y: 'center' }) });
    this.view.focus();
  }

  ignore(d: Diagnostic, how: 'ignore' | 'ignore-rule' | 'add-word'): Promise<void> {
    return ignore(this.view, d, how);
  }

  /**
   * Sets the POV character of a scene (a name, `""` for no single POV, `null` to detect it again), persists it
   * in the manuscript's settings and checks again with it.
   */
  setPov(scene: string, character: string | null): Promise<void> {
    return setPov(this.view, scene, character);
  }

  /** The scene of the `pov` check's last summary that contains `pos` (the last scene past the end). */
  sceneAt(pos: number): SceneSummary | undefined {
    return sceneAt(this.view.state, pos);
  }

  /** Every scene of the `pov` check's last summary, in order. */
  scenes(): readonly SceneSummary[] {
    return scenes(this.view.state);
  }

  /** What the POV chooser offers for a scene (by key), or for the scene at the cursor. */
  povChoice(key?: string): PovChoice | undefined {
    const state = this.view.state;
    const scene = key === undefined ? sceneAt(state, state.selection.main.head) : scenes(state).find((sc) => sc.key === key);
    return scene ? { scene, candidates: povCandidates(state) } : undefined;
  }

  /** Moves the cursor to the start of a scene (by key) and scrolls it to the middle of the view. */
  jumpToScene(key: string): void {
    const scene = scenes(this.view.state).find((sc) => sc.key === key);
    if (!scene) return;
    const at = Math.min(scene.from, this.view.state.doc.length);
    this.view.dispatch({ selection: { anchor: at }, effects: EditorView.scrollIntoView(at, { y: 'center' }) });
    this.view.focus();
  }

  /**
   * Every change since the document was opened (or loaded again), in offsets of the text as opened, each marked
   * with the fix it came from when it is an accepted fix; and the issues still open, mapped back to those
   * offsets. What File → Export… sends to the host.
   */
  changesSinceOpen(): { base: string; edits: EditorEdit[]; open: OpenIssue[] } {
    return changesSinceOpen(this.view.state, this.current());
  }

  /** A book's chapters and where each starts now; `null` for a single manuscript. */
  book(): BookChapters | null {
    return this.view.state.field(bookChapters, false) ?? null;
  }

  /** Each chapter's text now (a book), to save each to its own file. */
  chapterTexts(): string[] {
    return chapterTexts(this.view.state);
  }

  /** Puts recovered work back as chapter `index`'s text (a book), unsaved; false when there is no such chapter. */
  restoreChapter(index: number, text: string): boolean {
    const changes = replaceChapter(this.view.state, index, text);
    if (changes) this.view.dispatch({ changes, userEvent: 'input.restore' });
    return this.book()?.starts[index] !== undefined;
  }

  /** The chapter the cursor is in (a book), else -1. */
  chapterAtCursor(): number {
    return chapterAt(this.view.state, this.view.state.selection.main.head);
  }

  /** The chapter containing `pos` (a book), else -1. */
  chapterAt(pos: number): number {
    return chapterAt(this.view.state, pos);
  }

  /** Moves the cursor to the start of chapter `index` and brings it to the top of the view. */
  jumpToChapter(index: number): void {
    const at = this.book()?.starts[index];
    if (at === undefined) return;
    // The margin keeps the chapter's name (drawn above its first line) in view.
    this.view.dispatch({ selection: { anchor: at }, effects: EditorView.scrollIntoView(at, { y: 'start', yMargin: 48 }) });
    this.view.focus();
  }

  /** Runs an editor command by name (menus, toolbar). */
  run(command: 'next-issue' | 'previous-issue' | 'find' | 'replace'): void {
    if (command === 'next-issue') nextIssue(this.view);
    else if (command === 'previous-issue') previousIssue(this.view);
    else openSearchPanel(this.view);
    this.view.focus();
  }

  /** Adopts new checking preferences and checks again (paragraph caches of unchanged checks are kept). */
  setPreferences(preferences: Preferences): void {
    this.preferences = preferences;
    this.view.dispatch({ effects: [setCheckPreferences.of(preferences), requestCheck.of(null)] });
  }

  /** Adopts the personal dictionary's words (at start-up) and checks again. */
  setPersonalWords(words: readonly string[]): void {
    this.personal = words;
    this.view.dispatch({ effects: [setPersonalWords.of(words), requestCheck.of(null)] });
  }

  /** The manuscript's own settings now. */
  settings(): ManuscriptSettings {
    return this.view.state.field(manuscriptSettings);
  }

  /** The personal dictionary's words now. */
  personalWords(): readonly string[] {
    return this.view.state.field(personalWords);
  }

  /** Changes the manuscript's settings (the settings view): persisted by the host, then checked again. */
  async changeSettings(change: SettingsChange): Promise<ManuscriptSettings | undefined> {
    const next = await this.host.settings(change);
    if (next) this.view.dispatch({ effects: [setManuscriptSettings.of(next), requestCheck.of(null)] });
    return next;
  }

  /** Changes the personal dictionary (the settings view): persisted by the host, then checked again. */
  async changeDictionary(change: DictionaryChange): Promise<readonly string[] | undefined> {
    const words = await this.reviewHost.dictionary(change);
    if (words) this.view.dispatch({ effects: requestCheck.of(null) });
    return words;
  }

  /** When the review began (Export shows every change since); undefined: when this document was opened. */
  reviewSince(): string | undefined {
    return this.view.state.field(sinceOpen).since;
  }

  /** Start new review: the text now is the baseline (the host has stored it, `since`). */
  startNewReview(since: string): void {
    this.view.dispatch({ effects: startReview.of(since) });
  }

  destroy(): void {
    this.view.destroy();
  }

  // ---- internals ----

  /** What the extensions ask of the app: the status reported, settings persisted, commands, the POV chooser. */
  private readonly reviewHost: ReviewHost = {
    report: (_view, after) => this.report(after),
    settings: (change) => this.host.settings(change),
    dictionary: async (change) => {
      const words = await this.host.dictionary(change);
      if (words) {
        this.personal = words;
        this.view.dispatch({ effects: setPersonalWords.of(words) });
      }
      return words;
    },
    command: (command) => this.host.command(command),
    choosePov: (request) => this.host.choosePov(request),
  };

  private report(after?: 'result'): void {
    if (after === 'result') {
      this.checkedSinceLoad = true;
      this.updateScene();
    }
    const last = this.view.state.field(lastCheck);
    this.host.status({
      ...last,
      words: this.checkedSinceLoad ? last.words : this.loadedWords,
      diagnostics: this.current(),
      checking: this.channel.checking,
      ...(this.channel.progress ? { progress: this.channel.progress } : {}),
      ready: this.channel.ready,
      checks: this.channel.checks,
      ...(this.atCursor ? { atCursor: this.atCursor } : {}),
      ...(this.scene ? { scene: this.scene } : {}),
      chapter: this.chapter,
    });
  }

  /** A state for `document`; `last` keeps the previous document's check report in view until its own first check. */
  private createState(document: DocumentSnapshot, last?: CheckReport): EditorState {
    // A hard-wrapped manuscript keeps its own line breaks on screen, in a column wide enough for them (wrapped
    // again, every slightly long line left a one-word orphan); the file's bytes are never changed.
    const hardWrapped = hardWrapWidth(document.text) !== undefined;
    return EditorState.create({
      doc: document.text,
      extensions: [
        drawSelection(),
        hardWrapped ? EditorView.editorAttributes.of({ class: 'rl-hard-wrapped' }) : EditorView.lineWrapping,
        EditorView.contentAttributes.of({ spellcheck: 'false', autocorrect: 'off', autocapitalize: 'off', 'aria-label': 'Manuscript' }),
        search({ top: true }),
        highlightSelectionMatches(),
        // Tooltips stay inside the editor: above the word when there is room, else below (never over the toolbar).
        tooltips({ tooltipSpace: (view) => view.scrollDOM.getBoundingClientRect() }),
        reviewState(),
        manuscriptSettings.init(() => document.settings),
        personalWords.init(() => this.personal),
        // The review began before this session: its changes since the baseline are changes still.
        ...(document.baseline
          ? [sinceOpen.init(() => (document.book ? bookReviewFrom(document.baseline!, document.text, document.book) : reviewFrom(document.baseline!, document.text)))]
          : []),
        ...(document.book ? [bookExtension(document.book)] : []),
        documentFormat.init(() => document.format),
        checkPreferences.init(() => this.preferences),
        unsaved.init(() => document.restored === true),
        ...(last ? [lastCheck.init(() => last)] : []),
        reviewHost.of(this.reviewHost),
        this.loop,
        EditorView.updateListener.of((u) => {
          if (u.selectionSet && this.updateScene()) this.report();
          if (u.selectionSet || u.docChanged || u.startState.field(bookChapters, false) !== u.state.field(bookChapters, false)) {
            const chapter = chapterAt(u.state, u.state.selection.main.head);
            if (chapter !== this.chapter) {
              this.chapter = chapter;
              this.report();
            }
          }
          if (u.selectionSet && !u.docChanged) {
            const at = issueAtCursor(u.state);
            if (at?.fingerprint !== this.atCursor?.fingerprint || at?.from !== this.atCursor?.from) {
              this.atCursor = at;
              this.report();
            }
          }
          if (u.docChanged) this.atCursor = undefined;
          this.syncDirty();
        }),
      ],
    });
  }

  /** Tells the host when the document's unsaved state changed. */
  private syncDirty(): void {
    const dirty = this.view.state.field(unsaved);
    if (dirty === this.reportedDirty) return;
    this.reportedDirty = dirty;
    this.host.dirty(dirty);
  }

  /** Follows the cursor into its scene; true when the scene (or what is known of it) changed. */
  private updateScene(): boolean {
    const next = sceneAt(this.view.state, this.view.state.selection.main.head);
    if (next === this.scene) return false;
    this.scene = next;
    return true;
  }
}
