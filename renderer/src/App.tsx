import { useCallback, useEffect, useRef, useState } from 'react';
import { DEFAULT_PREFERENCES, type Bridge, type DocumentSnapshot, type MenuCommand, type Preferences as Prefs, type RecoveryOffer } from '../../src/contract/ipc.js';
import { ExportDialog, type ExportChoice } from './ExportDialog.js';
import { PovDialog } from './PovDialog.js';
import { PreferencesDialog } from './PreferencesDialog.js';
import { CHECK_NAMES, countByCheck } from './editor/diagnostics.js';
import { ReviewEditor, type EditorStatus } from './editor/review-editor.js';
import { ReviewPanel } from './review/ReviewPanel.js';
import type { PovChoice, WorkerPort } from './editor/review-editor.js';

type Banner = { kind: 'info' | 'error' | 'warning'; text: string; actions?: ReadonlyArray<{ label: string; run: () => void }> };

const EMPTY: EditorStatus = { diagnostics: [], checking: false, ready: false, words: 0, paragraphs: 0, analysed: 0, summaries: {}, checks: [] };

export function App({ bridge }: { bridge: Bridge }) {
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<ReviewEditor | undefined>(undefined);
  const [doc, setDoc] = useState<DocumentSnapshot | undefined>();
  const docRef = useRef<DocumentSnapshot | undefined>(undefined);
  const [hostKind, setHostKind] = useState<'electron' | 'serve'>('serve');
  const [status, setStatus] = useState<EditorStatus>(EMPTY);
  const [dirty, setDirty] = useState(false);
  const [panel, setPanel] = useState(false);
  const [banner, setBanner] = useState<Banner | undefined>();
  const [recoveries, setRecoveries] = useState<readonly RecoveryOffer[]>([]);
  const [fatal, setFatal] = useState<string | undefined>();
  const [preferences, setPreferences] = useState<Prefs>(DEFAULT_PREFERENCES);
  const [showPreferences, setShowPreferences] = useState(false);
  const [povChoice, setPovChoice] = useState<PovChoice | undefined>();
  const [exporting, setExporting] = useState<{ changes: number } | undefined>();

  const setDocument = useCallback((d: DocumentSnapshot) => {
    docRef.current = d;
    setDoc(d);
    if (d.review) {
      setBanner({
        kind: d.review.warning ? 'warning' : 'info',
        text: `${d.name} is a Word document opened for review: Export… writes a .docx with your changes (tracked, if you like); the original is never overwritten.${d.review.warning ? ` ${d.review.warning}` : ''}`,
      });
    }
  }, []);

  const save = useCallback(
    async (as: boolean) => {
      const ed = editor.current;
      const d = docRef.current;
      if (!ed || !d) return;
      const text = ed.text();
      if (as || d.untitled) {
        let name: string | undefined;
        if (hostKind === 'serve') {
          name = window.prompt('Save as (a .txt or .md file name in this folder):', d.name.replace(/ \(sample\)/, '').replace(/[^\w.-]+/g, '-')) ?? undefined;
          if (!name) return;
        }
        const r = await bridge.invoke('doc:save-as', { handle: d.handle, text, ...(name ? { name } : {}) });
        if (!r.ok) return setBanner({ kind: 'error', text: r.error.message });
        if (r.value) {
          setDocument(r.value);
          ed.markSaved();
          setBanner({ kind: 'info', text: `Saved as ${r.value.name}.` });
        }
        return;
      }
      const r = await bridge.invoke('doc:save', { handle: d.handle, text });
      if (!r.ok) return setBanner({ kind: 'error', text: r.error.message });
      if (ed.text() === text) ed.markSaved();
      setBanner({ kind: 'info', text: `Saved ${d.name}.` });
    },
    [bridge, hostKind, setDocument],
  );

  const open = useCallback(async () => {
    if (hostKind === 'serve') return setBanner({ kind: 'info', text: 'In the browser, Redline edits the file it was started with: run `redline serve OTHER-FILE` to open another.' });
    if (editor.current?.dirty && !window.confirm('Open another file and lose your unsaved changes?')) return;
    const r = await bridge.invoke('doc:open', {});
    if (!r.ok) return setBanner({ kind: 'error', text: r.error.message });
    if (r.value) {
      setDocument(r.value);
      editor.current?.load(r.value);
    }
  }, [bridge, hostKind, setDocument]);

  const exportAs = useCallback(
    async (choice: ExportChoice) => {
      const ed = editor.current;
      const d = docRef.current;
      if (!ed || !d) return;
      const { base, edits, open } = ed.changesSinceOpen();
      const r = await bridge.invoke('doc:export', { handle: d.handle, base, edits, open, ...choice });
      if (!r.ok) return setBanner({ kind: 'error', text: r.error.message });
      if (!r.value) return;
      const { name, written, skipped, report } = r.value;
      const how = choice.format === 'docx' && choice.trackChanges ? ' as tracked changes' : '';
      setBanner({
        kind: skipped ? 'warning' : 'info',
        text: `Exported ${name} with ${written} change${written === 1 ? '' : 's'}${how}${skipped ? ` (${skipped} could not be placed)` : ''}.${report ? ` Change report: ${report}.` : ''}`,
      });
    },
    [bridge],
  );

  const togglePanel = useCallback(() => {
    setPanel((p) => {
      void bridge.invoke('app:set-review-panel', { open: !p });
      return !p;
    });
  }, [bridge]);

  const commands = useRef<(c: MenuCommand | 'toggle-review-panel') => void>(() => undefined);
  commands.current = (c) => {
    // A Word document under review is written by Export, never saved over.
    if ((c === 'save' || c === 'save-as') && docRef.current?.review) c = 'export';
    if (c === 'save') void save(false);
    else if (c === 'save-as') void save(true);
    else if (c === 'open') void open();
    else if (c === 'toggle-review-panel') togglePanel();
    else if (c === 'next-issue' || c === 'previous-issue' || c === 'find' || c === 'replace') editor.current?.run(c);
    else if (c === 'preferences') setShowPreferences(true);
    else if (c === 'export') setExporting({ changes: editor.current?.changesSinceOpen().edits.length ?? 0 });
  };

  // Start-up: the document, the worker and its dictionaries.
  useEffect(() => {
    let cancelled = false;
    const worker = new Worker(new URL('./worker/engine.worker.ts', import.meta.url), { type: 'module' });
    void (async () => {
      const init = await bridge.invoke('app:initial', {});
      if (cancelled) return;
      if (!init.ok) return setFatal(init.error.message);
      setHostKind(init.value.host);
      setPanel(init.value.reviewPanelOpen);
      setRecoveries(init.value.recoveries);
      setPreferences(init.value.preferences);
      setDocument(init.value.document);
      editor.current = new ReviewEditor(host.current!, init.value.document, worker as unknown as WorkerPort, {
        status: setStatus,
        dirty: (d) => {
          setDirty(d);
          const h = docRef.current?.handle;
          if (h) void bridge.invoke('doc:set-dirty', { handle: h, dirty: d });
        },
        settings: async (change) => {
          const h = docRef.current?.handle;
          if (!h) return undefined;
          const r = await bridge.invoke('doc:update-settings', { handle: h, change });
          if (!r.ok) {
            setBanner({ kind: 'error', text: r.error.message });
            return undefined;
          }
          return r.value;
        },
        command: (c) => commands.current(c),
        choosePov: setPovChoice,
      });
      editor.current.setPreferences(init.value.preferences);
      editor.current.view.focus();
      const data = await bridge.invoke('engine:data', {});
      if (!data.ok) return setBanner({ kind: 'error', text: data.error.message });
      worker.postMessage({ type: 'init', data: data.value });
    })();
    const offs = [
      bridge.on('menu:command', ({ command }) => commands.current(command)),
      bridge.on('doc:opened', ({ document }) => {
        if (editor.current?.dirty && !window.confirm(`Open ${document.name} and lose your unsaved changes?`)) return;
        setDocument(document);
        editor.current?.load(document);
      }),
      bridge.on('doc:disk-change', (change) => {
        if (change.handle !== docRef.current?.handle) return;
        if (change.kind === 'reloaded') {
          editor.current?.load(change.document);
          setDocument(change.document);
          setBanner({ kind: 'info', text: `${change.document.name} changed on disk and was reloaded.` });
        } else if (change.kind === 'changed-while-dirty') {
          setBanner({
            kind: 'warning',
            text: `${docRef.current.name} changed on disk, and you have unsaved changes here.`,
            actions: [
              {
                label: 'Reload from disk',
                run: async () => {
                  const r = await bridge.invoke('doc:reload', { handle: change.handle });
                  if (!r.ok) return setBanner({ kind: 'error', text: r.error.message });
                  editor.current?.load(r.value);
                  setDocument(r.value);
                  setBanner(undefined);
                },
              },
              { label: 'Keep mine', run: () => setBanner(undefined) },
            ],
          });
        } else {
          setBanner({
            kind: 'warning',
            text: `${docRef.current.name} was deleted or moved on disk. Your text is still here.`,
            actions: [{ label: 'Save As…', run: () => void commands.current('save-as') }],
          });
        }
      }),
    ];
    const onKey = (e: KeyboardEvent) => {
      // Outside the editor too: the browser must not take Ctrl+S.
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        if (!(e.target instanceof HTMLElement && e.target.closest('.cm-editor'))) commands.current(e.shiftKey ? 'save-as' : 'save');
      }
    };
    window.addEventListener('keydown', onKey);
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (editor.current?.dirty) e.preventDefault();
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      cancelled = true;
      offs.forEach((off) => off());
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('beforeunload', beforeUnload);
      editor.current?.destroy();
      editor.current = undefined;
      worker.terminate();
    };
  }, [bridge, setDocument]);

  // Autosave unsaved work to the recovery folder.
  useEffect(() => {
    if (!dirty) return;
    const t = setInterval(() => {
      const d = docRef.current;
      if (d && editor.current?.dirty) void bridge.invoke('recovery:save', { handle: d.handle, text: editor.current.text() });
    }, 5000);
    return () => clearInterval(t);
  }, [dirty, bridge]);

  useEffect(() => {
    document.title = `${dirty ? '● ' : ''}${doc?.name ?? 'Redline'} — Redline`;
  }, [doc, dirty]);

  if (fatal) return <div className="rl-fatal">Redline cannot start: {fatal}</div>;

  const counts = countByCheck(status.diagnostics);
  const cast = (status.summaries.spelling?.['cast'] as readonly string[] | undefined) ?? [];
  const scene = status.scene;

  return (
    <div className={`rl-app ${panel ? 'rl-with-panel' : ''}`}>
      <header className="rl-toolbar">
        <span className="rl-title">
          {doc?.name ?? 'Redline'}
          {dirty && <span className="rl-dirty" title="Unsaved changes"> ●</span>}
        </span>
        <span className="rl-spacer" />
        {hostKind === 'electron' && <button onClick={() => void open()}>Open…</button>}
        {!doc?.review && <button onClick={() => void save(false)} title="Save (Ctrl+S)">Save</button>}
        <button onClick={() => commands.current('export')} title="Export (Ctrl+E)">Export…</button>
        <button onClick={() => commands.current('next-issue')} title="Next issue (F8)">Next issue</button>
        <button onClick={() => setShowPreferences(true)} title="Preferences">Preferences</button>
        <button className={panel ? 'rl-active' : ''} onClick={togglePanel} aria-pressed={panel}>
          Review{status.diagnostics.length ? ` (${status.diagnostics.length})` : ''}
        </button>
      </header>
      {recoveries.length > 0 && (
        <div className="rl-banner rl-banner-warning" role="alert">
          Unsaved work from an earlier session: {recoveries.map((r) => `${r.name} (${new Date(r.savedAt).toLocaleString()})`).join(', ')}.
          <button
            onClick={async () => {
              const r = recoveries[0]!;
              const res = await bridge.invoke('recovery:restore', { id: r.id });
              if (!res.ok) return setBanner({ kind: 'error', text: res.error.message });
              setDocument(res.value);
              editor.current?.load(res.value);
              setRecoveries(recoveries.slice(1));
            }}
          >
            Restore
          </button>
          <button
            onClick={() => {
              for (const r of recoveries) void bridge.invoke('recovery:discard', { id: r.id });
              setRecoveries([]);
            }}
          >
            Discard
          </button>
        </div>
      )}
      {banner && (
        <div className={`rl-banner rl-banner-${banner.kind}`} role={banner.kind === 'info' ? 'status' : 'alert'}>
          {banner.text}
          {banner.actions?.map((a) => (
            <button key={a.label} onClick={a.run}>
              {a.label}
            </button>
          ))}
          <button className="rl-icon" onClick={() => setBanner(undefined)} aria-label="Dismiss">×</button>
        </div>
      )}
      <main className="rl-main">
        <div className="rl-editor" ref={host} />
        {panel && (
          <ReviewPanel
            diagnostics={status.diagnostics}
            text={() => editor.current?.text() ?? ''}
            onJump={(d) => editor.current?.jumpTo(d)}
            onAcceptAll={(choices) => editor.current?.applyMany(choices) ?? 0}
            onClose={togglePanel}
          />
        )}
      </main>
      {showPreferences && (
        <PreferencesDialog
          preferences={preferences}
          checks={status.checks}
          onCancel={() => setShowPreferences(false)}
          onSave={async (next) => {
            setShowPreferences(false);
            const r = await bridge.invoke('app:set-preferences', { preferences: next });
            if (!r.ok) return setBanner({ kind: 'error', text: r.error.message });
            setPreferences(r.value);
            editor.current?.setPreferences(r.value);
          }}
        />
      )}
      {exporting && (
        <ExportDialog
          stem={(doc?.name ?? 'manuscript').replace(/\.[^.]+$/, '').replace(/ \(sample\)$/, '').replace(/[^\w.-]+/g, '-')}
          changes={exporting.changes}
          askName={hostKind === 'serve'}
          onCancel={() => setExporting(undefined)}
          onExport={(choice) => {
            setExporting(undefined);
            void exportAs(choice);
          }}
        />
      )}
      {povChoice && (
        <PovDialog
          choice={povChoice}
          onCancel={() => setPovChoice(undefined)}
          onSet={(character) => {
            setPovChoice(undefined);
            void editor.current?.setPov(povChoice.scene.key, character);
          }}
        />
      )}
      {status.atCursor && (
        <div className="rl-at-cursor" role="status" aria-live="polite" data-testid="at-cursor">
          <span className={`rl-swatch rl-swatch-${status.atCursor.check}`} /> {status.atCursor.message}
          {status.atCursor.fixes[0] && <span className="rl-hint"> · Ctrl+. {status.atCursor.fixes[0].label}</span>}
          <span className="rl-hint"> · Ctrl+Shift+. ignore · F8 next</span>
        </div>
      )}
      <footer className="rl-status" aria-label="Status">
        <span data-testid="words">{status.words.toLocaleString()} words</span>
        <span className="rl-status-checks">
          {Object.entries(counts).map(([check, n]) => (
            <span key={check} className={`rl-status-check rl-status-${check}`}>
              <span className={`rl-swatch rl-swatch-${check}`} />
              {CHECK_NAMES[check as keyof typeof CHECK_NAMES]} {n}
            </span>
          ))}
          {status.ready && status.diagnostics.length === 0 && !status.checking && <span>No issues</span>}
        </span>
        <span className="rl-progress" data-testid="progress">
          {status.error ? `Checker error: ${status.error}` : !status.ready ? 'Loading dictionaries…' : status.checking ? 'Checking…' : `Checked ${status.paragraphs} paragraphs (${status.analysed} re-read)`}
        </span>
        {cast.length > 0 && <span className="rl-cast" title="Cast: names learned from the manuscript">Cast: {cast.slice(0, 6).join(', ')}</span>}
        {scene && (
          <span className="rl-pov" data-testid="pov" title={`Point of view of the scene at the cursor (scene ${scene.key})${scene.povSet ? ', set by you' : ', detected'}`}>
            POV: {scene.pov ?? (scene.omniscient ? 'omniscient' : scene.povSet ? 'no single POV' : 'not detected')}
            {scene.povSet ? ' (set)' : ''}
          </span>
        )}
        <span className="rl-layout">{doc?.layout}</span>
      </footer>
    </div>
  );
}
