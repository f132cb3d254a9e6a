import { CHECK_NAMES, countByCheck, nothingFound, thousands } from './editor/diagnostics.js';
import type { EditorStatus } from './editor/review-editor.js';

/** The bar below the editor: words, issues by check, checking progress, the cast, the scene's POV, the file's layout. */
export function StatusBar({ status, layout, checksRun, onPov }: { status: EditorStatus; layout: string | undefined; checksRun: number; onPov: () => void }) {
  const counts = countByCheck(status.diagnostics);
  const cast = status.summaries.spelling?.cast ?? [];
  const scene = status.scene;
  return (
    <footer className="rl-status" aria-label="Status">
      <span data-testid="words">{thousands(status.words)} words</span>
      <span className="rl-status-checks">
        {Object.entries(counts).map(([check, n]) => (
          <span key={check} className={`rl-status-check rl-status-${check}`}>
            <span className={`rl-swatch rl-swatch-${check}`} />
            {CHECK_NAMES[check as keyof typeof CHECK_NAMES]} {n}
          </span>
        ))}
        {status.ready && status.diagnostics.length === 0 && !status.checking && <span data-testid="nothing-found">{nothingFound(checksRun)}</span>}
      </span>
      <span className="rl-progress" data-testid="progress">
        {status.error ? `Checker error: ${status.error}` : !status.ready ? 'Loading dictionaries…' : status.checking ? checking(status.progress) : `Checked ${thousands(status.paragraphs)} paragraphs (${thousands(status.analysed)} re-read)`}
      </span>
      {cast.length > 0 && <span className="rl-cast" title="Cast: names learned from the manuscript">Cast: {cast.slice(0, 6).join(', ')}</span>}
      {scene && (
        <button
          type="button"
          className="rl-pov"
          data-testid="pov"
          onClick={onPov}
          title={`Point of view of the scene at the cursor (scene ${scene.key})${scene.povSet ? ', set by you' : ', detected'}. Click to set it.`}
        >
          POV: {scene.pov ?? (scene.omniscient ? 'omniscient' : scene.povSet ? 'no single POV' : 'not detected')}
          {scene.povSet ? ' (set)' : ''}
        </button>
      )}
      <span className="rl-layout">{layout}</span>
    </footer>
  );
}

/** "Checking…", with how far a progressive check has got. */
function checking(progress: EditorStatus['progress']): string {
  if (!progress) return 'Checking…';
  return `Checking… ${thousands(progress.done)} of ${thousands(progress.total)} paragraphs`;
}
