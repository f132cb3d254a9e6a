// Injection on unseen novels, for `npm run bench:accuracy`: in each confusable set, 5% of the occurrences of its
// members (lower-case, single words) are swapped for another member of the set, at random with a fixed seed;
// a swap is caught when a flag covers it and its first fix restores the original word. False flags are every
// flag on the untouched novels, per 1,000 words. The novels are the ones the learned model never saw
// (tests/scripts/confusables-split.ts).
import { readFileSync } from 'node:fs';
import { CONFUSABLE_SETS } from '../../src/checks/confusables/confusables.data.js';
import { EVALUATION_NOVELS } from '../scripts/confusables-split.js';
import { rng } from '../support/random.js';

/** One swapped word in the injected text. */
export interface Swap {
  readonly set: string;
  readonly from: number;
  readonly to: number;
  /** The word as the novel has it. */
  readonly original: string;
}

/** A flag reduced to span and first replacement. */
export interface Flagged {
  readonly from: number;
  readonly to: number;
  readonly fix: string | null;
}

export interface Novel {
  readonly name: string;
  readonly text: string;
  readonly words: number;
  readonly injected: string;
  readonly swaps: readonly Swap[];
}


const SINGLE_WORD_SETS = CONFUSABLE_SETS.filter((s) => s.words.every((w) => !w.includes(' ')));
const MEMBER = new Map<string, { readonly set: string; readonly words: readonly string[] }[]>();
for (const s of SINGLE_WORD_SETS) for (const w of s.words) MEMBER.set(w, [...(MEMBER.get(w) ?? []), { set: s.id, words: s.words }]);

/** The evaluation novels with 5% of each set's occurrences swapped. */
export function injectedNovels(rate = 0.05, seed = 15): Novel[] {
  const random = rng(seed);
  return EVALUATION_NOVELS.map((name) => {
    const text = readFileSync(new URL(`../../../shared/corpus/${name}.txt`, import.meta.url), 'utf8').replace(/\r\n?/g, '\n');
    const curly = text.includes('’');
    let injected = '';
    let last = 0;
    const swaps: Swap[] = [];
    for (const m of text.matchAll(/[\p{L}]+(?:['’][\p{L}]+)*/gu)) {
      const word = m[0].replace(/’/g, "'");
      const sets = MEMBER.get(word);
      if (!sets || random() >= rate) continue;
      const set = sets[Math.floor(random() * sets.length)]!;
      const others = set.words.filter((w) => w !== word);
      const other = others[Math.floor(random() * others.length)]!.replace(/'/g, curly ? '’' : "'");
      injected += text.slice(last, m.index);
      swaps.push({ set: set.set, from: injected.length, to: injected.length + other.length, original: m[0] });
      injected += other;
      last = m.index + m[0].length;
    }
    injected += text.slice(last);
    return { name, text, words: text.split(/\s+/).filter(Boolean).length, injected, swaps };
  });
}

/** Occurrences per set in the evaluation novels (lower-case single words): the commonest sets first. */
export function commonestSets(novels: readonly Novel[], n = 30): string[] {
  const count = new Map<string, number>();
  for (const { text } of novels) {
    for (const m of text.matchAll(/[\p{L}]+(?:['’][\p{L}]+)*/gu)) {
      for (const s of MEMBER.get(m[0].replace(/’/g, "'")) ?? []) count.set(s.set, (count.get(s.set) ?? 0) + 1);
    }
  }
  return [...count].sort((a, b) => b[1] - a[1]).slice(0, n).map(([id]) => id);
}

/** Whether `swap` was caught by `flags` (sorted by `from`), and with the right first fix. */
export function caught(swap: Swap, flags: readonly Flagged[]): { caught: boolean; right: boolean } {
  const hit = flags.find((f) => f.from < swap.to && f.to > swap.from);
  if (!hit) return { caught: false, right: false };
  return { caught: true, right: hit.fix !== null && hit.fix.replace(/’/g, "'").toLowerCase() === swap.original.replace(/’/g, "'").toLowerCase() };
}
