// A paragraph far longer than any novel has (a pasted file with no line breaks, a run-on draft) is checked in
// bounded pieces: findings keep their offsets and an edit re-reads one piece.
import { describe, expect, it } from 'vitest';
import { testEngine } from '../../tests/support/engine.js';
import { PARAGRAPH_PIECE } from './paragraphs.js';

const sentences = [
  'It is a truth universally acknowledged, that a single man in possession of a good fortune, must be in want of a wife.',
  '“You want to tell me, and I have no objection to hearing it,” said Mrs. Bennet, turning to the window.',
  'Mr. Bennet made no answer, and the girls went up the stairs together without another word between them.',
  'The evening passed quietly; the fire was low, and Elizabeth read by the lamp until the clock struck eleven.',
];
/** One paragraph of real-looking prose, about `n` characters, with "recieved" planted at the given sentences. */
function paragraph(n: number, typosAt: readonly number[] = []): string {
  const out: string[] = [];
  for (let i = 0, length = 0; length < n; i++) {
    // Every sentence differs (its day), as in real prose: identical pieces would come from the cache.
    const s = typosAt.includes(i) ? `She recieved the letter at ${i}.` : sentences[i % sentences.length]!.replace(/\.$/, ` on day ${i}.`);
    out.push(s);
    length += s.length + 1;
  }
  return out.join(' ');
}
/** CPU time of this process: steadier than wall time on a shared machine. */
const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

describe('over-long paragraphs', () => {
  const engine = testEngine({}, true);

  it('flags slips at the start, middle and end of a 100,000-character paragraph at their offsets', { timeout: 120_000 }, () => {
    const text = paragraph(100_000, [0, 400, 750]);
    const outcome = engine.check(text);
    expect(outcome.paragraphs).toBeGreaterThanOrEqual(100_000 / (2 * PARAGRAPH_PIECE));
    const typos = outcome.diagnostics.filter((d) => d.ruleId === 'spelling-unknown-word');
    expect(typos.map((d) => [d.actual, text.slice(d.from - 4, d.from)])).toEqual([
      ['recieved', 'She '],
      ['recieved', 'She '],
      ['recieved', 'She '],
    ]);
    for (const d of outcome.diagnostics) expect(text.slice(d.from, d.to)).toBe(d.actual);
  });

  it('re-reads one piece, not the whole paragraph, after an edit: the editor waits for a piece', { timeout: 120_000 }, () => {
    const text = paragraph(100_000);
    const t0 = cpuMs();
    const first = engine.check(text);
    const firstMs = cpuMs() - t0;
    const at = text.indexOf('Mr. Bennet made no answer', 50_000);
    const edited = `${text.slice(0, at)}Mr. Bennet made no answer at all${text.slice(at + 'Mr. Bennet made no answer'.length)}`;
    const t1 = cpuMs();
    const outcome = engine.check(edited);
    const editMs = cpuMs() - t1;
    expect(first.paragraphs).toBeGreaterThan(12);
    expect(outcome.analysed).toBeLessThanOrEqual(2);
    // The whole-text steps still run; the paragraph's own analysis is one piece of about twenty.
    expect(editMs).toBeLessThan(firstMs / 3);
  });
});
