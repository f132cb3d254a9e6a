import { editDistance } from '../../engine/edit-distance.js';
import { FLAG, type CompiledLexicon } from './lexicon.js';

/**
 * A symmetric-delete index (SymSpell's idea, with its prefix trick) over the lexicon's lower-case forms, for
 * spelling suggestions up to two edits away. Every form's first `PREFIX` letters, with zero, one or two letters
 * deleted, are hashed into buckets that list the prefixes they came from; a query hashes the same deletions of its
 * own prefix, and every form under a prefix found is verified with the real distance (optimal string alignment).
 * No string is made per deletion and no key is stored (a bucket shared by two keys only adds candidates that the
 * verification drops). Over the 20,000 commonest words: 16,300 forms under 13,600 prefixes, about 310,000 postings,
 * 2.3 MB with the buckets; built in one pass on first use.
 */
export interface SuggestIndex {
  /** Lower-case forms within `maxDistance` (1 or 2) edits of `word` (lower-cased first), with their distance. */
  near(word: string, maxDistance: number): Array<{ readonly form: string; readonly distance: number }>;
}

/** Letters of a form's start that are indexed: edits past it are found by the exact-prefix key. */
const PREFIX = 7;
const BUCKET_BITS = 18;
const MAX_QUERY = 30;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Most hashes `deletionHashes` writes: 1 + 7 + 21 for a seven-letter prefix. */
const MAX_HASHES = 1 + PREFIX + (PREFIX * (PREFIX - 1)) / 2;

/**
 * Writes to `out` the FNV-1a hash of `s[0, n)` as it is, with each letter deleted, and with each pair of letters
 * deleted, and returns how many it wrote. A deletion inside a run of equal letters is made once ("ll" → "l").
 */
function deletionHashes(s: string, n: number, out: Uint32Array): number {
  let count = 0;
  for (let a = -1; a < n; a++) {
    if (a > 0 && s.charCodeAt(a) === s.charCodeAt(a - 1)) continue;
    for (let b = a + 1; b <= n; b++) {
      // b === n: only `a` deleted (or nothing, when a is -1).
      if (b < n && b > a + 1 && s.charCodeAt(b) === s.charCodeAt(b - 1)) continue;
      if (a === -1 && b < n) continue; // single deletions are the (b, none) pairs below
      let h = FNV_OFFSET;
      for (let i = 0; i < n; i++) if (i !== a && i !== b) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
      out[count++] = h >>> 0;
    }
  }
  return count;
}

const built = new WeakMap<CompiledLexicon, WeakMap<ReadonlyMap<string, number>, Map<number, SuggestIndex>>>();

/**
 * The index over `lexicon`'s lower-case forms of three letters or more that Hunspell lets be suggested (no
 * NOSUGGEST or ONLYINCOMPOUND in either dialect) and that rank below `maxRank` in `ranks` (word → frequency rank;
 * every form when `ranks` is empty). Built on first call,
 * then shared by every dialect and engine that asks with the same lexicon and ranks. Callers filter by dialect.
 */
export function suggestIndex(lexicon: CompiledLexicon, ranks: ReadonlyMap<string, number>, maxRank: number): SuggestIndex {
  let byRanks = built.get(lexicon);
  if (!byRanks) built.set(lexicon, (byRanks = new WeakMap()));
  let byMax = byRanks.get(ranks);
  if (!byMax) byRanks.set(ranks, (byMax = new Map()));
  let index = byMax.get(maxRank);
  if (!index) {
    const words: string[] = [];
    for (const [word, rank] of ranks) if (rank < maxRank) words.push(word);
    index = buildIndex(lexicon, ranks.size === 0 ? allForms(lexicon) : words);
    byMax.set(maxRank, index);
  }
  return index;
}

function allForms(lexicon: CompiledLexicon): string[] {
  const out: string[] = [];
  for (let i = 0; i < lexicon.size; i++) out.push(lexicon.form(i));
  return out;
}

const EXCLUDED = FLAG.US_NOSUGGEST | FLAG.GB_NOSUGGEST | FLAG.US_ONLYINCOMPOUND | FLAG.GB_ONLYINCOMPOUND;

function buildIndex(lexicon: CompiledLexicon, words: readonly string[]): SuggestIndex {
  // Forms grouped by their prefix: "consider", "considered", "considers" share "conside", indexed once.
  const prefixIds = new Map<string, number>();
  const prefixes: string[] = [];
  const formsOf: string[][] = [];
  for (const form of words) {
    const bits = lexicon.bits(form);
    if (bits === 0 || (bits & EXCLUDED) !== 0 || form.length < 3 || !/^[a-z][a-z'-]*$/.test(form)) continue;
    const prefix = form.slice(0, PREFIX);
    let id = prefixIds.get(prefix);
    if (id === undefined) {
      id = prefixes.length;
      prefixIds.set(prefix, id);
      prefixes.push(prefix);
      formsOf.push([]);
    }
    formsOf[id]!.push(form);
  }
  // Buckets in compressed rows: count each bucket, sum the counts into ends, then fill each bucket from its end
  // (which leaves `starts[b]` at its start; bucket b is [starts[b], starts[b + 1])).
  const mask = (1 << BUCKET_BITS) - 1;
  const starts = new Uint32Array(mask + 2);
  const hashes = new Uint32Array(MAX_HASHES);
  for (const p of prefixes) {
    const n = deletionHashes(p, p.length, hashes);
    for (let k = 0; k < n; k++) starts[hashes[k]! & mask]!++;
  }
  for (let b = 1; b <= mask + 1; b++) starts[b]! += starts[b - 1]!;
  const postings = new Int32Array(starts[mask + 1]!);
  for (let id = 0; id < prefixes.length; id++) {
    const n = deletionHashes(prefixes[id]!, prefixes[id]!.length, hashes);
    for (let k = 0; k < n; k++) postings[--starts[hashes[k]! & mask]!] = id;
  }

  return {
    near(word, maxDistance) {
      const w = word.toLowerCase();
      if (w.length > MAX_QUERY) return [];
      const seen = new Set<number>();
      const hashes = new Uint32Array(MAX_HASHES);
      const n = deletionHashes(w, Math.min(PREFIX, w.length), hashes);
      for (let h = 0; h < n; h++) {
        const b = hashes[h]! & mask;
        for (let k = starts[b]!; k < starts[b + 1]!; k++) seen.add(postings[k]!);
      }
      const out: Array<{ form: string; distance: number }> = [];
      for (const id of seen) {
        for (const form of formsOf[id]!) {
          if (Math.abs(form.length - w.length) > maxDistance || form === w) continue;
          const distance = editDistance(w, form, maxDistance);
          if (distance <= maxDistance) out.push({ form, distance });
        }
      }
      return out;
    },
  };
}
