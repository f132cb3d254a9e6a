// The engine alone, with small checks written here: shared analyses are computed only when a running check
// declares them, cached per paragraph like scans, and computed once per call however many checks read them.
import { describe, expect, it } from 'vitest';
import type { Analysis, CheckDefinition } from '../contract/check.js';
import { createEngine } from './engine.js';

function counting() {
  const calls = { paragraph: 0, manuscript: 0 };
  const words: Analysis<number, number> = {
    id: 'words',
    paragraph: ({ text }) => {
      calls.paragraph++;
      return text.split(/\s+/).filter(Boolean).length;
    },
    manuscript: (facts) => {
      calls.manuscript++;
      return facts.reduce((a, b) => a + b, 0);
    },
  };
  const long: Analysis<null, boolean> = { id: 'long', uses: [words], paragraph: () => null, manuscript: (_f, context) => context.get(words) > 5 };
  return { calls, words, long };
}

const check = (id: 'pov' | 'tense' | 'spelling', uses: readonly Analysis[], read: (get: <M>(a: Analysis<unknown, M>) => M) => string | undefined): CheckDefinition => ({
  id,
  description: 'A test check.',
  rules: { [`${id}-test`]: 'Test' },
  defaults: {},
  uses,
  setup: () => ({
    scan: () => [],
    finish: (_drafts, context) => {
      const message = read((a) => context.get(a));
      return message ? [{ ruleId: `${id}-test`, severity: 'info', from: 0, to: 1, message, fixes: [] }] : [];
    },
  }),
});

describe('shared analyses', () => {
  it('are not computed for checks that do not use them', () => {
    const { calls, words } = counting();
    const engine = createEngine([check('spelling', [], () => undefined), check('pov', [words], (get) => `${get(words)} words`)], { checks: ['spelling'] }, {});
    engine.check('One two.\n\nThree four five.');
    expect(engine.analyses()).toEqual([]);
    expect(calls).toEqual({ paragraph: 0, manuscript: 0 });
  });

  it('are computed once per call for every check that reads them, dependencies first, and cached by paragraph', () => {
    const { calls, words, long } = counting();
    const engine = createEngine(
      [check('pov', [long], (get) => (get(long) ? 'long' : 'short')), check('tense', [words], (get) => `${get(words)} words`)],
      {},
      {},
    );
    expect(engine.analyses()).toEqual(['words', 'long']);
    const first = engine.check('One two.\n\nThree four five six.');
    expect(first.diagnostics.map((d) => d.message)).toEqual(['long', '6 words']);
    expect(calls).toEqual({ paragraph: 2, manuscript: 1 });
    engine.check('One two.\n\nThree four.');
    expect(calls).toEqual({ paragraph: 3, manuscript: 2 });
  });

  it('refuses an analysis no running check declared', () => {
    const { words } = counting();
    const engine = createEngine([check('pov', [], (get) => `${get(words)}`)], {}, {});
    expect(() => engine.check('One.')).toThrow(/"words" analysis was asked for but no running check declares it/);
  });
});
