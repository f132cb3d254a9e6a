/**
 * Per-manuscript settings, stored beside the manuscript as `<file name>.redline.json` so they travel with it
 * and the CLI and the app agree: the manuscript's own word list, ignored findings and ignored rules, and its
 * point of view (the `pov` check's options).
 */
export interface ManuscriptSettings {
  readonly version: 1;
  /** Words accepted in this manuscript only (invented words, names the checker missed). */
  readonly words: readonly string[];
  /** Fingerprints of findings the writer dismissed (see `Diagnostic.fingerprint`). */
  readonly ignored: readonly string[];
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
}

/** The narration modes a manuscript can be set to. */
export const NARRATIONS = ['auto', 'close', 'omniscient'] as const;
export type Narration = (typeof NARRATIONS)[number];

/** Settings of a manuscript that has none yet. */
export const EMPTY_SETTINGS: ManuscriptSettings = { version: 1, words: [], ignored: [], ignoredRules: [], narration: 'auto', povCharacters: {} };

/** The sidecar file name for a manuscript file name: `chapter-1.txt` → `chapter-1.txt.redline.json`. */
export function settingsFileName(manuscriptName: string): string {
  return `${manuscriptName}.redline.json`;
}

/** A scene key as the `pov` check writes it: `"<chapter>.<scene>"`, both whole numbers. */
export const SCENE_KEY = /^\d{1,5}\.\d{1,5}$/;

/**
 * Reads settings JSON leniently: unknown keys are dropped, missing lists are empty, non-string entries are
 * ignored, an unknown `narration` is `auto`, and `povCharacters` keeps only scene keys (`"3.1"`) mapped to
 * strings (trimmed). Returns `undefined` when the text is not a JSON object at all.
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
  return { version: 1, words: strings(o['words']), ignored: strings(o['ignored']), ignoredRules: strings(o['ignoredRules']), narration, povCharacters };
}
