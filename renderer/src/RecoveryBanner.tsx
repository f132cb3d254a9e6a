import type { RecoveryOffer } from '../../src/contract/ipc.js';

/** Unsaved work from an earlier session (after a crash): restore the first, or discard them all. */
export function RecoveryBanner({ recoveries, onRestore, onDiscard }: { recoveries: readonly RecoveryOffer[]; onRestore: () => void; onDiscard: () => void }) {
  if (recoveries.length === 0) return null;
  return (
    <div className="rl-banner rl-banner-warning" role="alert">
      Unsaved work from an earlier session: {recoveries.map((r) => `${r.name} (${new Date(r.savedAt).toLocaleString()})`).join(', ')}.
      <button onClick={onRestore}>Restore</button>
      <button onClick={onDiscard}>Discard</button>
    </div>
  );
}
