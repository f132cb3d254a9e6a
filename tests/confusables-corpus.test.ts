// Precision on real fiction: the confusables check over the clean novels in ../shared/corpus (read in place,
// never copied into the repo). At most one flag per 20,000 words; every flag is listed in the failure message.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../src/engine/engine.js';
import { CHECKS } from '../src/checks/index.js';

const corpus = new URL('../../shared/corpus/', import.meta.url);
const NOVELS = ['pride-and-prejudice', 'emma', 'anne-of-green-gables'];
// Only the confusables check: no dictionaries needed, and the run stays fast.
const engine = createEngine(CHECKS, { checks: ['confusables'] }, { dictionaries: {} });

describe.skipIf(!existsSync(corpus))('confusables on the corpus novels', () => {
  it.each(NOVELS)('%s: at most 1 flag per 20,000 words', (name) => {
    const text = readFileSync(new URL(`${name}.txt`, corpus), 'utf8');
    const words = text.split(/\s+/).filter(Boolean).length;
    const found = engine.check(text).diagnostics.map((d) => `${d.ruleId}: ${text.slice(d.from - 40, d.to + 40).replace(/\s+/g, ' ')}`);
    expect(words).toBeGreaterThan(50_000);
    expect(found.length <= words / 20_000 ? [] : found).toEqual([]);
  });
});
