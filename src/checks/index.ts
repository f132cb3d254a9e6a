/**
 * The registry: every check Redline runs, one typed list sorted by id. Hosts (the CLI, the app's worker,
 * tests) pass `CHECKS` to `createEngine`; the engine and the checks never import each other. A new check is
 * one entry here, its id in `CHECK_INFO` (src/contract/diagnostic.ts) and its options in `CheckOptions`.
 */
import type { AnyCheckDefinition } from '../contract/check.js';
import type { CheckId } from '../contract/diagnostic.js';
import type { ManuscriptSettings } from '../contract/manuscript-settings.js';
import type { SpellingDialect } from '../contract/summaries.js';
import type { EngineConfig } from '../engine/engine.js';
import { confusables, type ConfusablesOptions } from './confusables/confusables.js';
import { dialogue, type DialogueOptions } from './dialogue/dialogue.js';
import { pov, type PovOptions } from './pov/pov.js';
import { repeatedWords, type RepeatedWordsOptions } from './repeated-words/repeated-words.js';
import { spelling, type SpellingOptions } from './spelling/spelling.js';
import { tense, type TenseOptions } from './tense/tense.js';

/** Each registered check's options type, by id. */
export interface CheckOptions {
  readonly confusables: Partial<ConfusablesOptions>;
  readonly dialogue: Partial<DialogueOptions>;
  readonly pov: Partial<PovOptions>;
  readonly 'repeated-words': Partial<RepeatedWordsOptions>;
  readonly spelling: Partial<SpellingOptions>;
  readonly tense: Partial<TenseOptions>;
}

/** Engine configuration with every check's options typed. */
export type RedlineConfig = EngineConfig<Partial<CheckOptions>>;

/** Every check Redline runs: one array, sorted by id. */
export const CHECKS: readonly AnyCheckDefinition[] = [confusables, dialogue, pov, repeatedWords, spelling, tense];

/** What a host knows beyond the manuscript's own settings file. */
export interface HostPreferences {
  /** Checks to run (default: all). */
  readonly checks?: readonly CheckId[];
  /**
   * The spelling dialect, over the manuscript's own (`--dialect` on the command line). Absent: the manuscript's
   * `dialect`, else `auto`.
   */
  readonly dialect?: SpellingDialect;
  /** The personal dictionary shared by every manuscript. */
  readonly personalWords?: readonly string[];
}

/**
 * The engine configuration for a manuscript: its settings file (word list, dialect, tense, narration, POV per
 * scene) with the host's preferences (the personal dictionary's words first; a host dialect overrides the
 * manuscript's). The one place the CLI and the app's worker turn settings into options.
 */
export function engineConfigFor(
  settings: (Pick<ManuscriptSettings, 'words' | 'narration' | 'povCharacters'> & Partial<Pick<ManuscriptSettings, 'dialect' | 'tense'>>) | undefined,
  host: HostPreferences = {},
): RedlineConfig {
  const words = [...(host.personalWords ?? []), ...(settings?.words ?? [])];
  return {
    ...(host.checks ? { checks: host.checks } : {}),
    options: {
      spelling: { dialect: host.dialect ?? settings?.dialect ?? 'auto', words },
      pov: { narration: settings?.narration ?? 'auto', povCharacters: settings?.povCharacters ?? {} },
      tense: { tense: settings?.tense ?? 'auto' },
    },
  };
}
