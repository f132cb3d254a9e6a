/**
 * Word formation: accepts words built by productive English rules from words the dictionary knows
 * ("unfelt", "yellowly", "reasonings", "gentlemanlike", "good-humoured"), which period and literary prose is
 * full of and no dictionary lists. A typo guard keeps the rules from hiding real slips: a word one deletion or
 * transposition away from a dictionary word ("untill" → "until") is never accepted by derivation.
 */

/** Whether a word (as written) is in an accepted dictionary or list. */
export type Known = (word: string) => boolean;

/** Compound parts that are adjectives formed from nouns: "good-natured", "kind-hearted", "ill-humoured". */
const ED_FROM_NOUN = /^(\p{L}{3,}?)(e?d)$/u;

/**
 * True when `word` is built from known words: hyphenated compounds whose parts are all acceptable;
 * `un-`/`non-`/`self-` + known word; known word + `-ly`, `-ness`, `-like`, plural `-s`/`-es`/`-ies`.
 */
export function derivable(word: string, known: Known): boolean {
  const w = word.replace(/’/g, "'");
  if (w.includes('-')) {
    const parts = w.split('-').filter(Boolean);
    return parts.length > 1 && parts.every((p) => known(p) || known(p.toLowerCase()) || /^\d+$/.test(p) || compoundPart(p, known));
  }
  return affixed(w, known);
}

function compoundPart(part: string, known: Known): boolean {
  const lower = part.toLowerCase();
  const m = ED_FROM_NOUN.exec(lower);
  // "natured" ← nature, "hearted" ← heart, "humoured" ← humour
  if (m && (known(m[1]!) || known(`${m[1]!}e`))) return true;
  return affixed(lower, known);
}

function affixed(w: string, known: Known): boolean {
  const lower = w.toLowerCase();
  for (const prefix of PREFIXES) {
    if (!lower.startsWith(prefix) || lower.length - prefix.length < 4 || !known(lower.slice(prefix.length))) continue;
    // "untill" is un + till, but it is "until" mistyped; "inpossible" is "impossible": any single slip wins.
    if (!oneEditFromKnown(lower, known)) return true;
  }
  const stems: string[] = [];
  // Plurals of rare nouns ("reasonings", "gaieties"); short ones are left out: "cals" is "calls".
  if (lower.endsWith('ies')) stems.push(`${lower.slice(0, -3)}y`);
  if (lower.endsWith('es') && lower.length > 6) stems.push(lower.slice(0, -2));
  if (lower.endsWith('s') && !lower.endsWith('ss') && lower.length > 5) stems.push(lower.slice(0, -1));
  if (lower.endsWith('ly')) stems.push(lower.slice(0, -2));
  if (lower.endsWith('ness')) stems.push(lower.slice(0, -4));
  if (lower.endsWith('like')) stems.push(lower.slice(0, -4));
  if (lower.endsWith('less')) stems.push(lower.slice(0, -4));
  if (lower.endsWith('ish')) stems.push(lower.slice(0, -3), `${lower.slice(0, -3)}e`);
  if (/fuls?$/.test(lower)) stems.push(lower.replace(/fuls?$/, ''));
  // Comparatives and participles of longer words: "wholesomer", "lonesomer", "mittened", "raptured",
  // "tapestried". Short stems are left out: "biger" must stay a typo.
  const long = (stem: string): string[] => (stem.length >= 5 ? [stem] : []);
  if (lower.endsWith('er')) stems.push(...long(lower.slice(0, -2)), ...long(lower.slice(0, -1)).filter((x) => x.endsWith('e')));
  if (lower.endsWith('est')) stems.push(...long(lower.slice(0, -3)), ...long(lower.slice(0, -2)).filter((x) => x.endsWith('e')));
  if (lower.endsWith('ied')) stems.push(...long(`${lower.slice(0, -3)}y`));
  if (lower.endsWith('ed')) stems.push(...long(lower.slice(0, -2)), ...long(lower.slice(0, -1)).filter((x) => x.endsWith('e')));
  // "snuffy", "balsamy", "firry": noun + y. Not after a stem ending in e, because "surey" and "safey" are
  // "surely" and "safely" with the l dropped.
  if (lower.endsWith('y') && !lower.endsWith('ey')) {
    const stem = lower.slice(0, -1);
    if (stem.length >= 4) stems.push(stem);
    if (stem.length >= 4 && stem.at(-1) === stem.at(-2)) stems.push(stem.slice(0, -1));
  }
  if (closedCompound(lower, known)) return true;
  // "basicly" is "basically" misspelt, not basic + ly.
  if (lower.endsWith('icly')) return false;
  return stems.some(
    // Guard: one slip from a dictionary word (other than the stem itself) is a typo, not a derivation:
    // "presetly" (presently), "franky" (frankly), "carefuly" (carefully), "finised" (finished).
    (s) => s.length >= 3 && (known(s) || (/^(un|non)/.test(s) && s.length > 6 && known(s.replace(/^(un|non)/, '')))) && !oneEditFromKnown(lower, known, s),
  );
}

/** Productive prefixes: "unfelt", "nonresident", "selfsame", "upspringing", "indrawing", "outstepped". */
const PREFIXES = ['un', 'non', 'self', 'up', 'in', 'out', 'over', 'under', 'be'];

// First halves that make well-known run-together slips ("everytime", "eachother", "thankyou").
const NOT_COMPOUND_HEADS = new Set(['each', 'every', 'some', 'thank', 'with', 'your', 'many', 'much', 'such', 'more', 'most', 'what', 'when', 'where', 'this', 'that', 'there', 'them', 'they', 'would', 'could', 'should', 'alot']);

/** "starflowers", "cloudland", "woodbox": two content words of four letters or more, or three plus plural. */
function closedCompound(lower: string, known: Known): boolean {
  for (let i = 4; i <= lower.length - 3; i++) {
    const head = lower.slice(0, i);
    const tail = lower.slice(i);
    if (NOT_COMPOUND_HEADS.has(head) || tail.length < 3) continue;
    if (known(head) && (known(tail) || (tail.endsWith('s') && known(tail.slice(0, -1)))) && (tail.length >= 4 || head.length >= 5)) {
      // "threatend" is threat + end, but one letter short of "threatened": any single slip wins.
      return !oneEditFromKnown(lower, known);
    }
  }
  return false;
}

/**
 * True when deleting one letter or swapping two neighbours gives a dictionary word (other than `except`,
 * the stem a derivation was built from): the shape of most typing slips ("untill", "truely", "teh").
 */
export function nearTypo(word: string, known: Known, except?: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const deleted = word.slice(0, i) + word.slice(i + 1);
    if (deleted.length > 1 && deleted !== except && known(deleted)) return true;
    if (i + 1 < word.length && word[i] !== word[i + 1]) {
      const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
      if (known(swapped)) return true;
    }
  }
  return false;
}

const LOWER = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Every dictionary word one edit (delete, swap, replace, insert one letter; also a hyphen or space split)
 * from `word`, in no particular order. About 55 × length lookups: fast where nspell's suggest is not.
 */
export function oneEditCandidates(word: string, known: Known): string[] {
  const out = new Set<string>();
  const test = (w: string): void => {
    if (w.length > 0 && w !== word && known(w)) out.add(w);
  };
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    if (i < word.length) test(head + word.slice(i + 1));
    if (i + 1 < word.length) test(head + word[i + 1] + word[i] + word.slice(i + 2));
    const letters = i === 0 && /^\p{Lu}/u.test(word) ? LOWER.toUpperCase() + LOWER : LOWER;
    for (const c of letters) {
      test(head + c + word.slice(i));
      if (i < word.length) test(head + c + word.slice(i + 1));
    }
    // "alot" → "a lot": a missing space, when both halves are words.
    if (i > 0 && i < word.length && known(head) && known(word.slice(i)) && (head.length > 1 || head === 'a') && (word.length - i > 1 || word.endsWith('a'))) {
      out.add(`${head} ${word.slice(i)}`);
    }
  }
  return [...out];
}

/**
 * True when a single edit (delete, swap, replace or insert one letter) turns `word` into a dictionary word
 * other than `stem` (and, for an "-ly" word, `stem` + "y"). Tells a one-off name ("Haggerston") from a capitalised typo ("Jonh"), and a
 * derivation ("reasonings") from a slip ("finised").
 */
export function oneEditFromKnown(word: string, known: Known, stem?: string): boolean {
  if (stem !== undefined) {
    // Neither the stem nor, for an "-ly" adverb, its "-y" adjective is another word: "yellowly" beside
    // "yellowy", "duskly" beside "dusky". ("readdy" beside "ready" is still a typo: that is no -ly form.)
    const k = known;
    const sibling = word.endsWith('ly') ? `${stem}y` : undefined;
    known = (w) => w !== stem && w !== sibling && k(w);
  }
  if (nearTypo(word, known)) return true;
  for (let i = 0; i <= word.length; i++) {
    const letters = i === 0 && /^\p{Lu}/u.test(word) ? LOWER.toUpperCase() : LOWER;
    for (const c of letters) {
      if (known(word.slice(0, i) + c + word.slice(i))) return true;
      if (i < word.length && c !== word[i] && known(word.slice(0, i) + c + word.slice(i + 1))) return true;
    }
  }
  return false;
}
