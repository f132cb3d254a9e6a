import { useCallback, useState } from 'react';
import { DEFAULT_PREFERENCES, type PersonalDictionary, type Preferences as Prefs } from '../../src/contract/ipc.js';
import type { HostBridge } from './bridge.js';
import { AtCursor } from './AtCursor.js';
import { BookPanel } from './book/BookPanel.js';
import { ChapterBar, issuesPerChapter, type ReviewScope } from './ChapterBar.js';
import { baseRanges } from './editor/book-chapters.js';
import { useBookShortcut } from './book/use-book-shortcut.js';
import { ExportDialog } from './ExportDialog.js';
import { MessageBanner } from './MessageBanner.js';
import { PovDialog } from './PovDialog.js';
import { PreferencesDialog } from './PreferencesDialog.js';
import { RecoveryBanner } from './RecoveryBanner.js';
import { ScenesDialog } from './ScenesDialog.js';
import { SettingsDialog } from './SettingsDialog.js';
import { StatusBar } from './StatusBar.js';
import { Toolbar } from './Toolbar.js';
import type { PovChoice } from './editor/review-editor.js';
import { ReviewPanel } from './review/ReviewPanel.js';
import { useDocumentSession } from './use-document-session.js';

const NO_CAST: readonly string[] = [];

/** The app: the document session, and the bars, panel and dialogs around its editor. */
export function App({ bridge }: { bridge: HostBridge }) {
  const [panel, setPanel] = useState(false);
  const [preferences, setPreferences] = useState<Prefs>(DEFAULT_PREFERENCES);
  const [showPreferences, setShowPreferences] = useState(false);
  const [povChoice, setPovChoice] = useState<PovChoice | undefined>();
  const [showScenes, setShowScenes] = useState(false);
  const [exporting, setExporting] = useState<{ changes: number; chapters?: Array<{ name: string; changes: number }> } | undefined>();
  const [scope, setScope] = useState<ReviewScope>('book');
  const [showSettings, setShowSettings] = useState(false);
  const [dictionary, setDictionary] = useState<PersonalDictionary>({ path: '', words: [] });
  const [book, setBook] = useState(false);
  const toggleBook = useCallback(() => setBook((b) => !b), []);
  useBookShortcut(toggleBook);

  const togglePanel = useCallback(() => {
    setPanel((p) => {
      void bridge.invoke('app:set-review-panel', { open: !p });
      return !p;
    });
  }, [bridge]);

  const session = useDocumentSession(bridge, {
    started: (init) => {
      setPanel(init.reviewPanelOpen);
      setPreferences(init.preferences);
      setDictionary(init.dictionary);
    },
    command: (c) => {
      if (c === 'toggle-review-panel') togglePanel();
      else if (c === 'preferences') setShowPreferences(true);
      else if (c === 'settings') setShowSettings(true);
      else {
        const all = session.editor.current?.changesSinceOpen();
        const book = session.doc?.book;
        // A book: how many changes each chapter has, for the dialog's "What" list.
        const ranges = book && all ? baseRanges(book, all.base.length) : [];
        setExporting({
          changes: all?.edits.length ?? 0,
          ...(book && all ? { chapters: book.chapters.map((c, i) => ({ name: c.name, changes: all.edits.filter((e) => e.from >= ranges[i]!.from && e.to <= ranges[i]!.to).length })) } : {}),
        });
      }
    },
    choosePov: setPovChoice,
  });
  const { doc, status, editor } = session;
  const bookInfo = doc?.book;
  const starts = bookInfo ? (editor.current?.book()?.starts ?? bookInfo.chapters.map((c) => c.from)) : [];
  // The review panel over the whole book, or the chapter at the cursor.
  const chapterRange = bookInfo && scope === 'chapter' && status.chapter >= 0 ? { from: starts[status.chapter] ?? 0, to: starts[status.chapter + 1] ?? Infinity } : undefined;
  const reviewed = chapterRange ? status.diagnostics.filter((d) => d.from >= chapterRange.from && d.from < chapterRange.to) : status.diagnostics;
  const checksRun = status.checks.filter((c) => !preferences.disabledChecks.includes(c.id)).length;

  if (session.fatal) return <div className="rl-fatal">Redline cannot start: {session.fatal}</div>;

  return (
    <div className={`rl-app ${panel ? 'rl-with-panel' : ''}`}>
      <Toolbar
        name={doc?.name}
        dirty={session.dirty}
        canOpen={session.hostKind === 'electron'}
        canSave={!doc?.review}
        issues={status.diagnostics.length}
        panel={panel}
        onOpen={() => void session.open()}
        onOpenFolder={() => void session.openFolder()}
        onSave={() => void session.save(false)}
        onExport={() => session.run('export')}
        onNextIssue={() => session.run('next-issue')}
        onPreferences={() => setShowPreferences(true)}
        onSettings={() => setShowSettings(true)}
        onScenes={() => setShowScenes(true)}
        book={book}
        onBook={toggleBook}
        onTogglePanel={togglePanel}
      />
      {bookInfo && (
        <ChapterBar
          chapters={bookInfo.chapters}
          counts={issuesPerChapter(starts, status.diagnostics)}
          current={status.chapter}
          scope={scope}
          onJump={(i) => editor.current?.jumpToChapter(i)}
          onScope={setScope}
        />
      )}
      <RecoveryBanner recoveries={session.recoveries} onRestore={() => void session.restoreRecovery()} onDiscard={session.discardRecoveries} />
      <MessageBanner banner={session.banner} onDismiss={() => session.setBanner(undefined)} />
      <main className="rl-main">
        <div className="rl-editor" ref={session.mount} />
        {book && (
          <BookPanel
            title={(doc?.name ?? 'Manuscript').replace(/\.[^.]+$/, '')}
            scenes={status.summaries.pov?.scenes}
            diagnostics={status.diagnostics}
            cast={status.summaries.spelling?.cast ?? NO_CAST}
            doc={() => editor.current?.view.state.doc}
            onJump={(key) => editor.current?.jumpToScene(key)}
            onSetPov={(key, character) => void editor.current?.setPov(key, character)}
            onChoosePov={(key) => {
              const choice = editor.current?.povChoice(key);
              if (choice) setPovChoice(choice);
            }}
            onClose={toggleBook}
          />
        )}
        {panel && (
          <ReviewPanel
            diagnostics={reviewed}
            text={() => editor.current?.text() ?? ''}
            onJump={(d) => editor.current?.jumpTo(d)}
            onAcceptAll={(choices) => editor.current?.applyMany(choices) ?? 0}
            onClose={togglePanel}
            checksRun={checksRun}
            ruleNames={Object.assign({}, ...status.checks.map((c) => c.rules)) as Record<string, string>}
          />
        )}
      </main>
      {showPreferences && (
        <PreferencesDialog
          preferences={preferences}
          checks={status.checks}
          manuscriptDialect={editor.current?.settings().dialect}
          onSettings={() => {
            setShowPreferences(false);
            setShowSettings(true);
          }}
          onCancel={() => setShowPreferences(false)}
          onSave={async (next) => {
            setShowPreferences(false);
            const r = await bridge.invoke('app:set-preferences', { preferences: next });
            if (!r.ok) return session.setBanner({ kind: 'error', text: r.error.message });
            setPreferences(r.value);
            editor.current?.setPreferences(r.value);
          }}
        />
      )}
      {exporting && (
        <ExportDialog
          stem={(doc?.name ?? 'manuscript').replace(/\.[^.]+$/, '').replace(/ \(sample\)$/, '').replace(/[^\w.-]+/g, '-')}
          changes={exporting.changes}
          {...(exporting.chapters ? { chapters: exporting.chapters, current: status.chapter } : {})}
          askName={session.hostKind === 'serve'}
          onCancel={() => setExporting(undefined)}
          onExport={(choice) => {
            setExporting(undefined);
            void session.exportAs(choice);
          }}
        />
      )}
      {showScenes && (
        <ScenesDialog
          scenes={status.summaries.pov?.scenes ?? []}
          onClose={() => setShowScenes(false)}
          onGo={(key) => {
            setShowScenes(false);
            editor.current?.jumpToScene(key);
          }}
          onSetPov={(key) => {
            const choice = editor.current?.povChoice(key);
            if (choice) setPovChoice(choice);
          }}
        />
      )}
      {showSettings && editor.current && (
        <SettingsDialog
          name={doc?.name ?? 'manuscript'}
          book={!!doc?.book}
          settings={editor.current.settings()}
          dictionary={{ path: dictionary.path, words: editor.current.personalWords() }}
          defaultDialect={preferences.dialect}
          ruleNames={Object.assign({}, ...status.checks.map((c) => c.rules)) as Record<string, string>}
          scenes={status.summaries.pov?.scenes ?? []}
          reviewSince={editor.current.reviewSince()}
          changes={editor.current.changesSinceOpen().edits.length}
          untitled={doc?.untitled ?? true}
          canStartReview={!!doc && !doc.untitled && !doc.review}
          onChange={(change) => editor.current?.changeSettings(change) ?? Promise.resolve(undefined)}
          onDictionary={(change) => editor.current?.changeDictionary(change) ?? Promise.resolve(undefined)}
          onSetPov={(key) => {
            const choice = editor.current?.povChoice(key);
            if (!choice) return;
            // The chooser opens over the settings, which show the new POV when opened again.
            setShowSettings(false);
            setPovChoice(choice);
          }}
          onNewReview={session.startNewReview}
          onClose={() => {
            setShowSettings(false);
            editor.current?.view.focus();
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
      <AtCursor status={status} />
      <StatusBar
        status={status}
        layout={doc?.layout}
        checksRun={checksRun}
        onPov={() => {
          const choice = editor.current?.povChoice();
          if (choice) setPovChoice(choice);
        }}
      />
    </div>
  );
}
