/**
 * Where accepted fixes are in the current text, so that File → Export… can tell a fix (with its check, rule
 * and message, for tracked-change comments and the change report) from the writer's own typing.
 *
 * A `StateField`: marks move with every change (an edit before a fix shifts its mark) and a new document
 * (open, reload, restore) starts with none. Positions count UTF-16 code units of the current text.
 */
import { StateEffect, StateField } from '@codemirror/state';
import type { Diagnostic } from '../../../src/contract/diagnostic.js';
import type { FixNote } from '../../../src/contract/ipc.js';

/** One accepted fix: the text it inserted spans `[from, to)` of the current document. */
export interface FixMark {
  readonly from: number;
  readonly to: number;
  readonly note: FixNote;
}

/**
 * Adds marks. Positions are in the document after the transaction that carries the effect, so a fix and
 * its mark travel in one transaction.
 */
export const addFixMarks = StateEffect.define<readonly FixMark[]>();

/** The accepted fixes of this document, in the order they were accepted. */
export const fixMarks = StateField.define<readonly FixMark[]>({
  create: () => [],
  update(marks, tr) {
    // A mark grows with text typed at its edges (-1 / 1), as an edit that touches the fix is still part of it.
    let next = tr.docChanged ? marks.map((m) => ({ ...m, from: tr.changes.mapPos(m.from, -1), to: tr.changes.mapPos(m.to, 1) })) : marks;
    for (const e of tr.effects) if (e.is(addFixMarks)) next = [...next, ...e.value];
    return next;
  },
});

/** The note a fix carries into export: the diagnostic's check, rule and message. */
export const noteOf = (d: Diagnostic): FixNote => ({ check: d.check, ruleId: d.ruleId, message: d.message });
