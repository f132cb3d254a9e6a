/**
 * What checks report beside their diagnostics, typed here so every host (CLI JSON, the app's status bar and
 * POV settings) reads the same shapes. Plain JSON.
 */

/** The spelling dialects: `auto` (American, plus British once the manuscript uses three British spellings), one, or either. */
export const SPELLING_DIALECTS = ['auto', 'en-US', 'en-GB', 'both'] as const;

/** One of {@link SPELLING_DIALECTS}. */
export type SpellingDialect = (typeof SPELLING_DIALECTS)[number];

/** True when `value` is a spelling dialect. */
export function isSpellingDialect(value: unknown): value is SpellingDialect {
  return (SPELLING_DIALECTS as readonly unknown[]).includes(value);
}

/** The `spelling` check's summary. */
export interface SpellingSummary {
  /** Character and place names found in the manuscript, most used first. */
  readonly cast: readonly string[];
  /** The dialect actually applied (`auto` resolved). */
  readonly dialect: Exclude<SpellingDialect, 'auto'>;
}

/** One scene as the `pov` check reports it (what the app shows in its POV settings). Offsets: UTF-16 code units. */
export interface SceneSummary {
  /**
   * Stable key `"<chapter>.<scene>"`, both 1-based; chapter `0` is prose before the first heading. In a book of
   * chapter files, `"<file>:<chapter>.<scene>"`, each file numbered as it alone would be.
   */
  readonly key: string;
  /** The chapter's heading lines joined with " / ", or `""`. */
  readonly chapter: string;
  readonly from: number;
  readonly to: number;
  /** Words of narration. */
  readonly words: number;
  readonly person: 'first' | 'second' | 'third' | 'unknown';
  readonly tense: 'past' | 'present' | 'unknown';
  /** The POV character in effect: set by the writer, else detected; absent when none. */
  readonly pov?: string;
  /** Whether `pov` came from the writer's settings. */
  readonly povSet: boolean;
  /** Whether the scene is treated as omniscient (no head-hop flags). */
  readonly omniscient: boolean;
  /** Characters whose thoughts the narration reports, most first (`I` left out): the choices for its POV. */
  readonly heads: readonly string[];
}

/** The `pov` check's summary. */
export interface PovSummary {
  readonly scenes: readonly SceneSummary[];
}

/** Every check's summary, by check id (checks without one are absent). */
export interface CheckSummaries {
  readonly spelling: SpellingSummary;
  readonly pov: PovSummary;
}
