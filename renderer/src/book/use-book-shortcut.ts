import { useEffect, useRef } from 'react';

/** Ctrl+Shift+B (⌘⇧B on a Mac) anywhere in the window, the editor included: show or hide the Book panel. */
export function useBookShortcut(toggle: () => void): void {
  const run = useRef(toggle);
  run.current = toggle;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.shiftKey && !e.altKey && e.key.toLowerCase() === 'b') {
        e.preventDefault();
        run.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
