import type { Diagnostic } from '../../src/contract/diagnostic.js';

/**
 * Draws every diagnostic under the line it flags, for whole-text snapshots a reviewer can read:
 *
 *     12 | She recieved the letter.
 *        |     ^^^^^^^^ spelling-unknown-word: “recieved” is not in the dictionary; … → received
 *
 * Only lines with findings are printed, with one line of context before each.
 */
export function drawFlags(text: string, diagnostics: readonly Diagnostic[]): string {
  const lines = text.split('\n');
  const starts: number[] = [];
  let at = 0;
  for (const line of lines) {
    starts.push(at);
    at += line.length + 1;
  }
  const byLine = new Map<number, Diagnostic[]>();
  for (const d of diagnostics) {
    let i = starts.findIndex((s, k) => d.from >= s && d.from < (starts[k + 1] ?? Infinity));
    if (i < 0) i = lines.length - 1;
    byLine.set(i, [...(byLine.get(i) ?? []), d]);
  }
  const width = String(lines.length).length;
  const out: string[] = [`${diagnostics.length} finding(s) in ${lines.length} lines`];
  for (const [i, ds] of [...byLine].sort((a, b) => a[0] - b[0])) {
    out.push('');
    if (i > 0) out.push(`${String(i).padStart(width)} | ${lines[i - 1]}`);
    out.push(`${String(i + 1).padStart(width)} | ${lines[i]}`);
    for (const d of ds) {
      const col = d.from - starts[i]!;
      const len = Math.max(1, Math.min(d.to, starts[i]! + lines[i]!.length) - d.from);
      const fix = d.fixes[0] && 'text' in d.fixes[0] ? ` → ${JSON.stringify(d.fixes[0].text)}` : '';
      out.push(`${' '.repeat(width)} | ${' '.repeat(col)}${'^'.repeat(len)} ${d.ruleId}: ${d.message}${fix}`);
    }
  }
  return out.join('\n') + '\n';
}
