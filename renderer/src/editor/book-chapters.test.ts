// A book in the editor, on EditorState (no DOM): chapters tracked through edits, separators kept, each chapter's
// text and changes for save and export.
import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { joinChapters } from '../../../src/contract/book.js';
import type { BookInfo } from '../../../src/contract/ipc.js';
import { bookChapters, bookExtension, bookReviewFrom, chapterAt, chapterChanges, chapterTexts, fixLog, replaceChapter } from './book-chapters.js';
import { reviewState } from './review-extensions.js';
import { changesSinceOpen, sinceOpen } from './since-open.js';

const CHAPTERS = ['Chapter One\n\nShe new him.\n', 'Chapter Two\n\nThe the end.', 'Chapter Three\n'];
const joined = joinChapters(CHAPTERS);
const BOOK: BookInfo = {
  folder: 'book',
  chapters: CHAPTERS.map((_, i) => ({ handle: `h${i}`, name: `chapter-${i + 1}.txt`, from: joined.starts[i]!, baseFrom: joined.starts[i]! })),
};
const opened = () => EditorState.create({ doc: joined.text, extensions: [reviewState(), bookExtension(BOOK)] });
const edit = (state: EditorState, from: number, to: number, insert: string) => state.update({ changes: { from, to, insert } }).state;

describe('a book in the editor', () => {
  it('splits into each chapter’s text exactly as opened', () => {
    expect(chapterTexts(opened())).toEqual(CHAPTERS);
  });

  it('grows the chapter typed at its end or start, and never changes a separator', () => {
    let state = opened();
    const endOfOne = CHAPTERS[0]!.length;
    state = edit(state, endOfOne, endOfOne, 'More.');
    state = edit(state, state.field(bookChapters)!.starts[1]!, state.field(bookChapters)!.starts[1]!, 'Prologue. ');
    expect(chapterTexts(state)).toEqual([`${CHAPTERS[0]}More.`, `Prologue. ${CHAPTERS[1]}`, CHAPTERS[2]]);
    // Typing inside a separator, or deleting one, does nothing to it; the deletion's other parts still happen.
    const sep = state.field(bookChapters)!.starts[2]! - 1;
    state = edit(state, sep, sep, 'X');
    expect(chapterTexts(state)).toEqual([`${CHAPTERS[0]}More.`, `Prologue. ${CHAPTERS[1]}`, CHAPTERS[2]]);
    const starts = state.field(bookChapters)!.starts;
    state = edit(state, starts[1]! - 4, starts[1]! + 3, '');
    expect(chapterTexts(state)).toEqual([`${CHAPTERS[0]}Mor`, `logue. ${CHAPTERS[1]}`, CHAPTERS[2]]);
    // Select all and delete: every chapter empty, still three.
    state = edit(state, 0, state.doc.length, '');
    expect(chapterTexts(state)).toEqual(['', '', '']);
  });

  it('knows the chapter at a position', () => {
    const state = opened();
    expect([0, joined.starts[1]! - 1, joined.starts[1]!, joined.text.length].map((p) => chapterAt(state, p))).toEqual([0, 0, 1, 2]);
  });

  it('diffs each chapter with its own baseline, and exports one chapter’s changes in its own offsets', () => {
    const baseline = joinChapters(['Chapter One\n\nShe new him.\n', 'Chapter Two\n\nThe the the end.', 'Chapter Three\n']);
    const book: BookInfo = { ...BOOK, chapters: BOOK.chapters.map((c, i) => ({ ...c, baseFrom: baseline.starts[i]! })) };
    const state = EditorState.create({
      doc: joined.text,
      extensions: [reviewState(), bookExtension(book), sinceOpen.init(() => bookReviewFrom({ since: '2026-12-01T00:00:00Z', text: baseline.text }, joined.text, book))],
    });
    const all = changesSinceOpen(state, []);
    expect(all.edits).toHaveLength(1);
    const two = chapterChanges(all, book, 1);
    expect(two.base).toBe('Chapter Two\n\nThe the the end.');
    expect(two.edits).toHaveLength(1);
    const [e] = two.edits;
    expect(two.base.slice(0, e!.from) + e!.insert + two.base.slice(e!.to)).toBe(CHAPTERS[1]);
    expect(chapterChanges(all, book, 0).edits).toEqual([]);
  });

  it('logs accepted fixes with the text they replaced', () => {
    const fix = { check: 'confusables' as const, ruleId: 'confusable-new-knew', message: '“new” may be “knew” here.' };
    expect(fixLog('She new him.', [{ from: 4, to: 7, insert: 'knew', fix }, { from: 0, to: 3, insert: 'He' }])).toEqual([{ removed: 'new', insert: 'knew', fix }]);
    // A fix the writer then typed a page over is no fix to log (the host refuses a log entry that long).
    const page = 'x'.repeat(2000);
    expect(fixLog(`She new him. ${page}`, [{ from: 4, to: 2013, insert: 'knew', fix }])).toEqual([]);
  });
});

describe('recovered work put back into its chapter', () => {
  it('replaces only that chapter’s text, in its place, the others and the separators kept', () => {
    const state = opened();
    const change = replaceChapter(state, 1, 'Chapter Two\n\nThe end, unsaved.\nMore.');
    expect(change).toEqual({ from: joined.starts[1]! + 'Chapter Two\n\nThe '.length, to: joined.starts[1]! + 'Chapter Two\n\nThe the end'.length, insert: 'end, unsaved.\nMore' });
    const after = state.update({ changes: change! }).state;
    expect(chapterTexts(after)).toEqual([CHAPTERS[0], 'Chapter Two\n\nThe end, unsaved.\nMore.', CHAPTERS[2]]);
    // The last chapter, and an empty text for a chapter, stay in place too.
    const last = after.update({ changes: replaceChapter(after, 2, '')! }).state;
    expect(chapterTexts(last)).toEqual([CHAPTERS[0], 'Chapter Two\n\nThe end, unsaved.\nMore.', '']);
    const first = last.update({ changes: replaceChapter(last, 0, 'Prologue\n\n' + CHAPTERS[0])! }).state;
    expect(chapterTexts(first)).toEqual(['Prologue\n\n' + CHAPTERS[0], 'Chapter Two\n\nThe end, unsaved.\nMore.', '']);
  });

  it('nothing to do when the chapter already reads so, or there is no such chapter', () => {
    expect(replaceChapter(opened(), 0, CHAPTERS[0]!)).toBeUndefined();
    expect(replaceChapter(opened(), 3, 'x')).toBeUndefined();
  });
});
