import { describe, expect, it } from 'vitest';
import { bookEditorSettings, bookSettingsJson, joinChapters, parseBookSettings, splitChapters, withBookSettings } from './book.js';
import { EMPTY_SETTINGS } from './manuscript-settings.js';

describe('a book of chapter files', () => {
  it('joins chapters with a blank line and splits them back exactly, empty and newline-ended chapters too', () => {
    const texts = ['Chapter One\n\nMara left.\n', '', 'Chapter Three\r\nis not normalised here', 'End.'];
    const { text, starts } = joinChapters(texts);
    expect(text).toBe('Chapter One\n\nMara left.\n\n\n\n\nChapter Three\r\nis not normalised here\n\nEnd.');
    expect(starts).toEqual([0, 26, 28, 67]);
    expect(splitChapters(text, starts)).toEqual(texts);
  });

  it('reads the book settings leniently: shared settings, and each chapter file’s POVs by its own scene keys', () => {
    const json = JSON.stringify({
      words: ['zorbled', 3],
      dialect: 'en-GB',
      povCharacters: { '1.1': 'ignored at book level' },
      chapters: { 'chapter-2.txt': { povCharacters: { '1.2': ' Jon ', '2:1.1': 'not a file key', x: 'no' } }, '../out.txt': { povCharacters: { '1.1': 'Mara' } }, 'empty.txt': {} },
    });
    const book = parseBookSettings(json)!;
    expect(book.shared).toMatchObject({ words: ['zorbled'], dialect: 'en-GB', povCharacters: {} });
    expect(book.chapters).toEqual({ 'chapter-2.txt': { '1.2': 'Jon' } });
    expect(parseBookSettings('[1]')).toBeUndefined();
    expect(parseBookSettings(bookSettingsJson(book))).toEqual(book);
  });

  it('gives the editor every chapter’s POVs under book scene keys, in the book’s order', () => {
    const book = { shared: { ...EMPTY_SETTINGS, words: ['w'] }, chapters: { 'b.txt': { '1.2': 'Jon' }, 'a.txt': { '0.1': '' } } };
    expect(bookEditorSettings(book, ['a.txt', 'b.txt'])).toMatchObject({ words: ['w'], povCharacters: { '1:0.1': '', '2:1.2': 'Jon' } });
  });

  it('adds the book’s settings to a chapter’s own for the CLI: lists joined, the file’s own choices first', () => {
    const own = { ...EMPTY_SETTINGS, words: ['a'], tense: 'present' as const, povCharacters: { '1.1': 'Mara', '1.2': 'Ilsa' } };
    const book = { shared: { ...EMPTY_SETTINGS, words: ['b', 'a'], ignoredRules: ['repeated-word'], tense: 'past' as const, narration: 'close' as const, dialect: 'en-GB' as const }, chapters: { 'ch.txt': { '1.2': 'Jon' } } };
    expect(withBookSettings(own, book, 'ch.txt')).toMatchObject({
      words: ['b', 'a'],
      ignoredRules: ['repeated-word'],
      tense: 'present',
      narration: 'close',
      dialect: 'en-GB',
      povCharacters: { '1.1': 'Mara', '1.2': 'Jon' },
    });
    expect(withBookSettings(own, book, 'other.txt').povCharacters).toEqual({ '1.1': 'Mara', '1.2': 'Ilsa' });
  });
});
