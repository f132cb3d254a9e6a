// Our diagnostics in the lint state, on EditorState (no DOM): shown, ignored, located, fixed, POV choices.
import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/contract/diagnostic.js';
import { EMPTY_SETTINGS } from '../../../src/contract/manuscript-settings.js';
import { fixSpec, issueAtCursor, locate, manyFixesSpec, povChoice, showSpec, shownDiagnostics } from './findings.js';
import { reviewState } from './review-extensions.js';
import { checkReported, manuscriptSettings, setManuscriptSettings } from './review-state.js';

const TEXT = 'Jon recieved it.\n\nThe the end. Ann saw the the sea.';
const diag = (actual: string, over: Partial<Diagnostic> = {}): Diagnostic => {
  const from = TEXT.indexOf(actual);
  return { check: 'spelling', ruleId: 'spelling-unknown-word', severity: 'error', from, to: from + actual.length, actual, message: `“${actual}”`, fixes: [], fingerprint: actual, ...over };
};
const RECIEVED = diag('recieved', { fixes: [{ kind: 'replace', label: 'Change to “received”', text: 'received' }] });
const THE_THE = diag('The the', { check: 'repeated-words', ruleId: 'repeated-word', fixes: [{ kind: 'replace', label: 'Remove', text: 'The' }] });
const the_the = diag('the the', { check: 'repeated-words', ruleId: 'repeated-word', fixes: [{ kind: 'replace', label: 'Remove', text: 'the' }] });

function opened(settings = EMPTY_SETTINGS): EditorState {
  const state = EditorState.create({ doc: TEXT, extensions: [reviewState(), manuscriptSettings.init(() => settings)] });
  return state.update(showSpec(state, [RECIEVED, THE_THE, the_the])).state;
}
const shown = (state: EditorState) => shownDiagnostics(state).map((d) => state.doc.sliceString(d.from, d.to));

describe('findings in the lint state', () => {
  it('are shown less the ignored ones, and read back at their positions after an edit before them', () => {
    expect(shown(opened({ ...EMPTY_SETTINGS, ignored: ['The the'] }))).toEqual(['recieved', 'the the']);
    expect(shown(opened({ ...EMPTY_SETTINGS, words: ['Recieved'] }))).toEqual(['The the', 'the the']);
    const state = opened().update({ changes: { from: 0, insert: 'Yes. ' } }).state;
    expect(shownDiagnostics(state).map((d) => [d.actual, d.from])).toEqual([
      ['recieved', 9],
      ['The the', 23],
      ['the the', 44],
    ]);
  });

  it('use the manuscript settings in the state: an ignore persisted by the host hides the finding', () => {
    let state = opened();
    state = state.update({ effects: setManuscriptSettings.of({ ...EMPTY_SETTINGS, ignoredRules: ['repeated-word'] }) }).state;
    state = state.update(showSpec(state, shownDiagnostics(state))).state;
    expect(shown(state)).toEqual(['recieved']);
  });

  it('are located from a stale copy (the review panel before an edit), and not once their text changed', () => {
    let state = opened().update({ changes: { from: 0, insert: 'Yes. ' } }).state;
    expect(locate(state, RECIEVED)).toEqual({ from: 9, to: 17 });
    state = state.update({ changes: { from: 9, to: 10, insert: 'R' } }).state; // "Recieved"
    expect(locate(state, RECIEVED)).toBeUndefined();
    expect(fixSpec(state, RECIEVED, RECIEVED.fixes[0]!)).toBeUndefined();
  });

  it('the issue at the cursor is the one whose span holds it', () => {
    const at = (pos: number) => issueAtCursor(opened().update({ selection: { anchor: pos } }).state)?.actual;
    expect(at(4)).toBe('recieved');
    expect(at(12)).toBe('recieved');
    expect(at(14)).toBeUndefined();
    expect(at(TEXT.indexOf('the the') + 2)).toBe('the the');
  });

  it('accept all skips a finding gone since the preview', () => {
    const state = opened().update({ changes: { from: TEXT.indexOf('the the'), to: TEXT.indexOf('the the') + 3, insert: 'a' } }).state;
    const { count } = manyFixesSpec(state, [
      { diagnostic: THE_THE, fix: THE_THE.fixes[0]! },
      { diagnostic: the_the, fix: the_the.fixes[0]! },
    ]);
    expect(count).toBe(1);
  });

  it('Set POV character offers the scene at the finding and every name known, each once, sorted', () => {
    const pov = diag('Ann', { check: 'pov', ruleId: 'pov-head-hop' });
    let state = opened();
    state = state.update(showSpec(state, [pov])).state;
    expect(povChoice(state, pov)).toBeUndefined(); // no scenes before the first check
    const scene = { key: '1.1', chapter: '', from: 0, to: TEXT.length, words: 10, person: 'third' as const, tense: 'past' as const, pov: 'Jon', povSet: false, omniscient: false, heads: ['Jon', 'Ann'] };
    state = state.update({ effects: checkReported.of({ words: 10, paragraphs: 2, analysed: 2, summaries: { pov: { scenes: [scene] }, spelling: { cast: ['Jon', 'Ann', 'Maren'], dialect: 'en-US' } } }) }).state;
    state = state.update({ effects: setManuscriptSettings.of({ ...EMPTY_SETTINGS, povCharacters: { '2.1': 'Zoe' } }) }).state;
    expect(povChoice(state, pov)).toEqual({ scene, candidates: ['Ann', 'Jon', 'Maren', 'Zoe'] });
  });
});
