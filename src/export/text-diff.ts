/**
 * The changes between two versions of a manuscript, as edits a writer would recognise: whole words, spaces and
 * punctuation marks replaced, never half a word. Used for a review that outlives one session: the text as first
 * opened for review against the text now. Positions count UTF-16 code units of `before`.
 *
 * Two levels keep a novel cheap: lines (paragraphs) first, then words inside each changed run of lines, each with
 * Myers' O(ND) diff. A run too different to diff within {@link MAX_EDIT_STEPS} becomes one replacement.
 */
import type { TextEdit } from '../fixes/apply.js';

/** Beyond this many inserted plus deleted lines (or words, inside a run), a run is replaced as a whole. */
export const MAX_EDIT_STEPS = 2000;

/**
 * The edits that turn `before` into `after`: sorted, not overlapping, in `before`'s offsets; none when the texts
 * are equal. Applying them all to `before` gives `after` exactly.
 */
export function diffText(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  const edits: TextEdit[] = [];
  const lines = diffPieces(pieces(before, LINE), pieces(after, LINE));
  for (const run of lines) {
    const a = before.slice(run.from, run.to);
    const words = diffPieces(pieces(a, TOKEN), pieces(run.insert, TOKEN));
    for (const w of words) edits.push({ from: run.from + w.from, to: run.from + w.to, insert: w.insert });
  }
  const out: TextEdit[] = [];
  edits.forEach((e, i) => out.push(toLineStart(before, e, out[i - 1]?.to ?? 0, edits[i + 1]?.from ?? before.length)));
  return out;
}

/**
 * A pure insertion or deletion that may slide along equal text (".␤␤It rained" before the final "." is
 * "␤␤It rained." after "Maren.") moved to the last place it can go where it starts a line or with a line break,
 * so a new paragraph reads as one; else left as found. It stays between `floor` (where the edit before ends)
 * and `limit` (where the next begins), and before the last character (an insertion at the very end has no
 * paragraph to go in when exported to Word).
 */
function toLineStart(before: string, e: TextEdit, floor: number, limit: number): TextEdit {
  const deletion = e.insert === '';
  if ((!deletion && e.from !== e.to) || (deletion && e.from === e.to)) return e;
  let text = deletion ? before.slice(e.from, e.to) : e.insert;
  let from = e.from;
  const len = deletion ? text.length : 0;
  // All the way back first, then forward through every equal place.
  for (let i = 0; i < 400 && from > floor && before[from - 1] === text[text.length - 1]; i++) {
    text = text[text.length - 1] + text.slice(0, -1);
    from--;
  }
  let best: TextEdit | undefined;
  for (let i = 0; i < 800; i++) {
    if ((from === 0 || before[from - 1] === '\n' || text[0] === '\n') && from < before.length) best = { from, to: from + len, insert: deletion ? '' : text };
    if (from + len >= limit || before[from + len] !== text[0]) break;
    text = text.slice(1) + text[0];
    from++;
  }
  return best ?? e;
}

const LINE = /[^\n]*\n|[^\n]+$/g;
const TOKEN = /[\p{L}\p{N}'’]+|\s+|[^\p{L}\p{N}'’\s]/gu;

/** `text` cut into pieces that join back to it exactly. */
function pieces(text: string, pattern: RegExp): string[] {
  return text.match(pattern) ?? [];
}

/** The runs of pieces that differ, as edits in characters of `a`'s text. */
function diffPieces(a: readonly string[], b: readonly string[]): TextEdit[] {
  const ids = new Map<string, number>();
  const intern = (s: string): number => {
    let id = ids.get(s);
    if (id === undefined) ids.set(s, (id = ids.size));
    return id;
  };
  const x = Int32Array.from(a, intern);
  const y = Int32Array.from(b, intern);
  const startA = offsets(a);
  const pairs = common(x, y);
  const out: TextEdit[] = [];
  let i = 0;
  let j = 0;
  for (const [pi, pj] of [...pairs, [a.length, b.length] as const]) {
    if (pi > i || pj > j) out.push({ from: startA[i]!, to: startA[pi]!, insert: b.slice(j, pj).join('') });
    i = pi + 1;
    j = pj + 1;
  }
  return out;
}

/** Start offset of each piece, and the total length last. */
function offsets(list: readonly string[]): number[] {
  const out = [0];
  for (const p of list) out.push(out[out.length - 1]! + p.length);
  return out;
}

/**
 * The pairs of equal elements (index in `a`, index in `b`) of a shortest edit script, in order (Myers 1986), with
 * the common head and tail taken first; beyond {@link MAX_EDIT_STEPS} steps, none between the head and the tail.
 */
function common(a: Int32Array, b: Int32Array): Array<readonly [number, number]> {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const n = a.length - head - tail;
  const m = b.length - head - tail;
  const at = (s: Int32Array, i: number): number => s[head + i]!;
  const middle: Array<readonly [number, number]> = [];
  if (n > 0 && m > 0) {
    const max = Math.min(n + m, MAX_EDIT_STEPS);
    const off = n + m + 1;
    const v = new Int32Array(2 * off + 1);
    // trace[d]: v before step d, for k in [-d-1, d+1] (index k + d + 1).
    const trace: Int32Array[] = [];
    let found = -1;
    for (let d = 0; d <= max && found < 0; d++) {
      trace.push(v.slice(off - d - 1, off + d + 2));
      for (let k = -d; k <= d; k += 2) {
        let x = k === -d || (k !== d && v[off + k - 1]! < v[off + k + 1]!) ? v[off + k + 1]! : v[off + k - 1]! + 1;
        let y = x - k;
        while (x < n && y < m && at(a, x) === at(b, y)) {
          x++;
          y++;
        }
        v[off + k] = x;
        if (x >= n && y >= m) {
          found = d;
          break;
        }
      }
    }
    // Too different: the middle is one replacement (no pairs), the common head and tail still kept.
    let x = found < 0 ? 0 : n;
    let y = found < 0 ? 0 : m;
    for (let d = found; d >= 0; d--) {
      const t = trace[d]!;
      const k = x - y;
      const get = (kk: number): number => t[kk + d + 1]!;
      const prevK = k === -d || (k !== d && get(k - 1) < get(k + 1)) ? k + 1 : k - 1;
      const prevX = d === 0 ? 0 : get(prevK);
      const prevY = d === 0 ? 0 : prevX - prevK;
      while (x > prevX && y > prevY) {
        x--;
        y--;
        middle.push([head + x, head + y]);
      }
      x = prevX;
      y = prevY;
    }
    middle.reverse();
  }
  const pairs: Array<readonly [number, number]> = [];
  for (let i = 0; i < head; i++) pairs.push([i, i]);
  pairs.push(...middle);
  for (let i = tail; i > 0; i--) pairs.push([a.length - i, b.length - i]);
  return pairs;
}
