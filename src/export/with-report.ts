/**
 * Export and change report in one call, for the CLI's `fix … --report` and the app's File → Export…: the
 * corrected or tracked manuscript, and the report of exactly what went into it. Pure: returns bytes and the
 * report's text; the caller writes both.
 */
import type { Diagnostic } from '../contract/diagnostic.js';
import type { FixChoice } from '../fixes/apply.js';
import { exportEdits, exportManuscript, type ExportEdit, type ExportEditsResult, type ExportFormat, type ExportOptions, type ExportResult, type ExportSource } from './export.js';
import { changeReportHtml, changeReportMarkdown, type ChangeReportInput, type ReportIssue, type ReportNote } from './report.js';

/** A change report to make with the export. */
export interface ReportRequest {
  readonly format: 'html' | 'md';
  /** The manuscript's name as the reader knows it: the report's title. */
  readonly title: string;
  /** When the report was made, shown as is (e.g. `2026-11-22`). */
  readonly date: string;
  /** Where an offset is, for people; default `line L, column C` of the checked text. */
  readonly where?: (offset: number) => string;
}

/** The CLI's changes: fixes chosen from the diagnostics of the checked text. */
export interface FixesToExport {
  readonly kind: 'fixes';
  readonly accepted: readonly FixChoice[];
  /** Every diagnostic still wanted (none ignored), accepted or not: those not applied are the report's open issues. */
  readonly diagnostics: readonly Diagnostic[];
}

/** One change made in the editor, and the fix it came from (none for the writer's own typing). */
export interface NotedEdit extends ExportEdit {
  readonly fix?: ReportNote;
}

/** The app's changes: every edit since the manuscript was opened, and the issues still open in the editor. */
export interface EditsToExport {
  readonly kind: 'edits';
  readonly edits: readonly NotedEdit[];
  readonly open: readonly ReportIssue[];
}

/** The report's text, when one was asked for. */
export interface WithReport {
  readonly report?: string;
}

/**
 * Exports `changes` to `format` (see {@link exportManuscript} and {@link exportEdits}) and, when `report` is
 * given, makes the change report of what the export wrote: every applied change with its fix (an edit of the
 * writer's own is written but not reported), accepted fixes that could not be applied with their reason, and
 * the issues left open.
 */
export function exportWithReport(source: ExportSource, changes: FixesToExport, format: ExportFormat, options?: ExportOptions, report?: ReportRequest): ExportResult & WithReport;
export function exportWithReport(source: ExportSource, changes: EditsToExport, format: ExportFormat, options?: ExportOptions, report?: ReportRequest): ExportEditsResult<NotedEdit> & WithReport;
export function exportWithReport(
  source: ExportSource,
  changes: FixesToExport | EditsToExport,
  format: ExportFormat,
  options: ExportOptions = {},
  report?: ReportRequest,
): (ExportResult | ExportEditsResult<NotedEdit>) & WithReport {
  const text = source.kind === 'docx' ? source.document.text : source.text;
  if (changes.kind === 'fixes') {
    const out = exportManuscript(source, changes.accepted, format, options);
    if (!report) return out;
    const done = new Set([...out.applied, ...out.skipped].map((f) => f.diagnostic));
    return {
      ...out,
      report: render(report, text, {
        applied: out.applied.map((a) => ({ edit: a.edit, note: a.diagnostic })),
        skipped: out.skipped.map((s) => ({ ...issue(s.diagnostic), reason: s.reason })),
        open: changes.diagnostics.filter((d) => !done.has(d)),
      }),
    };
  }
  const out = exportEdits(source, changes.edits, format, options);
  if (!report) return out;
  return {
    ...out,
    report: render(report, text, {
      applied: out.written.flatMap((w) => (w.fix ? [{ edit: w.edit, note: w.fix }] : [])),
      // The app's report has never listed edits it could not place; `skipped` counts them for the writer.
      skipped: [],
      open: changes.open,
      edited: out.written.flatMap((w) => (w.fix ? [] : [w.edit])),
    }),
  };
}

const issue = (d: ReportIssue): ReportIssue => ({ check: d.check, ruleId: d.ruleId, message: d.message, from: d.from, to: d.to });

function render(report: ReportRequest, text: string, found: Pick<ChangeReportInput, 'applied' | 'skipped' | 'open' | 'edited'>): string {
  const input: ChangeReportInput = { title: report.title, text, date: report.date, ...found, ...(report.where ? { where: report.where } : {}) };
  return report.format === 'html' ? changeReportHtml(input) : changeReportMarkdown(input);
}
