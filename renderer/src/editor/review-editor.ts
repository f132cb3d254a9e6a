/**
 * The review editor: one CodeMirror `EditorView` with our diagnostics, fixes, ignores and keyboard, and the
 * checking loop with the engine worker. React only mounts it and renders what it reports.
 *
 * Checking: the whole text goes to the worker (its engine re-analyses only changed paragraphs); while it
 * works, edits are composed into a change set, and the result is mapped through them before it is shown,
 * so typing never waits and underlines never land on the wrong words.
 */
import { history, historyKeymap, defaultKeymap, indentWithTab, isolateHistory } from '@codemirror/commands';
import { forEachDiagnostic, linter, nextDiagnostic, previousDiagnostic, setDiagnostics, type Diagnostic as CmDiagnostic } from '@codemirror/lint';
import { highlightSelectionMatches, search, searchKeymap, openSearchPanel } from '@codemirror/search';
import { ChangeSet, EditorState, type Extension } from '@codemirror/state';
import { drawSelection, EditorView, keymap, tooltips, type Command } from '@codemirror/view';
import type { CheckId, Diagnostic, Fix } from '../../../src/contract/diagnostic.js';
import { DEFAULT_PREFERENCES, type DocumentSnapshot, type EditorEdit, type FixNote, type OpenIssue, type Preferences, type SettingsChange } from '../../../src/contract/ipc.js';
import type { ManuscriptSettings } from '../../../src/contract/manuscript-settings.js';
import type { SceneSummary } from '../../../src/checks/pov/pov.js';
import type { CheckInfo, CheckResult, FromWorker, ToWorker } from '../worker/protocol.js';
import { batchChanges, changeFor, remap, visible } from './diagnostics.js';

/** What the editor reports to the UI around it. */
export interface EditorStatus {
  /** Shown diagnostics (ignores applied), current positions. */
  readonly diagnostics: readonly Diagnostic[];
  readonly checking: boolean;
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
  readonly error?: string;
}

export interface EditorHost {
  status(status: EditorStatus): void;
  dirty(dirty: boolean): void;
  /** Persists a settings change; resolves with the new settings, or undefined when it failed. */
  settings(change: SettingsChange): Promise<ManuscriptSettings | undefined>;
  command(command: 'save' | 'save-as' | 'open' | 'export' | 'toggle-review-panel'): void;
  /** Asks the writer for the POV character of a scene (Set POV character in a `pov` tooltip). */
  choosePov(request: PovChoice): void;
}

/** What the POV chooser offers: the scene, its POV now, and the characters to choose from. */
export interface PovChoice {
  readonly scene: SceneSummary;
  /** The cast (names learned by spelling) and every POV character the scenes know, sorted, each once. */
  readonly candidates: readonly string[];
}

/** A worker-like channel (a real Worker in the app, a fake in tests). */
export interface WorkerPort {
  postMessage(message: ToWorker): void;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
}

const CHECK_DELAY_MS = 120;

export class ReviewEditor {
  readonly view: EditorView;
  private settings: ManuscriptSettings;
  private format: 'text' | 'markdown';
  private nextId = 1;
  private pending: { id: number; changes: ChangeSet } | undefined;
  private stale = true;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private ready = false;
  private loading = false;
  private isDirty = false;
  private last: Omit<EditorStatus, 'diagnostics' | 'checking' | 'ready' | 'checks'> = { words: 0, paragraphs: 0, analysed: 0, summaries: {} };
  private checks: readonly CheckInfo[] = [];
  private preferences: Preferences = DEFAULT_PREFERENCES;
  private atCursor: Diagnostic | undefined;
  private scene: SceneSummary | undefined;
  /** The text as opened, and every change since (composed): what File → Export… writes as tracked changes. */
  private base = '';
  private sinceOpen = ChangeSet.empty(0);
  /** Where accepted fixes are in the current text, so their changes carry the rule into export and report. */
  private fixMarks: Array<{ from: number; to: number; note: FixNote }> = [];
  private readonly ours = new WeakMap<CmDiagnostic, Diagnostic>();

  constructor(
    parent: HTMLElement,
    document: DocumentSnapshot,
    private readonly worker: WorkerPort,
    private readonly host: EditorHost,
  ) {
    this.settings = document.settings;
    this.format = document.format;
    this.view = new EditorView({ parent, state: this.createState(document.text) });
    this.resetBaseline(document.text);
    worker.onmessage = (e) => this.onWorker(e.data);
  }

  /** Replaces the document (open, reload, restore): a fresh undo history, clean. */
  load(document: DocumentSnapshot): void {
    this.settings = document.settings;
    this.format = document.format;
    this.loading = true;
    this.view.setState(this.createState(document.text));
    this.resetBaseline(document.text);
    this.loading = false;
    this.pending = undefined;
    this.setDirty(document.restored === true);
    this.schedule(0);
  }

  text(): string {
    return this.view.state.doc.toString();
  }

  markSaved(): void {
    this.setDirty(false);
  }

  get dirty(): boolean {
    return this.isDirty;
  }

  /** The diagnostics shown now, at their current positions. */
  current(): Diagnostic[] {
    const out: Diagnostic[] = [];
    forEachDiagnostic(this.view.state, (cm, from, to) => {
      const d = this.ours.get(cm);
      if (d) out.push(from === d.from && to === d.to ? d : { ...d, from, to });
    });
    return out;
  }

  /** Applies one fix to one diagnostic (as shown by {@link current}). */
  applyFix(d: Diagnostic, fix: Fix): void {
    const at = this.locate(d);
    if (!at) return;
    const change = changeFor(at.from, at.to, fix);
    this.view.dispatch({ changes: change, userEvent: 'input.fix', scrollIntoView: true });
    this.fixMarks.push({ from: change.from, to: change.from + change.insert.length, note: noteOf(d) });
    // The fixed finding goes at once; the next check confirms the rest.
    this.show(this.current().filter((x) => !(x.fingerprint === d.fingerprint && x.ruleId === d.ruleId)));
  }

  /** Applies many fixes as one transaction: one undo step reverts them all. Returns how many applied. */
  applyMany(choices: ReadonlyArray<{ diagnostic: Diagnostic; fix: Fix }>): number {
    const items = choices.flatMap(({ diagnostic, fix }) => {
      const at = this.locate(diagnostic);
      return at ? [{ ...at, fix, diagnostic }] : [];
    });
    const { changes } = batchChanges(items);
    if (changes.length === 0) return 0;
    const tr = this.view.state.update({ changes, userEvent: 'input.fix', annotations: isolateHistory.of('full') });
    this.view.dispatch(tr);
    for (const item of items) {
      this.fixMarks.push({ from: tr.changes.mapPos(item.from, -1), to: tr.changes.mapPos(item.to, 1), note: noteOf(item.diagnostic) });
    }
    // The fixed findings go at once; the next check confirms the rest.
    const fixed = new Set(choices.map(({ diagnostic }) => `${diagnostic.ruleId}\u0000${diagnostic.fingerprint}`));
    this.show(this.current().filter((x) => !fixed.has(`${x.ruleId}\u0000${x.fingerprint}`)));
    return changes.length;
  }

  /** Moves the cursor to a diagnostic, selects it and scrolls it into view. */
  jumpTo(d: Diagnostic): void {
    const at = this.locate(d);
    if (!at) return;
    this.view.dispatch({ selection: { anchor: at.from, head: at.to }, effects: EditorView.scrollIntoView(at.from, { y: 'center' }) });
    this.view.focus();
  }

  async ignore(d: Diagnostic, how: 'ignore' | 'ignore-rule' | 'add-word'): Promise<void> {
    const change: SettingsChange =
      how === 'ignore' ? { kind: 'ignore', fingerprint: d.fingerprint } : how === 'ignore-rule' ? { kind: 'ignore-rule', ruleId: d.ruleId } : { kind: 'add-word', word: d.actual };
    const next = await this.host.settings(change);
    if (!next) return;
    this.settings = next;
    this.show(this.current());
    // A new word can change suggestions and names elsewhere: check again (cached paragraphs stay cached).
    if (how === 'add-word') {
      this.stale = true; // a check already under way used the old word list
      this.schedule(0);
    }
  }

  /**
   * Sets the POV character of a scene (a name, `""` for no single POV, `null` to detect it again), persists it
   * in the manuscript's settings and checks again with it.
   */
  async setPov(scene: string, character: string | null): Promise<void> {
    const next = await this.host.settings({ kind: 'set-pov', scene, character });
    if (!next) return;
    this.settings = next;
    this.stale = true;
    this.schedule(0);
  }

  /** The scene of the `pov` check's last summary that contains `pos` (the last scene past the end). */
  sceneAt(pos: number): SceneSummary | undefined {
    const scenes = this.scenes();
    return scenes.find((sc) => sc.from <= pos && pos < sc.to) ?? scenes.filter((sc) => sc.from <= pos).pop() ?? scenes[0];
  }

  /**
   * Every change since the document was opened (or loaded again), in offsets of the text as opened, each marked
   * with the fix it came from when it is an accepted fix; and the issues still open, mapped back to those
   * offsets. What File → Export… sends to the host.
   */
  changesSinceOpen(): { base: string; edits: EditorEdit[]; open: OpenIssue[] } {
    const edits: EditorEdit[] = [];
    this.sinceOpen.iterChanges((fromA, toA, fromB, toB, inserted) => {
      const insert = inserted.toString();
      if (this.base.slice(fromA, toA) === insert) return; // undone, or typed back as it was
      const mark = this.fixMarks.find((m) => m.from <= toB && m.to >= fromB);
      edits.push({ from: fromA, to: toA, insert, ...(mark ? { fix: mark.note } : {}) });
    });
    const back = this.sinceOpen.invertedDesc;
    const open = this.current().map((d) => {
      const from = back.mapPos(d.from, -1);
      return { from, to: Math.max(from, back.mapPos(d.to, 1)), ...noteOf(d) };
    });
    return { base: this.base, edits, open };
  }

  /** Runs an editor command by name (menus, toolbar). */
  run(command: 'next-issue' | 'previous-issue' | 'find' | 'replace'): void {
    if (command === 'next-issue') nextDiagnostic(this.view);
    else if (command === 'previous-issue') previousDiagnostic(this.view);
    else openSearchPanel(this.view);
    this.view.focus();
  }

  /** Adopts new checking preferences and checks again (paragraph caches of unchanged checks are kept). */
  setPreferences(preferences: Preferences): void {
    this.preferences = preferences;
    this.stale = true;
    this.schedule(0);
  }

  /** Starts checking once the worker has its dictionaries. */
  start(): void {
    this.schedule(0);
  }

  destroy(): void {
    clearTimeout(this.timer);
    this.view.destroy();
  }

  // ---- internals ----

  private createState(text: string): EditorState {
    const atCursor =
      (action: (d: Diagnostic) => void): Command =>
      (view) => {
        const head = view.state.selection.main.head;
        const d = this.current().find((x) => x.from <= head && head <= x.to);
        if (!d) return false;
        action(d);
        return true;
      };
    const extensions: Extension[] = [
      history(),
      drawSelection(),
      EditorView.lineWrapping,
      EditorView.contentAttributes.of({ spellcheck: 'false', autocorrect: 'off', autocapitalize: 'off', 'aria-label': 'Manuscript' }),
      search({ top: true }),
      highlightSelectionMatches(),
      linter(null),
      // Tooltips stay inside the editor: above the word when there is room, else below (never over the toolbar).
      tooltips({ tooltipSpace: (view) => view.scrollDOM.getBoundingClientRect() }),
      keymap.of([
        { key: 'F8', run: nextDiagnostic, shift: previousDiagnostic, preventDefault: true },
        { key: 'Mod-.', run: atCursor((d) => d.fixes[0] && this.applyFix(d, d.fixes[0])), preventDefault: true },
        { key: 'Mod-Shift-.', run: atCursor((d) => void this.ignore(d, 'ignore')), preventDefault: true },
        { key: 'Mod-s', run: () => (this.host.command('save'), true), preventDefault: true },
        { key: 'Mod-Shift-s', run: () => (this.host.command('save-as'), true), preventDefault: true },
        { key: 'Mod-o', run: () => (this.host.command('open'), true), preventDefault: true },
        { key: 'Mod-e', run: () => (this.host.command('export'), true), preventDefault: true },
        ...searchKeymap,
        ...historyKeymap,
        ...defaultKeymap,
        indentWithTab,
      ]),
      EditorView.updateListener.of((u) => {
        if (u.selectionSet && this.updateScene()) this.report(this.pending !== undefined);
        if (u.selectionSet && !u.docChanged) {
          const head = u.state.selection.main.head;
          const at = this.current().find((x) => x.from <= head && head <= x.to);
          if (at?.fingerprint !== this.atCursor?.fingerprint || at?.from !== this.atCursor?.from) {
            this.atCursor = at;
            this.report(this.pending !== undefined);
          }
        }
        if (!u.docChanged || this.loading) return;
        this.sinceOpen = this.sinceOpen.compose(u.changes);
        this.fixMarks = this.fixMarks.map((m) => ({ ...m, from: u.changes.mapPos(m.from, -1), to: u.changes.mapPos(m.to, 1) }));
        this.atCursor = undefined;
        if (this.pending) this.pending.changes = this.pending.changes.compose(u.changes);
        this.stale = true;
        this.setDirty(true);
        this.schedule(CHECK_DELAY_MS);
      }),
    ];
    return EditorState.create({ doc: text, extensions });
  }

  private resetBaseline(text: string): void {
    this.base = text;
    this.sinceOpen = ChangeSet.empty(text.length);
    this.fixMarks = [];
  }

  private setDirty(dirty: boolean): void {
    if (dirty === this.isDirty) return;
    this.isDirty = dirty;
    this.host.dirty(dirty);
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    if (!this.ready || this.pending) return;
    this.timer = setTimeout(() => this.send(), delay);
  }

  private send(): void {
    if (this.pending) return;
    const id = this.nextId++;
    this.pending = { id, changes: ChangeSet.empty(this.view.state.doc.length) };
    this.stale = false;
    const pov = { narration: this.settings.narration, povCharacters: this.settings.povCharacters };
    this.worker.postMessage({ type: 'check', id, text: this.text(), format: this.format, words: this.settings.words, preferences: this.preferences, pov });
    this.report(true);
  }

  private onWorker(m: FromWorker): void {
    if (m.type === 'ready') {
      this.ready = true;
      this.checks = m.checks;
      this.schedule(0);
      return;
    }
    if (m.type === 'error') {
      this.pending = undefined;
      this.last = { ...this.last, error: m.message };
      this.report(false);
      return;
    }
    if (!this.pending || m.id !== this.pending.id) return; // a result for a document since replaced
    const found = remap(m.diagnostics, this.pending.changes, this.view.state.doc);
    this.pending = undefined;
    this.last = { words: m.words, paragraphs: m.paragraphs, analysed: m.analysed, summaries: m.summaries };
    this.updateScene();
    this.show(found);
    if (this.stale) this.schedule(CHECK_DELAY_MS);
  }

  /** Shows diagnostics (filtered by the manuscript's ignores) as the lint state. */
  private show(diagnostics: readonly Diagnostic[]): void {
    const shown = visible(diagnostics, this.settings);
    this.view.dispatch(setDiagnostics(this.view.state, shown.map((d) => this.toCm(d))));
    this.report(this.pending !== undefined);
  }

  private report(checking: boolean): void {
    this.host.status({ ...this.last, diagnostics: this.current(), checking, ready: this.ready, checks: this.checks, ...(this.atCursor ? { atCursor: this.atCursor } : {}), ...(this.scene ? { scene: this.scene } : {}) });
  }

  private scenes(): readonly SceneSummary[] {
    return (this.last.summaries.pov?.['scenes'] as readonly SceneSummary[] | undefined) ?? [];
  }

  /** Follows the cursor into its scene; true when the scene (or what is known of it) changed. */
  private updateScene(): boolean {
    const next = this.sceneAt(this.view.state.selection.main.head);
    if (next === this.scene) return false;
    this.scene = next;
    return true;
  }

  private povChoice(d: Diagnostic): PovChoice | undefined {
    const scene = this.sceneAt(this.locate(d)?.from ?? d.from);
    if (!scene) return undefined;
    const cast = (this.last.summaries.spelling?.['cast'] as readonly string[] | undefined) ?? [];
    const known = this.scenes().flatMap((sc) => [...(sc.pov && sc.pov !== 'I' ? [sc.pov] : []), ...(sc.heads ?? [])]);
    const candidates = [...new Set([...cast, ...known, ...Object.values(this.settings.povCharacters).filter(Boolean)])].sort((a, b) => a.localeCompare(b));
    return { scene, candidates };
  }

  private locate(d: Diagnostic): { from: number; to: number } | undefined {
    let found: { from: number; to: number } | undefined;
    forEachDiagnostic(this.view.state, (cm, from, to) => {
      const o = this.ours.get(cm);
      if (!found && o && o.fingerprint === d.fingerprint && o.ruleId === d.ruleId && o.actual === d.actual && (from === d.from || o === d)) found = { from, to };
    });
    if (!found) {
      // The panel may hold a position from before the latest edit: fall back to the same finding by identity.
      forEachDiagnostic(this.view.state, (cm, from, to) => {
        const o = this.ours.get(cm);
        if (!found && o && o.fingerprint === d.fingerprint && o.ruleId === d.ruleId) found = { from, to };
      });
    }
    return found && this.view.state.doc.sliceString(found.from, found.to) === d.actual ? found : undefined;
  }

  private toCm(d: Diagnostic): CmDiagnostic {
    const act = (name: string, apply: () => void, markClass?: string): NonNullable<CmDiagnostic['actions']>[number] => ({
      name,
      apply: () => apply(),
      ...(markClass ? { markClass } : {}),
    });
    const actions = [
      ...d.fixes.map((f) => act(f.label, () => this.applyFix(d, f), 'rl-fix')),
      act('Ignore', () => void this.ignore(d, 'ignore'), 'rl-secondary'),
      act('Ignore rule', () => void this.ignore(d, 'ignore-rule'), 'rl-secondary'),
      ...(d.check === 'spelling' ? [act('Add to dictionary', () => void this.ignore(d, 'add-word'), 'rl-secondary')] : []),
      ...(d.check === 'pov'
        ? [
            act(
              'Set POV character…',
              () => {
                const choice = this.povChoice(d);
                if (choice) this.host.choosePov(choice);
              },
              'rl-secondary',
            ),
          ]
        : []),
    ];
    const cm: CmDiagnostic = {
      from: d.from,
      to: d.to,
      severity: d.severity,
      source: d.check,
      markClass: `rl-check-${d.check satisfies CheckId}`,
      message: d.message,
      renderMessage: () => {
        const box = document.createElement('div');
        box.className = 'rl-message';
        const head = document.createElement('div');
        head.className = 'rl-message-text';
        head.textContent = d.message;
        box.append(head);
        if (d.note) {
          const note = document.createElement('div');
          note.className = 'rl-note';
          note.textContent = d.note;
          box.append(note);
        }
        const rule = document.createElement('div');
        rule.className = `rl-rule rl-rule-${d.check}`;
        rule.textContent = `${d.check} · ${d.ruleId}`;
        box.append(rule);
        return box;
      },
      actions,
    };
    this.ours.set(cm, d);
    return cm;
  }
}

const noteOf = (d: Diagnostic): FixNote => ({ check: d.check, ruleId: d.ruleId, message: d.message });
