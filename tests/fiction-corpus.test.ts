// The fiction checks on clean public-domain novels (../shared/corpus, read in place, never copied): how often they
// speak up at warning level, by rule, per 10,000 words, and what they make of each novel's narration. A rise in a
// rate here is a false alarm on published prose. Only pov, tense and dialogue run, so this stays fast; the
// novels are chosen to cover close third (Austen, Montgomery, Wharton) and a first-person narrator who mostly
// watches others (Cather). All 26 are measured by `npm run bench:fiction-corpus`.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SceneSummary } from '../src/checks/pov/pov.js';
import { testEngine } from './support/engine.js';

const corpus = process.env['REDLINE_CORPUS'] ?? new URL('../../shared/corpus/', import.meta.url).pathname;
const engine = testEngine({ checks: ['dialogue', 'pov', 'tense'] });

interface Expected {
  /** The POV most scenes of 200 words or more are told from (`I` for a first-person narrator). */
  readonly pov: string;
  readonly person: 'first' | 'third';
  /** Most warning-level flags per 10,000 words, by rule (measured, then rounded up a little); others 0. */
  readonly rates: Readonly<Record<string, number>>;
}

// Measured on this branch (warning level, per 10,000 words): Emma head-hops 0.51, Pride and Prejudice 0.41, Anne
// 0.49, The Age of Innocence 0.20 (and its dialogue rules 0.10–0.40), My Ántonia nothing.
// Session 5 (the viewpoint evidence model, issue 16): Emma 0.57, Pride and Prejudice 0.66, Anne 0.78, The Age of
// Innocence 0.40 (a scene is omniscient only when its opening itself enters several minds, so fewer chapters are). The new ones are real hops by close-third standards in novels that move between heads inside a
// chapter ("Marilla's thoughts in a scene told from Matthew's point of view"); over all 26 novels the rate is 0.46
// (goal ≤ 0.5), so the caps follow the measurement rather than cost the recall on drafts.
const LIMITS: Record<string, Expected> = {
  'emma.txt': { pov: 'Emma', person: 'third', rates: { 'pov-head-hop': 0.6 } },
  'pride-and-prejudice.txt': { pov: 'Elizabeth', person: 'third', rates: { 'pov-head-hop': 0.7 } },
  'anne-of-green-gables.txt': { pov: 'Anne', person: 'third', rates: { 'pov-head-hop': 0.8 } },
  'the-age-of-innocence.txt': {
    pov: 'Archer',
    person: 'third',
    rates: { 'pov-head-hop': 0.45, 'dialogue-capitalised-tag': 0.45, 'dialogue-lowercase-after-speech': 0.25, 'dialogue-missing-comma': 0.15 },
  },
  'my-antonia.txt': { pov: 'I', person: 'first', rates: {} },
};

describe.skipIf(!existsSync(corpus))('fiction checks on the corpus', () => {
  for (const [name, expected] of Object.entries(LIMITS)) {
    it(`stays within its measured rates on ${name}`, () => {
      const text = readFileSync(`${corpus}/${name}`, 'utf8');
      const words = text.split(/\s+/).filter(Boolean).length;
      const outcome = engine.check(text);
      const rates: Record<string, number> = {};
      for (const d of outcome.diagnostics) if (d.severity === 'warning') rates[d.ruleId] = (rates[d.ruleId] ?? 0) + 1e4 / words;
      for (const [rule, rate] of Object.entries(rates)) expect([rule, rate]).toEqual([rule, expect.toSatisfy((r: number) => r <= (expected.rates[rule] ?? 0))]);

      // Every head-hop is in a scene with a POV character, never in an omniscient one; each says how sure it is.
      const { scenes } = outcome.summaries.pov as { scenes: SceneSummary[] };
      for (const d of outcome.diagnostics.filter((x) => x.ruleId === 'pov-head-hop')) {
        const scene = scenes.find((s) => s.from <= d.from && d.from < s.to)!;
        expect(scene.omniscient).toBe(false);
        expect(scene.pov).toBeDefined();
        expect(d.confidence).toBeGreaterThan(0);
      }
      // The novels are told in the past tense, in their person, mostly from their heroine or narrator.
      const told = scenes.filter((s) => s.words >= 200);
      expect(told.filter((s) => s.person !== expected.person || s.tense !== 'past').map((s) => s.key)).toEqual([]);
      if (expected.pov) {
        const povs = new Map<string, number>();
        for (const s of told) if (s.pov) povs.set(s.pov, (povs.get(s.pov) ?? 0) + 1);
        expect([...povs].sort((a, b) => b[1] - a[1])[0]?.[0]).toBe(expected.pov);
      }
    });
  }
});
