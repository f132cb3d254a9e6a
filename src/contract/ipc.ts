/**
 * The one typed IPC contract between the app's host (Electron main, or the `redline serve` bridge) and the
 * renderer: a map of channel → arguments and result. Main's handlers, the preload allowlist and the renderer's
 * bridge are all typed from it. Every result travels as a `Result`: failures a user can cause (a missing
 * file, a full disk) are values, never thrown errors.
 *
 * Each list here is derived from a record keyed by its contract, so a channel, event or preload message
 * added to the contract does not compile until it has its validator (channels, preload messages) or its
 * entry (events), and it is then allowlisted and registered everywhere without another edit.
 *
 * The renderer never names a path for the host to read: the host shows the dialog and hands back a document
 * handle (an opaque string). Text crosses as `\n`-normalised strings; the host keeps the file's encoding, BOM
 * and line endings and restores them on save.
 */
import { isSpellingDialect, type SpellingDialect } from './summaries.js';
import { NARRATION_TENSES, NARRATIONS, SCENE_KEY, type IgnoredNote, type ManuscriptSettings, type Narration, type NarrationTense } from './manuscript-settings.js';
import { CHECK_IDS, type CheckId } from './diagnostic.js';
import { BOOK_SCENE_KEY } from './book.js';
import type { Result } from './result.js';

/** An open manuscript as the renderer sees it. */
export interface DocumentSnapshot {
  /** Opaque handle; the only way the renderer refers to a file. */
  readonly handle: string;
  /** File name for the title bar (no folder). */
  readonly name: string;
  /** The text, `\n` line endings, no BOM. */
  readonly text: string;
  readonly format: 'text' | 'markdown';
  /** How the file stores its text, for the status bar: e.g. `UTF-8 · CRLF`. */
  readonly layout: string;
  /** Per-manuscript word list and ignores (`<file>.redline.json`). */
  readonly settings: ManuscriptSettings;
  /** True for the bundled sample chapter or a restored recovery: it has no file yet, so Save means Save As. */
  readonly untitled: boolean;
  /** True when the text came from the recovery folder and differs from the file: it opens with unsaved changes. */
  readonly restored?: boolean;
  /**
   * Set for a Word document opened for review: its text is checked and edited, but Save does not write it
   * back; Export writes a .docx (with or without tracked changes) from the original file.
   */
  readonly review?: { readonly kind: 'docx'; readonly warning?: string };
  /**
   * The review this text belongs to: the text as first opened for review, kept by the host across reloads and
   * restarts until the writer starts a new review, so Export shows every change since. Absent for a document
   * without a file or a Word document (its review starts when it is opened).
   */
  readonly baseline?: ReviewBaseline;
  /**
   * Set when the manuscript is a book: a folder of chapter files opened as one. `text` is then the chapters'
   * texts joined (`joinChapters` in `src/contract/book.ts`), `handle` the book's (settings changes, export of the
   * whole book, reload), `settings` the book-level settings, and `baseline` the chapters' baselines joined the
   * same way. Each chapter is saved through its own handle.
   */
  readonly book?: BookInfo;
}

/** A book's chapters, in order. */
export interface BookInfo {
  /** The folder's name. */
  readonly folder: string;
  readonly chapters: readonly ChapterInfo[];
  /**
   * Plain sentences for the writer when the book opens: where the chapters' own settings disagree (dialect,
   * narration, tense) and `book.redline.json` does not say, and which value the book took.
   */
  readonly notices?: readonly string[];
}

/** One chapter file of a book. */
export interface ChapterInfo {
  /** The chapter file's own document handle: Save, autosave and the export of one chapter use it. */
  readonly handle: string;
  /** Its file name. */
  readonly name: string;
  /** Where it starts in the book's `text` (UTF-16 code units). */
  readonly from: number;
  /** Where its baseline starts in the book's `baseline.text`. */
  readonly baseFrom: number;
  /** Set for a Word document opened for review: never saved, exported. */
  readonly docx?: boolean;
}

/** A review's baseline as the renderer receives it. */
export interface ReviewBaseline {
  /** ISO time the review began. */
  readonly since: string;
  /** The text as first opened for review (`\n` line endings); the editor diffs it against the document's text. */
  readonly text: string;
  /**
   * Fixes accepted since the review began and saved, as the editor logged them at each save: an export then
   * names the check and rule of a change made in an earlier session (the text alone cannot say).
   */
  readonly fixes?: readonly LoggedFix[];
}

/** An accepted fix as the review's log keeps it: the text it replaced, what it put there, and the fix. */
export interface LoggedFix {
  readonly removed: string;
  readonly insert: string;
  readonly fix: FixNote;
}

/** The spelling lexicon, word ranks and models for the engine worker (bytes travel as base64). */
export interface EngineData {
  /** data/lexicon.bin (`EngineDeps.lexicon`), base64. */
  readonly lexicon: string;
  readonly wordRanks: readonly string[];
  /** Rare but real words (SCOWL size 70) for `EngineDeps.vocabulary`. */
  readonly vocabulary: readonly string[];
  /**
   * The learned confusables model's bytes for `EngineDeps.confusablesModel`, base64-encoded (the bridge of
   * `redline serve` speaks JSON, where a Uint8Array would arrive as a 50 MB object); absent: patterns only.
   */
  readonly confusablesModel?: string;
}

/** Unsaved text found in the recovery folder at start-up (after a crash). */
export interface RecoveryOffer {
  readonly id: string;
  readonly name: string;
  /**
   * Set when the autosave is of a chapter of the book this window has open: that chapter's file name. Such work
   * is restored into the book, in that chapter's place (`recovery:read`), not opened alone.
   */
  readonly chapter?: string;
  /** ISO time of the autosave. */
  readonly savedAt: string;
}

/** App-wide checking preferences, persisted by the host. */
export interface Preferences {
  /** Spelling dialect: `auto` (American, British too once the manuscript uses it), or one, or both. */
  readonly dialect: SpellingDialect;
  /** Checks switched off, by id (an allowlist would hide checks added later). */
  readonly disabledChecks: readonly string[];
}

export const DEFAULT_PREFERENCES: Preferences = { dialect: 'auto', disabledChecks: [] };

/** What the renderer needs at start-up. */
export interface InitialState {
  /** `electron`: native menus and dialogs. `serve`: the browser bridge of `redline serve`. */
  readonly host: 'electron' | 'serve';
  readonly document: DocumentSnapshot;
  readonly recoveries: readonly RecoveryOffer[];
  readonly reviewPanelOpen: boolean;
  readonly preferences: Preferences;
  readonly dictionary: PersonalDictionary;
}

/** The personal dictionary shared by every manuscript (and the CLI): where it lives and its words. */
export interface PersonalDictionary {
  /** The file, for the writer to find (`~/.config/redline/dictionary.txt` unless `$REDLINE_DICTIONARY`). */
  readonly path: string;
  readonly words: readonly string[];
}

/** A change to the personal dictionary: a word added or removed. */
export interface DictionaryChange {
  readonly kind: 'add' | 'remove';
  readonly word: string;
}

/** A change to a manuscript's own settings. */
export type SettingsChange =
  | { readonly kind: 'add-word'; readonly word: string }
  | { readonly kind: 'remove-word'; readonly word: string }
  /** Ignores a finding by fingerprint; `note` is what it was, for the settings view to list it. */
  | { readonly kind: 'ignore'; readonly fingerprint: string; readonly note?: IgnoredNote }
  | { readonly kind: 'unignore'; readonly fingerprint: string }
  | { readonly kind: 'ignore-rule'; readonly ruleId: string }
  | { readonly kind: 'unignore-rule'; readonly ruleId: string }
  /** The manuscript's spelling dialect; `null` goes back to the app's default. */
  | { readonly kind: 'set-dialect'; readonly dialect: SpellingDialect | null }
  | { readonly kind: 'set-tense'; readonly tense: NarrationTense }
  /**
   * The POV character of one scene (key `"<chapter>.<scene>"`): a name, `""` for "no single POV", or `null`
   * to go back to detection.
   */
  | { readonly kind: 'set-pov'; readonly scene: string; readonly character: string | null }
  | { readonly kind: 'set-narration'; readonly narration: Narration };

/** The fix an edit came from, for its Word comment and the change report. */
export interface FixNote {
  readonly check: CheckId;
  readonly ruleId: string;
  /** The diagnostic's one-sentence message. */
  readonly message: string;
}

/** One change made in the editor, in UTF-16 offsets of the text as opened (`ExportRequest.base`). */
export interface EditorEdit {
  readonly from: number;
  readonly to: number;
  readonly insert: string;
  /** Set when the change is an accepted fix (not the writer's own typing). */
  readonly fix?: FixNote;
}

/** An issue still open at export time, in offsets of the text as opened (for the change report). */
export interface OpenIssue extends FixNote {
  readonly from: number;
  readonly to: number;
}

/** File → Export…: the manuscript as opened plus the editor's changes since, written by the host. */
export interface ExportRequest {
  readonly handle: string;
  /** The text as opened (`\n` line endings); the host restores the file's line endings and BOM. */
  readonly base: string;
  /** Every change since opening, in `base` offsets, not overlapping. */
  readonly edits: readonly EditorEdit[];
  readonly format: 'txt' | 'md' | 'docx';
  /** `.docx` only: each change as a Word tracked change (author "Redline"). */
  readonly trackChanges: boolean;
  /** `.docx` with tracked changes only: a Word comment on each accepted fix with its rule and message. */
  readonly comments: boolean;
  /** A change report beside the export (`<name>.changes.html` or `.changes.md`). */
  readonly report: 'none' | 'html' | 'md';
  readonly open: readonly OpenIssue[];
  /** A bare file name in the folder (`redline serve`, which has no native dialog). */
  readonly name?: string;
  /** `redline serve`: replace an existing file of that name (and its change report); without it, `exists` is returned. */
  readonly replace?: boolean;
}

/** What an export wrote. */
export interface ExportDone {
  readonly name: string;
  /** The change report's file name, when one was asked for. */
  readonly report?: string;
  /** Changes written (tracked or applied), and changes that could not be placed. */
  readonly written: number;
  readonly skipped: number;
}

/** Commands that native menus (or the host) send to the renderer. */
export const MENU_COMMANDS = [
  'open',
  'open-folder',
  'save',
  'save-as',
  'next-issue',
  'previous-issue',
  'toggle-review-panel',
  'find',
  'replace',
  'export',
  'preferences',
  'settings',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** Host → renderer events. */
export interface EventContract {
  /** The file changed on disk. `reloaded`: the document was clean and was reloaded (snapshot attached). */
  'doc:disk-change':
    | { readonly handle: string; readonly kind: 'reloaded'; readonly document: DocumentSnapshot }
    | { readonly handle: string; readonly kind: 'changed-while-dirty' }
    | { readonly handle: string; readonly kind: 'deleted' }
    /**
     * A book's folder (`handle`: the book's) gained or lost chapter files since the book was read: their names.
     * The book shows them once it is reloaded (`doc:reload` lists the folder again).
     */
    | { readonly handle: string; readonly kind: 'folder-changed'; readonly added: readonly string[]; readonly removed: readonly string[] };
  'menu:command': { readonly command: MenuCommand };
  /** A document the host opened itself (Open Recent, drag and drop onto the window, the OS). */
  'doc:opened': { readonly document: DocumentSnapshot };
}
export type EventName = keyof EventContract;
// Host → renderer payloads come from the host itself, so events need no validator; the record only makes
// the list exhaustive.
const EVENTS = { 'doc:disk-change': true, 'menu:command': true, 'doc:opened': true } as const satisfies { readonly [E in EventName]: true };
/** Every event, the preload's allowlist for subscriptions. */
export const EVENT_NAMES = Object.keys(EVENTS) as readonly EventName[];

/**
 * Preload → host messages: one-way, sent by Electron's preload itself for what only it can know, never by the
 * page (the page's bridge does not offer them, and the host refuses them from any other sender). `redline
 * serve` has no preload and no such messages.
 */
export interface PreloadContract {
  /**
   * A file dropped on the window: its path, read by the preload from the OS drop (page scripts cannot forge a
   * dropped File's path). The host checks the name like any other file it opens.
   */
  'app:open-dropped': { readonly path: string };
}
export type PreloadMessage = keyof PreloadContract;

/** Renderer → host calls: channel → arguments and result value (wrapped in `Result`). */
export interface IpcContract {
  'app:initial': { args: Record<string, never>; result: InitialState };
  'engine:data': { args: Record<string, never>; result: EngineData };
  /** Shows the host's open dialog; `null` when cancelled. */
  'doc:open': { args: Record<string, never>; result: DocumentSnapshot | null };
  /**
   * Saves a manuscript (or one chapter of a book, by its own handle). `fixes`: the fixes accepted since the review
   * began that this text keeps, logged with the review's baseline (see {@link ReviewBaseline.fixes}).
   */
  'doc:save': { args: { readonly handle: string; readonly text: string; readonly fixes?: readonly LoggedFix[] }; result: { readonly savedAt: string } };
  /** Shows the host's folder dialog and opens the folder's chapter files as one book; `null` when cancelled. */
  'book:open': { args: Record<string, never>; result: DocumentSnapshot | null };
  /**
   * Shows the host's save dialog (`name` is a suggestion: a bare file name, used by `redline serve`, which
   * has no native dialog and writes only inside its folder); `null` when cancelled. In `serve` an existing
   * name (or its `.redline.json`) is refused with code `exists` unless `replace` is true (the page asks first).
   */
  'doc:save-as': { args: { readonly handle: string; readonly text: string; readonly name?: string; readonly replace?: boolean }; result: DocumentSnapshot | null };
  /** Reads the file again from disk (after "changed on disk: reload?"); for a book, every chapter and its settings. */
  'doc:reload': { args: { readonly handle: string }; result: DocumentSnapshot };
  'doc:set-dirty': { args: { readonly handle: string; readonly dirty: boolean }; result: null };
  'doc:update-settings': { args: { readonly handle: string; readonly change: SettingsChange }; result: ManuscriptSettings };
  /**
   * Start new review: `text` (the editor's text now) becomes the review's baseline; Export then shows only the
   * changes made after this.
   */
  'doc:new-review': { args: { readonly handle: string; readonly text: string }; result: { readonly since: string } };
  /** Adds a word to the personal dictionary shared by every manuscript, or removes one. */
  'dictionary:update': { args: { readonly change: DictionaryChange }; result: PersonalDictionary };
  /** Autosave of unsaved text to the recovery folder. */
  'recovery:save': { args: { readonly handle: string; readonly text: string }; result: null };
  'recovery:restore': { args: { readonly id: string }; result: DocumentSnapshot };
  /** The text of an autosave this window can write back (a chapter of its book), to restore it in place. */
  'recovery:read': { args: { readonly id: string }; result: { readonly name: string; readonly text: string } };
  'recovery:discard': { args: { readonly id: string }; result: null };
  'app:set-review-panel': { args: { readonly open: boolean }; result: null };
  'app:set-preferences': { args: { readonly preferences: Preferences }; result: Preferences };
  /** Shows the host's export dialog, computes the export and writes it; `null` when cancelled. */
  'doc:export': { args: ExportRequest; result: ExportDone | null };
}
export type Channel = keyof IpcContract;
export type ArgsOf<C extends Channel> = IpcContract[C]['args'];
export type ResultOf<C extends Channel> = Result<IpcContract[C]['result']>;

/** The renderer's view of the host: one typed call, one typed subscription. */
export interface Bridge {
  invoke<C extends Channel>(channel: C, args: ArgsOf<C>): Promise<ResultOf<C>>;
  /** Subscribes to a host event; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: EventContract[E]) => void): () => void;
}

// ---- Argument validation: shared by every host, so a compromised or buggy renderer gets a plain error. ----

/** True when an untrusted value has exactly the shape `T`. */
export type Validator<T> = (value: unknown) => value is T;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, max = 200): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;
const optionalBoolean = (v: unknown): boolean => v === undefined || typeof v === 'boolean';
/**
 * The longest text a request carries, in UTF-16 code units (21 Mi). Manuscripts are at most 20 MB; UTF-16
 * strings a little over that in code units are still refused. A longer text is refused with code `too-large`.
 */
export const MAX_TEXT_CHARS = 21 * 1024 * 1024;
const text = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_TEXT_CHARS;
const only = (o: Obj, keys: readonly string[]): boolean => Object.keys(o).every((k) => keys.includes(k));
/** An object with no keys but `keys` (each validator checks which of them are required). */
const shape = (v: unknown, keys: readonly string[]): v is Obj => isObj(v) && only(v, keys);

/** A dictionary word: one token, at most 100 code units. */
const word = (v: unknown): v is string => str(v, 100) && !/\s/.test(v);
const validIgnoredNote = (v: unknown): v is IgnoredNote =>
  shape(v, ['ruleId', 'actual', 'context']) && str(v['ruleId'], 100) && str(v['actual'], 200) && typeof v['context'] === 'string' && v['context'].length <= 200;

function validChange(v: unknown): v is SettingsChange {
  if (!isObj(v)) return false;
  switch (v['kind']) {
    case 'add-word':
    case 'remove-word':
      return only(v, ['kind', 'word']) && word(v['word']);
    case 'ignore':
      return only(v, ['kind', 'fingerprint', 'note']) && str(v['fingerprint'], 200) && (v['note'] === undefined || validIgnoredNote(v['note']));
    case 'unignore':
      return only(v, ['kind', 'fingerprint']) && str(v['fingerprint'], 200);
    case 'ignore-rule':
    case 'unignore-rule':
      return only(v, ['kind', 'ruleId']) && str(v['ruleId'], 100) && /^[a-z0-9-]+$/.test(v['ruleId']);
    case 'set-dialect':
      return only(v, ['kind', 'dialect']) && (v['dialect'] === null || isSpellingDialect(v['dialect']));
    case 'set-tense':
      return only(v, ['kind', 'tense']) && (NARRATION_TENSES as readonly unknown[]).includes(v['tense']);
    case 'set-pov':
      return (
        only(v, ['kind', 'scene', 'character']) &&
        str(v['scene'], 20) &&
        (SCENE_KEY.test(v['scene']) || BOOK_SCENE_KEY.test(v['scene'])) &&
        (v['character'] === null || (typeof v['character'] === 'string' && v['character'].length <= 100 && !/[\n\r]/.test(v['character'])))
      );
    case 'set-narration':
      return only(v, ['kind', 'narration']) && (NARRATIONS as readonly unknown[]).includes(v['narration']);
    default:
      return false;
  }
}

// One validator per channel: the record the channel list is made from.
const VALIDATORS = {
  'app:initial': (v): v is ArgsOf<'app:initial'> => shape(v, []),
  'engine:data': (v): v is ArgsOf<'engine:data'> => shape(v, []),
  'doc:open': (v): v is ArgsOf<'doc:open'> => shape(v, []),
  'doc:save': (v): v is ArgsOf<'doc:save'> =>
    shape(v, ['handle', 'text', 'fixes']) && str(v['handle']) && text(v['text']) && (v['fixes'] === undefined || validFixLog(v['fixes'])),
  'book:open': (v): v is ArgsOf<'book:open'> => shape(v, []),
  'doc:save-as': (v): v is ArgsOf<'doc:save-as'> =>
    shape(v, ['handle', 'text', 'name', 'replace']) &&
    str(v['handle']) &&
    text(v['text']) &&
    (v['name'] === undefined || str(v['name'], 255)) &&
    optionalBoolean(v['replace']),
  'doc:reload': (v): v is ArgsOf<'doc:reload'> => shape(v, ['handle']) && str(v['handle']),
  'doc:set-dirty': (v): v is ArgsOf<'doc:set-dirty'> => shape(v, ['handle', 'dirty']) && str(v['handle']) && typeof v['dirty'] === 'boolean',
  'doc:update-settings': (v): v is ArgsOf<'doc:update-settings'> => shape(v, ['handle', 'change']) && str(v['handle']) && validChange(v['change']),
  'doc:new-review': (v): v is ArgsOf<'doc:new-review'> => shape(v, ['handle', 'text']) && str(v['handle']) && text(v['text']),
  'dictionary:update': (v): v is ArgsOf<'dictionary:update'> =>
    shape(v, ['change']) && shape(v['change'], ['kind', 'word']) && (v['change']['kind'] === 'add' || v['change']['kind'] === 'remove') && word(v['change']['word']),
  'recovery:save': (v): v is ArgsOf<'recovery:save'> => shape(v, ['handle', 'text']) && str(v['handle']) && text(v['text']),
  'recovery:restore': (v): v is ArgsOf<'recovery:restore'> => shape(v, ['id']) && str(v['id']) && /^[\w-]+$/.test(v['id']),
  'recovery:read': (v): v is ArgsOf<'recovery:read'> => shape(v, ['id']) && str(v['id']) && /^[\w-]+$/.test(v['id']),
  'recovery:discard': (v): v is ArgsOf<'recovery:discard'> => shape(v, ['id']) && str(v['id']) && /^[\w-]+$/.test(v['id']),
  'app:set-review-panel': (v): v is ArgsOf<'app:set-review-panel'> => shape(v, ['open']) && typeof v['open'] === 'boolean',
  'app:set-preferences': (v): v is ArgsOf<'app:set-preferences'> => shape(v, ['preferences']) && validPreferences(v['preferences']),
  'doc:export': (v): v is ArgsOf<'doc:export'> => validExport(v),
} satisfies { readonly [C in Channel]: Validator<ArgsOf<C>> };

/** Every channel (one per validator), the preload's allowlist and the list each host registers. */
export const CHANNELS = Object.keys(VALIDATORS) as readonly Channel[];

/** True when `value` names a channel of the contract. */
export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.hasOwn(VALIDATORS, value);
}

const PRELOAD_VALIDATORS = {
  // Any path the OS gives (up to 32 767, Windows' long-path limit); the host decides whether it is a manuscript.
  'app:open-dropped': (v): v is PreloadContract['app:open-dropped'] => shape(v, ['path']) && str(v['path'], 32_767),
} satisfies { readonly [M in PreloadMessage]: Validator<PreloadContract[M]> };

/** Every preload message (one per validator): what the Electron host listens for. */
export const PRELOAD_MESSAGES = Object.keys(PRELOAD_VALIDATORS) as readonly PreloadMessage[];

/** True when `payload` has exactly the shape preload message `message` carries. */
export function validPreloadMessage<M extends PreloadMessage>(message: M, payload: unknown): payload is PreloadContract[M] {
  const validators: { readonly [K in PreloadMessage]: Validator<PreloadContract[K]> } = PRELOAD_VALIDATORS;
  return validators[message](payload);
}

const MAX_EDITS = 100_000;
const offset = (v: unknown, max: number): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= max;
const validNote = (v: Obj): boolean =>
  (CHECK_IDS as readonly unknown[]).includes(v['check']) && str(v['ruleId'], 100) && /^[a-z0-9-]+$/.test(v['ruleId']) && str(v['message'], 1000);

const MAX_LOGGED = 50_000;
function validFixLog(v: unknown): v is readonly LoggedFix[] {
  return (
    Array.isArray(v) &&
    v.length <= MAX_LOGGED &&
    v.every(
      (e) =>
        shape(e, ['removed', 'insert', 'fix']) &&
        typeof e['removed'] === 'string' &&
        e['removed'].length <= 1000 &&
        typeof e['insert'] === 'string' &&
        e['insert'].length <= 1000 &&
        shape(e['fix'], ['check', 'ruleId', 'message']) &&
        validNote(e['fix']),
    )
  );
}

function validExport(v: unknown): v is ExportRequest {
  if (!shape(v, ['handle', 'base', 'edits', 'format', 'trackChanges', 'comments', 'report', 'open', 'name', 'replace'])) return false;
  if (!str(v['handle']) || !text(v['base']) || !(v['name'] === undefined || str(v['name'], 255)) || !optionalBoolean(v['replace'])) return false;
  if (!['txt', 'md', 'docx'].includes(v['format'] as string) || !['none', 'html', 'md'].includes(v['report'] as string)) return false;
  if (typeof v['trackChanges'] !== 'boolean' || typeof v['comments'] !== 'boolean') return false;
  const n = v['base'].length;
  const edits = v['edits'];
  const open = v['open'];
  if (!Array.isArray(edits) || edits.length > MAX_EDITS || !Array.isArray(open) || open.length > MAX_EDITS) return false;
  const edit = (e: unknown): boolean =>
    isObj(e) &&
    only(e, ['from', 'to', 'insert', 'fix']) &&
    offset(e['from'], n) &&
    offset(e['to'], n) &&
    e['from'] <= e['to'] &&
    text(e['insert']) &&
    (e['fix'] === undefined || (isObj(e['fix']) && only(e['fix'], ['check', 'ruleId', 'message']) && validNote(e['fix'])));
  const issue = (e: unknown): boolean =>
    isObj(e) && only(e, ['from', 'to', 'check', 'ruleId', 'message']) && offset(e['from'], n) && offset(e['to'], n) && e['from'] <= e['to'] && validNote(e);
  return edits.every(edit) && open.every(issue);
}

function validPreferences(v: unknown): v is Preferences {
  return (
    isObj(v) &&
    only(v, ['dialect', 'disabledChecks']) &&
    isSpellingDialect(v['dialect']) &&
    Array.isArray(v['disabledChecks']) &&
    v['disabledChecks'].length <= 50 &&
    v['disabledChecks'].every((c) => str(c, 50) && /^[a-z-]+$/.test(c))
  );
}

/** True when `args` has exactly the shape channel `channel` takes (unknown keys are refused). */
export function validArgs<C extends Channel>(channel: C, args: unknown): args is ArgsOf<C> {
  const validators: { readonly [K in Channel]: Validator<ArgsOf<K>> } = VALIDATORS;
  return validators[channel](args === undefined || args === null ? {} : args);
}
