/**
 * Per-manuscript settings, stored beside the manuscript as `<file name>.redline.json` so they travel with it
 * and the CLI and the app agree: the manuscript's own word list, ignored findings and ignored rules.
 */
export interface ManuscriptSettings {
  readonly version: 1;
  /** Words accepted in this manuscript only (invented words, names the checker missed). */
  readonly words: readonly string[];
  /** Fingerprints of findings the writer dismissed (see `Diagnostic.fingerprint`). */
  readonly ignored: readonly string[];
  /** Rule ids switched off for this manuscript. */
  readonly ignoredRules: readonly string[];
}

/** Settings of a manuscript that has none yet. */
export const EMPTY_SETTINGS: ManuscriptSettings = { version: 1, words: [], ignored: [], ignoredRules: [] };

/** The sidecar file name for a manuscript file name: `chapter-1.txt` → `chapter-1.txt.redline.json`. */
export function settingsFileName(manuscriptName: string): string {
  return `${manuscriptName}.redline.json`;
}

/**
 * Reads settings JSON leniently: unknown keys are dropped, missing lists are empty, non-string entries are
 * ignored. Returns `undefined` when the text is not a JSON object at all.
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
  return { version: 1, words: strings(o['words']), ignored: strings(o['ignored']), ignoredRules: strings(o['ignoredRules']) };
}
