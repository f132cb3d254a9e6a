import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { boundParagraphs, MAX_PARAGRAPH, PARAGRAPH_PIECE, splitParagraphs } from './paragraphs.js';
import { CORPUS, hasCorpus } from '../../tests/support/corpus.js';

const texts = (s: string): string[] => splitParagraphs(s).map((p) => p.text);

describe('splitParagraphs', () => {
  it('joins hard-wrapped lines and splits on blank lines', () => {
    const text = 'It is a truth universally\nacknowledged, that a single man\n\n  "My dear," said his lady\none day.\n';
    expect(texts(text)).toEqual([
      'It is a truth universally\nacknowledged, that a single man',
      '"My dear," said his lady\none day.',
    ]);
  });

  it('treats each line as a paragraph in a one-line-per-paragraph draft', () => {
    const long = 'She walked to the window and looked out over the harbour, where the boats rocked gently in the grey light.';
    expect(texts(`${long}\n"Come back," he said, and she did not answer him for a long time, not for a long long time.\n${long}`)).toHaveLength(3);
  });

  it('keeps exact offsets', () => {
    const text = '\n\nOne line\nand two.\n\n\nThree.';
    for (const p of splitParagraphs(text)) expect(text.slice(p.from, p.to)).toBe(p.text);
    expect(texts(text)).toEqual(['One line\nand two.', 'Three.']);
  });

  it('returns nothing for blank text', () => {
    expect(splitParagraphs('  \n\n \n')).toEqual([]);
  });
});

// Real prose, one paragraph of about `n` characters: Austen's sentences run together.
const sentence = 'It is a truth universally acknowledged, that a single man in possession of a good fortune, must be in want of a wife. ';
const speech = '“You want to tell me, and I have no objection to hearing it.” ';
const long = (n: number): string => (sentence + speech).repeat(Math.ceil(n / (sentence.length + speech.length))).slice(0, n).trim();

describe('boundParagraphs', () => {
  it.skipIf(!hasCorpus)('never cuts a paragraph of the 26 corpus novels (the longest is 14,695 characters)', () => {
    const novels = readdirSync(CORPUS).filter((f) => f.endsWith('.txt'));
    expect(novels).toHaveLength(26);
    let longest = 0;
    for (const file of novels) {
      const paragraphs = splitParagraphs(readFileSync(CORPUS + file, 'utf8').replace(/\r\n?/g, '\n'));
      const bounded = boundParagraphs(paragraphs);
      expect(bounded).toHaveLength(paragraphs.length);
      bounded.forEach((p, i) => expect(p).toBe(paragraphs[i]));
      for (const p of paragraphs) longest = Math.max(longest, p.text.length);
    }
    expect(longest).toBe(14_695);
    expect(longest).toBeLessThan(MAX_PARAGRAPH);
  });

  it('cuts an over-long paragraph at sentence ends into pieces with exact offsets', () => {
    const text = `Chapter 1\n\n${long(100_000)}\n\nThe end.`;
    const pieces = boundParagraphs(splitParagraphs(text));
    expect(pieces[0]!.text).toBe('Chapter 1');
    expect(pieces.at(-1)!.text).toBe('The end.');
    const middle = pieces.slice(1, -1);
    expect(middle.length).toBeGreaterThanOrEqual(100_000 / (2 * PARAGRAPH_PIECE));
    for (const p of pieces) expect(text.slice(p.from, p.to)).toBe(p.text);
    for (const [i, p] of middle.entries()) {
      expect(p.text.length).toBeLessThanOrEqual(2 * PARAGRAPH_PIECE);
      expect(p.text).toMatch(/^(?:It|“You)/);
      if (i < middle.length - 1) expect(p.text).toMatch(/[.”]$/);
    }
    // Nothing but the white space between sentences is left out.
    expect(middle.map((p) => p.text).join(' ')).toBe(long(100_000));
  });

  it('cuts a run with no spaces anywhere, but never inside a surrogate pair', () => {
    const text = '🙂a'.repeat(30_000);
    const pieces = boundParagraphs(splitParagraphs(text));
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    for (const p of pieces) {
      expect(text.slice(p.from, p.to)).toBe(p.text);
      expect(p.text.length).toBeLessThanOrEqual(2 * PARAGRAPH_PIECE + 1);
      expect(p.text).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    }
  });
});
