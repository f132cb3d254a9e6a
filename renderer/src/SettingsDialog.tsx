import { useEffect, useRef, useState } from 'react';
import type { DictionaryChange, PersonalDictionary, SettingsChange } from '../../src/contract/ipc.js';
import { NARRATION_TENSES, NARRATIONS, type ManuscriptSettings, type Narration, type NarrationTense } from '../../src/contract/manuscript-settings.js';
import { SPELLING_DIALECTS, type SceneSummary, type SpellingDialect } from '../../src/contract/summaries.js';
import { DIALECT_LABELS } from './PreferencesDialog.js';
import { povLabel } from './ScenesDialog.js';

const NARRATION_LABELS: Readonly<Record<Narration, string>> = {
  auto: 'Automatic (each scene detected)',
  close: 'Close: one head per scene (flag every head-hop)',
  omniscient: 'Omniscient (never flag head-hops)',
};
const TENSE_LABELS: Readonly<Record<NarrationTense, string>> = { auto: 'Automatic (each scene detected)', past: 'Past', present: 'Present' };

export interface SettingsDialogProps {
  readonly name: string;
  /** A book (a folder of chapter files): its settings are the folder's `book.redline.json`, shared by every chapter. */
  readonly book?: boolean;
  readonly settings: ManuscriptSettings;
  readonly dictionary: PersonalDictionary;
  /** The app's default dialect (Preferences), which a manuscript without its own follows. */
  readonly defaultDialect: SpellingDialect;
  /** Rule id → the name a writer reads. */
  readonly ruleNames: Readonly<Record<string, string>>;
  readonly scenes: readonly SceneSummary[];
  /** When the review began (undefined: when the document was opened), and the changes since. */
  readonly reviewSince: string | undefined;
  readonly changes: number;
  /** A document with no file keeps its settings in memory until Save As. */
  readonly untitled: boolean;
  /** False for a document whose review cannot restart (no file yet; a Word document, exported from its original). */
  readonly canStartReview: boolean;
  onChange(change: SettingsChange): Promise<ManuscriptSettings | undefined>;
  onDictionary(change: DictionaryChange): Promise<readonly string[] | undefined>;
  onSetPov(sceneKey: string): void;
  onNewReview(): Promise<void>;
  onClose(): void;
}

/**
 * Settings you can see and undo: the words (the personal dictionary shared by every manuscript, and this
 * manuscript's own, a word movable between them), the ignored findings and rules (each undone on its own), the
 * manuscript's dialect, narration and tense, the point of view of each scene, and the review's baseline.
 */
export function SettingsDialog(props: SettingsDialogProps) {
  const [settings, setSettings] = useState(props.settings);
  const [personal, setPersonal] = useState(props.dictionary.words);
  const [busy, setBusy] = useState(false);
  const [since, setSince] = useState(props.reviewSince);
  const [changes, setChanges] = useState(props.changes);
  // Focus the dialog itself, at its top (a focused Close button scrolled the view to its end on opening).
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus({ preventScroll: true }), []);

  const change = async (c: SettingsChange): Promise<boolean> => {
    const next = await props.onChange(c);
    if (next) setSettings(next);
    return next !== undefined;
  };
  const dictionary = async (c: DictionaryChange): Promise<boolean> => {
    const words = await props.onDictionary(c);
    if (words) setPersonal(words);
    return words !== undefined;
  };
  // One action at a time: a move is two writes, and a second click must not interleave with them.
  const act = (run: () => Promise<unknown>) => async () => {
    if (busy) return;
    setBusy(true);
    try {
      await run();
    } finally {
      setBusy(false);
    }
  };
  const rule = (id: string) => props.ruleNames[id] ?? id;
  const setPovs = Object.entries(settings.povCharacters);

  return (
    <div className="rl-modal-backdrop" role="presentation" onKeyDown={(e) => e.key === 'Escape' && props.onClose()}>
      <div className="rl-modal rl-settings-dialog" role="dialog" aria-modal="true" aria-label="Manuscript settings" tabIndex={-1} ref={box}>
        <h2>Settings of {props.name}</h2>
        <p>
          {props.book ? (
            <>
              Shared by every chapter, in the folder’s <code>book.redline.json</code>; each scene’s POV is kept under its chapter file. The command line reads them
              too. Every change here is saved at once.
            </>
          ) : (
            <>
              Kept beside the manuscript in <code>{props.name}.redline.json</code>
              {props.untitled ? ' once it is saved' : ''}, where the command line reads them too. Every change here is saved at once.
            </>
          )}
        </p>

        <section className="rl-settings-section" aria-label="Words">
          <h3>Words</h3>
          <div className="rl-word-lists">
            <WordList
              title="My dictionary (every manuscript)"
              hint={props.dictionary.path}
              words={personal}
              move="Move to this manuscript"
              disabled={busy}
              onMoveWord={(w) => act(async () => (await change({ kind: 'add-word', word: w })) && (await dictionary({ kind: 'remove', word: w })))()}
              onRemove={(w) => act(() => dictionary({ kind: 'remove', word: w }))()}
            />
            <WordList
              title="This manuscript’s words"
              hint={props.book ? 'book.redline.json' : `${props.name}.redline.json`}
              words={settings.words}
              move="Move to my dictionary"
              disabled={busy}
              onMoveWord={(w) => act(async () => (await dictionary({ kind: 'add', word: w })) && (await change({ kind: 'remove-word', word: w })))()}
              onRemove={(w) => act(() => change({ kind: 'remove-word', word: w }))()}
            />
          </div>
        </section>

        <section className="rl-settings-section" aria-label="Ignored findings">
          <h3>Ignored findings</h3>
          {settings.ignored.length === 0 ? (
            <p>None. Ignore a finding from its tooltip (or Ctrl+Shift+.) and it is listed here.</p>
          ) : (
            <ul className="rl-settings-list">
              {settings.ignored.map((fp) => {
                const note = settings.ignoredNotes[fp];
                return (
                  <li key={fp} data-fingerprint={fp}>
                    <span className="rl-settings-item">
                      {note ? (
                        <>
                          <strong>“{note.actual}”</strong> <span className="rl-ctx">{rule(note.ruleId)} · {note.context}</span>
                        </>
                      ) : (
                        <span className="rl-ctx">A finding ignored before Redline kept its text ({fp.slice(0, 8)})</span>
                      )}
                    </span>
                    <button type="button" disabled={busy} onClick={act(() => change({ kind: 'unignore', fingerprint: fp }))} aria-label={`Undo ignore of ${note ? `“${note.actual}”` : fp}`}>
                      Undo
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </section>

        <section className="rl-settings-section" aria-label="Ignored rules">
          <h3>Ignored rules</h3>
          {settings.ignoredRules.length === 0 ? (
            <p>None. “Ignore rule” in a tooltip switches a rule off for this manuscript.</p>
          ) : (
            <ul className="rl-settings-list">
              {settings.ignoredRules.map((id) => (
                <li key={id}>
                  <span className="rl-settings-item">
                    <strong>{rule(id)}</strong> <span className="rl-ctx">{id}</span>
                  </span>
                  <button type="button" disabled={busy} onClick={act(() => change({ kind: 'unignore-rule', ruleId: id }))} aria-label={`Undo ignore of rule ${rule(id)}`}>
                    Undo
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section className="rl-settings-section" aria-label="This manuscript">
          <h3>Spelling, narration and tense</h3>
          <div className="rl-settings-grid">
            <label htmlFor="rl-set-dialect">Spelling dialect</label>
            <select
              id="rl-set-dialect"
              value={settings.dialect ?? 'default'}
              disabled={busy}
              onChange={(e) => void act(() => change({ kind: 'set-dialect', dialect: e.target.value === 'default' ? null : (e.target.value as SpellingDialect) }))()}
            >
              <option value="default">The app’s default ({DIALECT_LABELS[props.defaultDialect]})</option>
              {SPELLING_DIALECTS.map((d) => (
                <option key={d} value={d}>
                  {DIALECT_LABELS[d]}
                </option>
              ))}
            </select>
            <label htmlFor="rl-set-narration">Narration</label>
            <select id="rl-set-narration" value={settings.narration} disabled={busy} onChange={(e) => void act(() => change({ kind: 'set-narration', narration: e.target.value as Narration }))()}>
              {NARRATIONS.map((n) => (
                <option key={n} value={n}>
                  {NARRATION_LABELS[n]}
                </option>
              ))}
            </select>
            <label htmlFor="rl-set-tense">Tense</label>
            <select id="rl-set-tense" value={settings.tense} disabled={busy} onChange={(e) => void act(() => change({ kind: 'set-tense', tense: e.target.value as NarrationTense }))()}>
              {NARRATION_TENSES.map((t) => (
                <option key={t} value={t}>
                  {TENSE_LABELS[t]}
                </option>
              ))}
            </select>
          </div>
        </section>

        <section className="rl-settings-section" aria-label="Point of view by scene">
          <h3>Point of view by scene</h3>
          {props.scenes.length === 0 && setPovs.length === 0 ? (
            <p>No scenes yet: the point-of-view check has not run, or is turned off in Preferences.</p>
          ) : (
            <table className="rl-scenes">
              <thead>
                <tr>
                  <th scope="col">Scene</th>
                  <th scope="col">Chapter</th>
                  <th scope="col">POV</th>
                  <th scope="col">Person</th>
                  <th scope="col">Tense</th>
                  <th scope="col">
                    <span className="rl-visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {props.scenes.map((sc) => {
                  const set = settings.povCharacters[sc.key];
                  return (
                    <tr key={sc.key} data-scene={sc.key}>
                      <td>{sc.key}</td>
                      <td>{sc.chapter || '–'}</td>
                      <td>
                        {set === undefined ? povLabel(sc) : set || 'no single POV'}
                        <span className="rl-muted">{set === undefined ? ' (detected)' : ' (set)'}</span>
                      </td>
                      <td>{sc.person === 'unknown' ? '–' : sc.person}</td>
                      <td>{sc.tense === 'unknown' ? '–' : sc.tense}</td>
                      <td className="rl-scene-actions">
                        <button type="button" onClick={() => props.onSetPov(sc.key)} aria-label={`Set POV of scene ${sc.key}`}>
                          Set POV…
                        </button>
                        {set !== undefined && (
                          <button type="button" disabled={busy} onClick={act(() => change({ kind: 'set-pov', scene: sc.key, character: null }))} aria-label={`Detect POV of scene ${sc.key}`}>
                            Detect
                          </button>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </section>

        <section className="rl-settings-section" aria-label="Review">
          <h3>Review</h3>
          <p data-testid="review-since">
            {since ? `This review began ${new Date(since).toLocaleString()}` : 'This review began when the manuscript was opened'}; Export shows{' '}
            {changes === 1 ? 'the 1 change' : `the ${changes} changes`} made since, across saves and restarts, until you start a new review.
          </p>
          <button
            type="button"
            disabled={busy || !props.canStartReview}
            onClick={act(async () => {
              if (!window.confirm('Start a new review? Export will show only the changes you make from now on (the text as it is now becomes the baseline).')) return;
              await props.onNewReview();
              setSince(new Date().toISOString());
              setChanges(0);
            })}
          >
            Start new review
          </button>
        </section>

        <footer>
          <button className="rl-primary" onClick={props.onClose}>
            Close
          </button>
        </footer>
      </div>
    </div>
  );
}

function WordList({
  title,
  hint,
  words,
  move,
  disabled,
  onMoveWord,
  onRemove,
}: {
  title: string;
  hint: string;
  words: readonly string[];
  move: string;
  disabled: boolean;
  onMoveWord: (word: string) => void;
  onRemove: (word: string) => void;
}) {
  return (
    <div className="rl-word-list" aria-label={title} role="group">
      <h4>{title}</h4>
      <div className="rl-ctx rl-path" title={hint}>
        {hint}
      </div>
      {words.length === 0 ? (
        <p>No words yet.</p>
      ) : (
        <ul className="rl-settings-list">
          {words.map((w) => (
            <li key={w} data-word={w}>
              <span className="rl-settings-item">{w}</span>
              <button type="button" disabled={disabled} onClick={() => onMoveWord(w)} aria-label={`${move}: ${w}`} title={move}>
                {move.replace(/^Move to/, 'To')}
              </button>
              <button type="button" disabled={disabled} onClick={() => onRemove(w)} aria-label={`Remove ${w}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
