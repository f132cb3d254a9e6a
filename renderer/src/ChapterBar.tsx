import type { Diagnostic } from '../../src/contract/diagnostic.js';
import type { ChapterInfo } from '../../src/contract/ipc.js';

/** Whether the review panel lists the whole book's issues or the chapter at the cursor's. */
export type ReviewScope = 'book' | 'chapter';

/** Issues per chapter: `starts` are the chapters' starts now, `diagnostics` sorted by position. */
export function issuesPerChapter(starts: readonly number[], diagnostics: readonly Diagnostic[]): number[] {
  const counts = starts.map(() => 0);
  let c = 0;
  for (const d of diagnostics) {
    while (c + 1 < starts.length && starts[c + 1]! <= d.from) c++;
    counts[c]!++;
  }
  return counts;
}

/**
 * A book's chapters, in order, above the text: each chapter file with its issue count; the one at the cursor is
 * marked, and a click brings a chapter to the top of the view. The review panel lists the whole book's issues or
 * this chapter's.
 */
export function ChapterBar({
  chapters,
  counts,
  current,
  scope,
  onJump,
  onScope,
}: {
  chapters: readonly ChapterInfo[];
  counts: readonly number[];
  current: number;
  scope: ReviewScope;
  onJump: (index: number) => void;
  onScope: (scope: ReviewScope) => void;
}) {
  return (
    <nav className="rl-chapters" aria-label="Chapters">
      <ol>
        {chapters.map((c, i) => (
          <li key={c.handle}>
            <button className={i === current ? 'rl-active' : ''} aria-current={i === current ? 'true' : undefined} onClick={() => onJump(i)} title={`Go to ${c.name}`}>
              <span className="rl-chapter-name">{c.name}</span>
              <span className="rl-count" aria-label={`${counts[i] ?? 0} issues`}>
                {counts[i] ?? 0}
              </span>
            </button>
          </li>
        ))}
      </ol>
      <label className="rl-scope">
        Review
        <select value={scope} onChange={(e) => onScope(e.target.value as ReviewScope)} aria-label="Review scope">
          <option value="book">the whole book</option>
          <option value="chapter">this chapter</option>
        </select>
      </label>
    </nav>
  );
}
