import { useState } from 'react';
import type { ExportRequest } from '../../src/contract/ipc.js';

/** What the writer chose in File → Export…. */
export type ExportChoice = Pick<ExportRequest, 'format' | 'trackChanges' | 'comments' | 'report'> & {
  readonly name?: string;
  /** A book: the chapter to export alone (its index); absent: the whole book. */
  readonly chapter?: number;
};

/** A book's chapter as the dialog offers it: its file name and its changes since the review began. */
export interface ExportChapter {
  readonly name: string;
  readonly changes: number;
}

const FORMATS: ReadonlyArray<[ExportRequest['format'], string]> = [
  ['docx', 'Word document (.docx)'],
  ['txt', 'Plain text (.txt), line endings kept'],
  ['md', 'Markdown (.md)'],
];

/**
 * File → Export…: the format, for Word whether the changes since the review began are tracked changes (with a comment on
 * each accepted fix), and an optional change report. In the browser (`redline serve`) it also asks for a file
 * name in the manuscript's folder; the desktop app shows its save dialog next. A book exports whole, or one
 * chapter (`chapters`; `current` is the one at the cursor).
 */
export function ExportDialog({
  stem,
  changes,
  askName,
  chapters,
  current,
  onExport,
  onCancel,
}: {
  stem: string;
  changes: number;
  askName: boolean;
  chapters?: readonly ExportChapter[];
  current?: number;
  onExport: (choice: ExportChoice) => void;
  onCancel: () => void;
}) {
  const [scope, setScope] = useState<number>(-1);
  const chapter = chapters && scope >= 0 ? chapters[scope] : undefined;
  const stemOf = (i: number): string => (chapters && i >= 0 ? chapters[i]!.name.replace(/\.[^.]+$/, '').replace(/[^\w.-]+/g, '-') : stem);
  const [format, setFormat] = useState<ExportRequest['format']>('docx');
  const [trackChanges, setTrackChanges] = useState(true);
  const [comments, setComments] = useState(true);
  const [report, setReport] = useState<ExportRequest['report']>('none');
  const [name, setName] = useState(`${stem}.edited`);
  const docx = format === 'docx';
  const count = chapter ? chapter.changes : changes;
  return (
    <div className="rl-modal-backdrop" role="presentation">
      <div className="rl-modal rl-export-dialog" role="dialog" aria-modal="true" aria-label="Export">
        <h2>Export</h2>
        <p>
          {chapter ? `The chapter ${chapter.name}` : chapters ? 'The whole book' : 'The manuscript'} with {count === 1 ? 'the 1 change' : `the ${count} changes`} made since the review
          began (across saves and restarts; Settings → Start new review begins another). The manuscript itself is not changed.
        </p>
        {chapters && (
          <fieldset className="rl-fieldset">
            <legend>What</legend>
            <select
              value={scope}
              aria-label="What to export"
              onChange={(e) => {
                const next = Number(e.target.value);
                setScope(next);
                setName(`${stemOf(next)}.edited`);
              }}
            >
              <option value={-1}>The whole book ({chapters.length} chapters, {changes} changes)</option>
              {chapters.map((c, i) => (
                <option key={c.name} value={i}>
                  {c.name} ({c.changes} change{c.changes === 1 ? '' : 's'}){i === current ? ' · at the cursor' : ''}
                </option>
              ))}
            </select>
          </fieldset>
        )}
        <fieldset className="rl-fieldset" role="radiogroup" aria-label="Format">
          <legend>Format</legend>
          {FORMATS.map(([id, label]) => (
            <label key={id} className="rl-option">
              <input type="radio" name="format" checked={format === id} onChange={() => setFormat(id)} />
              <span>{label}</span>
            </label>
          ))}
        </fieldset>
        <fieldset className="rl-fieldset" disabled={!docx}>
          <legend>Word</legend>
          <label className="rl-option">
            <input type="checkbox" checked={docx && trackChanges} onChange={(e) => setTrackChanges(e.target.checked)} />
            <span>Tracked changes (each change by “Redline”, to accept or reject in Word)</span>
          </label>
          <label className="rl-option">
            <input type="checkbox" checked={docx && trackChanges && comments} disabled={!trackChanges} onChange={(e) => setComments(e.target.checked)} />
            <span>A comment on each accepted fix with its rule and explanation</span>
          </label>
        </fieldset>
        <fieldset className="rl-fieldset">
          <legend>Change report</legend>
          <select value={report} onChange={(e) => setReport(e.target.value as ExportRequest['report'])} aria-label="Change report">
            <option value="none">None</option>
            <option value="html">HTML, beside the export</option>
            <option value="md">Markdown, beside the export</option>
          </select>
        </fieldset>
        {askName && (
          <fieldset className="rl-fieldset">
            <legend>File name in this folder</legend>
            <input className="rl-name" aria-label="File name" value={name} onChange={(e) => setName(e.target.value)} />
            <span className="rl-ctx">.{format}</span>
          </fieldset>
        )}
        <footer>
          <button onClick={onCancel}>Cancel</button>
          <button
            className="rl-primary"
            disabled={askName && !name.trim()}
            onClick={() =>
              onExport({ format, trackChanges: docx && trackChanges, comments: docx && trackChanges && comments, report, ...(askName ? { name: `${name.trim()}.${format}` } : {}), ...(chapter ? { chapter: scope } : {}) })
            }
          >
            Export
          </button>
        </footer>
      </div>
    </div>
  );
}
