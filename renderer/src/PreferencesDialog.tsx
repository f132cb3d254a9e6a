import { useState } from 'react';
import { CHECK_IDS } from '../../src/contract/diagnostic.js';
import type { Preferences } from '../../src/contract/ipc.js';
import { SPELLING_DIALECTS, type SpellingDialect } from '../../src/contract/summaries.js';
import { CHECK_NAMES } from './editor/diagnostics.js';
import type { CheckInfo } from './worker/protocol.js';

/** What each spelling dialect is called in the app. */
export const DIALECT_LABELS: Readonly<Record<SpellingDialect, string>> = {
  auto: 'Automatic (American; British too once the manuscript uses it)',
  'en-US': 'American English',
  'en-GB': 'British English',
  both: 'Either',
};
const DIALECTS = SPELLING_DIALECTS.map((d): [Preferences['dialect'], string] => [d, DIALECT_LABELS[d]]);

/**
 * App-wide checking preferences: the default spelling dialect (for manuscripts that set none: each manuscript's
 * own is in its Settings) and which checks run (every check the engine offers).
 */
export function PreferencesDialog({
  preferences,
  checks,
  manuscriptDialect,
  onSettings,
  onSave,
  onCancel,
}: {
  preferences: Preferences;
  checks: readonly CheckInfo[];
  /** The open manuscript's own dialect, when it sets one (it then wins over the default). */
  manuscriptDialect?: SpellingDialect | undefined;
  /** Opens the manuscript's Settings, where its own dialect is set. */
  onSettings: () => void;
  onSave: (p: Preferences) => void;
  onCancel: () => void;
}) {
  const [dialect, setDialect] = useState(preferences.dialect);
  const [disabled, setDisabled] = useState(() => new Set(preferences.disabledChecks));
  return (
    <div className="rl-modal-backdrop" role="presentation">
      <div className="rl-modal" role="dialog" aria-modal="true" aria-label="Preferences">
        <h2>Preferences</h2>
        <fieldset className="rl-fieldset">
          <legend>Default spelling dialect</legend>
          <p className="rl-note" data-testid="dialect-note">
            For manuscripts that set none.{' '}
            {manuscriptDialect ? `This manuscript sets its own: ${DIALECT_LABELS[manuscriptDialect]}.` : 'This manuscript uses the default.'}{' '}
            <button className="rl-link" onClick={onSettings}>
              Set this manuscript’s dialect in Settings…
            </button>
          </p>
          <select value={dialect} onChange={(e) => setDialect(e.target.value as Preferences['dialect'])} aria-label="Default spelling dialect">
            {DIALECTS.map(([id, label]) => (
              <option key={id} value={id}>
                {label}
              </option>
            ))}
          </select>
        </fieldset>
        <fieldset className="rl-fieldset">
          <legend>Checks</legend>
          {checks.length === 0 && <p>Loading…</p>}
          {[...checks].sort((a, b) => CHECK_IDS.indexOf(a.id) - CHECK_IDS.indexOf(b.id)).map((c) => (
            <label key={c.id} className="rl-check-option">
              <input
                type="checkbox"
                checked={!disabled.has(c.id)}
                onChange={(e) => {
                  const next = new Set(disabled);
                  if (e.target.checked) next.delete(c.id);
                  else next.add(c.id);
                  setDisabled(next);
                }}
              />
              <span className={`rl-swatch rl-swatch-${c.id}`} />
              <strong>{CHECK_NAMES[c.id]}</strong>
              <span className="rl-ctx">{c.description}</span>
            </label>
          ))}
        </fieldset>
        <footer>
          <button onClick={onCancel}>Cancel</button>
          <button className="rl-primary" onClick={() => onSave({ dialect, disabledChecks: [...disabled].sort() })}>
            Save
          </button>
        </footer>
      </div>
    </div>
  );
}
