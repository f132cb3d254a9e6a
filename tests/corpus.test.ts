// Real prose: whole-chapter snapshots (every flag drawn under its line, so a change in behaviour on real
// fiction shows up in review) and false-alarm rates on the clean novels.
import { describe, expect, it } from 'vitest';
import { chapter, hasCorpus, novel, NOVELS } from './support/corpus.js';
import { drawFlags } from './support/draw.js';
import { testEngine } from './support/engine.js';
import { injectTypos } from './support/typos.js';

describe.skipIf(!hasCorpus)('the shared corpus', () => {
  const engine = testEngine();

  it.each([
    ['anne-of-green-gables', 1],
    ['emma', 1],
  ] as const)('%s, chapter %i, flag by flag', async (name, n) => {
    const text = chapter(novel(name), n);
    const { diagnostics } = engine.check(text);
    await expect(drawFlags(text, diagnostics)).toMatchFileSnapshot(`__snapshots__/${name}-chapter-${n}.txt`);
  });

  it.each(NOVELS)('%s: spelling and repeated words stay under 1 flag per 1,000 words', (name) => {
    const text = novel(name);
    const words = text.split(/\s+/).filter(Boolean).length;
    const found = testEngine({ checks: ['spelling', 'repeated-words'] }).check(text).diagnostics;
    expect(found.length / (words / 1000)).toBeLessThan(1);
  });
});

describe.skipIf(!hasCorpus)('typos planted in clean prose', () => {
  it('spelling catches nearly all of them and usually offers the original word first', () => {
    const { text, typos } = injectTypos(novel('emma').slice(0, 200_000), 300, 42);
    const found = testEngine({ checks: ['spelling'] }).check(text).diagnostics;
    const at = new Map(found.map((d) => [d.from, d]));
    const caught = typos.filter((t) => at.get(t.from)?.to === t.to);
    const firstFixRight = caught.filter((t) => {
      const fix = at.get(t.from)!.fixes[0];
      return fix && 'text' in fix && fix.text === t.original;
    });
    expect(typos).toHaveLength(300);
    expect(caught.length / typos.length).toBeGreaterThanOrEqual(0.98);
    expect(firstFixRight.length / caught.length).toBeGreaterThanOrEqual(0.75);
  });
});
