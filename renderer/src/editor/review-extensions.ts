/**
 * The review editor's behaviour that needs no DOM, as one extension: undo history, the lint state our
 * findings live in, the keys, and the document's state fields (the text as opened and changes since, fix
 * marks, unsaved, manuscript settings, format, preferences, the last check's report). The view adds the rest
 * (drawing, search panel, tooltips), its host and the check loop; tests build an `EditorState` from this.
 */
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { linter } from '@codemirror/lint';
import { searchKeymap } from '@codemirror/search';
import type { Extension } from '@codemirror/state';
import { keymap } from '@codemirror/view';
import { fixMarks } from './fix-marks.js';
import { reviewKeymap } from './review-keymap.js';
import { checkPreferences, documentFormat, lastCheck, manuscriptSettings, personalWords } from './review-state.js';
import { sinceOpen, unsaved } from './since-open.js';

export function reviewState(): Extension[] {
  return [
    history(),
    linter(null),
    reviewKeymap,
    keymap.of([...searchKeymap, ...historyKeymap, ...defaultKeymap, indentWithTab]),
    sinceOpen,
    fixMarks,
    unsaved,
    manuscriptSettings,
    personalWords,
    documentFormat,
    checkPreferences,
    lastCheck,
  ];
}
