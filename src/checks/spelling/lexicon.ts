import nspell, { type NSpell } from 'nspell';
import type { DictionaryData } from '../../contract/check.js';

/** A spelling dictionary: membership, and suggestions computed on demand and cached without a cap. */
export interface Lexicon {
  correct(word: string): boolean;
  /** nspell's suggestions for `word`, unranked; memoised per word. */
  suggest(word: string): readonly string[];
  /** False for words the dictionary marks NOSUGGEST (slurs and the like): accepted, never offered. */
  suggestible(word: string): boolean;
}

const decoder = new TextDecoder('utf-8');
const text = (data: Uint8Array | string): string => (typeof data === 'string' ? data : decoder.decode(data));

/** Hunspell bytes as text, which nspell needs (it would stringify a bare Uint8Array as numbers). */
export function dictionaryText(data: DictionaryData): { aff: string; dic: string } {
  return { aff: text(data.aff), dic: text(data.dic) };
}

/**
 * Builds a lexicon lazily: nspell takes ~350 ms and ~15 MB to build from dictionary-en, so nothing is built
 * until the first question.
 */
export function createLexicon(data: DictionaryData): Lexicon {
  let checker: NSpell | undefined;
  const verdicts = new Map<string, boolean>();
  const suggestions = new Map<string, readonly string[]>();
  const get = (): NSpell => (checker ??= nspell(dictionaryText(data)));
  let noSuggest: Set<string> | undefined;
  const noSuggestWords = (): Set<string> => {
    if (noSuggest) return noSuggest;
    const { aff, dic } = dictionaryText(data);
    const flag = /^NOSUGGEST\s+(\S+)/m.exec(aff)?.[1];
    noSuggest = new Set<string>();
    if (flag) {
      for (const line of dic.split('\n')) {
        const slash = line.indexOf('/');
        if (slash > 0 && line.slice(slash + 1).split(/\s/)[0]!.includes(flag)) noSuggest.add(line.slice(0, slash).toLowerCase());
      }
    }
    return noSuggest;
  };
  return {
    suggestible: (word) => !noSuggestWords().has(word.toLowerCase()),
    correct(word) {
      let v = verdicts.get(word);
      if (v === undefined) {
        v = get().correct(word);
        verdicts.set(word, v);
      }
      return v;
    },
    suggest(word) {
      let s = suggestions.get(word);
      if (!s) {
        // nspell's suggest is slow on long unknown words (hundreds of ms); past 20 letters nobody wants a guess.
        s = word.length > 20 ? [] : get().suggest(word).filter((w) => !noSuggestWords().has(w.toLowerCase()));
        suggestions.set(word, s);
      }
      return s;
    },
  };
}
