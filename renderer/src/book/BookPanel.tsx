import { Fragment, memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent, type MouseEvent as ReactMouseEvent } from 'react';
import type { Text } from '@codemirror/state';
import type { Diagnostic } from '../../../src/contract/diagnostic.js';
import type { SceneSummary } from '../../../src/contract/summaries.js';
import { fullTitle, povColours, type MapChapter, type MapScene } from '../../../src/export/book-report.js';
import { chapterLabel, countsText, findingsCount, findingsText, NARRATOR_FILL, povEvidence, povText, sceneFill, sceneLabel, sameElements, sceneMarks, stickyColours, UNDETECTED_FILL } from './book-view.js';
import { CastStrip } from './CastStrip.js';
import { SceneMenu } from './SceneMenu.js';
import { useBookMap } from './use-book-map.js';
import './book.css';

export interface BookPanelProps {
  /** The manuscript's title (its file name without the extension). */
  readonly title: string;
  readonly scenes: readonly SceneSummary[] | undefined;
  readonly diagnostics: readonly Diagnostic[];
  readonly cast: readonly string[];
  /** The editor's document now (an immutable snapshot). */
  readonly doc: () => Text | undefined;
  /** Moves the editor's cursor to the start of a scene and scrolls it into view. */
  readonly onJump: (key: string) => void;
  /** Sets a scene's POV character (`""` no single POV, `null` detect again): the POV dialog's setting. */
  readonly onSetPov: (key: string, character: string | null) => void;
  /** Opens the POV dialog for a scene (to choose from the whole cast). */
  readonly onChoosePov: (key: string) => void;
  readonly onClose: () => void;
}

/** The scene a hover card or menu is about, and where on screen its cell is. */
interface Anchor {
  readonly scene: MapScene;
  readonly chapter: string;
  readonly rect: { readonly left: number; readonly top: number; readonly bottom: number; readonly right: number };
  /** Where a right-click happened (the menu opens there); absent when opened from the keyboard. */
  readonly at?: { readonly x: number; readonly y: number };
}

/**
 * The Book panel: one row per chapter, one cell per scene (width by words, colour by viewpoint character, marks
 * for person, tense, omniscience and a POV you set, a badge with its findings), and the cast across the book.
 * Hover a cell for the scene's first line, POV and evidence; click to go there; right-click (or the context-menu
 * key, or Shift+F10) to set its POV.
 */
export const BookPanel = memo(BookPanelView, (a, b) => a.title === b.title && sameElements(a.scenes, b.scenes) === a.scenes && sameElements(a.diagnostics, b.diagnostics) === a.diagnostics && sameElements(a.cast, b.cast) === a.cast);

// The app renders on every status report (each cursor move into another scene, each check sent): the panel
// re-renders only when what it shows changed. Its callbacks go through `latest`, so older ones are never called.
function BookPanelView(props: BookPanelProps) {
  // User timings ("book-render": this render to its commit) so a profile or the typing bench can see the panel's share.
  performance.mark('book-render-start');
  useLayoutEffect(() => void performance.measure('book-render', 'book-render-start'));
  const { map, error } = useBookMap(props);
  const [tab, setTab] = useState<'map' | 'cast'>('map');
  const [hover, setHover] = useState<Anchor | undefined>();
  const [menu, setMenu] = useState<Anchor | undefined>();
  // The report's colours when the panel opens; after that, a character keeps the colour it has.
  const shown = useRef<ReadonlyMap<string, string>>(new Map());
  const colours = useMemo(() => (shown.current = map ? stickyColours(shown.current, povColours(map)) : shown.current), [map]);
  const longest = useMemo(() => Math.max(1, ...(map?.chapters ?? []).map((c) => c.scenes.reduce((n, s) => n + Math.max(s.words, 1), 0))), [map]);
  const sceneCount = map?.chapters.reduce((n, c) => n + c.scenes.length, 0) ?? 0;
  const menuFor = useRef<HTMLElement | null>(null);
  // The app hands new callbacks on every render; the rows are memoised, so they get stable ones.
  const latest = useRef(props);
  latest.current = props;
  const onJump = useCallback((key: string) => latest.current.onJump(key), []);

  // The menu's scene, as the latest map knows it (its POV may have changed while the menu is open).
  const menuScene = menu && map?.chapters.flatMap((c) => c.scenes).find((s) => s.key === menu.scene.key);

  const openMenu = useCallback((anchor: Anchor, cell: HTMLElement) => {
    menuFor.current = cell;
    setHover(undefined);
    setMenu(anchor);
  }, []);
  const closeMenu = useCallback(() => {
    setMenu(undefined);
    menuFor.current?.focus();
  }, []);

  return (
    <aside className="rl-book" aria-label="Book panel">
      <header className="rl-book-head">
        <h2>Book</h2>
        <span className="rl-book-summary">
          {map ? `${map.chapters.length} chapter${map.chapters.length === 1 ? '' : 's'} · ${sceneCount} scene${sceneCount === 1 ? '' : 's'} · ${map.words.toLocaleString('en-US')} words` : ''}
        </span>
        <div className="rl-book-tabs" role="tablist" aria-label="Book views">
          <button role="tab" aria-selected={tab === 'map'} className={tab === 'map' ? 'rl-active' : ''} onClick={() => setTab('map')}>
            Scenes
          </button>
          <button role="tab" aria-selected={tab === 'cast'} className={tab === 'cast' ? 'rl-active' : ''} onClick={() => setTab('cast')}>
            Cast
          </button>
        </div>
        <button className="rl-icon" onClick={() => latest.current.onClose()} aria-label="Close book panel" title="Close (Ctrl+Shift+B)">
          ×
        </button>
      </header>
      {!props.scenes ? (
        <p className="rl-book-empty">No scenes yet: the point-of-view check has not run, or is turned off in Preferences.</p>
      ) : !map ? (
        <p className="rl-book-empty">{error ? `The map could not be drawn: ${error}` : 'Drawing the map…'}</p>
      ) : tab === 'map' ? (
        <>
          <Legend colours={colours} />
          <div className="rl-book-map" role="grid" aria-label="Scenes by chapter" data-testid="book-map">
            {map.chapters.map((c, i) => (
              <Fragment key={`${i}:${c.title}`}>
                {c.part && c.part !== map.chapters[i - 1]?.part && (
                  <div className="rl-book-part" role="row">
                    <span role="rowheader">{c.part}</span>
                  </div>
                )}
                <ChapterRow chapter={c} colours={colours} longest={longest} onJump={onJump} onHover={setHover} onMenu={openMenu} />
              </Fragment>
            ))}
          </div>
        </>
      ) : (
        <CastStrip map={map} colours={colours} onJump={onJump} />
      )}
      {hover && !menu && <HoverCard anchor={hover} />}
      {menu && menuScene && (
        <SceneMenu
          scene={menuScene}
          anchor={menu.at ?? { x: menu.rect.left, y: menu.rect.bottom + 4 }}
          colours={colours}
          onJump={() => {
            setMenu(undefined);
            latest.current.onJump(menuScene.key);
          }}
          onSet={(character) => {
            closeMenu();
            latest.current.onSetPov(menuScene.key, character);
          }}
          onOther={() => {
            setMenu(undefined);
            latest.current.onChoosePov(menuScene.key);
          }}
          onClose={closeMenu}
        />
      )}
    </aside>
  );
}

/** Who each colour is, and what the marks mean. */
const Legend = memo(function Legend({ colours }: { colours: ReadonlyMap<string, string> }) {
  const [all, setAll] = useState(false);
  const entries = [...colours];
  const shown = all ? entries : entries.slice(0, 8);
  return (
    <div className="rl-book-legend" aria-label="Legend">
      <ul className="rl-book-legend-povs">
        {shown.map(([name, colour]) => (
          <li key={name}>
            <span className="rl-book-sw" style={{ background: colour }} />
            {name}
          </li>
        ))}
        {entries.length > shown.length && (
          <li>
            <button className="rl-link" onClick={() => setAll(true)}>
              +{entries.length - shown.length} more
            </button>
          </li>
        )}
        <li>
          <span className="rl-book-sw" style={{ background: NARRATOR_FILL }} />
          First-person narrator
        </li>
        <li>
          <span className="rl-book-sw rl-book-none-sw" style={{ background: UNDETECTED_FILL }} />
          Not detected
        </li>
      </ul>
      <ul className="rl-book-legend-marks">
        <li>
          <span className="rl-book-sw rl-book-omni" />
          Omniscient
        </li>
        <li>
          <span className="rl-book-sw rl-book-set-sw" />
          POV set by you
        </li>
        <li>
          <span className="rl-book-mark">1st</span>
          <span className="rl-book-mark">2nd</span> person
        </li>
        <li>
          <span className="rl-book-mark">pres</span> present tense
        </li>
        <li>
          <span className="rl-book-badge">2</span>findings <span className="rl-book-badge rl-book-slips">1</span>POV or tense
        </li>
      </ul>
    </div>
  );
});

interface RowProps {
  readonly chapter: MapChapter;
  readonly colours: ReadonlyMap<string, string>;
  readonly longest: number;
  readonly onJump: (key: string) => void;
  readonly onHover: (anchor: Anchor | undefined) => void;
  readonly onMenu: (anchor: Anchor, cell: HTMLElement) => void;
}

/** One chapter: its heading and its scenes, as wide as their words against the longest chapter. */
const ChapterRow = memo(function ChapterRow({ chapter, colours, longest, onJump, onHover, onMenu }: RowProps) {
  const words = chapter.scenes.reduce((n, s) => n + Math.max(s.words, 1), 0);
  const anchor = (scene: MapScene, el: HTMLElement, at?: { x: number; y: number }): Anchor => {
    const r = el.getBoundingClientRect();
    return { scene, chapter: fullTitle(chapter), rect: { left: r.left, top: r.top, bottom: r.bottom, right: r.right }, ...(at ? { at } : {}) };
  };
  return (
    <div className="rl-book-row" role="row">
      <span className="rl-book-chapter" role="rowheader" title={fullTitle(chapter)}>
        {chapterLabel(chapter)}
      </span>
      <span className="rl-book-cells" style={{ width: `${(100 * words) / longest}%` }}>
        {chapter.scenes.map((s) => {
          const marks = sceneMarks(s);
          const { total, slips } = findingsCount(s);
          return (
            <button
              key={s.key}
              type="button"
              role="gridcell"
              className={`rl-book-cell${marks.set ? ' rl-book-set' : ''}${marks.omniscient ? ' rl-book-omni' : ''}${!s.pov && !marks.omniscient ? ' rl-book-none' : ''}`}
              style={{ flexGrow: Math.max(s.words, 1), background: marks.omniscient ? undefined : sceneFill(s, colours) }}
              data-scene={s.key}
              data-pov={s.pov ?? ''}
              aria-label={sceneLabel(s)}
              onClick={() => onJump(s.key)}
              onMouseEnter={(e) => onHover(anchor(s, e.currentTarget))}
              onMouseLeave={() => onHover(undefined)}
              onFocus={(e) => onHover(anchor(s, e.currentTarget))}
              onBlur={() => onHover(undefined)}
              onContextMenu={(e: ReactMouseEvent<HTMLButtonElement>) => {
                e.preventDefault();
                onMenu(anchor(s, e.currentTarget, { x: e.clientX, y: e.clientY }), e.currentTarget);
              }}
              onKeyDown={(e: ReactKeyboardEvent<HTMLButtonElement>) => {
                if (e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey)) {
                  e.preventDefault();
                  onMenu(anchor(s, e.currentTarget), e.currentTarget);
                }
              }}
            >
              {marks.person && <span className="rl-book-mark">{marks.person}</span>}
              {marks.present && <span className="rl-book-mark">pres</span>}
              {total > 0 && <span className={`rl-book-badge${slips ? ' rl-book-slips' : ''}`}>{total}</span>}
            </button>
          );
        })}
      </span>
    </div>
  );
});

/** The scene under the mouse (or focus): its first line, POV and why, person, tense, words and findings. */
function HoverCard({ anchor }: { anchor: Anchor }) {
  const { scene } = anchor;
  const ref = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<{ left: number; top: number }>({ left: anchor.rect.left, top: anchor.rect.bottom + 6 });
  useEffect(() => {
    // Beside the panel, level with the cell, so the map stays in sight; below the cell (or above it) when the
    // panel fills the window. Never past the window's edges.
    const el = ref.current;
    if (!el) return;
    const { width, height } = el.getBoundingClientRect();
    const panel = el.closest('.rl-book')?.getBoundingClientRect();
    const fit = (top: number) => Math.max(8, Math.min(top, window.innerHeight - height - 8));
    if (panel && panel.left - width - 12 >= 8) return setPos({ left: panel.left - width - 12, top: fit(anchor.rect.top - 8) });
    const left = Math.max(8, Math.min(anchor.rect.left, window.innerWidth - width - 8));
    const below = anchor.rect.bottom + 6;
    setPos({ left, top: below + height > window.innerHeight - 8 ? fit(anchor.rect.top - height - 6) : below });
  }, [anchor]);
  return (
    <div ref={ref} className="rl-book-card" role="tooltip" style={pos} data-testid="book-card">
      <div className="rl-book-card-head">
        <strong>Scene {scene.key}</strong>
        <span className="rl-muted">{anchor.chapter.length > 60 ? `${anchor.chapter.slice(0, 59)}…` : anchor.chapter}</span>
      </div>
      {scene.firstLine && <p className="rl-book-first">“{scene.firstLine.replace(/^[“"]|[”"]$/g, '')}”</p>}
      <p>
        <strong>POV: {povText(scene)}</strong>
        <br />
        <span className="rl-muted">{povEvidence(scene)}</span>
      </p>
      <p>{countsText(scene)}</p>
      <p>{findingsText(scene)}</p>
      {scene.present.length > 0 && (
        <p className="rl-muted">
          Named: {scene.present.slice(0, 8).join(', ')}
          {scene.present.length > 8 ? ` and ${scene.present.length - 8} more` : ''}
        </p>
      )}
      <p className="rl-book-hint">Click to go there · right-click to set the POV</p>
    </div>
  );
}
