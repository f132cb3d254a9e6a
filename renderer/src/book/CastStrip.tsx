import { memo, useCallback, useMemo, useState, type MouseEvent as ReactMouseEvent, type ReactElement } from 'react';
import type { BookMap, MapCharacter } from '../../../src/export/book-report.js';
import { castSegments, sceneOffsets } from './book-view.js';

const SHOWN = 14;
const HEAD_FILL = '#8a8479';
const NAMED_FILL = '#b9b2a6';
const ROLE_WORD = { pov: 'viewpoint', head: 'thoughts reported', named: 'named' } as const;

type Offsets = ReturnType<typeof sceneOffsets>;

/**
 * The cast across the book: a line per character, the book's words left to right, with their viewpoint scenes
 * in their colour, scenes that report their thoughts half-filled, and scenes that only name them as a thin
 * mark; above them, how many heads each scene reports (three or more in red). A gap is a character's absence.
 * Click a line to go to that scene.
 */
export const CastStrip = memo(function CastStrip({ map, colours, onJump }: { map: BookMap; colours: ReadonlyMap<string, string>; onJump: (key: string) => void }) {
  const [all, setAll] = useState(false);
  const offsets = useMemo(() => sceneOffsets(map), [map]);
  const chapterStarts = useMemo(() => offsets.filter((o, i) => i > 0 && o.chapter !== offsets[i - 1]!.chapter).map((o) => o.x), [offsets]);
  const cast = all ? map.cast : map.cast.slice(0, SHOWN);
  const jumpAt = useCallback(
    (e: ReactMouseEvent<SVGSVGElement>) => {
      const box = e.currentTarget.getBoundingClientRect();
      const x = (e.clientX - box.left) / box.width;
      const hit = offsets.find((o) => x >= o.x && x < o.x + o.width) ?? offsets[offsets.length - 1];
      if (hit) onJump(hit.scene.key);
    },
    [offsets, onJump],
  );
  const ticks = useMemo(() => chapterStarts.map((x) => <line key={x} x1={x * 1000} x2={x * 1000} y1={0} y2={16} className="rl-cast-tick" />), [chapterStarts]);
  return (
    <div className="rl-cast" data-testid="book-cast">
      <ul className="rl-book-legend-marks rl-cast-legend">
        <li>
          <span className="rl-book-sw" style={{ background: '#4e79a7' }} />
          Viewpoint
        </li>
        <li>
          <span className="rl-book-sw rl-cast-head-sw" />
          Thoughts reported
        </li>
        <li>
          <span className="rl-book-sw rl-cast-named-sw" />
          Named
        </li>
        <li>
          <span className="rl-book-sw" style={{ background: '#d62728' }} />
          Three or more heads
        </li>
        <li className="rl-muted">Left to right: the book by words; ticks are chapters</li>
      </ul>
      <div className="rl-cast-row rl-cast-header" aria-hidden="true">
        <span className="rl-cast-name">
          <span className="rl-cast-label">Character</span>
          <span title="Scenes as viewpoint / with thoughts reported / named in">POV/head/named</span>
        </span>
        <span>Scenes across the book</span>
      </div>
      <div className="rl-cast-row rl-cast-heads">
        <span className="rl-cast-name" title="How many characters’ thoughts each scene reports">
          Heads per scene
        </span>
        <svg viewBox="0 0 1000 16" preserveAspectRatio="none" className="rl-cast-line" onClick={jumpAt} role="img" aria-label="Heads per scene">
          {ticks}
          {offsets.map(({ scene, x, width }) =>
            scene.heads.length ? (
              <rect key={scene.key} x={x * 1000} width={Math.max(width * 1000 - 0.5, 1.5)} y={16 - 4 * Math.min(scene.heads.length, 4)} height={4 * Math.min(scene.heads.length, 4)} fill={scene.heads.length >= 3 ? '#d62728' : HEAD_FILL}>
                <title>{`Scene ${scene.key}: ${scene.heads.join(', ')}`}</title>
              </rect>
            ) : null,
          )}
        </svg>
      </div>
      {cast.map((c) => (
        <CastLine key={c.name} character={c} offsets={offsets} colour={colours.get(c.name)} ticks={ticks} onClick={jumpAt} />
      ))}
      {map.cast.length > SHOWN && (
        <button className="rl-link rl-cast-more" onClick={() => setAll(!all)}>
          {all ? 'Show fewer' : `Show all ${map.cast.length} names`}
        </button>
      )}
      <p className="rl-muted rl-cast-note">
        Names are the ones the spelling check learned from the manuscript (places too) and every character the point-of-view check found.
      </p>
    </div>
  );
});

const CastLine = memo(function CastLine({
  character: c,
  offsets,
  colour,
  ticks,
  onClick,
}: {
  character: MapCharacter;
  offsets: Offsets;
  colour: string | undefined;
  ticks: readonly ReactElement[];
  onClick: (e: ReactMouseEvent<SVGSVGElement>) => void;
}) {
  const segments = castSegments(offsets, c.name);
  const counts = `${c.povScenes} viewpoint · ${c.headScenes} thoughts · ${c.presentScenes} named`;
  const absence = c.longestAbsence ? `; longest absence ${c.longestAbsence} scene${c.longestAbsence === 1 ? '' : 's'}` : '';
  return (
    <div className="rl-cast-row" data-character={c.name}>
      <span className="rl-cast-name" title={`${c.name}: ${counts}${absence}`}>
        <span className="rl-book-sw" style={{ background: colour ?? 'transparent' }} />
        <span className="rl-cast-label">{c.name}</span>
        <span className="rl-cast-counts">
          {c.povScenes}/{c.headScenes}/{c.presentScenes}
        </span>
      </span>
      <svg viewBox="0 0 1000 16" preserveAspectRatio="none" className="rl-cast-line" onClick={onClick} role="img" aria-label={`${c.name}: ${counts}${absence}`}>
        {ticks}
        {segments.map((s) => {
          const w = Math.max(s.width * 1000 - 0.5, 1.5);
          const fill = s.role === 'named' ? NAMED_FILL : (colour ?? HEAD_FILL);
          const [y, h, opacity] = s.role === 'pov' ? [1, 14, 1] : s.role === 'head' ? [4, 8, 0.6] : [6, 4, 1];
          return (
            <rect key={s.key} x={s.x * 1000} y={y} width={w} height={h} fill={fill} opacity={opacity}>
              <title>{`${c.name} · scene ${s.key} · ${ROLE_WORD[s.role]}`}</title>
            </rect>
          );
        })}
      </svg>
    </div>
  );
});
