/**
 * The one diagnostic contract. Every layer (engine, worker, editor, CLI JSON, export) speaks this shape.
 *
 * Invariants:
 * - Plain JSON: no classes, functions or `undefined`-only fields that matter; safe to `structuredClone` and
 *   `JSON.stringify`.
 * - `from`/`to` count UTF-16 code units into the document text after line endings are normalised to `\n`
 *   (the same units CodeMirror positions use). `from <= to`; `actual === text.slice(from, to)`.
 */

/** The checks Redline knows, fixed so later work slots in. Order here is the registry's display order. */
export const CHECK_IDS = ['spelling', 'repeated-words', 'confusables', 'pov', 'tense', 'dialogue'] as const;

/** One of {@link CHECK_IDS}. */
export type CheckId = (typeof CHECK_IDS)[number];

/** Display names of the checks, for every host (review panel, preferences, reports). */
export const CHECK_NAMES: Readonly<Record<CheckId, string>> = {
  spelling: 'Spelling',
  'repeated-words': 'Repeated words',
  confusables: 'Confusables',
  pov: 'Point of view',
  tense: 'Tense',
  dialogue: 'Dialogue',
};

/** How sure and how serious: `error` is almost certainly wrong, `warning` likely, `info` worth a look. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * A fix, expressed relative to the diagnostic's span:
 * - `replace`: the span becomes `text`;
 * - `insert-after`: `text` is inserted at `to`, the span is kept;
 * - `remove`: the span is deleted.
 */
export type Fix =
  | { readonly kind: 'replace'; readonly label: string; readonly text: string }
  | { readonly kind: 'insert-after'; readonly label: string; readonly text: string }
  | { readonly kind: 'remove'; readonly label: string };

/** One likely slip in a manuscript. */
export interface Diagnostic {
  /** Which check produced it. */
  readonly check: CheckId;
  /** Stable kebab-case rule id, e.g. `spelling-unknown-word`. Never carries the flagged text. */
  readonly ruleId: string;
  readonly severity: Severity;
  /** Start, in UTF-16 code units into the `\n`-normalised text. */
  readonly from: number;
  /** End (exclusive), same units. */
  readonly to: number;
  /** The flagged text, exactly `text.slice(from, to)`. */
  readonly actual: string;
  /** One plain sentence naming problem and remedy, flagged text in curly quotes. */
  readonly message: string;
  /** Optional longer explanation (one or two sentences). */
  readonly note?: string;
  /** Fixes, best first; may be empty. */
  readonly fixes: readonly Fix[];
  /**
   * How sure the check is that this is a slip and that its first fix is right, from 0 to 1. Absent: the check
   * does not grade its findings (treat as sure). Hosts leave findings under {@link LOW_CONFIDENCE} out of
   * "accept all" unless the writer ticks them.
   */
  readonly confidence?: number;
  /**
   * Identifies this finding independently of its position: a hash of rule, flagged text and nearby words,
   * so an ignore survives edits elsewhere in the manuscript.
   */
  readonly fingerprint: string;
}

/** Below this confidence a fix is not pre-selected for "accept all". */
export const LOW_CONFIDENCE = 0.6;

/** True when `value` is one of the known check ids. */
export function isCheckId(value: string): value is CheckId {
  return (CHECK_IDS as readonly string[]).includes(value);
}
