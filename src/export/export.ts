import type { Diagnostic } from '../contract/diagnostic.js';
import { applyFixes, type FixChoice, type TextEdit } from '../fixes/apply.js';
import { readDocx, type DocxDocument } from '../formats/docx.js';
import type { SourceFormat } from '../formats/prose.js';
import { DEFAULT_LAYOUT, encodeText, type TextLayout } from '../formats/text.js';
import { buildDocx } from './docx-build.js';
import { markdownOfDocx } from './docx-markdown.js';
import { DOCX_SKIP_REASONS, writeDocx, type DocxChange } from './docx-revisions.js';

/** Output formats: corrected plain text, corrected Markdown source, or Word. */
export type ExportFormat = 'txt' | 'md' | 'docx';

/** The manuscript as it was checked: its diagnostics' offsets point into its `text`. */
export type ExportSource =
  | {
      readonly kind: 'text';
      /** The `\n`-normalised text the engine checked. */
      readonly text: string;
      /** BOM, encoding and line endings to restore (from `decodeText`). */
      readonly layout: TextLayout;
      readonly format: SourceFormat;
    }
  | { readonly kind: 'docx'; readonly document: DocxDocument };

/** Export options; every field is optional. */
export interface ExportOptions {
  /** `.docx` only: write each fix as a tracked revision (`w:del` + `w:ins`) instead of correcting silently. Default false. */
  readonly trackChanges?: boolean;
  /** `.docx` only: add a Word comment with each fix's check, rule and explanation. Default false. */
  readonly comments?: boolean;
  /** Revision author. Default `Redline`. */
  readonly author?: string;
  /** Revision date, ISO 8601. Default now. */
  readonly date?: string;
}

/** A fix that made it into the output, with its edit in the checked text's offsets. */
export type AppliedFix = FixChoice & { readonly edit: TextEdit };

/** A fix that did not make it, and why, as a short phrase ("overlaps another fix", "text changed"). */
export type SkippedFix = FixChoice & { readonly reason: string };

/** What an export produced. */
export interface ExportResult {
  /** The file's bytes, ready to write. */
  readonly bytes: Uint8Array;
  /** The corrected text (`\n` newlines), i.e. the checked text with exactly the `applied` fixes. */
  readonly text: string;
  readonly applied: readonly AppliedFix[];
  readonly skipped: readonly SkippedFix[];
}

/**
 * Writes a corrected manuscript. `accepted` are the fixes the user accepted (diagnostics from checking
 * `source`'s text). Pure: no file system; the caller writes `bytes`.
 *
 * - `txt` / `md`: the corrected text, with the source's BOM, encoding and line endings. From a `.docx`: UTF-8,
 *   paragraphs separated by blank lines; `md` keeps headings (`#`), italics and bold as Markdown.
 * - `docx` from a `.docx`: the same document with only the touched runs rewritten, formatting kept; with
 *   `trackChanges`, every fix is a `w:del` + `w:ins` revision by "Redline".
 * - `docx` from text or Markdown: a new document (headings, italics, bold, scene breaks from the Markdown).
 *
 * Fixes that overlap, are stale, or cannot be placed in the document are skipped and listed, never half-applied.
 */
export function exportManuscript(source: ExportSource, accepted: readonly FixChoice[], format: ExportFormat, options: ExportOptions = {}): ExportResult {
  const text = sourceText(source);
  const first = applyFixes(text, accepted);
  const skipped: SkippedFix[] = first.skipped.map((s) => ({ diagnostic: s.diagnostic, fix: s.fix, reason: s.reason === 'overlap' ? 'overlaps another fix' : 'text changed' }));
  const out = writeChanges(
    source,
    first.applied.map((a) => ({ edit: a.edit, comment: commentFor(a.diagnostic), item: a })),
    format,
    options,
  );
  for (const s of out.skipped) skipped.push({ diagnostic: s.item.diagnostic, fix: s.item.fix, reason: s.reason });
  return { bytes: out.bytes, text: out.text, applied: out.written.map((w) => w.item), skipped };
}

/** One edit for {@link exportEdits}: offsets into the text as it was opened, and an optional Word comment. */
export interface ExportEdit {
  readonly edit: TextEdit;
  readonly comment?: string;
}

/** What {@link exportEdits} produced: the caller's own edit objects, written or skipped. */
export interface ExportEditsResult<E extends ExportEdit = ExportEdit> {
  readonly bytes: Uint8Array;
  /** The text with exactly the written edits. */
  readonly text: string;
  readonly written: readonly E[];
  readonly skipped: ReadonlyArray<E & { readonly reason: string }>;
}

/**
 * Like {@link exportManuscript}, for edits that are not (only) fixes: every change made to the manuscript since it
 * was opened, as `TextEdit`s in the opened text's offsets (e.g. CodeMirror's composed `ChangeSet`, read with
 * `iterChanges((fromA, toA, _fromB, _toB, inserted) => …)`). With `trackChanges`, each one becomes a Word
 * revision. Overlapping edits after the first are skipped and listed.
 */
export function exportEdits<E extends ExportEdit>(source: ExportSource, edits: readonly E[], format: ExportFormat, options: ExportOptions = {}): ExportEditsResult<E> {
  const sorted = [...edits].sort((a, b) => a.edit.from - b.edit.from || a.edit.to - b.edit.to);
  const pending: Array<Pending<E>> = [];
  const skipped: Array<E & { reason: string }> = [];
  let end = -1;
  for (const e of sorted) {
    if (e.edit.from < end || (e.edit.from === end && e.edit.from === e.edit.to)) {
      skipped.push({ ...e, reason: 'overlaps another edit' });
      continue;
    }
    pending.push({ edit: e.edit, ...(e.comment !== undefined ? { comment: e.comment } : {}), item: e });
    end = Math.max(end, e.edit.to);
  }
  const out = writeChanges(source, pending, format, options);
  for (const s of out.skipped) skipped.push({ ...s.item, reason: s.reason });
  return { bytes: out.bytes, text: out.text, written: out.written.map((w) => w.item), skipped };
}

interface Pending<T> {
  readonly edit: TextEdit;
  readonly comment?: string;
  readonly item: T;
}

function sourceText(source: ExportSource): string {
  return source.kind === 'docx' ? source.document.text : source.text;
}

/** Applies sorted, non-overlapping edits. */
function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += text.slice(at, e.from) + e.insert;
    at = e.to;
  }
  return out + text.slice(at);
}

/** Writes sorted, non-overlapping edits in `format`; edits that cannot be placed in a Word document are skipped. */
function writeChanges<T>(
  source: ExportSource,
  pending: ReadonlyArray<Pending<T>>,
  format: ExportFormat,
  options: ExportOptions,
): { bytes: Uint8Array; text: string; written: Array<Pending<T>>; skipped: Array<{ item: T; reason: string }> } {
  const text = sourceText(source);
  if (format === 'txt' || (format === 'md' && source.kind === 'text')) {
    const layout = source.kind === 'text' ? source.layout : DEFAULT_LAYOUT;
    const corrected = applyEdits(text, pending.map((p) => p.edit));
    return { bytes: encodeText(corrected, layout), text: corrected, written: [...pending], skipped: [] };
  }
  const built = source.kind === 'text' ? buildDocx(source.text, source.format) : undefined;
  const document = source.kind === 'docx' ? source.document : built!.document;
  const skipped: Array<{ item: T; reason: string }> = [];
  const placeable: Array<Pending<T>> = [];
  const changes: DocxChange[] = [];
  for (const p of pending) {
    const edit = built ? mapEdit(p.edit, built.map) : p.edit;
    if (!edit) {
      skipped.push({ item: p.item, reason: 'in markup that has no place in a Word document' });
      continue;
    }
    placeable.push(p);
    changes.push({ edit: minimalEdit(document.text, edit), ...(p.comment !== undefined ? { comment: p.comment } : {}) });
  }
  const written = writeDocx(document, changes, {
    track: options.trackChanges === true && format === 'docx',
    comments: options.comments === true && format === 'docx',
    ...(options.author !== undefined ? { author: options.author } : {}),
    ...(options.date !== undefined ? { date: options.date } : {}),
  });
  for (const s of written.skipped) skipped.push({ item: placeable[s.index]!.item, reason: DOCX_SKIP_REASONS[s.reason] });
  const applied = written.written.map((i) => placeable[i]!);
  const corrected = applyEdits(text, applied.map((p) => p.edit));
  if (format === 'md') {
    // A Word manuscript as Markdown keeps its headings, italics and bold: read the corrected document back.
    const again = readDocx(written.bytes);
    if (!again.ok) throw new Error(`internal: the corrected document does not read back: ${again.error.message}`);
    return { bytes: encodeText(markdownOfDocx(again.value), DEFAULT_LAYOUT), text: corrected, written: applied, skipped };
  }
  return { bytes: written.bytes, text: corrected, written: applied, skipped };
}

function mapEdit(edit: TextEdit, map: (offset: number) => number | undefined): TextEdit | undefined {
  const from = map(edit.from);
  if (from === undefined) return undefined;
  if (edit.to === edit.from) return { from, to: from, insert: edit.insert };
  const last = map(edit.to - 1);
  // Every character of the span must be in the document, contiguously.
  if (last === undefined || last - from !== edit.to - 1 - edit.from) return undefined;
  return { from, to: last + 1, insert: edit.insert };
}

/**
 * The same edit narrowed to the words that change, so a tracked revision reads as an editor would mark it:
 * “the the” → “the” deletes one “the ”, not both; a misspelt word is still replaced whole. Words shared at
 * both ends are trimmed; a word is never split.
 */
export function minimalEdit(text: string, edit: TextEdit): TextEdit {
  const before = text.slice(edit.from, edit.to);
  const after = edit.insert;
  const word = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}'’]/u.test(c);
  const boundary = (s: string, i: number): boolean => i === 0 || i === s.length || !word(s[i - 1]) || !word(s[i]);
  const limit = Math.min(before.length, after.length);
  let p = 0;
  while (p < limit && before[p] === after[p]) p++;
  while (p > 0 && !(boundary(before, p) && boundary(after, p))) p--;
  let q = 0;
  while (q < limit - p && before[before.length - 1 - q] === after[after.length - 1 - q]) q++;
  while (q > 0 && !(boundary(before, before.length - q) && boundary(after, after.length - q))) q--;
  return { from: edit.from + p, to: edit.to - q, insert: after.slice(p, after.length - q) };
}

/** The Word comment for a fix: check and rule, then the message and note. */
export function commentFor(d: Diagnostic): string {
  return `Redline · ${d.check} · ${d.ruleId}\n${d.message}${d.note ? `\n${d.note}` : ''}`;
}
