import type { RecoveryOffer } from '../../src/contract/ipc.js';

/**
 * Unsaved work from an earlier session (after a crash): restore the first (with a book's chapters: all of them, each
 * into its place in the book), or discard them all.
 */
export function RecoveryBanner({ recoveries, onRestore, onDiscard }: { recoveries: readonly RecoveryOffer[]; onRestore: () => void; onDiscard: () => void }) {
  if (recoveries.length === 0) return null;
  // The first offer decides what Restore does: a chapter of this book goes back into the book with the others.
  const inBook = recoveries[0]!.chapter !== undefined;
  return (
    <div className="rl-banner rl-banner-warning" role="alert">
      Unsaved work from an earlier session: {recoveries.map((r) => `${r.name}${r.chapter !== undefined ? ' (a chapter of this book)' : ''} (${new Date(r.savedAt).toLocaleString()})`).join(', ')}.
      {inBook ? ' Restore puts each chapter’s text back in its place in the book, unsaved.' : ''}
      <button onClick={onRestore}>{inBook ? 'Restore into the book' : 'Restore'}</button>
      <button onClick={onDiscard}>Discard</button>
    </div>
  );
}
