/**
 * A folder of chapter files as a book, on disk: its chapter files in order and its book-level settings file
 * (`book.redline.json`, see `src/contract/book.ts`). Read by the CLI and the app's file service alike.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { BOOK_SETTINGS_FILE, parseBookSettings, withBookSettings, type BookSettings } from '../contract/book.js';
import type { ManuscriptSettings } from '../contract/manuscript-settings.js';
import { fail, ok, type Result } from '../contract/result.js';
import { fsError, readSettingsFor } from './file.node.js';
import { isManuscriptName, type ManuscriptKind, MANUSCRIPT_KINDS } from './manuscript-types.js';

/** Orders chapter file names naturally: "chapter-2.txt" before "chapter-10.txt", case aside. */
export const naturalOrder = (a: string, b: string): number => a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' }) || (a < b ? -1 : a > b ? 1 : 0);

/**
 * The chapter files of a folder, in natural order: files (or links to files) with a manuscript extension of
 * `kinds`, not hidden, not in sub-folders. A folder with none is an error that names it.
 */
export async function chapterFilesIn(folder: string, kinds: readonly ManuscriptKind[] = MANUSCRIPT_KINDS): Promise<Result<string[]>> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (e) {
    return fail(fsError(e, folder, 'read'));
  }
  const names = entries.filter((e) => (e.isFile() || e.isSymbolicLink()) && !e.name.startsWith('.') && isManuscriptName(e.name, kinds)).map((e) => e.name);
  if (names.length === 0) return fail({ code: 'no-chapters', message: `${folder} has no manuscript files (.txt, .md or .docx)` });
  return ok(names.sort(naturalOrder).map((n) => join(folder, n)));
}

/** Where a folder's book-level settings live. */
export const bookSettingsPathFor = (folder: string): string => join(folder, BOOK_SETTINGS_FILE);

/** A folder's book-level settings; none (or not a JSON object): `undefined`. */
export async function readBookSettings(folder: string): Promise<BookSettings | undefined> {
  try {
    return parseBookSettings(await readFile(bookSettingsPathFor(folder), 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * The settings a manuscript is checked with: its own (`<file>.redline.json`), and, when its folder has a
 * `book.redline.json`, the book's with them (see `withBookSettings`).
 */
export async function readManuscriptSettings(path: string): Promise<ManuscriptSettings> {
  const own = await readSettingsFor(path);
  const book = await readBookSettings(dirname(path));
  return book ? withBookSettings(own, book, basename(path)) : own;
}
