import { describe, expect, it } from 'vitest';
import { proseOf } from './prose.js';

describe('proseOf (Markdown)', () => {
  it('keeps prose at its offsets and blanks the markup', () => {
    const source = '# Chapter One\n\nShe *knew* the [man](http://x.y).\n\n```\ncode\n```\n';
    const prose = proseOf(source, 'markdown');
    expect(prose).toHaveLength(source.length);
    expect(prose).toBe('  Chapter One\n\nShe  knew  the  man             .\n\n   \n    \n   \n');
  });

  it('keeps prose in ordinary nested lists and quotes', () => {
    const source = '- one\n  - two\n    - three\n\n> > She said so.\n';
    expect(proseOf(source, 'markdown').replace(/\s+/g, ' ').trim()).toBe('one two three She said so.');
  });

  it('handles 3,000 nested list items and 1,000 quote markers without crashing, leaving the deep ones out', () => {
    const lists = Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i * 2)}- item ${i}`).join('\n');
    const prose = proseOf(lists, 'markdown');
    expect(prose).toHaveLength(lists.length);
    expect(prose).toContain('item 0');
    expect(prose).not.toContain('item 2999');
    const quotes = `${'>'.repeat(1000)} deep\n\nShallow prose.\n`;
    expect(proseOf(quotes, 'markdown').trim()).toBe('Shallow prose.');
  });
});
