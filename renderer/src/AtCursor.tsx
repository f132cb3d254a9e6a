import type { EditorStatus } from './editor/review-editor.js';

/** The issue under the cursor and the keys for it, so keyboard users read what Ctrl+. will do. */
export function AtCursor({ status }: { status: EditorStatus }) {
  const d = status.atCursor;
  if (!d) return null;
  return (
    <div className="rl-at-cursor" role="status" aria-live="polite" data-testid="at-cursor">
      <span className={`rl-swatch rl-swatch-${d.check}`} /> {d.message}
      {d.fixes[0] && <span className="rl-hint"> · Ctrl+. {d.fixes[0].label}</span>}
      <span className="rl-hint"> · Ctrl+Shift+. ignore · F8 next</span>
    </div>
  );
}
