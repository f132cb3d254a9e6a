import { isCapitalised, matchCase } from '../../engine/case.js';
import { editDistance } from '../../engine/edit-distance.js';
import type { CompiledLexicon, Lexicon } from './lexicon.js';
import { oneEditCandidates, type Known } from './morphology.js';
import { suggestIndex } from './suggest-index.js';
import { NEVER_SUGGEST } from './spelling.data.js';

/** What a suggestion for one word may read of the manuscript and the accepted word lists. */
export interface SuggestionContext {
  /** Whether a word is accepted (dictionary of the dialect in force, word lists, period and rare words). */
  readonly known: Known;
  /** Names this manuscript uses, one or two slips from a capitalised word: offered whatever their rank. */
  readonly names: ReadonlySet<string>;
  /** How often this manuscript uses a word (lower case). */
  readonly uses: (word: string) => number;
}

/** Spelling suggestions for flagged words, remembered per word. */
export interface Suggester {
  /** At most `max` likely corrections of `word`, best first; none when no correction is likely. */
  suggest(word: string, context: SuggestionContext, max: number): readonly string[];
  /** Forgets remembered candidates (the accepted word lists changed). */
  clear(): void;
}

/**
 * Suggestions, made only for findings that survive the names and dialect rules: every word one slip away
 * (about 55 × length hash probes into the lexicon and word lists), else common words two slips away (the
 * symmetric-delete index, built on first use), and names one or two slips away; ranked by slip type, English
 * frequency (`wordRank`, SUBTLEX) and this manuscript's use, and only those likely enough to be what was meant.
 * Dictionary candidates depend only on the word and the word lists, so they are remembered (until `clear`); names
 * and ranking depend on the manuscript, so they are recomputed on every call. Keying a ranked list by the word alone
 * made suggestions depend on edit history.
 */
export function createSuggester(compiled: CompiledLexicon, lexicon: Lexicon, wordRank: ReadonlyMap<string, number>): Suggester {
  const candidatesOf = new Map<string, readonly string[]>();
  const twoSlipsOf = new Map<string, readonly string[]>();
  const rarity = (w: string): number => {
    const rank = wordRank.get(w.toLowerCase());
    return rank === undefined ? 0.3 : (0.3 * Math.log(rank + 1)) / Math.log(RANKED_WORDS);
  };
  // Two slips are a weak guess, and dialect and period words ("thysen", "knowed", "hatless") sit two slips from
  // plenty of common words: only a common word at least as long as the one typed (letters left out or changed;
  // rarely two added), and then only a very common one ("forrad"), the same letters with one misplaced ("tounge"),
  // or two letters left out of a long word ("acomodation").
  const twoSlipsLikely = (typed: string, candidate: string, slip: number): boolean => {
    const rank = wordRank.get(candidate) ?? Infinity;
    if (candidate.length < typed.length || rank >= COMMON_RANK) return false;
    return rank < TWO_SLIP_RANK || slip < 2 || (typed.length >= 8 && candidate.length === typed.length + 2);
  };
  const suggest = (word: string, { known, names, uses }: SuggestionContext, max: number): readonly string[] => {
    let dictionary = candidatesOf.get(word);
    if (!dictionary) {
      const found = oneEditCandidates(word, known);
      if (word !== word.toLowerCase()) found.push(...oneEditCandidates(word.toLowerCase(), known));
      dictionary = found;
      candidatesOf.set(word, dictionary);
    }
    const typed = word.toLowerCase();
    const ranked = (candidates: readonly string[]): Array<{ c: string; score: number }> =>
      [...new Set([...candidates, ...names].map((c) => (isCapitalised(c) ? c : matchCase(word, c))))]
        .filter((c) => c !== word && lexicon.suggestible(c.replace(/ .*/, '')) && !UNSUGGESTABLE.has(c.toLowerCase()))
        .map((c) => {
          const slip = slipCost(typed, c.toLowerCase());
          return { c, slip, score: slip + rarity(c) - familiarity(uses(c.toLowerCase())) };
        })
        // Only a likely fix: a name this manuscript uses, a word one likely slip away that English or this
        // manuscript uses often enough, or a common word two slips away. "conversible" (a real if rare word) gets
        // no "convertible": a changed letter not beside it on the keyboard, to a word used less than once in 10,000.
        .filter((x) => names.has(x.c) || (x.slip <= ONE_SLIP ? x.score <= LIKELY : twoSlipsLikely(typed, x.c.toLowerCase(), x.slip)))
        // Cheapest slip, nudged towards words English uses often and words this manuscript already uses:
        // "ruther" → "rather" (a changed letter, a common word) before "truther" (an added letter, a rare one).
        // Ties go alphabetically, so the order never depends on the order candidates were found in.
        .sort((a, b) => a.score - b.score || (a.c < b.c ? -1 : a.c > b.c ? 1 : 0));
    let best = ranked(dictionary);
    // Two slips away only when no likely word is one slip away ("tounge" → "tongue"), only for plain lower-case
    // words (an unknown name is no misspelt common word), and only words English uses often (the index holds the
    // 20,000 commonest).
    if (!best.some((x) => !names.has(x.c)) && word.length >= 4 && /^[a-z'’-]+$/.test(word)) {
      let two = twoSlipsOf.get(word);
      if (!two) {
        two = suggestIndex(compiled, wordRank, COMMON_RANK)
          .near(word.replace(/’/g, "'"), 2)
          .filter((c) => c.distance === 2 && known(c.form))
          .map((c) => c.form);
        twoSlipsOf.set(word, two);
      }
      if (two.length > 0) best = ranked([...dictionary, ...two]);
    }
    return best.map((x) => x.c).slice(0, max);
  };
  return {
    suggest,
    clear() {
      candidatesOf.clear();
      twoSlipsOf.clear();
    },
  };
}

/** Words ranked above this in SUBTLEX are "common": a rare word one slip from one of them is a typo. */
export const COMMON_RANK = 20_000;

/** Size of the SUBTLEX rank list the CLI loads: an unranked word counts as rarer than all of them. */
const RANKED_WORDS = 40_000;

/** A small bonus for words the manuscript itself uses: up to 0.1 at a hundred uses. */
function familiarity(uses: number): number {
  return 0.1 * Math.min(1, Math.log10(uses + 1) / 2);
}

/** Most a one-slip suggestion may cost (slip + rarity − familiarity) and still be offered. */
const LIKELY = 1.3;
/** A word two slips from the one typed is offered only if it ranks above this in SUBTLEX (or is an anagram of it). */
const TWO_SLIP_RANK = 5_000;

/** The dearest `slipCost` of a single slip (a missing space). */
const ONE_SLIP = 1.5;

const KEYBOARD = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const VOWELS = 'aeiouy';
/** True when `a` and `b` are neighbouring keys on a QWERTY row ("s" and "d"). */
function besideOnKeyboard(a: string, b: string): boolean {
  return KEYBOARD.some((row) => {
    const i = row.indexOf(a);
    return i >= 0 && (row[i - 1] === b || row[i + 1] === b);
  });
}

/**
 * How likely a slip turns `intended` into `typed`, as a cost: swapped letters (0.8) are the commonest typing
 * slip, then a doubled or undoubled letter (0.85), a dropped letter or a neighbouring key (0.9), an added letter
 * or one vowel for another (0.95), any other wrong letter (1.1); a missing space (1.5) rarely is the cure; beyond one
 * edit, the distance (1.7 for a misplaced letter: the same letters in another order).
 */
function slipCost(typed: string, intended: string): number {
  if (intended.includes(' ')) return 1.5;
  const d = editDistance(typed, intended, 3);
  // "tounge" → "tongue": the same letters, one of them misplaced, is a likelier pair of slips than any other two.
  if (d === 2 && [...typed].sort().join('') === [...intended].sort().join('')) return 1.7;
  if (d !== 1) return d;
  let i = 0;
  while (i < typed.length && typed[i] === intended[i]) i++;
  if (typed.length === intended.length) {
    if (isSwap(typed, intended)) return 0.8;
    // "seperate", "existance": one vowel for another is how people misspell, not only how they mistype.
    return besideOnKeyboard(typed[i]!, intended[i]!) ? 0.9 : VOWELS.includes(typed[i]!) && VOWELS.includes(intended[i]!) ? 0.95 : 1.1;
  }
  // The letter added (typed is longer) or dropped, at the first difference.
  const [longer, at] = typed.length > intended.length ? [typed, i] : [intended, i];
  const letter = longer[at]!;
  if (letter === longer[at - 1] || letter === longer[at + 1]) return 0.85;
  if (typed.length < intended.length) return 0.9;
  return besideOnKeyboard(letter, longer[at - 1] ?? '') || besideOnKeyboard(letter, longer[at + 1] ?? '') ? 0.9 : 0.95;
}

/** True when `b` is `a` with two neighbouring letters swapped. */
export function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}

const UNSUGGESTABLE = new Set(NEVER_SUGGEST);
