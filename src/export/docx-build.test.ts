import { describe, expect, it } from 'vitest';
import { MAX_CONTAINERS_PER_BLOCK } from '../formats/prose.js';
import { buildDocx } from './docx-build.js';

describe('exporting Markdown no prose has', () => {
  it('exports a block of thousands of nested list items as plain text, in order, its words mapped to the source', () => {
    // Parsed, 3,000 nested items kept an export busy for over twenty minutes (the list preparation is quadratic).
    const items = Array.from({ length: 3 * MAX_CONTAINERS_PER_BLOCK }, (_, i) => `${'  '.repeat(i % 40)}- item ${i}`);
    const source = `# Notes\n\nA *short* opening.\n\n${items.join('\n')}\n\nThe last line.\n`;
    const { document, map } = buildDocx(source, 'markdown');
    const texts = document.paragraphs.map((p) => document.text.slice(p.from, p.to));
    expect(texts[0]).toBe('Notes');
    expect(texts[1]).toBe('A short opening.');
    expect(texts.at(-1)).toBe('The last line.');
    // The list's block is one plain paragraph holding every item, markers and all.
    const list = texts.find((t) => t.includes('item 0'))!;
    expect(list).toContain(`- item ${items.length - 1}`);
    const at = source.indexOf('item 500');
    expect(document.text.slice(map(at)!, map(at)! + 8)).toBe('item 500');
    // Every line counts here, however deep: the checks leave lines nested past 32 columns out, the export does not.
    const deep = Array.from({ length: MAX_CONTAINERS_PER_BLOCK + 50 }, (_, i) => `${'  '.repeat(20 + i)}- deep ${i}`).join('\n');
    const deepDoc = buildDocx(`Intro.\n\n${deep}\n`, 'markdown').document;
    // Read as plain text: the markers stay in the words (parsed as a list, they would be gone).
    const deepTexts = deepDoc.paragraphs.map((p) => deepDoc.text.slice(p.from, p.to).trim());
    expect(deepTexts.slice(0, 3)).toEqual(['Intro.', '- deep 0', '- deep 1']);
    // A short list is still a list: each item its own paragraph.
    const small = buildDocx('- one\n- two\n', 'markdown').document;
    const short = small.paragraphs.map((p) => small.text.slice(p.from, p.to));
    expect(short).toEqual(['one', 'two']);
  });
});
