import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

/**
 * One token of a paragraph for the confusables rules: a word (contractions kept whole, "she'd", "couldn't") or
 * one punctuation mark. Offsets are UTF-16 code units into the paragraph text.
 */
export interface Token {
  /** As written. */
  readonly text: string;
  /** Lower case, curly apostrophes made straight: `She’d` → `she'd`. */
  readonly lower: string;
  /** The word before its clitic (`she` of `she'd`, `could` of `couldn't`); `lower` when there is none. */
  readonly head: string;
  /** The clitic (`'d`, `n't`, `'s`, `'re`, `'ve`, `'ll`, `'m`); empty when there is none. */
  readonly tail: string;
  /** Universal part-of-speech tag from the tagger (`NOUN`, `VERB`, `ADJ`, …, `PUNCT`); `X` when unknown. */
  readonly tag: string;
  readonly from: number;
  readonly to: number;
  readonly word: boolean;
  /**
   * Elided dialect: an apostrophe written before or after the word (“'course”, “an'”, “o'”). Never a
   * confusable: the writer chose the spelling.
   */
  readonly elided: boolean;
}

const nlp = winkNLP(model, ['pos']);
const its = nlp.its;

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|\S/gu;
const CLITIC = /^(.+?)(n't|'d|'s|'re|'ve|'ll|'m)$/;

/**
 * Splits `text` (one paragraph) into tokens and tags each word with the wink-nlp part-of-speech tagger
 * (wink-eng-lite-web-model: pure JavaScript, no file access, so it runs in a Web Worker as it does in Node).
 */
const LONG_RUN = /\S{100,}/g;

export function tokenize(text: string, caseFree = headingOrShouted(text)): Token[] {
  // The tagger reads capitals as names: "THIS COULD SEEN TERRIBLE", "The Air We Breath". A shouted or title-case
  // paragraph (`caseFree`) is tagged in lower case (same length, so the offsets hold).
  const lowered = text.toLowerCase();
  // A run of 100 or more characters without a space (a pasted hash, a URL, "xxxx…") is no word to tag, and the
  // tagger's abbreviation test is quadratic in a token's length (80,000 letters took six seconds): it is hidden
  // from the tagger as spaces of the same length, so every offset holds.
  const tagged = (caseFree && lowered.length === text.length ? lowered : text).replace(LONG_RUN, (run) => ' '.repeat(run.length));
  const tags = tagOffsets(tagged);
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    const from = m.index;
    const to = from + raw.length;
    const word = /[\p{L}\p{N}]/u.test(raw);
    const lower = raw.toLowerCase().replace(/’/g, "'");
    const clitic = word ? CLITIC.exec(lower) : null;
    const before = text[from - 1] ?? ' ';
    const after = text[to] ?? ' ';
    // “’course,” she said; “an’ then”: an apostrophe outside the word marks a dropped letter.
    const elided =
      word && ((/['’]/.test(before) && !/[\p{L}]/u.test(text[from - 2] ?? ' ')) || (/['’]/.test(after) && !/[\p{L}]/u.test(text[to + 1] ?? ' ')));
    out.push({
      text: raw,
      lower,
      head: clitic ? clitic[1]! : lower,
      tail: clitic ? clitic[2]! : '',
      tag: word ? (tags.get(from) ?? 'X') : 'PUNCT',
      from,
      to,
      word,
      elided,
    });
  }
  return out;
}

/**
 * True when capitals in `text` say nothing about names: it is shouted (no lower-case word of two letters or
 * more) or a title-case heading (three or more words of four letters or more, every one capitalised, and no
 * second sentence, so not a paragraph full of names).
 */
export function headingOrShouted(text: string): boolean {
  const words = text.match(/\p{L}+/gu) ?? [];
  if (words.length >= 2 && !words.some((w) => w.length > 1 && /\p{Ll}/u.test(w))) return true;
  const long = words.filter((w) => w.length >= 4);
  return long.length >= 3 && long.every((w) => /^\p{Lu}/u.test(w)) && !/[.!?]\s+\S/.test(text);
}

/** The tagger's tag for each token start offset. */
function tagOffsets(text: string): Map<number, string> {
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out();
  const tags = doc.tokens().out(its.pos) as string[];
  const map = new Map<number, string>();
  let cursor = 0;
  values.forEach((value, i) => {
    const at = text.indexOf(value, cursor);
    if (at < 0) return;
    map.set(at, tags[i] ?? 'X');
    cursor = at + value.length;
  });
  return map;
}

const nounCache = new Map<string, boolean>();

/**
 * True when the tagger reads `word` as a noun after “the”, whatever its context. The context of a slip misleads
 * the tagger ("Who's coat is this?" tags “coat” as a verb because “who's” wants one), so patterns that ask
 * "is the next word a noun?" about a possessive slot use this as well as the tag in context.
 */
export function nounByItself(word: string): boolean {
  const key = word.toLowerCase();
  let known = nounCache.get(key);
  if (known === undefined) {
    if (nounCache.size > 5000) nounCache.clear();
    known = !/ing$/.test(key) && (nlp.readDoc(`the ${key}`).tokens().out(its.pos) as string[])[1] === 'NOUN';
    nounCache.set(key, known);
  }
  return known;
}
