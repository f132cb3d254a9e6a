// The review keys run on a state-only stand-in for the view (no DOM): what Ctrl+. and Ctrl+Shift+. do.
import { EditorState, type TransactionSpec } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import { describe, expect, it, vi } from 'vitest';
import type { Diagnostic } from '../../../src/contract/diagnostic.js';
import { EMPTY_SETTINGS } from '../../../src/contract/manuscript-settings.js';
import { fixMarks } from './fix-marks.js';
import { reviewHost, showSpec, shownDiagnostics, type ReviewHost } from './findings.js';
import { reviewState } from './review-extensions.js';
import { nextIssue, previousIssue, reviewBindings } from './review-keymap.js';
import { manuscriptSettings } from './review-state.js';
import { unsaved } from './since-open.js';

const TEXT = 'She recieved it. The the end.';
const RECIEVED: Diagnostic = {
  check: 'spelling',
  ruleId: 'spelling-unknown-word',
  severity: 'error',
  from: 4,
  to: 12,
  actual: 'recieved',
  message: '“recieved”',
  fixes: [{ kind: 'replace', label: 'Change to “received”', text: 'received' }],
  fingerprint: 'fp-recieved',
};
const THE_THE: Diagnostic = { ...RECIEVED, check: 'repeated-words', ruleId: 'repeated-word', from: 17, to: 24, actual: 'The the', fixes: [], fingerprint: 'fp-the' };

function setup(cursor: number) {
  const host = { report: vi.fn(), command: vi.fn(), choosePov: vi.fn(), dictionary: vi.fn(async () => []), settings: vi.fn(async () => ({ ...EMPTY_SETTINGS, ignored: ['fp-recieved'] })) } satisfies ReviewHost;
  let state = EditorState.create({ doc: TEXT, selection: { anchor: cursor }, extensions: [reviewState(), reviewHost.of(host)] });
  state = state.update(showSpec(state, [RECIEVED, THE_THE])).state;
  const view = {
    state,
    dispatch(...specs: TransactionSpec[]) {
      view.state = view.state.update(...specs).state;
    },
  };
  return { host, view: view as unknown as EditorView & { state: EditorState } };
}
const press = (view: EditorView, key: string) => reviewBindings.find((b) => b.key === key)!.run!(view);

describe('the review keymap', () => {
  it('Ctrl+. applies the first fix of the issue at the cursor, marks it and drops the finding', () => {
    const { host, view } = setup(6);
    expect(press(view, 'Mod-.')).toBe(true);
    expect(view.state.doc.toString()).toBe('She received it. The the end.');
    expect(view.state.field(fixMarks).map((m) => m.note.ruleId)).toEqual(['spelling-unknown-word']);
    expect(view.state.field(unsaved)).toBe(true);
    expect(shownDiagnostics(view.state).map((d) => d.actual)).toEqual(['The the']);
    expect(host.report).toHaveBeenCalledOnce();
  });

  it('Ctrl+. with no issue at the cursor lets the key go on; with an issue and no fix it changes nothing', () => {
    const a = setup(14);
    expect(press(a.view, 'Mod-.')).toBe(false);
    const b = setup(19);
    expect(press(b.view, 'Mod-.')).toBe(true);
    expect(b.view.state.doc.toString()).toBe(TEXT);
  });

  it('Ctrl+Shift+. ignores the issue at the cursor through the host, then hides it', async () => {
    const { host, view } = setup(6);
    expect(press(view, 'Mod-Shift-.')).toBe(true);
    expect(host.settings).toHaveBeenCalledWith({ kind: 'ignore', fingerprint: 'fp-recieved', note: { ruleId: 'spelling-unknown-word', actual: 'recieved', context: TEXT } });
    await vi.waitFor(() => expect(shownDiagnostics(view.state).map((d) => d.actual)).toEqual(['The the']));
    expect(view.state.field(manuscriptSettings).ignored).toEqual(['fp-recieved']);
    expect(view.state.doc.toString()).toBe(TEXT);
  });

  it('F8 and Shift+F8 move between issues; the file keys go to the host', () => {
    const f8 = reviewBindings.find((b) => b.key === 'F8')!;
    expect([f8.run, f8.shift]).toEqual([nextIssue, previousIssue]);
    const { host, view } = setup(0);
    for (const key of ['Mod-s', 'Mod-Shift-s', 'Mod-o', 'Mod-e']) expect(press(view, key)).toBe(true);
    expect(host.command.mock.calls).toEqual([['save'], ['save-as'], ['open'], ['export']]);
  });
});
