import { describe, expect, it } from 'vitest';
import { isManuscriptName, manuscriptExtensions, manuscriptKindOf, manuscriptStem, sourceFormatOf, TEXT_KINDS } from './manuscript-types.js';

describe('the manuscript types table', () => {
  // name → kind, stem, engine format: every row a user could hand Redline.
  it.each([
    ['chapter-1.txt', 'text', 'chapter-1', 'text'],
    ['NOTES.TXT', 'text', 'NOTES', 'text'],
    ['draft.text', 'text', 'draft', 'text'],
    ['draft.md', 'markdown', 'draft', 'markdown'],
    ['Draft.Markdown', 'markdown', 'Draft', 'markdown'],
    ['draft.mdown', 'markdown', 'draft', 'markdown'],
    ['draft.mkd', 'markdown', 'draft', 'markdown'],
    ['novel.docx', 'docx', 'novel', 'text'],
    ['Novel.DOCX', 'docx', 'Novel', 'text'],
    ['book.v2.final.md', 'markdown', 'book.v2.final', 'markdown'],
    ['/home/ann/My Book/ch 3.docx', 'docx', '/home/ann/My Book/ch 3', 'text'],
    ['C:\\Users\\Ann\\ch 3.md', 'markdown', 'C:\\Users\\Ann\\ch 3', 'markdown'],
    ['The Lighthouse Keeper (sample).txt', 'text', 'The Lighthouse Keeper (sample)', 'text'],
  ] as const)('%s is a %s manuscript, stem %s, read as %s', (name, kind, stem, format) => {
    expect(manuscriptKindOf(name)).toBe(kind);
    expect(isManuscriptName(name)).toBe(true);
    expect(manuscriptStem(name)).toBe(stem);
    expect(sourceFormatOf(name)).toBe(format);
  });

  it.each([
    'old.doc', // Word 97–2003: refused with its own message by the readers
    'story.odt',
    'story.rtf',
    'story.pdf',
    'cover.png',
    'chapter.txt.bak',
    'README', // no extension
    '.md', // a hidden file, not a Markdown one (as Node's extname sees it)
    '/home/ann/notes.md/chapter', // a folder named like a manuscript
    'chapter.',
    'constructor', // not an inherited key of the table
    'x.toString',
  ])('%s is not a manuscript name', (name) => {
    expect(manuscriptKindOf(name)).toBeUndefined();
    expect(isManuscriptName(name)).toBe(false);
    expect(manuscriptStem(name)).toBe(name);
    expect(sourceFormatOf(name)).toBe('text');
  });

  it('restricts a name to some kinds (saving writes only text and Markdown)', () => {
    expect(isManuscriptName('a.md', TEXT_KINDS)).toBe(true);
    expect(isManuscriptName('a.txt', TEXT_KINDS)).toBe(true);
    expect(isManuscriptName('a.docx', TEXT_KINDS)).toBe(false);
    expect(isManuscriptName('a.docx', ['docx'])).toBe(true);
  });

  it('lists the extensions for a dialog filter, in table order', () => {
    expect(manuscriptExtensions()).toEqual(['txt', 'text', 'md', 'markdown', 'mdown', 'mkd', 'docx']);
    expect(manuscriptExtensions(TEXT_KINDS)).toEqual(['txt', 'text', 'md', 'markdown', 'mdown', 'mkd']);
    expect(manuscriptExtensions(['docx'])).toEqual(['docx']);
  });
});
