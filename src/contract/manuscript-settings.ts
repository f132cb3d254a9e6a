/**
 * Per-manuscript settings, stored beside the manuscript as `<file name>.redline.json` so they travel with it
 * and the CLI and the app agree: the manuscript's own word list, ignored findings and ignored rules, its
 * spelling dialect, tense and point of view (the `spelling`, `tense` and `pov` checks' options).
 */
import { isSpellingDialect, type SpellingDialect } from './summaries.js';

export interface ManuscriptSettings {
  readonly version: 1;
  /** Words accepted in this manuscript only (invented words, names the checker missed). */
  readonly words: readonly string[];
  /** Fingerprints of findings the writer dismissed (see `Diagnostic.fingerprint`). */
  readonly ignored: readonly string[];
  /**
   * What each ignored finding was, by fingerprint, so it can be listed and undone (a fingerprint is a hash).
   * Ignores made before Redline kept these have none. Default `{}`.
   */
  readonly ignoredNotes: Readonly<Record<string, IgnoredNote>>;
  /** Rule ids switched off for this manuscript. */
  readonly ignoredRules: readonly string[];
  /**
   * How the manuscript is narrated (the `pov` check's `narration`): `auto` (default) detects it per scene,
   * `close` keeps every scene to one head, `omniscient` never flags head-hops.
   */
  readonly narration: Narration;
  /**
   * The POV character of a scene, by scene key `"<chapter>.<scene>"` (the `pov` check's `povCharacters`):
   * `{"1.2": "Mara"}`. `""` means "no single POV" (no head-hop flags in that scene). Scenes not listed are
   * detected. Default `{}`.
   */
  readonly povCharacters: Readonly<Record<string, string>>;
  /** The spelling dialect of this manuscript; `undefined` (absent from the file): the app's default (CLI: `auto`). */
  readonly dialect?: SpellingDialect;
  /** The narration tense (the `tense` check's `tense`): `auto` (default) detects it per scene. */
  readonly tense: NarrationTense;
}

/** An ignored finding as the writer saw it: its rule, the flagged text and the words around it (one line). */
export interface IgnoredNote {
  readonly ruleId: string;
  readonly actual: string;
  /** Up to about 40 characters either side of the flagged text, on one line. */
  readonly context: string;
}

/** The narration tenses a manuscript can be set to. */
export const NARRATION_TENSES = ['auto', 'past', 'present'] as const;
export type NarrationTense = (typeof NARRATION_TENSES)[number];

/** The narration modes a manuscript can be set to. */
export const NARRATIONS = ['auto', 'close', 'omniscient'] as const;
export type Narration = (typeof NARRATIONS)[number];

/** Settings of a manuscript that has none yet. */
export const EMPTY_SETTINGS: ManuscriptSettings = { version: 1, words: [], ignored: [], ignoredNotes: {}, ignoredRules: [], narration: 'auto', povCharacters: {}, tense: 'auto' };

/** The sidecar file name for a manuscript file name: `chapter-1.txt` → `chapter-1.txt.redline.json`. */
export function settingsFileName(manuscriptName: string): string {
  return `${manuscriptName}.redline.json`;
}

/** A scene key as the `pov` check writes it: `"<chapter>.<scene>"`, both whole numbers. */
export const SCENE_KEY = /^\d{1,5}\.\d{1,5}$/;

/**
 * Reads settings JSON leniently: unknown keys are dropped, missing lists are empty, non-string entries are
 * ignored, an unknown `narration` or `tense` is `auto`, an unknown `dialect` is absent (the app's default),
 * `povCharacters` keeps only scene keys (`"3.1"`) mapped to strings (trimmed), and `ignoredNotes` only notes of
 * ignored fingerprints with string fields. Returns `undefined` when the text is not a JSON object at all.
 */
export function parseSettings(json: string): ManuscriptSettings | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const o = raw as Record<string, unknown>;
  const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const narration = (NARRATIONS as readonly unknown[]).includes(o['narration']) ? (o['narration'] as Narration) : 'auto';
  const povCharacters: Record<string, string> = {};
  const pc = o['povCharacters'];
  if (pc && typeof pc === 'object' && !Array.isArray(pc)) {
    for (const [key, name] of Object.entries(pc as Record<string, unknown>)) {
      if (SCENE_KEY.test(key) && typeof name === 'string') povCharacters[key] = name.trim();
    }
  }
  const ignored = strings(o['ignored']);
  const ignoredNotes: Record<string, IgnoredNote> = {};
  const notes = o['ignoredNotes'];
  if (notes && typeof notes === 'object' && !Array.isArray(notes)) {
    for (const [fp, n] of Object.entries(notes as Record<string, unknown>)) {
      const note = n as Record<string, unknown> | null;
      if (ignored.includes(fp) && note && typeof note === 'object' && ['ruleId', 'actual', 'context'].every((k) => typeof note[k] === 'string')) {
        ignoredNotes[fp] = { ruleId: note['ruleId'] as string, actual: note['actual'] as string, context: note['context'] as string };
      }
    }
  }
  const tense = (NARRATION_TENSES as readonly unknown[]).includes(o['tense']) ? (o['tense'] as NarrationTense) : 'auto';
  const dialect = isSpellingDialect(o['dialect']) ? { dialect: o['dialect'] } : {};
  return { version: 1, words: strings(o['words']), ignored, ignoredNotes, ignoredRules: strings(o['ignoredRules']), narration, povCharacters, ...dialect, tense };
}
