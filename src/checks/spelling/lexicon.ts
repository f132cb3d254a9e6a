import { strFromU8 } from 'fflate';
import type { DictionaryId } from '../../contract/check.js';

/**
 * The compiled spelling lexicon (data/lexicon.bin, written by `npm run build:lexicon`): every form of the en-US and
 * en-GB Hunspell dictionaries, expanded at build time, each with its dialect membership and the Hunspell flags a
 * look-up needs. It accepts and rejects exactly what nspell accepts and rejects from the same dictionaries
 * (tests/lexicon.test.ts checks every distinct word of several novels).
 *
 * File layout: line 1, `redline-lexicon/1` and a note of what generated it; line 2, JSON `LexiconMeta`; then the
 * forms, ASCII, in groups of equal `FLAG` bits (`meta.groups`), sorted within a group and front-coded: each form is
 * one byte `0x80 + n` (n = letters shared with the previous form of its group) and its remaining letters.
 * Decoding is one pass over the bytes into a flat buffer and an open-addressing hash table (no string per form, no
 * garbage): a few milliseconds; a look-up hashes the word and compares bytes.
 */
export const LEXICON_MAGIC = 'redline-lexicon/1';

/** A form's bits: membership of each dialect, then each Hunspell flag per dialect (the en-GB bit is en-US's << 1). */
export const FLAG = {
  US: 1,
  GB: 2,
  US_NOSUGGEST: 4,
  GB_NOSUGGEST: 8,
  US_ONLYINCOMPOUND: 16,
  GB_ONLYINCOMPOUND: 32,
  US_FORBIDDEN: 64,
  GB_FORBIDDEN: 128,
  US_KEEPCASE: 256,
  GB_KEEPCASE: 512,
} as const;

/** What each dictionary's affix file says beyond its words: input conversions and compound rules (ordinals). */
export interface DialectMeta {
  /** ICONV pairs, as (regular expression source, replacement): `’` → `'`. */
  readonly iconv: ReadonlyArray<readonly [string, string]>;
  readonly compoundMin: number;
  /** nspell's compound rules as regular expressions, (source, flags): "21st", "112th". */
  readonly compoundRules: ReadonlyArray<readonly [string, string]>;
  /** True when every word the compound rules are made of has a digit, so a word without one matches none. */
  readonly compoundNeedsDigit: boolean;
}

export interface LexiconMeta {
  readonly version: 1;
  readonly dialects: { [id in DictionaryId]?: DialectMeta };
  /** The groups of forms in file order: (`FLAG` bits, number of forms). */
  readonly groups: ReadonlyArray<readonly [number, number]>;
  /** Letters of all forms together (the decoded buffer's length). */
  readonly letters: number;
}

/** A decoded lexicon, shared by every dialect. Forms keep the dictionary's case ("London", "colour"). */
export interface CompiledLexicon {
  readonly meta: LexiconMeta;
  /** Number of forms. */
  readonly size: number;
  /** The `FLAG` bits of `word` exactly as written; 0 when it is no form. */
  bits(word: string): number;
  /** The form at `index` (0 ≤ index < size). */
  form(index: number): string;
  bitsAt(index: number): number;
}

const DIGIT = /\d/;

const decoded = new WeakMap<Uint8Array, CompiledLexicon>();

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Mixes FNV-1a's low bits (murmur3's finaliser), which the table's mask keeps: fewer collisions, shorter probes. */
function finish(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** FNV-1a over a word's UTF-16 code units, finished. */
function hash(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return finish(h);
}

/**
 * Decodes data/lexicon.bin. Memoised per byte array, so an engine that sets its checks up again (new options)
 * decodes once. Throws on bytes that are not a lexicon.
 */
export function decodeLexicon(bytes: Uint8Array): CompiledLexicon {
  const known = decoded.get(bytes);
  if (known) return known;
  const first = bytes.indexOf(10);
  const second = bytes.indexOf(10, first + 1);
  if (first < 0 || second < 0 || strFromU8(bytes.subarray(0, LEXICON_MAGIC.length)) !== LEXICON_MAGIC) {
    throw new Error('not a Redline lexicon (data/lexicon.bin; rebuild it with npm run build:lexicon)');
  }
  const meta = JSON.parse(strFromU8(bytes.subarray(first + 1, second))) as LexiconMeta;
  const size = meta.groups.reduce((n, [, count]) => n + count, 0);
  const letters = new Uint8Array(meta.letters);
  const starts = new Uint32Array(size + 1);
  const bitsOf = new Uint16Array(size);
  let tableSize = 1;
  while (tableSize < size * 2) tableSize *= 2;
  const mask = tableSize - 1;
  const table = new Int32Array(tableSize).fill(-1);
  let at = second + 1;
  let out = 0;
  let index = 0;
  for (const [groupBits, count] of meta.groups) {
    let previous = 0;
    for (let k = 0; k < count; k++, index++) {
      const shared = bytes[at++]! - 0x80;
      const start = out;
      starts[index] = start;
      // FNV-1a as the letters are written (the same hash as `hash` below).
      let h = FNV_OFFSET;
      for (let i = 0; i < shared; i++) {
        const c = letters[previous + i]!;
        letters[out++] = c;
        h = Math.imul(h ^ c, FNV_PRIME);
      }
      while (at < bytes.length && bytes[at]! < 0x80) {
        const c = bytes[at++]!;
        letters[out++] = c;
        h = Math.imul(h ^ c, FNV_PRIME);
      }
      previous = start;
      bitsOf[index] = groupBits;
      let slot = finish(h) & mask;
      while (table[slot] !== -1) slot = (slot + 1) & mask;
      table[slot] = index;
    }
  }
  starts[size] = out;
  // Every form as one string, made on the first `form` call (the suggestion index reads them all): slices of it
  // cost nothing, where a string per form from bytes cost ~200 ms.
  let all: string | undefined;
  const lexicon: CompiledLexicon = {
    meta,
    size,
    bits(word) {
      const length = word.length;
      let slot = hash(word) & mask;
      for (;;) {
        const i = table[slot]!;
        if (i < 0) return 0;
        const start = starts[i]!;
        if (starts[i + 1]! - start === length) {
          let same = true;
          for (let c = 0; c < length; c++) {
            if (letters[start + c] !== word.charCodeAt(c)) {
              same = false;
              break;
            }
          }
          if (same) return bitsOf[i]!;
        }
        slot = (slot + 1) & mask;
      }
    },
    form: (i) => (all ??= new TextDecoder().decode(letters)).slice(starts[i]!, starts[i + 1]!),
    bitsAt: (i) => bitsOf[i]!,
  };
  decoded.set(bytes, lexicon);
  return lexicon;
}

/** One dialect's view of the compiled lexicon. */
export interface Lexicon {
  /** Hunspell's verdict (as nspell gives it): the word as written, in sentence case if all capitals, or in lower case. */
  correct(word: string): boolean;
  /** False for words the dictionary marks NOSUGGEST (slurs and the like): accepted, never offered. */
  suggestible(word: string): boolean;
}

/** The bit of `flag` (a `FLAG.US_*` value) for `dialect`. */
export const dialectFlag = (flag: number, dialect: DictionaryId): number => (dialect === 'en-GB' ? flag << 1 : flag);

/**
 * One dialect of `compiled`. `correct` follows nspell's `form()`: the exact form, unless FORBIDDENWORD; for an
 * all-capitals word its sentence case; then its lower case, unless that form is KEEPCASE or FORBIDDENWORD; a
 * form marked ONLYINCOMPOUND is no word alone; a form matching a compound rule ("21st") is one.
 */
export function createLexicon(compiled: CompiledLexicon, dialect: DictionaryId): Lexicon {
  const meta = compiled.meta.dialects[dialect];
  if (!meta) throw new Error(`the lexicon has no ${dialect} dictionary`);
  const member = dialect === 'en-GB' ? FLAG.GB : FLAG.US;
  const onlyInCompound = dialectFlag(FLAG.US_ONLYINCOMPOUND, dialect);
  const forbidden = dialectFlag(FLAG.US_FORBIDDEN, dialect);
  const keepCaseOrForbidden = dialectFlag(FLAG.US_KEEPCASE, dialect) | forbidden;
  const noSuggest = dialectFlag(FLAG.US_NOSUGGEST, dialect);
  // A conversion is tried only when its text occurs (each is a plain string in the bundled dictionaries).
  const iconv = meta.iconv.map(([from, to]) => [new RegExp(from, 'g'), to, /^[^\\^$.*+?()[\]{}|]+$/.test(from) ? from : undefined] as const);
  const compound = meta.compoundRules.map(([source, flags]) => new RegExp(source, flags));
  const bitsOf = (w: string): number => {
    const b = compiled.bits(w);
    return (b & member) !== 0 ? b : 0;
  };
  const exact = (w: string): boolean => {
    const b = bitsOf(w);
    if (b !== 0) return (b & onlyInCompound) === 0;
    return w.length >= meta.compoundMin && (!meta.compoundNeedsDigit || DIGIT.test(w)) && compound.some((r) => r.test(w));
  };
  // No memo: a verdict costs one to three hash probes, and most questions (the one-slip variants of a flagged word)
  // are asked once.
  const correct = (value: string): boolean => {
    let normal = value.trim();
    if (!normal) return false;
    for (const [from, to, literal] of iconv) if (literal === undefined || normal.includes(literal)) normal = normal.replace(from, to);
    if (exact(normal)) return (bitsOf(normal) & forbidden) === 0;
    if (normal.toUpperCase() === normal) {
      const sentence = normal.charAt(0) + normal.slice(1).toLowerCase();
      if ((bitsOf(sentence) & keepCaseOrForbidden) !== 0) return false;
      if (exact(sentence)) return true;
    }
    const lower = normal.toLowerCase();
    if (lower !== normal) {
      if ((bitsOf(lower) & keepCaseOrForbidden) !== 0) return false;
      if (exact(lower)) return true;
    }
    return false;
  };
  return {
    correct,
    suggestible(word) {
      // Hunspell marks "Kike" NOSUGGEST: "kike" and "KIKE" are never offered either.
      const lower = word.toLowerCase();
      return ((bitsOf(word) | bitsOf(lower) | bitsOf(lower.charAt(0).toUpperCase() + lower.slice(1))) & noSuggest) === 0;
    },
  };
}
