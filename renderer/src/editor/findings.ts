/**
 * Our {@link Diagnostic}s as `@codemirror/lint` diagnostics: shown (ignores filtered out), read back at their
 * current positions, located again from a possibly older copy, fixed (one, or many as one undo step) and
 * ignored. The transactions are built from an `EditorState` (tested without a DOM); the functions that take a
 * view dispatch them and report to the {@link reviewHost}. Positions count UTF-16 code units.
 */
import { isolateHistory } from '@codemirror/commands';
import { forEachDiagnostic, setDiagnostics, type Action, type Diagnostic as CmDiagnostic } from '@codemirror/lint';
import { Facet, type EditorState, type TransactionSpec } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import type { CheckId, Diagnostic, Fix } from '../../../src/contract/diagnostic.js';
import type { DictionaryChange, SettingsChange } from '../../../src/contract/ipc.js';
import type { ManuscriptSettings } from '../../../src/contract/manuscript-settings.js';
import { batchChanges, changeFor, visible } from './diagnostics.js';
import { addFixMarks, noteOf } from './fix-marks.js';
import { effectiveSettings, povCandidates, requestCheck, sceneAt, setManuscriptSettings, setPersonalWords, type PovChoice } from './review-state.js';

/** What the review editor's extensions ask of the app around them (the `ReviewEditor` provides it). */
export interface ReviewHost {
  /** Something the status shows changed; `after: 'result'` when a check's result was just shown. */
  report(view: EditorView, after?: 'result'): void;
  /** Persists a settings change; resolves with the new settings, or undefined when it failed. */
  settings(change: SettingsChange): Promise<ManuscriptSettings | undefined>;
  /** Adds a word to the personal dictionary (or removes one); resolves with its words, or undefined when it failed. */
  dictionary(change: DictionaryChange): Promise<readonly string[] | undefined>;
  command(command: 'save' | 'save-as' | 'open' | 'export' | 'toggle-review-panel' | 'settings'): void;
  /** Asks the writer for the POV character of a scene (Set POV character… in a `pov` tooltip). */
  choosePov(request: PovChoice): void;
}

/** The host of this editor (the first one given). */
export const reviewHost = Facet.define<ReviewHost, ReviewHost | undefined>({ combine: (values) => values[0] });

/** Each lint diagnostic we made, to our diagnostic it shows (lint keeps the objects it is given). */
const ours = new WeakMap<CmDiagnostic, Diagnostic>();

/** The diagnostics shown now, at their current positions (lint maps them through every edit). */
export function shownDiagnostics(state: EditorState): Diagnostic[] {
  const out: Diagnostic[] = [];
  forEachDiagnostic(state, (cm, from, to) => {
    const d = ours.get(cm);
    if (d) out.push(from === d.from && to === d.to ? d : { ...d, from, to });
  });
  return out;
}

/** The shown issue whose span holds the cursor (what Ctrl+. fixes and Ctrl+Shift+. ignores). */
export function issueAtCursor(state: EditorState): Diagnostic | undefined {
  const head = state.selection.main.head;
  return shownDiagnostics(state).find((x) => x.from <= head && head <= x.to);
}

/**
 * Where `d` is now: the shown finding with the same rule, fingerprint and text, at `d`'s position when
 * several match. Undefined when it is gone or its text changed.
 */
export function locate(state: EditorState, d: Diagnostic): { from: number; to: number } | undefined {
  let found: { from: number; to: number } | undefined;
  forEachDiagnostic(state, (cm, from, to) => {
    const o = ours.get(cm);
    if (!found && o && o.fingerprint === d.fingerprint && o.ruleId === d.ruleId && o.actual === d.actual && (from === d.from || o === d)) found = { from, to };
  });
  if (!found) {
    // The panel may hold a position from before the latest edit: fall back to the same finding by identity.
    forEachDiagnostic(state, (cm, from, to) => {
      const o = ours.get(cm);
      if (!found && o && o.fingerprint === d.fingerprint && o.ruleId === d.ruleId) found = { from, to };
    });
  }
  return found && state.doc.sliceString(found.from, found.to) === d.actual ? found : undefined;
}

/** The lint state for `diagnostics`, less those the manuscript's settings ignore (and words either dictionary has). */
export function showSpec(state: EditorState, diagnostics: readonly Diagnostic[]): TransactionSpec {
  return setDiagnostics(state, visible(diagnostics, effectiveSettings(state).settings).map(toCm));
}

/** Shows diagnostics (filtered by the manuscript's ignores) as the lint state, and reports. */
export function show(view: EditorView, diagnostics: readonly Diagnostic[], after?: 'result'): void {
  view.dispatch(showSpec(view.state, diagnostics));
  view.state.facet(reviewHost)?.report(view, after);
}

/** The transaction that applies one fix to `d` where it is now and marks it as a fix; undefined when `d` is gone. */
export function fixSpec(state: EditorState, d: Diagnostic, fix: Fix): TransactionSpec | undefined {
  const at = locate(state, d);
  if (!at) return undefined;
  const change = changeFor(at.from, at.to, fix);
  return {
    changes: change,
    userEvent: 'input.fix',
    // No scrollIntoView: it scrolls to the cursor, not to the fix, so a fix clicked in a tooltip far from the
    // cursor threw the writer back to where they had clicked last (scroll 4,400 → 47). The view stays put.
    effects: addFixMarks.of([{ from: change.from, to: change.from + change.insert.length, note: noteOf(d) }]),
  };
}

/**
 * The transaction that applies many fixes (accept all of a kind) as one undo step, skipping those gone or
 * overlapping one taken; `count` is how many it applies.
 */
export function manyFixesSpec(state: EditorState, choices: ReadonlyArray<{ diagnostic: Diagnostic; fix: Fix }>): { spec: TransactionSpec; count: number } {
  const items = choices.flatMap(({ diagnostic, fix }) => {
    const at = locate(state, diagnostic);
    return at ? [{ ...at, fix, diagnostic }] : [];
  });
  const { changes } = batchChanges(items);
  const set = state.changes(changes);
  const marks = items.map((item) => ({ from: set.mapPos(item.from, -1), to: set.mapPos(item.to, 1), note: noteOf(item.diagnostic) }));
  return {
    spec: { changes: set, userEvent: 'input.fix', annotations: isolateHistory.of('full'), ...(changes.length ? { effects: addFixMarks.of(marks) } : {}) },
    count: changes.length,
  };
}

const key = (d: Diagnostic) => `${d.ruleId}\u0000${d.fingerprint}`;

/** Applies one fix to one diagnostic (as shown by {@link shownDiagnostics}). */
export function applyFix(view: EditorView, d: Diagnostic, fix: Fix): void {
  const spec = fixSpec(view.state, d, fix);
  if (!spec) return;
  view.dispatch(spec);
  // The fixed finding goes at once; the next check confirms the rest.
  show(view, shownDiagnostics(view.state).filter((x) => key(x) !== key(d)));
}

/** Applies many fixes as one transaction: one undo step reverts them all. Returns how many applied. */
export function applyMany(view: EditorView, choices: ReadonlyArray<{ diagnostic: Diagnostic; fix: Fix }>): number {
  const { spec, count } = manyFixesSpec(view.state, choices);
  if (count === 0) return 0;
  view.dispatch(spec);
  // The fixed findings go at once; the next check confirms the rest.
  const fixed = new Set(choices.map(({ diagnostic }) => key(diagnostic)));
  show(view, shownDiagnostics(view.state).filter((x) => !fixed.has(key(x))));
  return count;
}

/** How a finding is put aside: this finding, its rule, its word into this manuscript's list or the personal dictionary. */
export type IgnoreHow = 'ignore' | 'ignore-rule' | 'add-word' | 'add-personal';

/**
 * The settings change an ignore makes: this finding (with what it was and the words around it, `context`, so the
 * settings view can list it), its rule, or its word into the manuscript's word list.
 */
export function ignoreChange(d: Diagnostic, how: Exclude<IgnoreHow, 'add-personal'>, context?: string): SettingsChange {
  if (how === 'ignore-rule') return { kind: 'ignore-rule', ruleId: d.ruleId };
  if (how === 'add-word') return { kind: 'add-word', word: d.actual };
  return { kind: 'ignore', fingerprint: d.fingerprint, ...(context !== undefined ? { note: { ruleId: d.ruleId, actual: d.actual.slice(0, 200), context } } : {}) };
}

/** The flagged text (`from`–`to` of `text`) with up to 40 characters either side, on one line, cut at words. */
export function contextOf(text: string, from: number, to: number): string {
  const before = from > 40 ? text.slice(from - 40, from).replace(/^\S*\s/, '…') : text.slice(0, from);
  const after = to + 40 < text.length ? text.slice(to, to + 40).replace(/\s\S*$/, '…') : text.slice(to);
  return `${before}${text.slice(from, to)}${after}`.replace(/\s+/g, ' ').trim().slice(0, 200);
}

/** Ignores a finding, its rule, or adds its word: persisted by the host, then applied to what is shown. */
export async function ignore(view: EditorView, d: Diagnostic, how: IgnoreHow): Promise<void> {
  const host = view.state.facet(reviewHost);
  if (how === 'add-personal') {
    const words = await host?.dictionary({ kind: 'add', word: d.actual });
    if (!words) return;
    view.dispatch({ effects: setPersonalWords.of(words) });
  } else {
    const at = locate(view.state, d);
    const start = Math.max(0, (at?.from ?? 0) - 60);
    const near = at && view.state.doc.sliceString(start, Math.min(view.state.doc.length, at.to + 60));
    const next = await host?.settings(ignoreChange(d, how, near === undefined ? undefined : contextOf(near, at!.from - start, at!.to - start)));
    if (!next) return;
    view.dispatch({ effects: setManuscriptSettings.of(next) });
  }
  show(view, shownDiagnostics(view.state));
  // A new word can change suggestions and names elsewhere: check again (cached paragraphs stay cached; a
  // check already under way used the old word list).
  if (how === 'add-word' || how === 'add-personal') view.dispatch({ effects: requestCheck.of(null) });
}

/**
 * Sets the POV character of a scene (a name, `""` for no single POV, `null` to detect it again), persisted
 * by the host, and checks again with it.
 */
export async function setPov(view: EditorView, scene: string, character: string | null): Promise<void> {
  const next = await view.state.facet(reviewHost)?.settings({ kind: 'set-pov', scene, character });
  if (!next) return;
  view.dispatch({ effects: [setManuscriptSettings.of(next), requestCheck.of(null)] });
}

/** What Set POV character… offers for a `pov` finding: the scene it is in and the characters to choose from. */
export function povChoice(state: EditorState, d: Diagnostic): PovChoice | undefined {
  const scene = sceneAt(state, locate(state, d)?.from ?? d.from);
  return scene ? { scene, candidates: povCandidates(state) } : undefined;
}

function toCm(d: Diagnostic): CmDiagnostic {
  const act = (name: string, apply: (view: EditorView) => void, markClass?: string): Action => ({ name, apply: (view) => apply(view), ...(markClass ? { markClass } : {}) });
  const actions = [
    ...d.fixes.map((f) => act(f.label, (view) => applyFix(view, d, f), 'rl-fix')),
    act('Ignore', (view) => void ignore(view, d, 'ignore'), 'rl-secondary'),
    act('Ignore rule', (view) => void ignore(view, d, 'ignore-rule'), 'rl-secondary'),
    // Both dictionaries offered: "an invented word is added again for every chapter" when only the manuscript's was.
    ...(d.check === 'spelling'
      ? [act('Add to my dictionary', (view) => void ignore(view, d, 'add-personal'), 'rl-secondary'), act('Add to this manuscript', (view) => void ignore(view, d, 'add-word'), 'rl-secondary')]
      : []),
    ...(d.check === 'pov'
      ? [
          act(
            'Set POV character…',
            (view) => {
              const choice = povChoice(view.state, d);
              if (choice) view.state.facet(reviewHost)?.choosePov(choice);
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
    renderMessage: (view) => {
      const document = view.dom.ownerDocument;
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
  ours.set(cm, d);
  return cm;
}
