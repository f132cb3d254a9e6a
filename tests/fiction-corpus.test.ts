// The fiction checks on three clean public-domain novels (../shared/corpus, read in place, never copied): how
// often they speak up, by rule, per 10,000 words, and what they make of each novel's narration. A rise in a
// rate here is a false alarm on published prose. Only pov, tense and dialogue run, so this stays fast.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SceneSummary } from '../src/checks/pov/pov.js';
import { testEngine } from './support/engine.js';

const corpus = process.env['REDLINE_CORPUS'] ?? new URL('../../shared/corpus/', import.meta.url).pathname;
const engine = testEngine({ checks: ['dialogue', 'pov', 'tense'] });

/** Most flags per 10,000 words each novel may raise, by rule (measured, then rounded up a little). */
const LIMITS: Record<string, { readonly pov: string; readonly rates: Readonly<Record<string, number>> }> = {
  'emma.txt': { pov: 'Emma', rates: { 'pov-head-hop': 0.4, 'pov-omniscient': 0.15 } },
  'pride-and-prejudice.txt': { pov: 'Elizabeth', rates: { 'pov-head-hop': 0.1, 'pov-omniscient': 0.2 } },
  'anne-of-green-gables.txt': { pov: 'Anne', rates: { 'pov-head-hop': 0.3, 'pov-omniscient': 0.3 } },
};

describe.skipIf(!existsSync(corpus))('fiction checks on the corpus', () => {
  for (const [name, expected] of Object.entries(LIMITS)) {
    it(`stays within its measured rates on ${name}`, () => {
      const text = readFileSync(`${corpus}/${name}`, 'utf8');
      const words = text.split(/\s+/).filter(Boolean).length;
      const outcome = engine.check(text);
      const rates: Record<string, number> = {};
      for (const d of outcome.diagnostics) rates[d.ruleId] = (rates[d.ruleId] ?? 0) + 1e4 / words;
      for (const [rule, rate] of Object.entries(rates)) expect([rule, rate]).toEqual([rule, expect.toSatisfy((r: number) => r <= (expected.rates[rule] ?? 0.1))]);

      // Every head-hop is in a scene with a POV character, never in an omniscient one.
      const { scenes } = outcome.summaries.pov as { scenes: SceneSummary[] };
      for (const d of outcome.diagnostics.filter((x) => x.ruleId === 'pov-head-hop')) {
        const scene = scenes.find((s) => s.from <= d.from && d.from < s.to)!;
        expect(scene.omniscient).toBe(false);
        expect(scene.pov).toBeDefined();
      }
      // The novels are told in the third person and the past tense, mostly from their heroine.
      const told = scenes.filter((s) => s.words >= 200);
      expect(told.every((s) => s.person === 'third' && s.tense === 'past')).toBe(true);
      const povs = new Map<string, number>();
      for (const s of told) if (s.pov) povs.set(s.pov, (povs.get(s.pov) ?? 0) + 1);
      expect([...povs].sort((a, b) => b[1] - a[1])[0]?.[0]).toBe(expected.pov);
    });
  }
});
