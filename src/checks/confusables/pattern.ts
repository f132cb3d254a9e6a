import { nounByItself, type Token } from './tokens.js';

/**
 * A compiled context pattern: words or classes before the flagged words, the flagged words, words or classes
 * after, and the replacement. Written as one line, e.g. `@SUBJ [new] @DET|that|what|it => knew`:
 * - `a|b|@CLASS` an alternation matched against one token (`^` and `$` may be alternatives; `!` in front
 *   negates it, and a negated atom also matches where there is no token); `x&y` needs both, and `&` binds
 *   looser than `|` (`@N|@ADJ&!own` is “a noun or adjective, but not own”);
 * - `^` (first atom) the flagged words start a sentence or speech; `$` (in an atom after them) they end one;
 * - `@NOVERB` (after) no verb from there to the end of the sentence, or of the speech when no speech resumes after
 *   its closing quote;
 * - `@CLAUSEEND` (after) no verb from there to the next comma, semicolon, dash or the sentence's end;
 * - `@STMT` (after) the sentence ends in a full stop or exclamation mark, not a question mark;
 * - `@SG`/`@PL` a singular/plural noun in context; `@NSG` a singular noun in context or by itself;
 * - `@ED` a past participle tagged as a verb (`invited`, not `red`); `@PAST` any word in -ed but a few adjectives
 *   (`chased`, which the tagger may read as a noun); `@N` a noun in context or by itself;
 * - `[word word]` the flagged words, adjacent, compared in lower case (a capital in the pattern requires one);
 * - `=> text` the replacement, written in lower case; the fix takes the flagged text's case.
 * Atoms before the flag match the clitic of a contraction too (`n't` of "couldn't", `'d` of "she'd"); atoms
 * after it match the word before its clitic (`she` of "she'd").
 */
export interface Pattern {
  readonly before: readonly Atom[];
  readonly target: readonly string[];
  readonly after: readonly Atom[];
  readonly replacement: string;
  readonly source: string;
}

type Atom = (tokens: readonly Token[], index: number, side: 'before' | 'after') => boolean;

const words = (list: string): ReadonlySet<string> => new Set(list.split(' '));

/** Named word classes usable as `@NAME` in patterns (tags from the tagger are `@NOUN`, `@VERB`, …). */
export const CLASSES: Readonly<Record<string, ReadonlySet<string>>> = {
  SUBJ: words('i he she we they you'),
  OBJ: words('me him her us them you it'),
  POSS: words('my his her your their our its'),
  ART: words('a an the'),
  MODAL: words("can could will would shall should may might must 'll cannot"),
  HAVE: words("have has had 've 'd having"),
  BE: words("am is are was were be been being 's 're 'm"),
  NEG: words("not never n't"),
  DO: words('do does did'),
  WH: words('what how why where when who whom whether if which that'),
  PREP: words('of in on at by with from into onto upon under over through within without about across behind beneath'),
  TIME: words(
    'tonight today tomorrow yesterday now again once forever alone either too yet still already anyway somewhere instead then long ago before after together all both years months days weeks hours minutes moments nights mornings evenings times part overnight sometime',
  ),
};

/** The tagger's tags (wink-nlp's universal part-of-speech set), usable as `@NOUN`, `@VERB`, …. */
const TAGS = words('ADJ ADP ADV AUX CCONJ DET INTJ NOUN NUM PART PRON PROPN PUNCT SCONJ SYM VERB X');

const COMPARATIVES = words('more less rather other fewer worse better');
const NOT_COMPARATIVE = words(
  'never ever over together after however whenever wherever whatever neither either whether under proper sober eager clever bitter tender silver utter inner outer upper former latter later hither thither yonder forever moreover sinister',
);
const IRREGULAR_PLURALS = words('children people men women police cattle geese mice feet teeth folk oxen');
const NOT_PAST = words('hundred kindred wicked naked sacred crooked rugged ragged wretched jagged learned blessed beloved dogged hatred');
const END = words('. ! ? ” " … ; :');
const START = words('. ! ? “ " … ; : — ( ‘');

/** A noun in context, or a word the tagger reads as a noun by itself ("Who's coat": see nounByItself). */
const isNoun = (t: Token): boolean => t.tag === 'NOUN' || (t.tag === 'VERB' && nounByItself(t.lower));

function atom(source: string): Atom {
  // `@N&!change|changes`: every part must hold.
  if (source.includes('&')) {
    const parts = source.split('&').map(atom);
    return (tokens, index, side) => parts.every((part) => part(tokens, index, side));
  }
  const negated = source.startsWith('!');
  const alternatives = (negated ? source.slice(1) : source).split('|');
  const tests = alternatives.map((alt): ((t: Token, side: 'before' | 'after') => boolean) => {
    if (alt === '$') return (t) => END.has(t.lower);
    if (alt === '^') return (t) => START.has(t.lower);
    if (alt.startsWith('@')) {
      const name = alt.slice(1);
      if (name === 'ING') return (t) => t.word && t.lower.endsWith('ing') && t.tag !== 'NOUN' && t.tag !== 'PROPN';
      // Any word ending in -ing, however tagged ("Their planning a party": the slip makes it a noun).
      if (name === 'INGW') return (t) => t.word && t.lower.length > 4 && t.lower.endsWith('ing');
      // Starts with a consonant sound: "an went" (but not "an abandoned house", "an hour").
      if (name === 'CONS') return (t) => t.word && /^[b-df-hj-np-tv-z]/.test(t.lower) && !/^(hour|honou?r|honest|heir)/.test(t.lower);
      // A past participle the tagger reads as a verb: "Tell them their invited to the meeting" (not "red", "need").
      if (name === 'ED') return (t) => t.tag === 'VERB' && t.lower.length > 4 && /[^e]ed$/.test(t.lower);
      // A simple past the tagger may misread as a noun or adjective ("The dog chased/NOUN it's tail"); not "hundred".
      if (name === 'PAST') return (t) => t.word && t.tag !== 'PROPN' && t.lower.length > 4 && /[^e]ed$/.test(t.lower) && !NOT_PAST.has(t.lower);
      if (name === 'CAP') return (t) => /^\p{Lu}/u.test(t.text);
      if (name === 'WORD') return (t) => t.word;
      // A noun in context, or a word the tagger reads as a noun by itself ("Who's coat": see nounByItself).
      if (name === 'N') return isNoun;
      // Singular noun in context or by itself ("it's hull scraped": the slip makes the tagger read "hull" as a verb).
      if (name === 'NSG') return (t) => !/s$/.test(t.lower) && isNoun(t);
      // Plural noun: "take too tickets", "The children where playing" (not "too serious", "an analysis", "an
      // atlas", "an hour's"): a "were" after it agrees, where a singular ("The door we're locked") wants "was".
      if (name === 'PL') return (t) => t.tag === 'NOUN' && t.tail === '' && (IRREGULAR_PLURALS.has(t.lower) || (t.lower.length > 3 && /s$/.test(t.lower) && !/(ss|us|is|as|os)$/.test(t.lower)));
      // Singular noun: "The path lead to" (but "The paths lead to" is right).
      if (name === 'SG') return (t) => t.tag === 'NOUN' && !/s$/.test(t.lower);
      // A word that is not a verb or a conjunction: "more then ever", but not "taller then stopped".
      if (name === 'NONVERB') return (t) => t.word && !['VERB', 'AUX', 'CCONJ', 'SCONJ'].includes(t.tag);
      // A comparative: "taller", "more", "rather" — not "never", "over", "together".
      if (name === 'CMP') return (t) => COMPARATIVES.has(t.lower) || (/er$/.test(t.lower) && (t.tag === 'ADJ' || t.tag === 'ADV') && !NOT_COMPARATIVE.has(t.lower));
      // A noun or adjective that takes "an": "an apple", "an old house".
      if (name === 'VOWEL') return (t) => (/^[aeiou]/.test(t.lower) || /^(hour|honou?r|honest|heir)/.test(t.lower)) && !/^(one|once|uni|use|usu|eu|ewe)/.test(t.lower) && (t.tag === 'NOUN' || t.tag === 'ADJ');
      const set = CLASSES[name];
      if (set) return (t, side) => set.has(t.lower) || set.has(side === 'before' ? t.tail : t.head);
      // Any other name must be one of the tagger's tags: a misspelt class (`@NOUNS`, `@SUBJECT`) used to compile
      // into a tag test that never matched, so its pattern silently did nothing.
      if (!TAGS.has(name)) throw new Error(`Unknown class @${name} in a confusables pattern: not a named class or a tag`);
      return (t) => t.tag === name;
    }
    return (t, side) => t.lower === alt || (side === 'before' ? t.tail === alt : t.head === alt && t.tail !== '');
  });
  return (tokens, index, side) => {
    const token = tokens[index];
    const hit = token === undefined ? alternatives.includes('$') || alternatives.includes('^') : tests.some((test) => test(token, side));
    return negated ? !hit : hit;
  };
}

/**
 * Compiles a pattern line (see {@link Pattern}), expanding `%NAME` from `lists`; throws on a malformed line or an
 * unknown name, so data errors fail tests.
 */
export function compile(line: string, lists: Readonly<Record<string, string>> = {}): Pattern {
  const source = line.replace(/%([A-Z_]+)/g, (_m, name: string) => {
    const list = lists[name];
    if (list === undefined) throw new Error(`Unknown list %${name} in a confusables pattern: ${line}`);
    return list;
  });
  const m = /^(.*?)\[([^\]]+)\](.*?)=>\s*(.+)$/.exec(source);
  if (!m) throw new Error(`Malformed confusables pattern: ${source}`);
  const split = (s: string) => s.trim().split(/\s+/).filter(Boolean);
  const before = split(m[1]!).map((s) => (s === '^' ? startAtom : atom(s)));
  const after = split(m[3]!).map((s) => (s === '$' ? endAtom : s === '@STMT' ? statementAtom : s === '@NOVERB' ? noVerbAtom : s === '@CLAUSEEND' ? clauseEndAtom : atom(s)));
  return { before, target: split(m[2]!), after, replacement: m[4]!.trim(), source };
}

/** The lower-case first flagged word of a pattern: the index key. */
export function firstWord(pattern: Pattern): string {
  return pattern.target[0]!.toLowerCase();
}

const startAtom: Atom = (tokens, index) => tokens[index] === undefined || START.has(tokens[index]!.lower);
const endAtom: Atom = (tokens, index) => tokens[index] === undefined || END.has(tokens[index]!.lower);
const openingQuotes = new WeakMap<readonly Token[], number>();
/** Index of the last `“` among `tokens` (−1 when none), found once per paragraph: asking at every `”` was quadratic. */
function lastOpeningQuote(tokens: readonly Token[]): number {
  let at = openingQuotes.get(tokens);
  if (at === undefined) {
    at = -1;
    for (let k = tokens.length - 1; k >= 0; k--) {
      if (tokens[k]!.lower === '“') {
        at = k;
        break;
      }
    }
    openingQuotes.set(tokens, at);
  }
  return at;
}

/** `@NOVERB`: no verb from here to the end of the sentence ("Their going to the fair tomorrow."). */
const noVerbAtom: Atom = (tokens, index) => {
  for (let k = index; k < tokens.length; k++) {
    const t = tokens[k]!;
    // A closing quote does not end the sentence: “Your coming to Longbourn,” said she, “would be…”.
    if (/^[.!?…]$/.test(t.lower)) return true;
    // …unless no speech resumes after it: in “Their coming up the drive now,” Maud whispered. the speech is over.
    if (t.lower === '”' && lastOpeningQuote(tokens) < k) return true;
    // "Their trying to fix the bug": an infinitive or a participle is not the sentence's verb.
    const infinitive = tokens[k - 1]?.lower === 'to';
    if ((t.tag === 'VERB' || t.tag === 'AUX') && !infinitive && !/ing$/.test(t.lower)) return false;
  }
  return true;
};
/** `@CLAUSEEND`: no verb from here to the next comma, semicolon, dash or sentence end ("If your having trouble, …"). */
const clauseEndAtom: Atom = (tokens, index) => {
  for (let k = index; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (/^[.!?…,;:—”]$/.test(t.lower)) return true;
    const infinitive = tokens[k - 1]?.lower === 'to';
    if ((t.tag === 'VERB' || t.tag === 'AUX') && !infinitive && !/ing$/.test(t.lower)) return false;
    // After a gerund the tagger reads its verb as a plural noun: "If your leaving upsets/NOUN her, …".
    if (k === index && t.tag === 'NOUN' && /[^s]s$/.test(t.lower) && /ing$/.test(tokens[k - 1]?.lower ?? '')) return false;
  }
  return true;
};
/** `@STMT`: the sentence ends in a full stop or exclamation mark, not a question mark ("Were going home."). */
const statementAtom: Atom = (tokens, index) => {
  for (let k = index; k < tokens.length; k++) {
    const t = tokens[k]!.lower;
    if (t === '?') return false;
    if (t === '.' || t === '!' || t === '…') return true;
  }
  return true;
};

/**
 * Matches `pattern` with its flagged words starting at `tokens[i]`. Returns the index after the flagged words,
 * or -1. The flagged words must be plain words (not elided dialect) and adjacent.
 */
export function matchAt(pattern: Pattern, tokens: readonly Token[], i: number): number {
  const { target, before, after } = pattern;
  for (let k = 0; k < target.length; k++) {
    const t = tokens[i + k];
    const want = target[k]!;
    if (!t || t.elided || t.lower !== want.toLowerCase()) return -1;
    // `[Were]` in a pattern: only the capitalised word ("Were going home." but not `said Emma, “were always…`).
    if (want !== want.toLowerCase() && !/^\p{Lu}/u.test(t.text)) return -1;
  }
  const end = i + target.length;
  for (let k = 0; k < before.length; k++) {
    if (!before[before.length - 1 - k]!(tokens, i - 1 - k, 'before')) return -1;
  }
  for (let k = 0; k < after.length; k++) {
    if (!after[k]!(tokens, end + k, 'after')) return -1;
  }
  return end;
}
