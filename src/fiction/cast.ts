/**
 * The cast: which capitalised words are names, learned from how the manuscript writes them. One rule with
 * graded evidence (`nameEvidence`); each caller states how much it needs.
 */
import type { Analysis, ParagraphInput } from '../contract/check.js';
import { stripPossessive } from '../engine/case.js';
import { wordTokens } from '../engine/nlcst.js';

/** How a capitalised word is used across the manuscript. */
export interface WordUse {
  /** Capitalised, not first in its sentence or speech. */
  mid: number;
  /** Capitalised, first in its sentence or speech. */
  initial: number;
  /** Written all in lower case. */
  lower: number;
}

/**
 * How strongly the manuscript's use makes a capitalised word a name:
 * - `0`: not a name (never capitalised, or written in lower case at least half as often as capitalised:
 *   "Well", "Miss");
 * - `1`: seen twice, once mid-sentence ("Bingen");
 * - `2`: three times anywhere ("Lizzy," said her father, three times at sentence starts);
 * - `3`: recurs mid-sentence ("…asked Wickham", "…that Wickham had"): the cast list.
 * Spelling accepts from 1, characters in scenes need 2, the cast list shows 3.
 */
export function nameEvidence(use: WordUse | undefined): 0 | 1 | 2 | 3 {
  if (!use) return 0;
  const total = use.mid + use.initial;
  if (total === 0 || use.lower * 2 >= total) return 0;
  if (use.mid >= 2) return 3;
  if (total >= 3) return 2;
  if (use.mid >= 1 && total >= 2) return 1;
  return 0;
}

const CAPITALISED = /^\p{Lu}/u;

/** Capitalised-word use in one paragraph; lower-case uses are recorded under the capitalised key. */
function paragraphUse(input: ParagraphInput): Map<string, WordUse> {
  const capitalised = new Map<string, WordUse>();
  const lowercase = new Map<string, number>();
  for (const token of wordTokens(input.tree)) {
    const word = stripPossessive(token.text);
    if (CAPITALISED.test(word)) {
      const use = capitalised.get(word) ?? { mid: 0, initial: 0, lower: 0 };
      if (token.initial) use.initial++;
      else use.mid++;
      capitalised.set(word, use);
    } else {
      lowercase.set(word, (lowercase.get(word) ?? 0) + 1);
    }
  }
  for (const [word, count] of lowercase) {
    const key = word.charAt(0).toUpperCase() + word.slice(1);
    const use = capitalised.get(key) ?? { mid: 0, initial: 0, lower: 0 };
    use.lower += count;
    capitalised.set(key, use);
  }
  return capitalised;
}

/**
 * Use counts of every word seen capitalised somewhere in the manuscript, keyed by the word as written
 * capitalised (`"Darcy"`). Words never capitalised are left out.
 */
export const capitalisation: Analysis<ReadonlyMap<string, WordUse>, ReadonlyMap<string, WordUse>> = {
  id: 'capitalisation',
  paragraph: paragraphUse,
  manuscript(facts) {
    const merged = new Map<string, WordUse>();
    for (const paragraph of facts) {
      for (const [word, use] of paragraph) {
        const m = merged.get(word);
        if (m) {
          m.mid += use.mid;
          m.initial += use.initial;
          m.lower += use.lower;
        } else merged.set(word, { ...use });
      }
    }
    for (const [word, use] of merged) if (use.mid === 0 && use.initial === 0) merged.delete(word);
    return merged;
  },
};
