import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import type { MapScene } from '../../../src/export/book-report.js';

/** One entry of the menu: an action, or a POV choice (checked when it is the scene's setting now). */
interface Item {
  readonly label: string;
  readonly run: () => void;
  readonly checked?: boolean;
  readonly colour?: string;
}

/**
 * A scene's menu (right-click on its cell, or the context-menu key): go there, or set its POV character from
 * the characters whose thoughts it reports, "Other character…" (the POV dialog, with the whole cast), no
 * single POV, or detection. Arrow keys move, Enter chooses, Escape closes.
 */
export function SceneMenu({
  scene,
  anchor,
  colours,
  onJump,
  onSet,
  onOther,
  onClose,
}: {
  scene: MapScene;
  anchor: { x: number; y: number };
  colours: ReadonlyMap<string, string>;
  onJump: () => void;
  onSet: (character: string | null) => void;
  onOther: () => void;
  onClose: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState({ left: anchor.x, top: anchor.y });
  const names = [...new Set([...(scene.pov && scene.pov !== 'I' ? [scene.pov] : []), ...scene.heads])];
  const items: Item[] = [
    { label: 'Go to scene', run: onJump },
    ...names.map((n) => ({ label: `POV: ${n}`, run: () => onSet(n), checked: scene.povSet && scene.pov === n, ...(colours.get(n) ? { colour: colours.get(n)! } : {}) })),
    { label: 'Other character…', run: onOther },
    { label: 'No single POV', run: () => onSet(''), checked: scene.povSet && !scene.pov },
    { label: `Detect automatically${!scene.povSet && scene.pov ? ` (now ${scene.pov})` : ''}`, run: () => onSet(null), checked: !scene.povSet },
  ];
  const [active, setActive] = useState(0);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const { width, height } = el.getBoundingClientRect();
    setPos({ left: Math.max(8, Math.min(anchor.x, window.innerWidth - width - 8)), top: Math.max(8, Math.min(anchor.y, window.innerHeight - height - 8)) });
  }, [anchor.x, anchor.y]);
  useEffect(() => {
    ref.current?.querySelectorAll<HTMLElement>('[role^=menuitem]')[active]?.focus();
  }, [active]);
  useEffect(() => {
    const away = (e: MouseEvent) => {
      if (!ref.current?.contains(e.target as Node)) onClose();
    };
    document.addEventListener('mousedown', away);
    return () => document.removeEventListener('mousedown', away);
  }, [onClose]);

  const onKeyDown = (e: ReactKeyboardEvent) => {
    const last = items.length - 1;
    if (e.key === 'ArrowDown') setActive((a) => (a >= last ? 0 : a + 1));
    else if (e.key === 'ArrowUp') setActive((a) => (a <= 0 ? last : a - 1));
    else if (e.key === 'Home') setActive(0);
    else if (e.key === 'End') setActive(last);
    else if (e.key === 'Escape' || e.key === 'Tab') onClose();
    else return;
    e.preventDefault();
  };

  return (
    <div ref={ref} className="rl-book-menu" role="menu" aria-label={`Scene ${scene.key}`} style={pos} onKeyDown={onKeyDown}>
      {items.map((item, i) => (
        <button
          key={item.label}
          type="button"
          role={item.checked === undefined ? 'menuitem' : 'menuitemradio'}
          aria-checked={item.checked}
          tabIndex={i === active ? 0 : -1}
          className={i === 1 ? 'rl-book-menu-first-pov' : ''}
          onClick={item.run}
          onMouseEnter={() => setActive(i)}
        >
          <span className="rl-book-menu-check">{item.checked ? '✓' : ''}</span>
          {item.colour ? <span className="rl-book-sw" style={{ background: item.colour }} /> : null}
          {item.label}
        </button>
      ))}
    </div>
  );
}
