/**
 * The review editor's keys, as one keymap extension: F8 / Shift+F8 move between issues, Ctrl+. applies the
 * first fix of the issue at the cursor, Ctrl+Shift+. ignores it, and the file keys (Ctrl+S, Ctrl+Shift+S,
 * Ctrl+O, Ctrl+E) go to the {@link reviewHost} (inside the editor CodeMirror sees them first).
 */
import { nextDiagnostic, previousDiagnostic } from '@codemirror/lint';
import { EditorView, keymap, type Command, type KeyBinding } from '@codemirror/view';
import { applyFix, ignore, issueAtCursor, reviewHost, type ReviewHost } from './findings.js';

/** Ctrl+.: applies the first fix of the issue at the cursor. False (the key goes on) when there is none. */
export const fixAtCursor: Command = (view) => {
  const d = issueAtCursor(view.state);
  if (!d) return false;
  if (d.fixes[0]) applyFix(view, d, d.fixes[0]);
  return true;
};

/** Ctrl+Shift+.: ignores the issue at the cursor. False when there is none. */
export const ignoreAtCursor: Command = (view) => {
  const d = issueAtCursor(view.state);
  if (!d) return false;
  void ignore(view, d, 'ignore');
  return true;
};

/**
 * Moves to the next (previous) issue and centres it: at the edge of the view it sat under the hint bar and its
 * own tooltip.
 */
const centred =
  (move: Command): Command =>
  (view) => {
    if (!move(view)) return false;
    view.dispatch({ effects: EditorView.scrollIntoView(view.state.selection.main.from, { y: 'center' }) });
    return true;
  };
export const nextIssue: Command = centred(nextDiagnostic);
export const previousIssue: Command = centred(previousDiagnostic);

const hostCommand =
  (command: Parameters<ReviewHost['command']>[0]): Command =>
  (view) => {
    view.state.facet(reviewHost)?.command(command);
    return true;
  };

export const reviewBindings: readonly KeyBinding[] = [
  { key: 'F8', run: nextIssue, shift: previousIssue, preventDefault: true },
  { key: 'Mod-.', run: fixAtCursor, preventDefault: true },
  { key: 'Mod-Shift-.', run: ignoreAtCursor, preventDefault: true },
  { key: 'Mod-s', run: hostCommand('save'), preventDefault: true },
  { key: 'Mod-Shift-s', run: hostCommand('save-as'), preventDefault: true },
  { key: 'Mod-o', run: hostCommand('open'), preventDefault: true },
  { key: 'Mod-e', run: hostCommand('export'), preventDefault: true },
  { key: 'Mod-;', run: hostCommand('settings'), preventDefault: true },
];

/** The review keys; put it before the default keymaps, which it takes precedence over. */
export const reviewKeymap = keymap.of([...reviewBindings]);
