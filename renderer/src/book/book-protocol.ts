/** Messages between the Book panel and its worker. Plain JSON (structured clone). */
import type { BookMap, ReportFile } from '../../../src/export/book-report.js';

/** Build the map of one manuscript: its text as last checked, its scenes, findings and cast. */
export interface ToBookWorker {
  readonly id: number;
  readonly title: string;
  readonly file: ReportFile;
}

export type FromBookWorker = { readonly id: number; readonly map: BookMap } | { readonly id: number; readonly error: string };
