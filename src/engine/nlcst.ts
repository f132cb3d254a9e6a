import type { Root, Sentence, Word } from 'nlcst';
import { toString } from 'nlcst-to-string';

/** A word token with its offsets (relative to the parsed text, UTF-16 code units). */
export interface WordToken {
  readonly text: string;
  readonly from: number;
  readonly to: number;
  /** First word of its sentence, or first word after an opening quotation mark. */
  readonly initial: boolean;
  readonly node: Word;
  readonly sentence: Sentence;
  /** Index of `node` in `sentence.children`. */
  readonly index: number;
}

const OPENERS = new Set(['“', '"', '‘', "'", '(', '[', '—', '–', '_', '*']);

/** Every word in `tree`, in order, with sentence-initial marks. */
export function wordTokens(tree: Root): WordToken[] {
  const out: WordToken[] = [];
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue;
      let initial = true;
      sentence.children.forEach((child, index) => {
        if (child.type === 'WordNode') {
          const from = child.position?.start.offset ?? 0;
          const to = child.position?.end.offset ?? from;
          out.push({ text: toString(child), from, to, initial, node: child, sentence, index });
          initial = false;
        } else if (child.type === 'PunctuationNode' || child.type === 'SymbolNode') {
          // “Well,” said Emma, “I know.” — the word after an opening quote starts speech.
          if (child.value === '“' || child.value === '"' || child.value === '‘') initial = true;
          else if (!OPENERS.has(child.value) && /[.!?:;]$/.test(child.value)) initial = true;
        }
      });
    }
  }
  return out;
}

/**
 * Spans of direct speech in a paragraph: from an opening double quote (curly or straight) to its closing one,
 * or to the paragraph end when speech runs on into the next paragraph. Half-open `[from, to)` offsets.
 */
export function speechSpans(text: string): Array<readonly [number, number]> {
  const spans: Array<readonly [number, number]> = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '“' || (c === '"' && open < 0)) {
      if (open < 0) open = i;
    } else if ((c === '”' || c === '"') && open >= 0) {
      spans.push([open, i + 1]);
      open = -1;
    }
  }
  if (open >= 0) spans.push([open, text.length]);
  return spans;
}

/** True when `[from, to)` lies inside one of `spans`. */
export function within(spans: ReadonlyArray<readonly [number, number]>, from: number, to: number): boolean {
  return spans.some(([a, b]) => from >= a && to <= b);
}

/**
 * {@link within} for many questions about the same spans: `inside(from, to)` is true when `[from, to)` lies inside
 * one of `spans` (in any order, overlapping or not). Sorting once makes each question a binary search, so asking
 * for every word of a paragraph costs O(words · log spans), not O(words · spans).
 */
export function spanLookup(spans: ReadonlyArray<readonly [number, number]>): (from: number, to: number) => boolean {
  const sorted = [...spans].sort((x, y) => x[0] - y[0]);
  const starts = sorted.map(([a]) => a);
  // The furthest end among the spans starting at or before each one: [from, to) is inside some span starting at or
  // before `from` exactly when that furthest end reaches `to`.
  const reach: number[] = [];
  for (const [, b] of sorted) reach.push(Math.max(b, reach[reach.length - 1] ?? -Infinity));
  return (from, to) => {
    let lo = 0;
    let hi = starts.length; // first start > from
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid]! <= from) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && reach[lo - 1]! >= to;
  };
}
