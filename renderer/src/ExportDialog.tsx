import { useState } from 'react';
import type { ExportRequest } from '../../src/contract/ipc.js';

/** What the writer chose in File → Export…. */
export type ExportChoice = Pick<ExportRequest, 'format' | 'trackChanges' | 'comments' | 'report'> & { readonly name?: string };

const FORMATS: ReadonlyArray<[ExportRequest['format'], string]> = [
  ['docx', 'Word document (.docx)'],
  ['txt', 'Plain text (.txt), line endings kept'],
  ['md', 'Markdown (.md)'],
];

/**
 * File → Export…: the format, for Word whether the changes since the review began are tracked changes (with a comment on
 * each accepted fix), and an optional change report. In the browser (`redline serve`) it also asks for a file
 * name in the manuscript's folder; the desktop app shows its save dialog next.
 */
export function ExportDialog({ stem, changes, askName, onExport, onCancel }: { stem: string; changes: number; askName: boolean; onExport: (choice: ExportChoice) => void; onCancel: () => void }) {
  const [format, setFormat] = useState<ExportRequest['format']>('docx');
  const [trackChanges, setTrackChanges] = useState(true);
  const [comments, setComments] = useState(true);
  const [report, setReport] = useState<ExportRequest['report']>('none');
  const [name, setName] = useState(`${stem}.edited`);
  const docx = format === 'docx';
  return (
    <div className="rl-modal-backdrop" role="presentation">
      <div className="rl-modal rl-export-dialog" role="dialog" aria-modal="true" aria-label="Export">
        <h2>Export</h2>
        <p>
          The manuscript with {changes === 1 ? 'the 1 change' : `the ${changes} changes`} made since the review began (across saves and restarts; Settings → Start new review begins another). The manuscript itself is not changed.
        </p>
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
              onExport({ format, trackChanges: docx && trackChanges, comments: docx && trackChanges && comments, report, ...(askName ? { name: `${name.trim()}.${format}` } : {}) })
            }
          >
            Export
          </button>
        </footer>
      </div>
    </div>
  );
}
