import type { Root } from 'nlcst';
import type { CheckId, Fix, Severity } from '../contract/diagnostic.js';
import type { Scene } from './scenes.js';

/** Hunspell dictionary bytes (or text). Arrives as data: the engine never reads files. */
export interface DictionaryData {
  readonly aff: Uint8Array | string;
  readonly dic: Uint8Array | string;
}

/** Dictionaries Redline ships. */
export type DictionaryId = 'en-US' | 'en-GB';

/** What the engine needs from its host, as data (the same in Node and in a Web Worker). */
export interface EngineDeps {
  /** `en-US` is required; `en-GB` is needed when the spelling dialect can be British. */
  readonly dictionaries: Readonly<Partial<Record<DictionaryId, DictionaryData>>>;
  /**
   * Optional: English words, most frequent first (SUBTLEX spoken-English counts). Ranks spelling suggestions
   * ("garantee" → "guarantee" before "grantee"). Without it, suggestions rank by edit and manuscript use only.
   */
  readonly wordRanks?: readonly string[];
  /**
   * Optional: rare but real words beyond the dictionary (SCOWL size 70: "tragical", "samite", "foeman"),
   * accepted when no single slip turns them into a common word ("corse" stays a typo of "course"); never
   * suggested.
   */
  readonly vocabulary?: readonly string[];
}

/** A paragraph of the manuscript: `[from, to)` in the normalised text; `text` is its prose. */
export interface Paragraph {
  readonly from: number;
  readonly to: number;
  /** The paragraph's prose: the source slice with markup masked by spaces (same length). */
  readonly text: string;
}

/** What a check sees of one paragraph. Offsets in `tree` are relative to the paragraph. */
export interface ParagraphInput {
  readonly text: string;
  readonly tree: Root;
}

/**
 * A diagnostic before the engine completes it: offsets relative to the paragraph in `scan`, absolute in
 * `finish`; the engine adds `check`, `actual` and `fingerprint`. `data` is private to the check.
 */
export interface Draft {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly from: number;
  readonly to: number;
  readonly message: string;
  readonly note?: string;
  readonly fixes: readonly Fix[];
  readonly data?: Readonly<Record<string, string | number | boolean>>;
}

/** How a capitalised word is used across the manuscript. */
export interface WordUse {
  /** Capitalised, not first in its sentence or speech. */
  mid: number;
  /** Capitalised, first in its sentence or speech. */
  initial: number;
  /** Written all in lower case. */
  lower: number;
}

/** Manuscript-wide facts the engine gathers for checks that need more than one paragraph. */
export interface ManuscriptContext {
  /** The whole prose (markup masked), `\n` newlines. */
  readonly text: string;
  /** The text as given (`\n` newlines, Markdown markup kept): scene breaks and italics are read from it. */
  readonly source: string;
  readonly paragraphs: readonly Paragraph[];
  /** Use counts keyed by the word as written capitalised (`"Darcy"`), for every word seen capitalised. */
  readonly capitalised: ReadonlyMap<string, WordUse>;
  /**
   * Chapters and scenes in order, each with its narration (person, tense, POV character, omniscience) and the
   * mind clauses of its narration. Built from per-paragraph facts cached like scans, so it costs no parsing.
   */
  readonly scenes: readonly Scene[];
}

/** A check set up with its options: the shape every check has. */
export interface CheckRunner {
  /** Context-free findings in one paragraph; the engine caches them by paragraph text. */
  scan(paragraph: ParagraphInput): readonly Draft[];
  /**
   * Optional manuscript-wide step over every paragraph's drafts (absolute offsets): filter, rewrite or add,
   * using context. Runs on every check, so it must be cheap (no parsing).
   */
  finish?(drafts: readonly Draft[], context: ManuscriptContext): readonly Draft[];
  /**
   * Optional: adopt new options without losing the scan cache. Returns false when the change affects `scan`
   * (the engine then sets the check up afresh). Lets "Add to dictionary" avoid re-reading a whole novel.
   */
  update?(options: object): boolean;
  /** Facts the check wants to report alongside its diagnostics (e.g. the cast list). */
  summary?(): Readonly<Record<string, unknown>>;
}

/** A check: id, one-sentence description, typed options with documented defaults, and its runner. */
export interface CheckDefinition<Options extends object = object> {
  readonly id: CheckId;
  readonly description: string;
  readonly defaults: Options;
  setup(options: Options, deps: CheckDeps): CheckRunner;
}

/** What a check may use from the engine. */
export interface CheckDeps {
  readonly dictionaries: EngineDeps['dictionaries'];
  /** Word → rank (0 = most frequent), built once from `EngineDeps.wordRanks`. */
  readonly wordRank: ReadonlyMap<string, number>;
  /** `EngineDeps.vocabulary` as a set (lower case). */
  readonly vocabulary: ReadonlySet<string>;
}
