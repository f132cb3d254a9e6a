/**
 * What the review editor knows about the document besides its text, as `StateField`s: the manuscript's own
 * settings (word list, ignores, point of view), its format, the checking preferences in effect, and what the
 * last check reported (counts and the checks' summaries: the cast, the scenes and their POV). The check loop
 * reads them to build a request; the status bar, the POV chooser and the ignores read them from the state.
 */
import { StateEffect, StateField, type EditorState } from '@codemirror/state';
import { DEFAULT_PREFERENCES, type Preferences } from '../../../src/contract/ipc.js';
import { EMPTY_SETTINGS, type ManuscriptSettings } from '../../../src/contract/manuscript-settings.js';
import type { SceneSummary } from '../../../src/contract/summaries.js';
import type { CheckResult } from '../worker/protocol.js';

/** The manuscript's settings as the host last persisted them. */
export const setManuscriptSettings = StateEffect.define<ManuscriptSettings>();

/** The manuscript's own settings (`<file>.redline.json`); set with `manuscriptSettings.init` when a document opens. */
export const manuscriptSettings = StateField.define<ManuscriptSettings>({
  create: () => EMPTY_SETTINGS,
  update: (value, tr) => tr.effects.reduce((v, e) => (e.is(setManuscriptSettings) ? e.value : v), value),
});

/** The personal dictionary's words (shared by every manuscript) as the host last reported them. */
export const setPersonalWords = StateEffect.define<readonly string[]>();

/** The personal dictionary's words; set with `personalWords.init` when a document opens. */
export const personalWords = StateField.define<readonly string[]>({
  create: () => [],
  update: (value, tr) => tr.effects.reduce((v, e) => (e.is(setPersonalWords) ? e.value : v), value),
});

/**
 * What checking takes from the settings: every accepted word (the personal dictionary's, then the
 * manuscript's), and the preferences with the manuscript's own dialect over the app's default.
 */
export function effectiveSettings(state: EditorState): { settings: ManuscriptSettings; preferences: Preferences } {
  const settings = state.field(manuscriptSettings);
  const personal = state.field(personalWords);
  const preferences = state.field(checkPreferences);
  return {
    settings: personal.length ? { ...settings, words: [...personal, ...settings.words] } : settings,
    preferences: settings.dialect && settings.dialect !== preferences.dialect ? { ...preferences, dialect: settings.dialect } : preferences,
  };
}

/** How the text is checked: plain text, or Markdown (only prose). Fixed for a document. */
export const documentFormat = StateField.define<'text' | 'markdown'>({
  create: () => 'text',
  update: (value) => value,
});

/** New app-wide checking preferences. */
export const setCheckPreferences = StateEffect.define<Preferences>();

/** The checking preferences in effect (dialect, checks switched off). */
export const checkPreferences = StateField.define<Preferences>({
  create: () => DEFAULT_PREFERENCES,
  update: (value, tr) => tr.effects.reduce((v, e) => (e.is(setCheckPreferences) ? e.value : v), value),
});

/** What the status bar shows of a check: counts, the checks' summaries, or the checker's error. */
export interface CheckReport {
  readonly words: number;
  readonly paragraphs: number;
  readonly analysed: number;
  readonly summaries: CheckResult['summaries'];
  readonly error?: string;
}

export const EMPTY_REPORT: CheckReport = { words: 0, paragraphs: 0, analysed: 0, summaries: {} };

/** A check finished (or failed): what it reported. Its positions are those of the current text. */
export const checkReported = StateEffect.define<CheckReport>();

/**
 * What the last check reported. A document opened in place of another keeps the old report until its own
 * first check replaces it (`lastCheck.init`), so the status bar does not blink to zero while it checks.
 */
export const lastCheck = StateField.define<CheckReport>({
  create: () => EMPTY_REPORT,
  update: (value, tr) => tr.effects.reduce((v, e) => (e.is(checkReported) ? e.value : v), value),
});

/** The scenes of the `pov` check's last summary (empty before the first check, or with `pov` off). */
export function scenes(state: EditorState): readonly SceneSummary[] {
  return state.field(lastCheck).summaries.pov?.scenes ?? [];
}

/** The names spelling learned from the manuscript, as the last check reported them. */
export function cast(state: EditorState): readonly string[] {
  return state.field(lastCheck).summaries.spelling?.cast ?? [];
}

/** The scene of the `pov` check's last summary that contains `pos` (the last scene past the end). */
export function sceneAt(state: EditorState, pos: number): SceneSummary | undefined {
  const all = scenes(state);
  return all.find((sc) => sc.from <= pos && pos < sc.to) ?? all.filter((sc) => sc.from <= pos).pop() ?? all[0];
}

/** What the POV chooser offers: the scene, its POV now, and the characters to choose from. */
export interface PovChoice {
  readonly scene: SceneSummary;
  /** The cast (names learned by spelling) and every POV character the scenes know, sorted, each once. */
  readonly candidates: readonly string[];
}

/** Who the POV chooser offers: the cast, every POV character the scenes know and those set, sorted, each once. */
export function povCandidates(state: EditorState): string[] {
  const known = scenes(state).flatMap((sc) => [...(sc.pov && sc.pov !== 'I' ? [sc.pov] : []), ...(sc.heads ?? [])]);
  const set = Object.values(state.field(manuscriptSettings).povCharacters).filter(Boolean);
  return [...new Set([...cast(state), ...known, ...set])].sort((a, b) => a.localeCompare(b));
}

/** Check again soon (settings or preferences that change what a check finds); the check loop acts on it. */
export const requestCheck = StateEffect.define<null>();
