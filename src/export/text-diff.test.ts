import { describe, expect, it } from 'vitest';
import { rng } from '../../tests/support/random.js';
import type { TextEdit } from '../fixes/apply.js';
import { diffText, MAX_EDIT_STEPS } from './text-diff.js';

const apply = (text: string, edits: readonly TextEdit[]): string => {
  let out = '';
  let at = 0;
  for (const e of edits) {
    expect(e.from).toBeGreaterThanOrEqual(at);
    out += text.slice(at, e.from) + e.insert;
    at = e.to;
  }
  return out + text.slice(at);
};

describe('diffText', () => {
  it('finds the fixes a writer made, as whole words', () => {
    const before = 'The letter had recieved a stamp.\n\nShe sat on the the steps with Maren.\n';
    const after = 'The letter had received a stamp.\n\nShe sat on the steps with Maren.\n';
    const edits = diffText(before, after);
    expect(edits.map((e) => [before.slice(e.from, e.to), e.insert])).toEqual([
      ['recieved', 'received'],
      ['the ', ''],
    ]);
    expect(apply(before, edits)).toBe(after);
  });

  it('has no edits for the same text, and handles paragraphs added, removed and emptied', () => {
    expect(diffText('same', 'same')).toEqual([]);
    for (const [a, b] of [
      ['', 'New text.\n'],
      ['Old text.\n', ''],
      ['One.\n\nTwo.\n', 'One.\n\nInserted.\n\nTwo.\n'],
      ['One.\n\nTwo.\n\nThree.', 'One.\n\nThree.'],
      ['No newline at end', 'No newline at the end\n'],
      ['emoji 😀 here', 'emoji 😃 here'],
    ] as const) {
      expect(apply(a, diffText(a, b))).toBe(b);
    }
  });

  it('turns any text into any other (random edits to prose)', () => {
    const random = rng(13);
    const words = ['the', 'letter', 'Maren', '—', '“Yes,”', 'she', 'said.', '\n\n', ' ', 'recieved', 'stamp', '\n'];
    const prose = (n: number) => Array.from({ length: n }, () => words[Math.floor(random() * words.length)]).join(' ');
    for (let i = 0; i < 200; i++) {
      const a = prose(Math.floor(random() * 60));
      let b = a;
      for (let e = Math.floor(random() * 6); e > 0; e--) {
        const at = Math.floor(random() * (b.length + 1));
        const cut = Math.floor(random() * 12);
        b = b.slice(0, at) + (random() < 0.5 ? prose(2) : '') + b.slice(at + cut);
      }
      expect(apply(a, diffText(a, b))).toBe(b);
    }
  });

  it('a novel-length text with ten fixes: ten edits; a rewrite beyond the limit is still exact', () => {
    const paragraph = (i: number) => `Paragraph ${i} of the novel, where the heroine walks to the harbour and looks at the sea.\n\n`;
    const before = Array.from({ length: 12_000 }, (_, i) => paragraph(i)).join('');
    let after = before;
    for (let i = 0; i < 10; i++) after = after.replace(`Paragraph ${i * 1000 + 7} of`, `Paragraph ${i * 1000 + 7} in`);
    const t0 = performance.now();
    const edits = diffText(before, after);
    expect(performance.now() - t0).toBeLessThan(10_000); // about 0.15 s idle; the machine may be loaded
    expect(edits.map((e) => [before.slice(e.from, e.to), e.insert])).toEqual(Array.from({ length: 10 }, () => ['of', 'in']));
    const rewritten = Array.from({ length: MAX_EDIT_STEPS + 50 }, (_, i) => `Line ${i * 7}\n`).join('');
    const original = Array.from({ length: MAX_EDIT_STEPS + 50 }, (_, i) => `Line ${i * 3}\n`).join('');
    expect(apply(original, diffText(original, rewritten))).toBe(rewritten);
  });
});

describe('diffText, where an edit could sit in several places', () => {
  it('puts a new paragraph at the start of a line, not inside the sentence before it', () => {
    const before = 'She sat with Maren.\n';
    const after = 'She sat with Maren.\n\nIt rained.\n';
    const edits = diffText(before, after);
    expect(edits).toEqual([{ from: before.length - 1, to: before.length - 1, insert: '\n\nIt rained.' }]);
    expect(apply(before, edits)).toBe(after);
    const removed = diffText(after, before);
    expect(apply(after, removed)).toBe(before);
  });
});
