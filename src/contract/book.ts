/**
 * A book: a folder of chapter files opened as one manuscript. The host joins the chapters' texts into one text
 * (each chapter as its file holds it, `\n` line endings, then {@link CHAPTER_SEPARATOR}), the editor and the
 * engine see that one text, and each chapter is saved back to its own file. What the chapters share (the
 * manuscript's words, ignores, ignored rules, dialect, narration, tense) lives in one book-level settings file in
 * the folder, {@link BOOK_SETTINGS_FILE}; each chapter's scene POVs live there too, under the chapter's file
 * name and keyed as that chapter alone numbers its scenes, so `redline check chapter-2.txt` reads the same ones.
 */
import { parseSettings, SCENE_KEY, type IgnoredNote, type ManuscriptSettings } from './manuscript-settings.js';

/** The book-level settings file in a folder of chapters: shared by the app and the CLI. */
export const BOOK_SETTINGS_FILE = 'book.redline.json';

/**
 * What stands between two chapters in the joined text: a blank line, so the last paragraph of one chapter and
 * the first of the next stay apart. The editor never lets an edit change it (positions count UTF-16 code units).
 */
export const CHAPTER_SEPARATOR = '\n\n';

/** The chapters' texts joined, and where each one starts in the joined text (UTF-16 code units). */
export function joinChapters(texts: readonly string[]): { readonly text: string; readonly starts: readonly number[] } {
  const starts: number[] = [];
  let at = 0;
  for (const t of texts) {
    starts.push(at);
    at += t.length + CHAPTER_SEPARATOR.length;
  }
  return { text: texts.join(CHAPTER_SEPARATOR), starts };
}

/** The chapters' texts of a joined text, given where each starts (as {@link joinChapters} reports, or mapped since). */
export function splitChapters(text: string, starts: readonly number[]): string[] {
  return starts.map((from, i) => text.slice(from, i + 1 < starts.length ? starts[i + 1]! - CHAPTER_SEPARATOR.length : text.length));
}

/**
 * A scene key in a book: `"<chapter file>:<chapter>.<scene>"`, the chapter file counted from 1 in the book's order
 * and the rest as that file alone numbers its scenes (`"2:1.3"`: the third scene of the first chapter heading of
 * the second file).
 */
export const BOOK_SCENE_KEY = /^(\d{1,4}):(\d{1,5}\.\d{1,5})$/;

/** The book-level settings: what every chapter shares, and each chapter's scene POVs by file name. */
export interface BookSettings {
  /** Shared settings; its `povCharacters` is always empty (POVs are per chapter). */
  readonly shared: ManuscriptSettings;
  /** File name → scene key within that file (`"1.2"`) → POV character (`""`: no single POV). */
  readonly chapters: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/**
 * Reads `book.redline.json` leniently, like a manuscript's own settings (see `parseSettings`), plus `chapters`:
 * `{"chapter-2.txt": {"povCharacters": {"1.2": "Jon"}}}`. Not a JSON object: `undefined`.
 */
export function parseBookSettings(json: string): BookSettings | undefined {
  const shared = parseSettings(json);
  if (!shared) return undefined;
  const chapters: Record<string, Record<string, string>> = {};
  const raw = (JSON.parse(json) as Record<string, unknown>)['chapters'];
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    for (const [name, entry] of Object.entries(raw as Record<string, unknown>)) {
      const pov = entry && typeof entry === 'object' ? (entry as Record<string, unknown>)['povCharacters'] : undefined;
      if (!pov || typeof pov !== 'object' || Array.isArray(pov) || name.includes('/') || name.includes('\\')) continue;
      const keys: Record<string, string> = {};
      for (const [key, who] of Object.entries(pov as Record<string, unknown>)) if (SCENE_KEY.test(key) && typeof who === 'string') keys[key] = who.trim();
      if (Object.keys(keys).length) chapters[name] = keys;
    }
  }
  return { shared: { ...shared, povCharacters: {} }, chapters };
}

/** The JSON of book-level settings, as {@link parseBookSettings} reads it. */
export function bookSettingsJson(settings: BookSettings): string {
  const { povCharacters: _none, ...shared } = settings.shared;
  const chapters = Object.fromEntries(Object.entries(settings.chapters).filter(([, keys]) => Object.keys(keys).length).map(([name, keys]) => [name, { povCharacters: keys }]));
  return JSON.stringify({ ...shared, chapters }, null, 2) + '\n';
}

/** The settings the editor uses for a book: shared ones, with every chapter's POVs under book scene keys. */
export function bookEditorSettings(settings: BookSettings, names: readonly string[]): ManuscriptSettings {
  const povCharacters: Record<string, string> = {};
  names.forEach((name, i) => {
    for (const [key, who] of Object.entries(settings.chapters[name] ?? {})) povCharacters[`${i + 1}:${key}`] = who;
  });
  return { ...settings.shared, povCharacters };
}

/**
 * A manuscript's own settings with its book's (when it is a chapter of one): the book's words, ignores and
 * ignored rules are added to its own, the book's dialect, narration and tense apply unless the file sets its own
 * (a value other than the default), and the book's POVs for this file (`name`) win over its own.
 */
export function withBookSettings(own: ManuscriptSettings, book: BookSettings, name: string): ManuscriptSettings {
  const union = (a: readonly string[], b: readonly string[]): string[] => [...new Set([...a, ...b])];
  const dialect = own.dialect ?? book.shared.dialect;
  return {
    ...own,
    words: union(book.shared.words, own.words),
    ignored: union(book.shared.ignored, own.ignored),
    ignoredNotes: { ...book.shared.ignoredNotes, ...own.ignoredNotes },
    ignoredRules: union(book.shared.ignoredRules, own.ignoredRules),
    narration: own.narration !== 'auto' ? own.narration : book.shared.narration,
    tense: own.tense !== 'auto' ? own.tense : book.shared.tense,
    povCharacters: { ...own.povCharacters, ...(book.chapters[name] ?? {}) },
    ...(dialect ? { dialect } : {}),
  };
}

/** A chapter's own settings (`<file>.redline.json`, from when it was reviewed alone), by file name. */
export interface ChapterSettings {
  readonly name: string;
  readonly settings: ManuscriptSettings;
}

/**
 * The book's settings with each chapter's own folded in, so a writer who opens the folder keeps what they set on
 * each chapter alone: words, ignored findings (and their notes) and ignored rules are the union of all; a
 * chapter's scene POVs apply under its file name unless the book sets that scene; the dialect, narration and
 * tense are the book's when it sets them (a dialect, or a value other than `auto`), else the first chapter's
 * (in book order) that sets one. `conflicts` has one plain sentence for each of those three on which the
 * chapters disagree and the book is silent. Nothing is written: the chapters' files stay as they are.
 */
export function foldChapterSettings(book: BookSettings, chapters: readonly ChapterSettings[]): { readonly settings: BookSettings; readonly conflicts: readonly string[] } {
  const union = (lists: ReadonlyArray<readonly string[]>): string[] => [...new Set(lists.flat())];
  const all = [book.shared, ...chapters.map((c) => c.settings)];
  const conflicts: string[] = [];
  /** The book's value if set, else the first chapter's; a disagreement among the chapters is noted. */
  const pick = <T extends string>(label: string, bookValue: T | undefined, of: (s: ManuscriptSettings) => T | undefined): T | undefined => {
    if (bookValue !== undefined) return bookValue;
    const set = chapters.flatMap((c) => {
      const v = of(c.settings);
      return v === undefined ? [] : [{ name: c.name, v }];
    });
    const first = set[0];
    if (first && set.some((s) => s.v !== first.v)) {
      conflicts.push(`The chapters set different ${label}s (${set.map((s) => `${s.name}: ${s.v}`).join(', ')}); the book uses ${first.v} until you set it in Settings.`);
    }
    return first?.v;
  };
  const notAuto = <T extends string>(v: T): T | undefined => (v === 'auto' ? undefined : v);
  const dialect = pick('dialect', book.shared.dialect, (s) => s.dialect);
  const narration = pick('narration', notAuto(book.shared.narration), (s) => notAuto(s.narration)) ?? 'auto';
  const tense = pick('tense', notAuto(book.shared.tense), (s) => notAuto(s.tense)) ?? 'auto';
  const povs: Record<string, Readonly<Record<string, string>>> = { ...book.chapters };
  for (const c of chapters) {
    const own = c.settings.povCharacters;
    if (Object.keys(own).length) povs[c.name] = { ...own, ...(book.chapters[c.name] ?? {}) };
  }
  const { dialect: _none, ...shared } = book.shared;
  return {
    settings: {
      shared: {
        ...shared,
        words: union(all.map((s) => s.words)),
        ignored: union(all.map((s) => s.ignored)),
        ignoredNotes: Object.assign({}, ...[...all].reverse().map((s) => s.ignoredNotes)) as Record<string, IgnoredNote>,
        ignoredRules: union(all.map((s) => s.ignoredRules)),
        narration,
        tense,
        povCharacters: {},
        ...(dialect !== undefined ? { dialect } : {}),
      },
      chapters: povs,
    },
    conflicts,
  };
}
