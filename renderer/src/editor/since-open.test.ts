// The document's edits since opening, on EditorState (no DOM): fix marks, changes for export, unsaved.
import { undo } from '@codemirror/commands';
import { EditorState, type TransactionSpec } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/contract/diagnostic.js';
import { fixMarks } from './fix-marks.js';
import { fixSpec, manyFixesSpec, showSpec, shownDiagnostics } from './findings.js';
import { reviewState } from './review-extensions.js';
import { changesSinceOpen, markSaved, reviewFrom, sinceOpen, startReview, unsaved } from './since-open.js';

const TEXT = 'She recieved it.\n\nThe the end. He saw the the sea.';

const diag = (text: string, actual: string, over: Partial<Diagnostic> = {}, nth = 0): Diagnostic => {
  let from = text.indexOf(actual);
  for (let i = 0; i < nth; i++) from = text.indexOf(actual, from + 1);
  return { check: 'spelling', ruleId: 'spelling-unknown-word', severity: 'error', from, to: from + actual.length, actual, message: `“${actual}” is not in the dictionary.`, fixes: [], fingerprint: `${actual}#${nth}`, ...over };
};
const RECIEVED = diag(TEXT, 'recieved', { fixes: [{ kind: 'replace', label: 'Change to “received”', text: 'received' }] });
const repeated = (nth: number) =>
  diag(TEXT, 'the the', { check: 'repeated-words', ruleId: 'repeated-word', message: 'Repeated word.', fixes: [{ kind: 'replace', label: 'Remove the repeat', text: 'the' }] }, nth);
const THE_THE = diag(TEXT, 'The the', { check: 'repeated-words', ruleId: 'repeated-word', message: 'Repeated word.', fixes: [{ kind: 'replace', label: 'Remove the repeat', text: 'The' }] });

/** The review editor's state on TEXT, with RECIEVED, "The the" and the second "the the" shown. */
function opened(): EditorState {
  const state = EditorState.create({ doc: TEXT, extensions: reviewState() });
  return state.update(showSpec(state, [RECIEVED, THE_THE, repeated(0)])).state;
}
const update = (state: EditorState, spec: TransactionSpec | undefined) => state.update(spec!).state;
const type = (state: EditorState, at: number, insert: string) => state.update({ changes: { from: at, insert }, userEvent: 'input.type' }).state;
const undone = (state: EditorState) => {
  let out = state;
  expect(undo({ state, dispatch: (tr) => (out = tr.state) })).toBe(true);
  return out;
};
const NOTE = { check: 'spelling', ruleId: 'spelling-unknown-word', message: '“recieved” is not in the dictionary.' };

describe('fix marks', () => {
  it('mark the text a fix inserted, and move with an edit before it', () => {
    let state = update(opened(), fixSpec(opened(), RECIEVED, RECIEVED.fixes[0]!));
    expect(state.doc.toString()).toMatch(/^She received it\./);
    expect(state.field(fixMarks).map((m) => state.doc.sliceString(m.from, m.to))).toEqual(['received']);
    state = type(state, 0, 'Well. ');
    expect(state.field(fixMarks).map((m) => [m.from, state.doc.sliceString(m.from, m.to)])).toEqual([[10, 'received']]);
    expect(state.field(fixMarks)[0]!.note).toEqual(NOTE);
  });

  it('start empty in a new document', () => {
    expect(opened().field(fixMarks)).toEqual([]);
  });
});

describe('changes since opening', () => {
  it('give a fix with its rule and typing without, in offsets of the text as opened', () => {
    let state = update(opened(), fixSpec(opened(), RECIEVED, RECIEVED.fixes[0]!));
    state = type(state, 0, 'Well. ');
    // (The view's applyFix drops the fixed finding from the lint state; here it is left out by hand.)
    const { base, edits, open } = changesSinceOpen(state, shownDiagnostics(state).filter((d) => d.check !== 'spelling'));
    expect(base).toBe(TEXT);
    expect(edits).toEqual([
      { from: 0, to: 0, insert: 'Well. ' },
      { from: 4, to: 12, insert: 'received', fix: NOTE },
    ]);
    // The issues still open, mapped back onto the text as opened.
    expect(open.map((o) => TEXT.slice(o.from, o.to))).toEqual(['The the', 'the the']);
  });

  it('leave out a fix that was undone', () => {
    const fixed = update(opened(), fixSpec(opened(), RECIEVED, RECIEVED.fixes[0]!));
    const state = undone(fixed);
    expect(state.doc.toString()).toBe(TEXT);
    expect(changesSinceOpen(state, []).edits).toEqual([]);
  });

  it('accept all: each fix marked, one undo takes them all back', () => {
    const { spec, count } = manyFixesSpec(opened(), [
      { diagnostic: repeated(0), fix: repeated(0).fixes[0]! },
      { diagnostic: THE_THE, fix: THE_THE.fixes[0]! },
    ]);
    expect(count).toBe(2);
    const state = update(opened(), spec);
    expect(state.doc.toString()).toBe('She recieved it.\n\nThe end. He saw the sea.');
    const note = { check: 'repeated-words', ruleId: 'repeated-word', message: 'Repeated word.' };
    expect(changesSinceOpen(state, []).edits).toEqual([
      { from: 18, to: 25, insert: 'The', fix: note },
      { from: 38, to: 45, insert: 'the', fix: note },
    ]);
    const back = undone(state);
    expect(back.doc.toString()).toBe(TEXT);
    expect(changesSinceOpen(back, []).edits).toEqual([]);
  });
});

describe('unsaved', () => {
  it('is set by a change, cleared by a save, and set again by an undo after the save', () => {
    let state = opened();
    expect(state.field(unsaved)).toBe(false);
    state = update(state, fixSpec(state, RECIEVED, RECIEVED.fixes[0]!));
    expect(state.field(unsaved)).toBe(true);
    state = update(state, { effects: markSaved.of(null) });
    expect(state.field(unsaved)).toBe(false);
    state = update(state, { selection: { anchor: 3 } });
    expect(state.field(unsaved)).toBe(false);
    expect(undone(state).field(unsaved)).toBe(true);
  });

  it('starts set for a restored recovery', () => {
    const state = EditorState.create({ doc: TEXT, extensions: [reviewState(), unsaved.init(() => true)] });
    expect(state.field(unsaved)).toBe(true);
  });
});

describe('a review that outlives the session', () => {
  it('starts from the host’s baseline: the changes of earlier sessions are changes since the review began', () => {
    const before = 'The letter had recieved a stamp.\n\nShe sat on the the steps.';
    const now = 'The letter had received a stamp.\n\nShe sat on the steps.';
    const state = EditorState.create({ doc: now, extensions: [reviewState(), sinceOpen.init(() => reviewFrom({ since: '2026-12-01T10:00:00Z', text: before }, now))] });
    const { base, edits } = changesSinceOpen(state, []);
    expect(base).toBe(before);
    expect(edits.map((e) => [before.slice(e.from, e.to), e.insert])).toEqual([
      ['recieved', 'received'],
      ['the ', ''],
    ]);
    // Typing today adds to them, in offsets of the baseline.
    const typed = type(state, 0, 'Yes. ');
    expect(changesSinceOpen(typed, []).edits[0]).toEqual({ from: 0, to: 0, insert: 'Yes. ' });
    expect(typed.field(sinceOpen).since).toBe('2026-12-01T10:00:00Z');
  });

  it('Start new review: the text now is the baseline, no changes since', () => {
    let state = update(opened(), fixSpec(opened(), RECIEVED, RECIEVED.fixes[0]!));
    expect(changesSinceOpen(state, []).edits).toHaveLength(1);
    state = state.update({ effects: startReview.of('2026-12-02T08:00:00Z') }).state;
    expect(changesSinceOpen(state, [])).toMatchObject({ base: state.doc.toString(), edits: [] });
    expect(state.field(sinceOpen).since).toBe('2026-12-02T08:00:00Z');
  });
});

describe('the review’s log of accepted fixes', () => {
  it('names the check of a change made in an earlier session, cut where the word diff cuts it', () => {
    const note = { check: 'repeated-words' as const, ruleId: 'repeated-word', message: 'Repeated word.' };
    const spelling = { check: 'spelling' as const, ruleId: 'spelling-unknown-word', message: '“recieved” is not in the dictionary.' };
    const base = 'She recieved it.\n\nHe saw the the sea.';
    const now = 'She received it.\n\nHe saw the sea. It rained.';
    const log = [
      { removed: 'recieved', insert: 'received', fix: spelling },
      { removed: 'the the', insert: 'the', fix: note },
    ];
    const state = EditorState.create({ doc: now, extensions: [reviewState(), sinceOpen.init(() => reviewFrom({ since: '2026-12-01T00:00:00Z', text: base, fixes: log }, now))] });
    const edits = changesSinceOpen(state, []).edits.map((e) => [base.slice(e.from, e.to), e.insert, e.fix?.ruleId]);
    expect(edits).toEqual([
      ['recieved', 'received', 'spelling-unknown-word'],
      expect.arrayContaining(['repeated-word']),
      ['', '. It rained', undefined], // typing: no fix, no note
    ]);
  });
});
