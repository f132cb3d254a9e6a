export interface ToolbarProps {
  /** The document's name, or undefined before it opened. */
  readonly name: string | undefined;
  readonly dirty: boolean;
  /** Open… is offered in the desktop app only (the browser edits the file `redline serve` was started with). */
  readonly canOpen: boolean;
  /** Save is hidden for a Word document under review (Export writes it). */
  readonly canSave: boolean;
  /** Issues shown now (the Review button's count). */
  readonly issues: number;
  readonly panel: boolean;
  readonly onOpen: () => void;
  /** Open Folder…: a folder of chapter files as one book (desktop app). */
  readonly onOpenFolder: () => void;
  readonly onSave: () => void;
  readonly onExport: () => void;
  readonly onNextIssue: () => void;
  readonly onPreferences: () => void;
  /** The manuscript's settings: words, ignores, dialect, narration, tense, POV by scene, the review. */
  readonly onSettings: () => void;
  readonly onScenes: () => void;
  /** The Book panel is open. */
  readonly book: boolean;
  readonly onBook: () => void;
  readonly onTogglePanel: () => void;
}

/** The bar above the editor: the document's name and unsaved mark, and the file and review buttons. */
export function Toolbar({ name, dirty, canOpen, canSave, issues, panel, onOpen, onOpenFolder, onSave, onExport, onNextIssue, onPreferences, onSettings, onScenes, book, onBook, onTogglePanel }: ToolbarProps) {
  return (
    <header className="rl-toolbar">
      <span className="rl-title">
        {name ?? 'Redline'}
        {dirty && <span className="rl-dirty" title="Unsaved changes"> ●</span>}
      </span>
      <span className="rl-spacer" />
      {canOpen && <button onClick={onOpen}>Open…</button>}
      {canOpen && <button onClick={onOpenFolder} title="Open a folder of chapter files as one book">Open Folder…</button>}
      {canSave && <button onClick={onSave} title="Save (Ctrl+S)">Save</button>}
      <button onClick={onExport} title="Export (Ctrl+E)">Export…</button>
      <button onClick={onNextIssue} title="Next issue (F8)">Next issue</button>
      <button onClick={onScenes} title="Scenes: each scene's point of view, person and tense">Scenes</button>
      <button onClick={onSettings} title="This manuscript’s settings: words, ignores, dialect, POV (Ctrl+;)">Settings</button>
      <button className={book ? 'rl-active' : ''} onClick={onBook} aria-pressed={book} title="Book: every scene by viewpoint, and the cast (Ctrl+Shift+B)">
        Book
      </button>
      <button onClick={onPreferences} title="Preferences">Preferences</button>
      <button className={panel ? 'rl-active' : ''} onClick={onTogglePanel} aria-pressed={panel}>
        Review{issues ? ` (${issues})` : ''}
      </button>
    </header>
  );
}
