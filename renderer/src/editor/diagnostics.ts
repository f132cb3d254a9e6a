/**
 * Our {@link Diagnostic}s in the editor: remapping through edits made while the worker checked, filtering
 * ignores, grouping for the review panel, and the edits a fix makes. Pure functions over `@codemirror/state`
 * values, tested without a DOM. Positions count UTF-16 code units, as both CodeMirror and the engine do.
 */
import type { ChangeDesc, Text } from '@codemirror/state';
import { CHECK_IDS, LOW_CONFIDENCE, type CheckId, type Diagnostic, type Fix } from '../../../src/contract/diagnostic.js';
import type { ManuscriptSettings } from '../../../src/contract/manuscript-settings.js';

/**
 * Maps diagnostics computed on an older text through `changes` onto `doc`. A diagnostic whose span was
 * edited (its text is no longer `actual`) is dropped: the next check decides about it.
 */
export function remap(diagnostics: readonly Diagnostic[], changes: ChangeDesc, doc: Text): Diagnostic[] {
  if (changes.empty) return [...diagnostics];
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const from = changes.mapPos(d.from, 1);
    const to = changes.mapPos(d.to, -1);
    if (to < from || to - from !== d.to - d.from) continue;
    if (doc.sliceString(from, to) !== d.actual) continue;
    out.push(from === d.from ? d : { ...d, from, to });
  }
  return out;
}

/** Drops diagnostics the writer ignored (by fingerprint or rule) and spelling flags on accepted words. */
export function visible(diagnostics: readonly Diagnostic[], settings: ManuscriptSettings): Diagnostic[] {
  const ignored = new Set(settings.ignored);
  const rules = new Set(settings.ignoredRules);
  const words = new Set(settings.words.map((w) => w.toLowerCase()));
  return diagnostics.filter(
    (d) => !ignored.has(d.fingerprint) && !rules.has(d.ruleId) && !(d.check === 'spelling' && words.has(d.actual.toLowerCase())),
  );
}

/** One rule's findings, for the review panel. */
export interface RuleGroup {
  readonly ruleId: string;
  readonly diagnostics: readonly Diagnostic[];
  /** How many have a first fix (what "Accept all" can apply). */
  readonly fixable: number;
}

/** One check's findings, its rules by count (most first). */
export interface CheckGroup {
  readonly check: CheckId;
  readonly count: number;
  readonly rules: readonly RuleGroup[];
}

/** Groups by check (registry order) and rule; `filter` keeps diagnostics whose text, message or rule match. */
export function groupDiagnostics(diagnostics: readonly Diagnostic[], filter = ''): CheckGroup[] {
  const needle = filter.trim().toLowerCase();
  const byCheck = new Map<CheckId, Map<string, Diagnostic[]>>();
  for (const d of diagnostics) {
    if (needle && !`${d.actual} ${d.message} ${d.ruleId} ${d.check}`.toLowerCase().includes(needle)) continue;
    const rules = byCheck.get(d.check) ?? new Map<string, Diagnostic[]>();
    byCheck.set(d.check, rules);
    const list = rules.get(d.ruleId) ?? [];
    rules.set(d.ruleId, list);
    list.push(d);
  }
  return CHECK_IDS.filter((c) => byCheck.has(c)).map((check) => {
    const rules = [...byCheck.get(check)!].map(([ruleId, list]) => ({ ruleId, diagnostics: list, fixable: list.filter((d) => d.fixes.length > 0).length }));
    rules.sort((a, b) => b.diagnostics.length - a.diagnostics.length || a.ruleId.localeCompare(b.ruleId));
    return { check, count: rules.reduce((n, r) => n + r.diagnostics.length, 0), rules };
  });
}

/** Counts by check, for the status bar. */
export function countByCheck(diagnostics: readonly Diagnostic[]): Partial<Record<CheckId, number>> {
  const out: Partial<Record<CheckId, number>> = {};
  for (const d of diagnostics) out[d.check] = (out[d.check] ?? 0) + 1;
  return out;
}

/** A CodeMirror change: replace `[from, to)` with `insert`. */
export interface Change {
  readonly from: number;
  readonly to: number;
  readonly insert: string;
}

/** The change a fix makes at the diagnostic's current position. */
export function changeFor(from: number, to: number, fix: Fix): Change {
  switch (fix.kind) {
    case 'replace':
      return { from, to, insert: fix.text };
    case 'insert-after':
      return { from: to, to, insert: fix.text };
    case 'remove':
      return { from, to, insert: '' };
  }
}

/**
 * The changes for many fixes at once ("accept all of a kind"), in document order, skipping any that overlap
 * one already taken; CodeMirror applies them as one transaction, so one undo reverts them all.
 */
export function batchChanges(items: ReadonlyArray<{ readonly from: number; readonly to: number; readonly fix: Fix }>): { changes: Change[]; skipped: number } {
  const sorted = [...items].sort((a, b) => a.from - b.from || a.to - b.to);
  const changes: Change[] = [];
  let end = -1;
  let skipped = 0;
  for (const item of sorted) {
    if (item.from < end || (item.from === end && item.from === item.to)) {
      skipped++;
      continue;
    }
    changes.push(changeFor(item.from, item.to, item.fix));
    end = Math.max(end, item.to);
  }
  return { changes, skipped };
}

export { countWords } from '../../../src/formats/words.js';

/** A count with thousands separated by commas ("121,592"), without the cost of `toLocaleString`'s first call. */
export function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Display names of the checks: the contract's one list. */
export { CHECK_NAMES } from '../../../src/contract/diagnostic.js';

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/**
 * What to say when nothing is flagged: what was checked, never that the text is clean (the checks miss slips).
 * `checks` is how many checks ran.
 */
export function nothingFound(checks: number): string {
  const n = NUMBER_WORDS[checks] ?? String(checks);
  return checks === 1 ? 'No findings from the one check that ran.' : `No findings from the ${n} checks that ran.`;
}

/** True when a check is sure enough of a finding's first fix to tick it for accept-all. */
export const sure = (d: Diagnostic): boolean => d.confidence === undefined || d.confidence >= LOW_CONFIDENCE;
