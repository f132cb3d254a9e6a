/** Messages between the Book panel and its worker. Plain JSON (structured clone). */
import type { Diagnostic } from '../../../src/contract/diagnostic.js';
import type { SceneSummary } from '../../../src/contract/summaries.js';
import type { BookMap } from '../../../src/export/book-report.js';

/**
 * Build the map of one manuscript from its scenes as last checked, each scene's text (read from the editor a
 * few scenes at a time, never the whole novel in one task), its findings and cast.
 */
export interface ToBookWorker {
  readonly id: number;
  readonly title: string;
  readonly scenes: readonly SceneSummary[];
  /** The text of each scene, in order (`bodies[i]` is `scenes[i]`). */
  readonly bodies: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
  readonly cast: readonly string[];
}

export type FromBookWorker = { readonly id: number; readonly map: BookMap } | { readonly id: number; readonly error: string };
