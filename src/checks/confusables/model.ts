/**
 * The learned half of the confusables check: per confusion set, a multinomial logistic regression over the
 * words and tags around a set word (Golding & Roth's features) plus, for each candidate member, the score of a
 * small part-of-speech HMM with that member in place (Golding & Schabes' "Tribayes"). Weights are learned
 * offline by `npm run train:confusables` (tests/scripts/train-confusables.ts) and arrive as bytes through
 * `EngineDeps.confusablesModel`; this module decodes them and scores one occurrence. Pure: no I/O.
 *
 * File layout (little-endian): an ASCII header ending in a blank line ("\n\n"), a uint32 byte length, that many
 * bytes of UTF-8 JSON ({@link ModelMeta}), zero padding to a multiple of 4, then the typed arrays the JSON
 * points into by byte offset.
 */

/** One confusion set of the model. */
export interface ModelSet {
  /** The pattern set it belongs to (`their-there-they-are`): the rule id is `confusable-<id>`. */
  readonly id: string;
  /** Lower-case members, straight apostrophes; class k of the regression is `words[k]`. */
  readonly words: readonly string[];
  /** Per class, added to the score (includes the frequency-prior shift). */
  readonly bias: readonly number[];
  /** Weight of the HMM log-probability of each candidate. */
  readonly hmm: number;
  /** Flag when another member beats the written one by more than this, in log-odds (fitted on calibration text). */
  readonly threshold: number;
  /**
   * False when the set was measured too little on calibration text to flag on its own: the model then only
   * confirms or disputes the set's pattern flags.
   */
  readonly alone: boolean;
  /** Hashed feature keys, ascending. */
  readonly keys: Uint32Array;
  /** `keys.length × words.length` weights, int8 times `scale`. */
  readonly weights: Int8Array;
  readonly scale: number;
}

/** A decoded model, ready to score. */
export interface ConfusablesModel {
  readonly sets: readonly ModelSet[];
  /** Sets of each member word ("of" is in `of-off` and `have-of`). */
  readonly byWord: ReadonlyMap<string, readonly ModelSet[]>;
  /** Tags of the HMM (`NOUN`, `VERB`, …). */
  readonly tags: readonly string[];
  /** Word → its emissions: pairs of (tag index, log P(word | tag)). */
  readonly lexicon: Lexicon;
  /** Per tag: log P(unknown word | tag). */
  readonly unknown: readonly number[];
  /** `tags × tags` transition probabilities, row = previous tag. */
  readonly transitionProbs: Float64Array;
  /** Per tag: P(tag) at a window's start. */
  readonly startProbs: readonly number[];
}

/** Looks words up in the tag lexicon; `undefined` for a word it does not know. */
export interface Lexicon {
  get(word: string): readonly number[] | undefined;
}

/**
 * The file's lexicon, read lazily: words (sorted in the file, code-unit order) found by binary search, each entry
 * decoded on first use. Building a 28,000-entry Map up front cost 80–160 ms of the model's load.
 */
function lazyLexicon(words: readonly string[], emissions: Uint8Array): Lexicon {
  const starts = new Uint32Array(words.length);
  let at = 0;
  for (let w = 0; w < words.length; w++) {
    starts[w] = at;
    at += 1 + 2 * emissions[at]!;
  }
  const cache = new Map<string, readonly number[] | undefined>();
  return {
    get(word) {
      if (cache.has(word)) return cache.get(word);
      let found: number[] | undefined;
      let lo = 0;
      let hi = words.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const w = words[mid]!;
        if (w === word) {
          let p = starts[mid]!;
          const n = emissions[p++]!;
          found = [];
          for (let k = 0; k < n; k++) found.push(emissions[p++]!, -emissions[p++]! / 8);
          break;
        }
        if (w < word) lo = mid + 1;
        else hi = mid - 1;
      }
      if (cache.size > 50_000) cache.clear();
      cache.set(word, found);
      return found;
    },
  };
}

/** The JSON part of the file. */
export interface ModelMeta {
  readonly tags: readonly string[];
  readonly unknown: readonly number[];
  readonly start: readonly number[];
  readonly transitions: readonly number[];
  /**
   * Lexicon words joined by `\n`, sorted in code-unit order; emissions in the `emissions` array: per word a count
   * byte, then (tag, −8·log p) bytes.
   */
  readonly lexicon: string;
  readonly emissions: { readonly offset: number; readonly length: number };
  readonly sets: ReadonlyArray<Omit<ModelSet, 'keys' | 'weights'> & { readonly keysOffset: number; readonly weightsOffset: number; readonly size: number }>;
  /** Free-form facts about the training run (text used, held-out novels), for the README and the curious. */
  readonly info: Readonly<Record<string, unknown>>;
}

/** Hash space of the features: keys are `fnv1a(feature) & MASK`. */
export const MASK = (1 << 21) - 1;
/** Words on each side whose presence is a feature (the bag of words). */
export const BAG = 10;
/** Tokens on each side in the HMM's window. */
export const HMM_WINDOW = 3;

/** FNV-1a, 32 bits, over UTF-16 code units. */
export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & MASK;
}

const decoder = new TextDecoder('utf-8');


/** Decodes a model file. Throws on bytes that are not one. */
export function decodeModel(bytes: Uint8Array): ConfusablesModel {
  let end = -1;
  for (let i = 0; i + 1 < bytes.length && i < 4096; i++) {
    if (bytes[i] === 10 && bytes[i + 1] === 10) {
      end = i + 2;
      break;
    }
  }
  if (end < 0) throw new Error('not a confusables model: no header');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = view.getUint32(end, true);
  const meta = JSON.parse(decoder.decode(bytes.subarray(end + 4, end + 4 + length))) as ModelMeta;
  let base = end + 4 + length;
  base += (4 - (base % 4)) % 4;
  // Typed arrays need 4-byte alignment: view the bytes in place when they are aligned, else copy.
  const payload = (bytes.byteOffset + base) % 4 === 0 ? new Uint8Array(bytes.buffer, bytes.byteOffset + base, bytes.length - base) : bytes.slice(base);
  const sets: ModelSet[] = meta.sets.map((s) => ({
    id: s.id,
    words: s.words,
    bias: s.bias,
    hmm: s.hmm,
    threshold: s.threshold,
    alone: s.alone,
    scale: s.scale,
    keys: new Uint32Array(payload.buffer, payload.byteOffset + s.keysOffset, s.size),
    weights: new Int8Array(payload.buffer, payload.byteOffset + s.weightsOffset, s.size * s.words.length),
  }));
  const byWord = new Map<string, ModelSet[]>();
  for (const s of sets) for (const w of s.words) byWord.set(w, [...(byWord.get(w) ?? []), s]);
  const emissions = payload.subarray(meta.emissions.offset, meta.emissions.offset + meta.emissions.length);
  const lexicon = lazyLexicon(meta.lexicon.split('\n'), emissions);
  return { sets, byWord, tags: meta.tags, lexicon, unknown: meta.unknown, transitionProbs: Float64Array.from(meta.transitions, Math.exp), startProbs: meta.start.map(Math.exp) };
}

const lexTags = new WeakMap<object, Map<string, string>>();

/** The most likely tag of `word` by itself (`?` when unknown): the context features' tag. Cached per model. */
export function lexTag(model: Pick<ConfusablesModel, 'lexicon' | 'tags'>, word: string): string {
  let cache = lexTags.get(model.lexicon);
  if (!cache) lexTags.set(model.lexicon, (cache = new Map()));
  let tag = cache.get(word);
  if (tag === undefined) {
    tag = lexTagOf(model, word);
    if (cache.size > 50_000) cache.clear();
    cache.set(word, tag);
  }
  return tag;
}

function lexTagOf(model: Pick<ConfusablesModel, 'lexicon' | 'tags'>, word: string): string {
  if (!/[\p{L}\p{N}]/u.test(word)) return word;
  const e = model.lexicon.get(word);
  if (!e || e.length === 0) return /^\p{N}/u.test(word) ? 'NUM' : '?';
  let best = 0;
  for (let k = 2; k < e.length; k += 2) if (e[k + 1]! > e[best + 1]!) best = k;
  return model.tags[e[0 + best]!]!;
}

/**
 * The context features of the word at `i` (never the word itself) in a paragraph's lower-case tokens `words`,
 * as strings: words and tags at ±1/±2, pairs around the target, the last three letters of the neighbours, and
 * the words within ±{@link BAG}.
 */
export function featuresAt(words: readonly string[], tagsOf: readonly string[], i: number, bag = true): string[] {
  const w = (k: number): string => words[i + k] ?? (k < 0 ? '<s>' : '</s>');
  const t = (k: number): string => tagsOf[i + k] ?? (k < 0 ? '<s>' : '</s>');
  const out = [
    `a${w(-1)}`,
    `b${w(-2)}`,
    `c${w(1)}`,
    `d${w(2)}`,
    `e${w(-2)} ${w(-1)}`,
    `f${w(1)} ${w(2)}`,
    `g${w(-1)} ${w(1)}`,
    `h${t(-1)}`,
    `i${t(-2)}`,
    `j${t(1)}`,
    `k${t(2)}`,
    `l${t(-1)} ${t(1)}`,
    `m${t(-2)} ${t(-1)}`,
    `n${t(1)} ${t(2)}`,
    `o${t(-1)} ${w(1)}`,
    `p${w(-1)} ${t(1)}`,
    `q${w(-1).slice(-3)}`,
    `r${w(1).slice(-3)}`,
    `s${t(1)} ${t(2)} ${t(3)}`,
    `u${t(-3)} ${t(-2)} ${t(-1)}`,
  ];
  if (!bag) return out;
  const seen = new Set<string>();
  for (let k = Math.max(0, i - BAG); k <= Math.min(words.length - 1, i + BAG); k++) {
    const x = words[k]!;
    if (k === i || seen.has(x) || !/\p{L}/u.test(x)) continue;
    seen.add(x);
    out.push(`z${x}`);
  }
  return out;
}

/** A word's emissions: the tags it can have and P(word | tag) for each. */
interface Emission {
  readonly tags: readonly number[];
  readonly probs: readonly number[];
}

const emissionCache = new WeakMap<ConfusablesModel, Map<string, Emission>>();

function emission(model: ConfusablesModel, word: string): Emission {
  let cache = emissionCache.get(model);
  if (!cache) emissionCache.set(model, (cache = new Map()));
  let e = cache.get(word);
  if (!e) {
    const pairs = model.lexicon.get(word);
    const tags: number[] = [];
    const probs: number[] = [];
    if (pairs && pairs.length) {
      for (let k = 0; k < pairs.length; k += 2) {
        tags.push(pairs[k]!);
        probs.push(Math.exp(pairs[k + 1]!));
      }
    } else {
      model.unknown.forEach((u, t) => {
        if (u > -50) {
          tags.push(t);
          probs.push(Math.exp(u));
        }
      });
    }
    e = { tags, probs };
    if (cache.size > 50_000) cache.clear();
    cache.set(word, e);
  }
  return e;
}

/**
 * The HMM's log-probability of the tokens within {@link HMM_WINDOW} of `i`, with each member of `candidates` in
 * turn at `i` (forward over the left context, backward over the right, summed over every tag path), up to a
 * constant shared by the candidates. One number per candidate. Sparse: a word has only its lexicon's tags.
 */
export function hmmScores(model: ConfusablesModel, words: readonly string[], i: number, candidates: readonly string[]): number[] {
  const T = model.tags.length;
  const P = model.transitionProbs;
  const from = Math.max(0, i - HMM_WINDOW);
  const to = Math.min(words.length - 1, i + HMM_WINDOW);
  const normalise = (v: number[]): number[] => {
    const s = v.reduce((x, y) => x + y, 0);
    return s > 0 ? v.map((x) => x / s) : v;
  };
  // Forward: alpha over the tags of each left-context word (scaled).
  let aTags: readonly number[] = [];
  let aVals: number[] = [];
  for (let k = from; k < i; k++) {
    const e = emission(model, words[k]!);
    aVals = normalise(
      e.tags.map((t, j) => {
        let s = 0;
        if (k === from) s = model.startProbs[t]!;
        else for (let q = 0; q < aTags.length; q++) s += aVals[q]! * P[aTags[q]! * T + t]!;
        return s * e.probs[j]!;
      }),
    );
    aTags = e.tags;
  }
  // Backward: beta over the tags of each right-context word (scaled).
  let bTags: readonly number[] = [];
  let bVals: number[] = [];
  for (let k = to; k > i; k--) {
    const e = emission(model, words[k]!);
    const next = bVals;
    const nextTags = bTags;
    const nextE = k === to ? null : emission(model, words[k + 1]!);
    bVals = normalise(
      e.tags.map((t) => {
        if (!nextE) return 1;
        let s = 0;
        for (let q = 0; q < nextTags.length; q++) s += P[t * T + nextTags[q]!]! * nextE.probs[q]! * next[q]!;
        return s;
      }),
    );
    bTags = e.tags;
  }
  const rightE = i < to ? emission(model, words[i + 1]!) : null;
  return candidates.map((candidate) => {
    const e = emission(model, candidate);
    let total = 0;
    e.tags.forEach((t, j) => {
      let pred = 0;
      if (i === from) pred = model.startProbs[t]!;
      else for (let q = 0; q < aTags.length; q++) pred += aVals[q]! * P[aTags[q]! * T + t]!;
      let back = 1;
      if (rightE) {
        back = 0;
        for (let q = 0; q < bTags.length; q++) back += P[t * T + bTags[q]!]! * rightE.probs[q]! * bVals[q]!;
      }
      total += pred * e.probs[j]! * back;
    });
    return Math.log(Math.max(total, 1e-300));
  });
}

/**
 * Per set, an open-addressing table from feature key to its row in `keys`/`weights`: slot `2s` holds key + 1 (0 is
 * empty), slot `2s + 1` the row. Built on a set's first score; a lookup is one or two probes instead of a binary
 * search of ~17 steps over up to 100,000 keys.
 */
const tables = new WeakMap<ModelSet, Int32Array>();

function tableOf(set: ModelSet): Int32Array {
  let table = tables.get(set);
  if (!table) {
    let size = 2;
    while (size < set.keys.length * 2) size *= 2;
    table = new Int32Array(size * 2);
    const mask = size - 1;
    for (let row = 0; row < set.keys.length; row++) {
      const key = set.keys[row]!;
      let slot = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
      while (table[slot * 2] !== 0) slot = (slot + 1) & mask;
      table[slot * 2] = key + 1;
      table[slot * 2 + 1] = row;
    }
    tables.set(set, table);
  }
  return table;
}

/** The row of `key` in `set`'s weights; −1 when the set has no such feature. */
function find(table: Int32Array, key: number): number {
  const mask = (table.length >> 1) - 1;
  let slot = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
  for (;;) {
    const stored = table[slot * 2]!;
    if (stored === 0) return -1;
    if (stored === key + 1) return table[slot * 2 + 1]!;
    slot = (slot + 1) & mask;
  }
}

/**
 * The hashed keys of {@link featuresAt}, each once. `bagKeys` caches, per token of the paragraph, the key of its
 * bag-of-words feature (−1 for punctuation): pass the same array for every word of one paragraph.
 */
export function featureKeys(words: readonly string[], tagsOf: readonly string[], i: number, bagKeys: Array<number | undefined> = []): number[] {
  const keys = new Set<number>();
  for (const f of featuresAt(words, tagsOf, i, false)) keys.add(hash(f));
  const seen = new Set<string>();
  for (let k = Math.max(0, i - BAG); k <= Math.min(words.length - 1, i + BAG); k++) {
    const x = words[k]!;
    if (k === i || seen.has(x)) continue;
    const key = (bagKeys[k] ??= /\p{L}/u.test(x) ? hash(`z${x}`) : -1);
    if (key < 0) continue;
    seen.add(x);
    keys.add(key);
  }
  return [...keys];
}

/**
 * Per member of `set`, the model's score (log-odds up to a constant) for the word at `i` of `words`;
 * `tagsOf[k]` is {@link lexTag} of `words[k]`; `keys` are {@link featureKeys} of `i` when already computed.
 */
export function scoreAt(
  model: ConfusablesModel,
  set: ModelSet,
  words: readonly string[],
  tagsOf: readonly string[],
  i: number,
  keys: readonly number[] = featureKeys(words, tagsOf, i),
): number[] {
  const K = set.words.length;
  const scores = [...set.bias];
  const table = tableOf(set);
  for (const key of keys) {
    const at = find(table, key);
    if (at < 0) continue;
    for (let k = 0; k < K; k++) scores[k]! += set.weights[at * K + k]! * set.scale;
  }
  if (set.hmm !== 0) {
    const h = hmmScores(model, words, i, set.words);
    const mean = h.reduce((a, b) => a + b, 0) / K;
    for (let k = 0; k < K; k++) scores[k]! += set.hmm * Math.max(-30, Math.min(30, h[k]! - mean));
  }
  return scores;
}
