import { useState } from 'react';
import type { PovChoice } from './editor/review-editor.js';

/** The value a choice stands for: a name, `""` (no single POV), or `null` (detect it again). */
type Pick = string | null;

/**
 * Set POV character: the scene's point of view, chosen from the cast (names the manuscript taught the
 * spelling check, and every POV character the scenes know), or "No single POV", or back to detection.
 */
export function PovDialog({ choice, onSet, onCancel }: { choice: PovChoice; onSet: (character: Pick) => void; onCancel: () => void }) {
  const { scene, candidates } = choice;
  const [picked, setPicked] = useState<Pick>(scene.povSet ? (scene.pov ?? '') : null);
  const options: ReadonlyArray<{ value: Pick; label: string }> = [
    ...candidates.map((c) => ({ value: c, label: c })),
    { value: '', label: 'No single POV (never flag head-hops in this scene)' },
    { value: null, label: `Detect automatically${!scene.povSet && scene.pov ? ` (now ${scene.pov})` : ''}` },
  ];
  const where = `chapter ${scene.key.split('.')[0]}, scene ${scene.key.split('.')[1]}`;
  return (
    <div className="rl-modal-backdrop" role="presentation">
      <div className="rl-modal rl-pov-dialog" role="dialog" aria-modal="true" aria-label="Set POV character">
        <h2>Set POV character</h2>
        <p>
          Whose point of view tells {scene.chapter ? `“${scene.chapter}”, ` : ''}
          {where}? Head-hops are flagged against this character. The choice is saved with the manuscript.
        </p>
        <fieldset className="rl-fieldset" role="radiogroup" aria-label="POV character">
          {options.map((o) => (
            <label key={o.value ?? '\u0000auto'} className="rl-option">
              <input type="radio" name="pov" checked={picked === o.value} onChange={() => setPicked(o.value)} />
              <span>{o.label}</span>
            </label>
          ))}
        </fieldset>
        <footer>
          <button onClick={onCancel}>Cancel</button>
          <button className="rl-primary" onClick={() => onSet(picked)}>
            Set
          </button>
        </footer>
      </div>
    </div>
  );
}
