// Typo injection: real slips planted in clean prose, to measure that spelling rules which quiet false alarms
// do not also hide real typos.
import { loadLexicon } from '../../src/formats/dictionaries.node.js';
import { createLexicon, decodeLexicon } from '../../src/checks/spelling/lexicon.js';

const KEYBOARD = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

function neighbours(c: string): string {
  for (let r = 0; r < KEYBOARD.length; r++) {
    const i = KEYBOARD[r]!.indexOf(c);
    if (i >= 0) return (KEYBOARD[r]![i - 1] ?? '') + (KEYBOARD[r]![i + 1] ?? '');
  }
  return 'e';
}

/** A small deterministic PRNG (mulberry32), so an injected text is the same on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Injected {
  readonly text: string;
  /** Each planted typo: where it is in `text`, what was typed, what was meant. */
  readonly typos: ReadonlyArray<{ from: number; to: number; typo: string; original: string }>;
}

const lexicon = createLexicon(decodeLexicon((await loadLexicon())!), 'en-US');

/**
 * Plants `count` single-slip typos (dropped, doubled, swapped or neighbouring-key letter) in lower-case words of
 * five letters or more, skipping slips that make another real word (those are confusables, not misspellings).
 */
export function injectTypos(text: string, count: number, seed = 1): Injected {
  const random = prng(seed);
  const words = [...text.matchAll(/(?<![\p{L}'’-])\p{Ll}{5,}(?![\p{L}'’-])/gu)];
  const chosen = new Map<number, { typo: string; original: string; length: number }>();
  let guard = 0;
  while (chosen.size < count && guard++ < count * 50) {
    const m = words[Math.floor(random() * words.length)]!;
    if (chosen.has(m.index!)) continue;
    const w = m[0];
    const i = 1 + Math.floor(random() * (w.length - 2));
    const kind = Math.floor(random() * 4);
    const typo =
      kind === 0 ? w.slice(0, i) + w.slice(i + 1)
      : kind === 1 ? w.slice(0, i) + w[i] + w.slice(i)
      : kind === 2 ? w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2)
      : w.slice(0, i) + neighbours(w[i]!).charAt(Math.floor(random() * 2)) + w.slice(i + 1);
    if (typo === w || lexicon.correct(typo)) continue;
    chosen.set(m.index!, { typo, original: w, length: w.length });
  }
  let out = '';
  let at = 0;
  const typos: Array<{ from: number; to: number; typo: string; original: string }> = [];
  for (const [index, c] of [...chosen].sort((a, b) => a[0] - b[0])) {
    out += text.slice(at, index);
    typos.push({ from: out.length, to: out.length + c.typo.length, typo: c.typo, original: c.original });
    out += c.typo;
    at = index + c.length;
  }
  return { text: out + text.slice(at), typos };
}
