/** `"word"` written in the case pattern of `model`: `NEW`→`KNEW`, `New`→`Knew`, `new`→`knew`. */
export function matchCase(model: string, word: string): string {
  const letters = model.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) {
    return word.toUpperCase();
  }
  if (/^\p{Lu}/u.test(model)) return word.charAt(0).toUpperCase() + word.slice(1);
  return word;
}

/** True when `word` starts with a capital letter. */
export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** `word` with a final possessive `'s` / `’s` removed: `Wickham's` → `Wickham`. */
export function stripPossessive(word: string): string {
  return word.replace(/['’]s$/u, '');
}
