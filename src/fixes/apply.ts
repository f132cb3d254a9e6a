import type { Diagnostic, Fix } from '../contract/diagnostic.js';

/** A plain text edit: replace `[from, to)` with `insert` (UTF-16 offsets). */
export interface TextEdit {
  readonly from: number;
  readonly to: number;
  readonly insert: string;
}

/** The edit a fix makes, resolved against its diagnostic's span. */
export function editFor(diagnostic: Pick<Diagnostic, 'from' | 'to'>, fix: Fix): TextEdit {
  switch (fix.kind) {
    case 'replace':
      return { from: diagnostic.from, to: diagnostic.to, insert: fix.text };
    case 'insert-after':
      return { from: diagnostic.to, to: diagnostic.to, insert: fix.text };
    case 'remove':
      return { from: diagnostic.from, to: diagnostic.to, insert: '' };
  }
}

/** One fix chosen for one diagnostic. */
export interface FixChoice {
  readonly diagnostic: Diagnostic;
  readonly fix: Fix;
}

/** What applying several fixes did. */
export interface FixOutcome {
  readonly text: string;
  /** Applied, in document order, with their edits in the original text's offsets. */
  readonly applied: ReadonlyArray<FixChoice & { readonly edit: TextEdit }>;
  /** Not applied: overlapping an earlier fix, or stale (the text at the span is no longer `actual`). */
  readonly skipped: ReadonlyArray<FixChoice & { readonly reason: 'overlap' | 'stale' }>;
}

/**
 * Applies fixes to `text` as one change. Fixes are taken in document order; one that overlaps a fix already
 * taken, or whose span no longer holds its `actual` text, is skipped and reported, never half-applied.
 */
export function applyFixes(text: string, choices: readonly FixChoice[]): FixOutcome {
  const sorted = [...choices].sort((a, b) => a.diagnostic.from - b.diagnostic.from || a.diagnostic.to - b.diagnostic.to);
  const applied: Array<FixChoice & { edit: TextEdit }> = [];
  const skipped: Array<FixChoice & { reason: 'overlap' | 'stale' }> = [];
  let end = -1;
  for (const choice of sorted) {
    const { diagnostic } = choice;
    if (text.slice(diagnostic.from, diagnostic.to) !== diagnostic.actual) {
      skipped.push({ ...choice, reason: 'stale' });
      continue;
    }
    // Touching is fine ("the the" then "recieved"); sharing a character is not.
    if (diagnostic.from < end || (diagnostic.from === end && diagnostic.from === diagnostic.to)) {
      skipped.push({ ...choice, reason: 'overlap' });
      continue;
    }
    applied.push({ ...choice, edit: editFor(diagnostic, choice.fix) });
    end = Math.max(end, diagnostic.to);
  }
  let out = '';
  let at = 0;
  for (const { edit } of applied) {
    out += text.slice(at, edit.from) + edit.insert;
    at = edit.to;
  }
  return { text: out + text.slice(at), applied, skipped };
}
