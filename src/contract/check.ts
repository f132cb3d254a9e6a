/**
 * The check contract: what a check is, what it sees, and what it gives back. The engine runs any list of
 * `CheckDefinition`s; the checks implement them; neither imports the other (the registry in `src/checks`
 * hands the list to hosts, and hosts hand it to `createEngine`).
 *
 * Offsets are UTF-16 code units into the `\n`-normalised text (the units CodeMirror uses). In `scan`, a
 * draft's offsets count from its paragraph's start; in `finish`, from the text's start.
 */
import type { Root } from 'nlcst';
import type { CheckId, Fix, Severity } from './diagnostic.js';

/** Dictionaries Redline ships (both inside the compiled lexicon). */
export type DictionaryId = 'en-US' | 'en-GB';

/** What the engine needs from its host, as data (the same in Node and in a Web Worker). */
export interface EngineDeps {
  /**
   * The compiled spelling lexicon (data/lexicon.bin, built by `npm run build:lexicon` from the en-US and en-GB
   * Hunspell dictionaries), as bytes. Required by the spelling check; the engine never reads files.
   */
  readonly lexicon?: Uint8Array;
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
  /**
   * Optional: the learned confusables model (data/confusables-model.bin, built by `npm run train:confusables`),
   * as bytes. Without it the confusables check runs its hand-written patterns only.
   */
  readonly confusablesModel?: Uint8Array;
}

/** A paragraph of the manuscript: `[from, to)` in the normalised text; `text` is its prose. */
export interface Paragraph {
  readonly from: number;
  readonly to: number;
  /** The paragraph's prose: the source slice with markup masked by spaces (same length). */
  readonly text: string;
}

/** What a check sees of one paragraph: its prose and one shared parse. Offsets in `tree` are relative to the paragraph. */
export interface ParagraphInput {
  readonly text: string;
  readonly tree: Root;
}

/** Plain data a check keeps on its own drafts between `scan` and `finish` (never shown, never serialised). */
export type DraftData = Readonly<Record<string, string | number | boolean>>;

/**
 * A diagnostic before the engine completes it: the engine adds `check`, `actual` and `fingerprint`. `data`
 * is private to the check that made it, typed by that check.
 */
export interface Draft<D extends DraftData = DraftData> {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly from: number;
  readonly to: number;
  readonly message: string;
  readonly note?: string;
  readonly fixes: readonly Fix[];
  /** 0–1, see `Diagnostic.confidence`. */
  readonly confidence?: number;
  readonly data?: D;
}

/**
 * A shared analysis of the manuscript (capitalised words, chapters and scenes, narration, …), computed only
 * when a running check declares it in `uses`. Per-paragraph facts are cached by paragraph text like scans; the
 * manuscript-wide value is computed at most once per `check` call, on first `context.get`.
 */
export interface Analysis<P = unknown, M = unknown> {
  /** For error messages and tests. */
  readonly id: string;
  /** Analyses this one reads through `context.get` in `manuscript`. */
  readonly uses?: readonly Analysis[];
  /** Facts of one paragraph. Must be a pure function of its input. */
  paragraph(input: ParagraphInput): P;
  /** The manuscript-wide value, from every paragraph's facts in order. Must be cheap (no parsing). */
  manuscript(facts: readonly P[], context: ManuscriptContext): M;
}

/** What a check's `finish` sees of the whole manuscript. */
export interface ManuscriptContext {
  /** The whole prose (markup masked), `\n` newlines. */
  readonly text: string;
  /** The text as given (`\n` newlines, Markdown markup kept): scene breaks and italics are read from it. */
  readonly source: string;
  readonly paragraphs: readonly Paragraph[];
  /** A book of chapter files: where each starts and its name (see the engine's `CheckCallOptions.files`). */
  readonly files?: ReadonlyArray<{ readonly from: number; readonly name: string }>;
  /**
   * The manuscript-wide value of an analysis. Throws when no running check declared it (in `uses`), so a
   * missing declaration is found by the first test rather than by a slow engine.
   */
  get<M>(analysis: Analysis<unknown, M>): M;
}

/** A check set up with its options: the shape every check has. */
export interface CheckRunner<O extends object = object, D extends DraftData = DraftData, S = unknown> {
  /** Context-free findings in one paragraph; the engine caches them by paragraph text. */
  scan(paragraph: ParagraphInput): readonly Draft<D>[];
  /**
   * Optional manuscript-wide step over every paragraph's drafts (absolute offsets): filter, rewrite or add,
   * using context. Runs on every check call, so it must be cheap (no parsing).
   */
  finish?(drafts: readonly Draft<D>[], context: ManuscriptContext): readonly Draft<D>[];
  /**
   * Optional: adopt new options without losing the scan cache. Returns false when the change affects `scan`
   * (the engine then sets the check up afresh). Lets "Add to dictionary" avoid re-reading a whole novel.
   */
  update?(options: O): boolean;
  /** Facts the check reports beside its diagnostics (its entry in `CheckSummaries`). */
  summary?(): S;
}

/** What a check may use from the engine. */
export interface CheckDeps {
  /** `EngineDeps.lexicon`, as given (the spelling check decodes it, once per byte array). */
  readonly lexicon?: Uint8Array;
  /** Word → rank (0 = most frequent), built once from `EngineDeps.wordRanks`. */
  readonly wordRank: ReadonlyMap<string, number>;
  /** `EngineDeps.vocabulary` as a set (lower case). */
  readonly vocabulary: ReadonlySet<string>;
  /** `EngineDeps.confusablesModel`, as given (the confusables check decodes it). */
  readonly confusablesModel?: Uint8Array;
}

/** A check: id, one-sentence description, typed options with documented defaults, and its runner. */
export interface CheckDefinition<O extends object = object, D extends DraftData = DraftData, S = unknown> {
  readonly id: CheckId;
  readonly description: string;
  readonly defaults: O;
  /** Every rule id the check can report, with the name a writer reads ("its / it's", "Head-hop"). */
  readonly rules: Readonly<Record<string, string>>;
  /** Shared analyses the check reads in `finish` (the engine computes only what some running check uses). */
  readonly uses?: readonly Analysis[];
  setup(options: O, deps: CheckDeps): CheckRunner<O, D, S>;
}

/** Any check definition, whatever its options, data and summary types (methods are bivariant in their parameters). */
export type AnyCheckDefinition = CheckDefinition<object, DraftData, unknown>;
