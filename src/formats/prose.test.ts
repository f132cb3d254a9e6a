import type { Processor } from 'unified';
import { describe, expect, it, vi } from 'vitest';
import { MAX_CONTAINERS_PER_BLOCK, MAX_MARKERS_PER_BLOCK, markdownSections, plainBlocks, proseOf } from './prose.js';

/** Every text the Markdown parser is handed, so a test can count the work it is given. */
const parsed = vi.hoisted((): string[] => []);
vi.mock('remark-parse', async (importOriginal) => {
  const real = (await importOriginal<typeof import('remark-parse')>()).default;
  return {
    default: function recordingParse(this: Processor, ...options: Parameters<typeof real>) {
      real.apply(this, options);
      const parser = this.parser!;
      this.parser = (doc, file) => {
        parsed.push(doc);
        return parser(doc, file);
      };
    },
  };
});

/** The most emphasis and link markers in one block (lines between blank lines) of `text`. */
const mostMarkersInABlock = (text: string): number =>
  Math.max(0, ...text.split(/\n[ \t]*\n/).map((block) => block.match(/[*_[\]]/g)?.length ?? 0));

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

  it('leaves out a line opening with thousands of list markers, as it does thousands of quote markers', () => {
    // 3,000 list markers on one line took 6 s of CPU: each opens a list inside the last.
    for (const marker of ['- ', '1. ', '> - ', '* 2) ']) {
      const source = `${marker.repeat(3000)}She said so.\n\n- A list item.\n- > Quoted in a list.\n`;
      parsed.length = 0;
      const prose = proseOf(source, 'markdown');
      expect(prose).toHaveLength(source.length);
      expect(prose.replace(/\s+/g, ' ').trim()).toBe('A list item. Quoted in a list.');
      expect(parsed[0]!.split('\n')[0]).toBe('');
    }
    // Eight are still parsed: “She said so.” is prose in a list nested eight deep.
    expect(proseOf(`${'- '.repeat(8)}She said so.`, 'markdown').trim()).toBe('She said so.');
  });

  describe('a block with more emphasis and link markers than prose has', () => {
    // The parser matches emphasis openers against closers in time that grows with the square of their number:
    // 5,000 nested `*_` pairs took 25 s. Such a block is read as plain text instead.
    const shapes: Record<string, (n: number) => string> = {
      'nested *_ pairs': (n) => `${'*_'.repeat(n / 2)}word${'_*'.repeat(n / 2)}`,
      'nested stars': (n) => `${'*'.repeat(n)}word${'*'.repeat(n)}`,
      'nested emphasis with words': (n) => `${'*a '.repeat(n)}word${' a*'.repeat(n)}`,
      'nested images': (n) => `${'![a '.repeat(n)}word${']'.repeat(n)}`,
    };

    it.each(Object.keys(shapes))('%s: the parser is never handed more than the limit in one block', (shape) => {
      const source = `# Title\n\n${shapes[shape]!(2000)}\n\nShe *knew* the [man](http://x.y).\n`;
      parsed.length = 0;
      const prose = proseOf(source, 'markdown');
      expect(parsed).toHaveLength(1);
      expect(mostMarkersInABlock(parsed[0]!)).toBeLessThanOrEqual(MAX_MARKERS_PER_BLOCK);
      expect(prose).toHaveLength(source.length);
      // The pathological block's words stay (checked as plain text); the blocks around it are parsed as usual.
      expect(prose.split('\n\n')[0]).toBe('  Title');
      expect(prose.split('\n\n')[1]).toMatch(/^[ a!]*word[ a]*$/);
      expect(prose.split('\n\n')[2]).toBe('She  knew  the  man             .\n');
    });

    it('5,000 nested emphasis markers: one plain block, the word kept at its offset, every marker a space', () => {
      const block = `${'*_'.repeat(2500)}word${'_*'.repeat(2500)}`;
      const source = `Before.\n\n${block}\n\nAfter.`;
      expect(plainBlocks(source)).toEqual([[9, 9 + block.length]]);
      const prose = proseOf(source, 'markdown');
      expect(prose).toBe(`Before.\n\n${' '.repeat(5000)}word${' '.repeat(5000)}\n\nAfter.`);
    });

    it('ordinary italics are parsed as Markdown, up to the limit in one paragraph', () => {
      // The most markers in any paragraph of the 26 corpus novels is 49 (`_italics_`).
      const italic = Array.from({ length: MAX_MARKERS_PER_BLOCK / 2 - 2 }, (_, i) => `_word${i}_`).join(' ');
      const source = `${italic} the [man](http://x.y).`;
      expect(plainBlocks(source)).toEqual([]);
      const prose = proseOf(source, 'markdown');
      expect(prose).not.toContain('http');
      expect(prose).toContain(' word0   word1 ');
      // Past the limit the same paragraph is plain text: the link's target stays in the prose.
      const over = `_a_ _b_ _c_ ${source}`;
      expect(plainBlocks(over)).toEqual([[0, over.length]]);
      expect(proseOf(over, 'markdown')).toContain('(http://x.y)');
    });
  });

  describe('a long document of lists', () => {
    // The parser keeps one list of events for the whole text and moves events already read each time it closes a
    // nested list: an outline of 8,000 items (100 KB) took 32 s, growing with the square of the text.
    const outline = Array.from({ length: 160 }, () => '- a point\n  - a sub-point\n'.repeat(25)).join('\n');

    it('is parsed in sections that start after a blank line in column 0, with the same prose', () => {
      parsed.length = 0;
      const prose = proseOf(outline, 'markdown');
      expect(prose).toBe(outline.replace(/- /g, '  '));
      expect(parsed.length).toBeGreaterThan(1);
      expect(Math.max(...parsed.map((doc) => doc.split('\n').length))).toBeLessThanOrEqual(64 + 51);
      expect(parsed.join('\n')).toBe(outline);
    });

    it('never cuts inside front matter, fenced code or an HTML comment, and resolves references across sections', () => {
      const filler = Array.from({ length: 70 }, (_, i) => `Line ${i} of prose.`).join('\n\n');
      const source = [
        '---\ntitle: A\n\nauthor: B\n---',
        filler,
        '```\ncode one\n\ncode two\n```',
        filler,
        '<!-- a note\n\nstill the note -->',
        filler,
        'She saw [the man][him].',
        filler,
        '[him]: http://x.y',
      ].join('\n\n');
      parsed.length = 0;
      const prose = proseOf(source, 'markdown');
      expect(parsed.length).toBeGreaterThan(1);
      for (const hidden of ['title', 'author', 'code one', 'code two', 'a note', 'still the note', 'him', 'http']) expect(prose).not.toContain(hidden);
      expect(prose).toContain('She saw  the man      .');
      expect(prose).toContain('Line 69 of prose.');
    });

    it('starts no section inside front matter, fenced code, an HTML comment or a <pre> block', () => {
      const inside = (open: string, close: string): string => [open, ...Array.from({ length: 100 }, () => 'inside'), close].join('\n\n');
      const filler = Array.from({ length: 70 }, (_, i) => `Line ${i}.`).join('\n\n');
      const source = [inside('---', '---'), filler, inside('```', '```'), filler, inside('<!-- a note', '-->'), filler, inside('<pre>', '</pre>'), filler, inside('~~~~', '~~~~'), filler].join('\n\n');
      const sections = markdownSections(source);
      expect(sections.length).toBeGreaterThan(4);
      expect(sections.filter((s) => s.text.startsWith('inside') || s.text.startsWith('-->') || s.text.startsWith('</pre>'))).toEqual([]);
      for (const s of sections) expect(source.startsWith(s.text.split('\n\n[')[0]!.slice(0, 20), s.from)).toBe(true);
    });

    it('reads a block of thousands of nested list items as plain text', () => {
      const source = `${'- - a\n'.repeat(2000)}\nAfter *it*.`;
      parsed.length = 0;
      const prose = proseOf(source, 'markdown');
      expect(prose).toBe(`${'    a\n'.repeat(2000)}\nAfter  it .`);
      for (const doc of parsed) {
        for (const block of doc.split(/\n[ \t]*\n/)) {
          const containers = block.split('\n').reduce((n, line) => n + (/^(?:[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))*/.exec(line)![0].match(/[>*+-]|\d[.)]/g)?.length ?? 0), 0);
          expect(containers).toBeLessThanOrEqual(MAX_CONTAINERS_PER_BLOCK);
        }
      }
    });
  });
});
