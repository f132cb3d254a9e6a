/** Messages between the renderer and the engine worker. Plain JSON (structured clone). */
import type { CheckId, Diagnostic } from '../../../src/contract/diagnostic.js';
import type { EngineData, Preferences } from '../../../src/contract/ipc.js';
import type { ManuscriptSettings } from '../../../src/contract/manuscript-settings.js';
import type { CheckSummaries } from '../../../src/contract/summaries.js';

/** The manuscript's point of view and tense, as the `pov` and `tense` checks take them. */
export type PovSettings = Pick<ManuscriptSettings, 'narration' | 'povCharacters' | 'tense'>;

export type ToWorker =
  | { readonly type: 'init'; readonly data: EngineData }
  | { readonly type: 'check'; readonly id: number; readonly text: string; readonly format: 'text' | 'markdown'; readonly words: readonly string[]; readonly preferences: Preferences; readonly pov: PovSettings };

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

/** A check the engine offers (from its registry), for Preferences. */
export interface CheckInfo {
  readonly id: CheckId;
  readonly description: string;
  /** Rule id → the name a writer reads ("its / it's", "Head-hop"). */
  readonly rules: Readonly<Record<string, string>>;
}

export type FromWorker = { readonly type: 'ready'; readonly ms: number; readonly checks: readonly CheckInfo[] } | CheckResult | { readonly type: 'error'; readonly id?: number; readonly message: string };
