// Property-based tests over the engine and fix application (issue 10): for any text a writer (or a fuzzer) can
// produce, the engine never throws, every offset is in bounds and on a code-point boundary, `actual` is the
// text it points at, a fix changes nothing outside its span, and results do not depend on edit history (a text
// checked after any sequence of edits gets exactly what a fresh engine gets). Seeded so a failure reproduces;
// FC_RUNS=500 npm exec vitest run tests/properties.test.ts for a longer run. Speed is the benchmark's job.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/contract/diagnostic.js';
import { applyFixes } from '../src/fixes/apply.js';
import { testEngine } from './support/engine.js';

const RUNS = Number(process.env.FC_RUNS ?? 40);
const SEED = Number(process.env.FC_SEED ?? 20261202);

// Pieces of fiction and of the things that break checkers: confusables, names, typos, dialect, quotes of both
// kinds, dashes, ellipses, headings, scene breaks, Markdown marks, emoji (surrogate pairs), other scripts.
const PIECES = [
  'She', 'he', 'new', 'knew', 'the', 'the the', 'their', 'there', "they're", 'its', "it's", 'your', "you're", 'then', 'than',
  'Mara', 'Jon', 'Ilsabet', 'Torvald', 'wondered', 'knew that', 'thought', 'felt', 'is', 'was', 'walks', 'walked', 'has', 'had',
  'recieved', 'untill', 'teh', 'nothin’', "y'know", 'gonna', 'ain’t', '“', '”', '"', '‘', '’', "'", '—', '–', '…', '...', ',', '.', '!', '?',
  '\n', '\n\n', '\n\n* * *\n\n', '\n\nChapter One\n\n', '_', '*', '#', '> ', '😀', '👩‍👩‍👧', 'é', 'naïve', 'Дом', '家', '\t', '  ', 'I', 'said', 'said I',
];
const fiction = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(' ').replace(/ ([,.!?])/g, '$1'));
const anyText = fc.oneof(fiction, fc.string({ unit: 'grapheme', maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 60 }));

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
/** True when `at` does not split a surrogate pair. */
const onBoundary = (text: string, at: number): boolean => at <= 0 || at >= text.length || !(isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at)));

const engine = testEngine();
const fresh = (): ReturnType<typeof testEngine> => testEngine();

const comparable = (ds: readonly Diagnostic[]): string => JSON.stringify(ds);

describe('the engine on any text', () => {
  it('never throws, keeps every offset in bounds and on a code-point boundary, and `actual` is what it points at', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { diagnostics } = engine.check(text);
        const normal = text.replace(/\r\n?/g, '\n');
        for (const d of diagnostics) {
          expect(d.from).toBeGreaterThanOrEqual(0);
          expect(d.to).toBeLessThanOrEqual(normal.length);
          expect(d.from).toBeLessThanOrEqual(d.to);
          expect(onBoundary(normal, d.from) && onBoundary(normal, d.to)).toBe(true);
          expect(d.actual).toBe(normal.slice(d.from, d.to));
        }
      }),
      { numRuns: RUNS * 3, seed: SEED },
    );
  });

  it('applies any first fix without touching text outside its span or splitting a character', () => {
    fc.assert(
      fc.property(fiction, (text) => {
        for (const d of engine.check(text).diagnostics) {
          const fix = d.fixes[0];
          if (!fix) continue;
          const out = applyFixes(text, [{ diagnostic: d, fix }]).text;
          expect(out.startsWith(text.slice(0, d.from))).toBe(true);
          expect(out.endsWith(text.slice(d.to))).toBe(true);
          expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
        }
      }),
      { numRuns: RUNS * 2, seed: SEED },
    );
  });

  it('gives the same result after any sequence of edits as a fresh engine on the final text', { timeout: 60_000 + RUNS * 4_000 }, () => {
    const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 12 }), insert: fc.constantFrom(...PIECES) });
    fc.assert(
      fc.property(fiction, fc.array(edit, { minLength: 1, maxLength: 6 }), (start, edits) => {
        const incremental = fresh();
        let text = start;
        incremental.check(text);
        for (const e of edits) {
          const at = text.length === 0 ? 0 : e.at % (text.length + 1);
          text = text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
          incremental.check(text);
        }
        expect(comparable(incremental.check(text).diagnostics)).toBe(comparable(fresh().check(text).diagnostics));
      }),
      { numRuns: Math.max(4, Math.round(RUNS / 4)), seed: SEED },
    );
  });
});
