import type { SceneSummary } from '../../src/contract/summaries.js';

const PERSON: Readonly<Record<SceneSummary['person'], string>> = { first: 'first', second: 'second', third: 'third', unknown: '–' };
const TENSE: Readonly<Record<SceneSummary['tense'], string>> = { past: 'past', present: 'present', unknown: '–' };

/** What the POV column says of a scene: the character in effect, or why there is none. */
export function povLabel(scene: SceneSummary): string {
  return scene.pov ?? (scene.omniscient ? 'omniscient' : scene.povSet ? 'no single POV' : 'not detected');
}

/**
 * Scenes: every scene of the manuscript with its chapter, point of view (set by the writer or detected), person
 * and tense. Go jumps to a scene; Set POV… opens the same chooser as a head-hop's quick fix and the status bar.
 */
export function ScenesDialog({
  scenes,
  onGo,
  onSetPov,
  onClose,
}: {
  scenes: readonly SceneSummary[];
  onGo: (key: string) => void;
  onSetPov: (key: string) => void;
  onClose: () => void;
}) {
  return (
    <div className="rl-modal-backdrop" role="presentation" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="rl-modal rl-scenes-dialog" role="dialog" aria-modal="true" aria-label="Scenes">
        <h2>Scenes</h2>
        <p>
          Each scene’s point of view, detected from whose perceptions, feelings and thoughts the narration reports, or
          set by you. Head-hops are flagged against it. Set a scene’s POV when the guess is wrong.
        </p>
        {scenes.length === 0 ? (
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
                <th scope="col">Words</th>
                <th scope="col">
                  <span className="rl-visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {scenes.map((sc) => (
                <tr key={sc.key} data-scene={sc.key}>
                  <td>{sc.key}</td>
                  <td>{sc.chapter || '–'}</td>
                  <td>
                    {povLabel(sc)}
                    <span className="rl-muted">{sc.povSet ? ' (set)' : ' (detected)'}</span>
                  </td>
                  <td>{PERSON[sc.person]}</td>
                  <td>{TENSE[sc.tense]}</td>
                  <td>{sc.words.toLocaleString()}</td>
                  <td className="rl-scene-actions">
                    <button type="button" onClick={() => onGo(sc.key)} aria-label={`Go to scene ${sc.key}`}>
                      Go
                    </button>
                    <button type="button" onClick={() => onSetPov(sc.key)} aria-label={`Set POV of scene ${sc.key}`}>
                      Set POV…
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <footer>
          <button className="rl-primary" onClick={onClose} autoFocus>
            Close
          </button>
        </footer>
      </div>
    </div>
  );
}
