import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spanLookup, speechSpans, within } from './nlcst.js';

describe('spanLookup', () => {
  it('answers as within does, for spans in any order, nested or overlapping', () => {
    const span = fc.tuple(fc.nat(200), fc.nat(60)).map(([a, n]) => [a, a + n] as const);
    fc.assert(
      fc.property(fc.array(span, { maxLength: 30 }), fc.array(span, { maxLength: 30 }), (spans, questions) => {
        const inside = spanLookup(spans);
        for (const [from, to] of questions) expect(inside(from, to)).toBe(within(spans, from, to));
      }),
      { seed: 10, numRuns: 500 },
    );
  });

  it('tells words of speech from narration in a paragraph of many quotations', () => {
    const text = Array.from({ length: 2000 }, (_, i) => `“Word ${i},” she said.`).join(' ');
    const inside = spanLookup(speechSpans(text));
    const said = [...text.matchAll(/said/g)].map((m) => inside(m.index, m.index + 4));
    const words = [...text.matchAll(/Word/g)].map((m) => inside(m.index, m.index + 4));
    expect(said.every((x) => !x) && words.every(Boolean)).toBe(true);
  });
});
