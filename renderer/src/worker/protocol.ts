/** Messages between the renderer and the engine worker. Plain JSON (structured clone). */
import type { CheckId, Diagnostic } from '../../../src/contract/diagnostic.js';
import type { EngineData, Preferences } from '../../../src/contract/ipc.js';
import type { ManuscriptSettings } from '../../../src/contract/manuscript-settings.js';
import type { CheckSummaries } from '../../../src/contract/summaries.js';

/** The manuscript's point of view and tense, as the `pov` and `tense` checks take them. */
export type PovSettings = Pick<ManuscriptSettings, 'narration' | 'povCharacters' | 'tense'>;

/** An HTTP request the worker makes itself (the `redline serve` bridge), so a large answer is parsed off the page's thread. */
export interface WorkerRequest {
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** A check request: the whole text, its format, and what configures the engine. */
export interface CheckRequest {
  readonly type: 'check';
  readonly id: number;
  readonly text: string;
  readonly format: 'text' | 'markdown';
  readonly words: readonly string[];
  readonly preferences: Preferences;
  readonly pov: PovSettings;
  /** A book: where each chapter file starts and its name (the engine's `CheckCallOptions.files`). */
  readonly files?: ReadonlyArray<{ readonly from: number; readonly name: string }>;
  /**
   * Check progressively: the paragraphs overlapping this range (UTF-16 offsets, the part in view) first, then the
   * rest in slices, each answered by a {@link CheckProgress}, then the whole. For a document just opened or a
   * setting that makes the engine read everything again; an edit is checked whole at once (its cache is warm).
   */
  readonly visible?: { readonly from: number; readonly to: number };
}

export type ToWorker =
  /** The engine's data, as the host gave it (Electron), or where the worker fetches it itself (`redline serve`). */
  | { readonly type: 'init'; readonly data: EngineData }
  | { readonly type: 'init'; readonly fetch: WorkerRequest }
  | CheckRequest;

export interface CheckResult {
  readonly type: 'result';
  readonly id: number;
  readonly diagnostics: readonly Diagnostic[];
  readonly summaries: Partial<CheckSummaries>;
  readonly paragraphs: number;
  /** Paragraphs re-analysed by this check (the rest came from the engine's cache). */
  readonly analysed: number;
  readonly words: number;
  readonly ms: number;
}

/**
 * Part of a progressive check: the findings of the paragraphs just read that the whole check cannot drop (checks
 * with no manuscript-wide step), and how far it has got. The {@link CheckResult} that follows replaces them all.
 */
export interface CheckProgress {
  readonly type: 'progress';
  readonly id: number;
  readonly diagnostics: readonly Diagnostic[];
  /** Paragraphs read so far, of `total`. */
  readonly done: number;
  readonly total: number;
}

/** A check the engine offers (from its registry), for Preferences. */
export interface CheckInfo {
  readonly id: CheckId;
  readonly description: string;
  /** Rule id → the name a writer reads ("its / it's", "Head-hop"). */
  readonly rules: Readonly<Record<string, string>>;
}

export type FromWorker =
  | { readonly type: 'ready'; readonly ms: number; readonly checks: readonly CheckInfo[] }
  | CheckProgress
  | CheckResult
  | { readonly type: 'error'; readonly id?: number; readonly message: string };
