import type { Diagnostic } from '../contract/diagnostic.js';
import type { ManuscriptSettings } from '../contract/manuscript-settings.js';

/**
 * The findings a writer sees: without the ones they ignored (by fingerprint), the rules they turned off, and
 * spelling findings on words in the manuscript's word list (already accepted, even before the engine re-runs
 * with the new list). The one filter the CLI and the app share.
 */
export function visibleDiagnostics(diagnostics: readonly Diagnostic[], settings: Pick<ManuscriptSettings, 'ignored' | 'ignoredRules' | 'words'> | undefined): Diagnostic[] {
  if (!settings) return [...diagnostics];
  const ignored = new Set(settings.ignored);
  const rules = new Set(settings.ignoredRules);
  const words = new Set(settings.words.map((w) => w.toLowerCase()));
  return diagnostics.filter(
    (d) => !ignored.has(d.fingerprint) && !rules.has(d.ruleId) && !(d.check === 'spelling' && words.has(d.actual.toLowerCase())),
  );
}
