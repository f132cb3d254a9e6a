// Whole-text snapshots of the fiction fixtures: every flag of pov, tense and dialogue drawn under its line,
// so a change in behaviour on realistic prose shows up in review. The fixtures are our own short scenes:
// close third with and without head-hops, first person, omniscient, dialogue-heavy, letters and epigraphs.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/contract/diagnostic.js';
import { testEngine } from './support/engine.js';

const dir = new URL('./fixtures/fiction/', import.meta.url);
const engine = testEngine({ checks: ['dialogue', 'pov', 'tense'] });

/** The text with each diagnostic drawn under the line it starts on: `^^^ rule-id: message → fix`. */
function draw(text: string, diagnostics: readonly Diagnostic[]): string {
  const out: string[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    out.push(line);
    for (const d of diagnostics.filter((x) => x.from >= start && (x.from < end || (x.from === end && line === '')))) {
      const width = Math.max(1, Math.min(d.to, end) - d.from);
      const fix = d.fixes[0];
      const after = fix ? ` → ${'text' in fix ? JSON.stringify(fix.text) : fix.kind}` : '';
      out.push(`${' '.repeat(d.from - start)}${'^'.repeat(width)} ${d.ruleId} (${d.severity}): ${d.message}${after}`);
    }
    start = end + 1;
  }
  return out.join('\n');
}

describe('fiction fixtures', () => {
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    it(`flags ${name} as drawn in its snapshot`, async () => {
      const text = readFileSync(new URL(name, dir), 'utf8');
      await expect(draw(text, engine.check(text).diagnostics)).toMatchFileSnapshot(`./__snapshots__/fiction/${name.replace(/\.txt$/, '.flags.txt')}`);
    });
  }
});
