import { describe, expect, it } from 'vitest';
import { splitParagraphs } from './paragraphs.js';

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
