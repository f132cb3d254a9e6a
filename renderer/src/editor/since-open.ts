/**
 * Every change since the review began (what File → Export… writes, as tracked changes when asked), and whether
 * there are changes since the text was last saved. Both are `StateField`s: a new document (open, reload,
 * restore) is a new state; its review starts from the host's baseline (the text as first opened for review,
 * kept across sessions) or, without one, from the text as opened. Positions count UTF-16 code units.
 */
import { ChangeSet, StateEffect, StateField, Text, type EditorState } from '@codemirror/state';
import type { Diagnostic } from '../../../src/contract/diagnostic.js';
import type { EditorEdit, LoggedFix, OpenIssue, ReviewBaseline } from '../../../src/contract/ipc.js';
import { diffText } from '../../../src/export/text-diff.js';
import { fixMarks, noteOf } from './fix-marks.js';

/** The review's baseline and every change since, composed into one change set from that text to the current one. */
export interface SinceOpen {
  readonly base: Text;
  readonly changes: ChangeSet;
  /** ISO time the review began (absent: when this document was opened). */
  readonly since?: string;
  /** Fixes accepted in earlier sessions, as the host logged them at each save (a change of theirs keeps its note). */
  readonly log?: readonly LoggedFix[];
}

/** Start new review: the text now becomes the baseline (`since` is when, as the host recorded it). */
export const startReview = StateEffect.define<string>();

export const sinceOpen = StateField.define<SinceOpen>({
  create: (state) => ({ base: state.doc, changes: ChangeSet.empty(state.doc.length) }),
  update(value, tr) {
    const started = tr.effects.find((e) => e.is(startReview));
    if (started) return { base: tr.state.doc, changes: ChangeSet.empty(tr.state.doc.length), since: started.value as string };
    return tr.docChanged ? { ...value, changes: value.changes.compose(tr.changes) } : value;
  },
});

/**
 * The review of a document opened with the host's `baseline`: from that text to `text` (the document as opened
 * now), as word-level changes. For `sinceOpen.init`.
 */
export function reviewFrom(baseline: ReviewBaseline, text: string): SinceOpen {
  const base = Text.of(baseline.text.split('\n'));
  return { base, changes: ChangeSet.of(diffText(baseline.text, text), base.length), since: baseline.since, ...(baseline.fixes ? { log: baseline.fixes } : {}) };
}

/** The text was written to disk: nothing is unsaved until the next change. */
export const markSaved = StateEffect.define<null>();

/**
 * True while the text has changes that were not saved. Any change counts, an undo too (as before: undoing
 * back to the saved text still asks to be saved). Starts false; `unsaved.init(() => true)` for a restored
 * recovery, which opens with unsaved changes.
 */
export const unsaved = StateField.define<boolean>({
  create: () => false,
  update(value, tr) {
    if (tr.docChanged) return true;
    return tr.effects.some((e) => e.is(markSaved)) ? false : value;
  },
});

/** The note of a logged fix that made this change: the same text replaced by the same text (spaces aside). */
function loggedNote(log: readonly LoggedFix[] | undefined, removed: string, insert: string): LoggedFix['fix'] | undefined {
  if (!log?.length) return undefined;
  const exact = log.find((l) => l.removed === removed && l.insert === insert);
  if (exact) return exact.fix;
  // The word diff cuts a change narrower than the fix did ("the the" → "the" is a removed "the " or " the").
  const key = core(removed, insert);
  return key === '\u0000' ? undefined : log.find((l) => core(l.removed, l.insert) === key)?.fix;
}

/** What a change really changes: the replaced and inserted text less what they share at either end, trimmed. */
function core(removed: string, insert: string): string {
  let start = 0;
  while (start < removed.length && start < insert.length && removed[start] === insert[start]) start++;
  let end = 0;
  while (end < removed.length - start && end < insert.length - start && removed[removed.length - 1 - end] === insert[insert.length - 1 - end]) end++;
  const a = removed.slice(start, removed.length - end).trim();
  const b = insert.slice(start, insert.length - end).trim();
  return a === '' && b === '' ? '\u0000' : `${a}\u0000${b}`;
}

/**
 * Every change since the document was opened, in offsets of the text as opened, each marked with the fix it
 * came from when it is an accepted fix (see {@link fixMarks}); and `open`, the issues still open (at current
 * positions), mapped back to those offsets. What File → Export… sends to the host.
 */
export function changesSinceOpen(state: EditorState, open: readonly Diagnostic[]): { base: string; edits: EditorEdit[]; open: OpenIssue[] } {
  const { base, changes, log } = state.field(sinceOpen);
  const marks = state.field(fixMarks);
  const edits: EditorEdit[] = [];
  changes.iterChanges((fromA, toA, fromB, toB, inserted) => {
    const insert = inserted.toString();
    const removed = base.sliceString(fromA, toA);
    if (removed === insert) return; // undone, or typed back as it was
    const mark = marks.find((m) => m.from <= toB && m.to >= fromB);
    // A fix accepted in an earlier session: the text cannot say which check made it, the review's log can.
    const note = mark?.note ?? loggedNote(log, removed, insert);
    edits.push({ from: fromA, to: toA, insert, ...(note ? { fix: note } : {}) });
  });
  const back = changes.invertedDesc;
  return {
    base: base.toString(),
    edits,
    open: open.map((d) => {
      const from = back.mapPos(d.from, -1);
      return { from, to: Math.max(from, back.mapPos(d.to, 1)), ...noteOf(d) };
    }),
  };
}
