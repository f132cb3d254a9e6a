/**
 * A book in the editor: the chapter files joined into one document (see `src/contract/book.ts`). A `StateField`
 * keeps where each chapter starts, mapped through every change; a change filter keeps the separators between
 * chapters as they are, so each chapter's text is always `splitChapters(doc, starts)` and saves back to its own
 * file exactly. Typing at the end of a chapter grows that chapter; typing at the start of the next grows it.
 * Positions count UTF-16 code units.
 */
import { ChangeSet, EditorState, StateField, Text, type ChangeSpec, type Extension } from '@codemirror/state';
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view';
import { CHAPTER_SEPARATOR, splitChapters } from '../../../src/contract/book.js';
import type { BookInfo, ChapterInfo, EditorEdit, LoggedFix, OpenIssue, ReviewBaseline } from '../../../src/contract/ipc.js';
import { diffText } from '../../../src/export/text-diff.js';
import type { SinceOpen } from './since-open.js';

/** The book's chapters and where each starts now; `null` for a single manuscript. */
export interface BookChapters {
  readonly chapters: readonly ChapterInfo[];
  readonly starts: readonly number[];
}

export const bookChapters = StateField.define<BookChapters | null>({
  create: () => null,
  update(value, tr) {
    if (!value || !tr.docChanged) return value;
    // assoc -1: text typed right at a chapter's start belongs to it, text typed at the previous chapter's end
    // (before the separator) moves the start on.
    return { ...value, starts: value.starts.map((s, i) => (i === 0 ? 0 : tr.changes.mapPos(s, -1))) };
  },
});

/** Each chapter file's name above its first line, so the writer sees where each file begins. */
const labels = StateField.define<DecorationSet>({
  create: (state) => labelsOf(state),
  update: (value, tr) => (tr.docChanged ? labelsOf(tr.state) : value),
  provide: (f) => EditorView.decorations.from(f),
});
function labelsOf(state: EditorState): DecorationSet {
  const b = state.field(bookChapters, false);
  if (!b) return Decoration.none;
  // A line decoration, its name drawn by CSS (`::before`): a block widget there stopped the hover tooltips.
  return Decoration.set(b.starts.map((s, i) => Decoration.line({ class: 'rl-chapter-start', attributes: { 'data-chapter': b.chapters[i]!.name } }).range(state.doc.lineAt(s).from)));
}

/** The field and its guard for a book opened with `book`, and each chapter file's name above it. */
export function bookExtension(book: BookInfo): Extension {
  return [
    bookChapters.init(() => ({ chapters: book.chapters, starts: book.chapters.map((c) => c.from) })),
    labels,
    // The separators never change: an edit over one keeps its parts on either side, and nothing is typed inside one.
    EditorState.changeFilter.of((tr) => {
      const b = tr.startState.field(bookChapters);
      if (!b) return true;
      return b.starts.slice(1).flatMap((s) => [s - CHAPTER_SEPARATOR.length, s]);
    }),
  ];
}

/** Each chapter's text now, in order (empty for a single manuscript). */
export function chapterTexts(state: EditorState): string[] {
  const b = state.field(bookChapters, false);
  return b ? splitChapters(state.doc.toString(), b.starts) : [];
}

/**
 * The change that makes chapter `index` read `text` (recovered work put back in its place): only the span where
 * they differ (common start and end kept), inside that chapter, so the separators and the other chapters stay as
 * they are. `undefined` when there is no such chapter or it already reads `text`.
 */
export function replaceChapter(state: EditorState, index: number, text: string): ChangeSpec | undefined {
  const b = state.field(bookChapters, false);
  const from = b?.starts[index];
  if (!b || from === undefined) return undefined;
  const next = b.starts[index + 1];
  const to = next === undefined ? state.doc.length : next - CHAPTER_SEPARATOR.length;
  const now = state.doc.sliceString(from, to);
  if (now === text) return undefined;
  let head = 0;
  while (head < now.length && head < text.length && now[head] === text[head]) head++;
  let tail = 0;
  while (tail < now.length - head && tail < text.length - head && now[now.length - 1 - tail] === text[text.length - 1 - tail]) tail++;
  return { from: from + head, to: to - tail, insert: text.slice(head, text.length - tail) };
}

/** The index of the chapter containing `pos` (the last one whose start is at or before it). */
export function chapterAt(state: EditorState, pos: number): number {
  const b = state.field(bookChapters, false);
  if (!b) return -1;
  let i = 0;
  while (i + 1 < b.starts.length && b.starts[i + 1]! <= pos) i++;
  return i;
}

/**
 * The review of a book opened with `baseline` (the chapters' baselines joined): each chapter diffed against its
 * own baseline, so no change ever crosses a separator. For `sinceOpen.init`.
 */
export function bookReviewFrom(baseline: ReviewBaseline, text: string, book: BookInfo): SinceOpen {
  const base = Text.of(baseline.text.split('\n'));
  const bases = splitChapters(baseline.text, book.chapters.map((c) => c.baseFrom));
  const now = splitChapters(text, book.chapters.map((c) => c.from));
  const specs: ChangeSpec[] = [];
  book.chapters.forEach((c, i) => {
    for (const d of diffText(bases[i] ?? '', now[i] ?? '')) specs.push({ from: d.from + c.baseFrom, to: d.to + c.baseFrom, insert: d.insert });
  });
  return { base, changes: ChangeSet.of(specs, base.length), since: baseline.since, ...(baseline.fixes ? { log: baseline.fixes } : {}) };
}

/** Where each chapter lies in the review's base text: `[from, to)` per chapter, separators excluded. */
export function baseRanges(book: BookInfo, baseLength: number): Array<{ from: number; to: number }> {
  return book.chapters.map((c, i) => ({ from: c.baseFrom, to: i + 1 < book.chapters.length ? book.chapters[i + 1]!.baseFrom - CHAPTER_SEPARATOR.length : baseLength }));
}

/**
 * What File → Export… sends for one chapter: its part of the review's base text, and the changes and open
 * issues inside it, in that part's offsets.
 */
export function chapterChanges(
  all: { base: string; edits: readonly EditorEdit[]; open: readonly OpenIssue[] },
  book: BookInfo,
  index: number,
): { base: string; edits: EditorEdit[]; open: OpenIssue[] } {
  const range = baseRanges(book, all.base.length)[index]!;
  const inside = (e: { from: number; to: number }): boolean => e.from >= range.from && e.to <= range.to;
  const shift = <T extends { from: number; to: number }>(e: T): T => ({ ...e, from: e.from - range.from, to: e.to - range.from });
  return { base: all.base.slice(range.from, range.to), edits: all.edits.filter(inside).map(shift), open: all.open.filter(inside).map(shift) };
}

/** The longest replaced or inserted text the review's log keeps (the host refuses longer): a fix is a few words. */
export const MAX_LOGGED_TEXT = 1000;

/**
 * The accepted fixes among `edits` (review base offsets), as the review's log keeps them. A change longer than
 * {@link MAX_LOGGED_TEXT} (typing over a fixed word merges with the fix) is left out: a save must never fail for it.
 */
export function fixLog(base: string, edits: readonly EditorEdit[]): LoggedFix[] {
  return edits.flatMap((e) =>
    e.fix && e.to - e.from <= MAX_LOGGED_TEXT && e.insert.length <= MAX_LOGGED_TEXT ? [{ removed: base.slice(e.from, e.to), insert: e.insert, fix: e.fix }] : [],
  );
}
