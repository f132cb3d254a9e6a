import { useMemo, useState } from 'react';
import type { Diagnostic, Fix } from '../../../src/contract/diagnostic.js';
import { CHECK_NAMES, groupDiagnostics, nothingFound, sure, type RuleGroup } from '../editor/diagnostics.js';

export interface ReviewPanelProps {
  readonly diagnostics: readonly Diagnostic[];
  readonly text: () => string;
  readonly onJump: (d: Diagnostic) => void;
  readonly onAcceptAll: (choices: ReadonlyArray<{ diagnostic: Diagnostic; fix: Fix }>) => number;
  readonly onClose: () => void;
  /** How many checks ran (what an empty panel says it looked for). */
  readonly checksRun: number;
  /** Rule id → the name a writer reads; a rule not listed shows its id. */
  readonly ruleNames: Readonly<Record<string, string>>;
}

/** What an accept-all previews: a title and the findings (those with a fix are offered). */
interface Batch {
  readonly title: string;
  readonly diagnostics: readonly Diagnostic[];
}

/** Issues grouped by check and rule, a filter, click to jump, and accept-all of a kind with a preview. */
export function ReviewPanel({ diagnostics, text, onJump, onAcceptAll, onClose, checksRun, ruleNames }: ReviewPanelProps) {
  const [filter, setFilter] = useState('');
  const [preview, setPreview] = useState<Batch | undefined>();
  const name = (r: RuleGroup): string => ruleNames[r.ruleId] ?? r.ruleId;
  const fixable = (ds: readonly Diagnostic[]): number => ds.filter((d) => d.fixes.length > 0).length;
  const groups = useMemo(() => groupDiagnostics(diagnostics, filter), [diagnostics, filter]);
  return (
    <aside className="rl-panel" aria-label="Review panel">
      <header className="rl-panel-head">
        <h2>Review</h2>
        <button className="rl-icon" onClick={onClose} aria-label="Close review panel" title="Close">×</button>
      </header>
      <input className="rl-filter" type="search" placeholder="Filter issues…" value={filter} onChange={(e) => setFilter(e.target.value)} aria-label="Filter issues" />
      {groups.length > 0 && fixable(diagnostics) > 0 && (
        <button className="rl-accept-all rl-accept-everything" onClick={() => setPreview({ title: 'every check', diagnostics: groups.flatMap((g) => g.rules.flatMap((r) => r.diagnostics)) })}>
          Accept all from every check…
        </button>
      )}
      {groups.length === 0 && <p className="rl-empty">{diagnostics.length ? 'Nothing matches the filter.' : nothingFound(checksRun)}</p>}
      {groups.map((g) => (
        <section key={g.check} className={`rl-group rl-group-${g.check}`} data-check={g.check}>
          <h3>
            <span className={`rl-swatch rl-swatch-${g.check}`} />
            {CHECK_NAMES[g.check]} <span className="rl-count">{g.count}</span>
            {g.rules.some((r) => r.fixable > 0) && (
              <button className="rl-accept-all" onClick={() => setPreview({ title: CHECK_NAMES[g.check], diagnostics: g.rules.flatMap((r) => r.diagnostics) })}>
                Accept all…
              </button>
            )}
          </h3>
          {g.rules.map((r) => (
            <div key={r.ruleId} className="rl-rule-group" data-rule={r.ruleId}>
              <div className="rl-rule-head">
                <span className="rl-rule-id" title={r.ruleId}>
                  {name(r)}
                </span>{' '}
                <span className="rl-count">{r.diagnostics.length}</span>
                {r.fixable > 0 && (
                  <button className="rl-accept-all" onClick={() => setPreview({ title: name(r), diagnostics: r.diagnostics })}>
                    Accept all…
                  </button>
                )}
              </div>
              <ul>
                {r.diagnostics.map((d, i) => (
                  <li key={`${d.fingerprint}-${i}`}>
                    <button className="rl-item" onClick={() => onJump(d)} title={d.message}>
                      <span className="rl-actual">{d.actual}</span>
                      {d.fixes[0] && 'text' in d.fixes[0] && <span className="rl-arrow"> → {d.fixes[0].text || '∅'}</span>}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
      {preview && (
        <AcceptAllDialog
          batch={preview}
          text={text()}
          onCancel={() => setPreview(undefined)}
          onApply={(choices) => {
            onAcceptAll(choices);
            setPreview(undefined);
          }}
        />
      )}
    </aside>
  );
}

function context(text: string, d: Diagnostic, fix: Fix): { before: string; old: string; neu: string; after: string } {
  // Up to 30 characters either side, never across a paragraph, cut at word boundaries.
  const start = Math.max(0, d.from - 30, text.lastIndexOf('\n', d.from - 1) + 1);
  let before = text.slice(start, d.from);
  if (start > 0 && text[start - 1] !== '\n') before = before.replace(/^\S*\s/, '…');
  const newline = text.indexOf('\n', d.to);
  const end = Math.min(d.to + 30, newline === -1 ? text.length : newline);
  let after = text.slice(d.to, end);
  if (end < text.length && text[end] !== '\n') after = after.replace(/\s\S*$/, '…');
  const neu = fix.kind === 'replace' ? fix.text : fix.kind === 'insert-after' ? d.actual + fix.text : '';
  return { before, old: d.actual, neu, after };
}

function AcceptAllDialog({
  batch,
  text,
  onCancel,
  onApply,
}: {
  batch: Batch;
  text: string;
  onCancel: () => void;
  onApply: (choices: ReadonlyArray<{ diagnostic: Diagnostic; fix: Fix }>) => void;
}) {
  const items = batch.diagnostics.filter((d) => d.fixes.length > 0);
  // Fixes the check is unsure of start unticked: tick them one by one after reading them.
  const [checked, setChecked] = useState(() => items.map(sure));
  const count = checked.filter(Boolean).length;
  const unsure = items.filter((d) => !sure(d)).length;
  return (
    <div className="rl-modal-backdrop" role="presentation">
      <div className="rl-modal" role="dialog" aria-modal="true" aria-label={`Accept all: ${batch.title}`}>
        <h2>Accept all: {batch.title}</h2>
        <p>
          Each change applies its first fix. Untick any you want to keep. One undo reverts them all.
          {unsure > 0 && ` ${unsure} the checks are unsure of ${unsure === 1 ? 'is' : 'are'} left unticked.`}
        </p>
        <ul className="rl-preview">
          {items.map((d, i) => {
            const c = context(text, d, d.fixes[0]!);
            return (
              <li key={`${d.fingerprint}-${i}`}>
                <label>
                  <input type="checkbox" checked={checked[i]} onChange={(e) => setChecked(checked.map((v, k) => (k === i ? e.target.checked : v)))} />
                  <span className="rl-ctx">{c.before}</span>
                  <del>{c.old}</del>
                  <ins>{c.neu}</ins>
                  <span className="rl-ctx">{c.after}</span>
                  {!sure(d) && <span className="rl-unsure"> (unsure)</span>}
                </label>
              </li>
            );
          })}
        </ul>
        <footer>
          <button onClick={onCancel}>Cancel</button>
          <button className="rl-primary" disabled={count === 0} onClick={() => onApply(items.filter((_, i) => checked[i]).map((d) => ({ diagnostic: d, fix: d.fixes[0]! })))}>
            Apply {count} {count === 1 ? 'change' : 'changes'}
          </button>
        </footer>
      </div>
    </div>
  );
}
