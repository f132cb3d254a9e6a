// Editor behaviour on EditorState: no DOM.
import { EditorState } from '@codemirror/state';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/contract/diagnostic.js';
import { EMPTY_SETTINGS } from '../../../src/contract/manuscript-settings.js';
import { batchChanges, groupDiagnostics, remap, visible } from './diagnostics.js';
import { countWords, nothingFound, sure, thousands } from './diagnostics.js';

const diag = (text: string, actual: string, over: Partial<Diagnostic> = {}): Diagnostic => {
  const from = text.indexOf(actual);
  return { check: 'spelling', ruleId: 'spelling-unknown-word', severity: 'error', from, to: from + actual.length, actual, message: `“${actual}”`, fixes: [], fingerprint: actual, ...over };
};

describe('diagnostics in the editor', () => {
  const text = 'She recieved it.\n\nThe the end.';

  it('maps results through edits typed while the worker checked, and drops flags on edited words', () => {
    const state = EditorState.create({ doc: text });
    const found = [diag(text, 'recieved'), diag(text, 'The the', { check: 'repeated-words', ruleId: 'repeated-word' })];
    // The writer typed "Then " at the start, and fixed "recieved" meanwhile.
    const tr = state.update({ changes: [{ from: 0, insert: 'Then ' }, { from: 4, to: 12, insert: 'received' }] });
    const mapped = remap(found, tr.changes, tr.state.doc);
    expect(mapped.map((d) => [d.actual, tr.state.doc.sliceString(d.from, d.to)])).toEqual([['The the', 'The the']]);
  });

  it('hides ignored findings, ignored rules and accepted words', () => {
    const all = [diag(text, 'recieved'), diag(text, 'The the', { check: 'repeated-words', ruleId: 'repeated-word', fingerprint: 'fp' })];
    expect(visible(all, { ...EMPTY_SETTINGS, ignored: ['fp'] }).map((d) => d.actual)).toEqual(['recieved']);
    expect(visible(all, { ...EMPTY_SETTINGS, ignoredRules: ['spelling-unknown-word'] }).map((d) => d.actual)).toEqual(['The the']);
    expect(visible(all, { ...EMPTY_SETTINGS, words: ['Recieved'] }).map((d) => d.actual)).toEqual(['The the']);
  });

  it('groups by check and rule with counts, filtered', () => {
    const all = [diag(text, 'recieved'), diag(text, 'The the', { check: 'repeated-words', ruleId: 'repeated-word' })];
    expect(groupDiagnostics(all).map((g) => [g.check, g.count, g.rules.map((r) => r.ruleId)])).toEqual([
      ['spelling', 1, ['spelling-unknown-word']],
      ['repeated-words', 1, ['repeated-word']],
    ]);
    expect(groupDiagnostics(all, 'the').map((g) => g.check)).toEqual(['repeated-words']);
  });

  it('accept-all builds one change set in document order and skips overlapping fixes', () => {
    let state = EditorState.create({ doc: 'the the cat and the the dog' });
    const fix = { kind: 'replace' as const, label: 'Remove', text: 'the' };
    const { changes, skipped } = batchChanges([
      { from: 16, to: 23, fix },
      { from: 0, to: 7, fix },
      { from: 4, to: 11, fix },
    ]);
    expect(skipped).toBe(1);
    state = state.update({ changes }).state;
    expect(state.doc.toString()).toBe('the cat and the dog');
  });
});

describe('nothingFound', () => {
  it('says what was checked, never that the text is clean', () => {
    expect(nothingFound(6)).toBe('No findings from the six checks that ran.');
    expect(nothingFound(1)).toBe('No findings from the one check that ran.');
    expect(nothingFound(12)).toBe('No findings from the 12 checks that ran.');
  });
});

describe('accept-all ticks only fixes the checks are sure of', () => {
  it('leaves a low-confidence fix unticked and ticks one with no confidence given', () => {
    const base = { check: 'spelling', ruleId: 'spelling-unknown-word', severity: 'error', from: 0, to: 3, actual: 'teh', message: '', fixes: [], fingerprint: 'f' } as const;
    expect(sure(base)).toBe(true);
    expect(sure({ ...base, confidence: 0.9 })).toBe(true);
    expect(sure({ ...base, confidence: 0.3 })).toBe(false);
  });
});

describe('countWords', () => {
  const byRegExp = (text: string): number => text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;

  it('counts runs of letters, digits, apostrophes and hyphens, as a writer does', () => {
    expect(countWords('“Don’t,” said Mrs. Bennet—half-laughing—“it’s 1813!”')).toBe(7);
    expect(countWords('naïve rôle, 𝒜lpha and 家 -- x')).toBe(6);
    expect(countWords('')).toBe(0);
    expect([thousands(7), thousands(1234), thousands(121592), thousands(1000000)]).toEqual(['7', '1,234', '121,592', '1,000,000']);
  });

  it('agrees with the regular expression it replaces, on any text', () => {
    const alphabet = fc.constantFrom('a', 'Z', '7', "'", '’', '-', ' ', '\n', '—', 'é', '家', '𝒜', '😀', '.', '_');
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 40 }), (chars) => countWords(chars.join('')) === byRegExp(chars.join(''))));
  });
});
