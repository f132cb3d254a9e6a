import type { Diagnostic } from '../contract/diagnostic.js';

/** A diagnostic with its 1-based line and column (columns count UTF-16 code units, as editors do). */
export type LocatedDiagnostic = Diagnostic & { readonly line: number; readonly column: number };

/** Adds line and column to each diagnostic. */
export function locate(text: string, diagnostics: readonly Diagnostic[]): LocatedDiagnostic[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return diagnostics.map((d) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= d.from) lo = mid;
      else hi = mid - 1;
    }
    return { ...d, line: lo + 1, column: d.from - starts[lo]! + 1 };
  });
}

/** ESLint/Vale style: `file:line:col  severity  message  ruleId`, columns aligned per file. */
export function formatText(path: string, diagnostics: readonly LocatedDiagnostic[]): string[] {
  const places = diagnostics.map((d) => `${path}:${d.line}:${d.column}`);
  // A loop, not Math.max(...places): spreading 120,000 arguments overflows the call stack.
  const width = places.reduce((w, p) => Math.max(w, p.length), 0);
  return diagnostics.map((d, i) => `${places[i]!.padEnd(width)}  ${d.severity.padEnd(7)}  ${d.message}  ${d.ruleId}`);
}

/** The closing line: `3 problems (1 error, 2 warnings, 0 info) in 2 files`. */
export function formatTotals(all: readonly Diagnostic[], files: number): string {
  const count = (s: string): number => all.filter((d) => d.severity === s).length;
  const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : 's'}`;
  if (all.length === 0) return `No problems found in ${plural(files, 'file')}.`;
  return `${plural(all.length, 'problem')} (${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${count('info')} info) in ${plural(files, 'file')}.`;
}
