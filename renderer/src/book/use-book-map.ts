/**
 * The Book panel's data: the book map rebuilt in a worker from each check's results (never on the main thread,
 * never per keystroke), with unchanged chapters kept as the same objects so only changed rows re-render.
 */
import { useEffect, useRef, useState } from 'react';
import type { Diagnostic } from '../../../src/contract/diagnostic.js';
import type { SceneSummary } from '../../../src/contract/summaries.js';
import type { BookMap } from '../../../src/export/book-report.js';
import type { FromBookWorker, ToBookWorker } from './book-protocol.js';
import { sameElements, shareUnchanged } from './book-view.js';

/** How long after a check's results the map is rebuilt: results that follow each other quickly cost one rebuild. */
export const BOOK_DELAY_MS = 150;

/** What a check reported that the map is built from. */
export interface BookInputs {
  readonly title: string;
  /** The `pov` check's scenes (undefined before the first check, or with the check off). */
  readonly scenes: readonly SceneSummary[] | undefined;
  readonly diagnostics: readonly Diagnostic[];
  readonly cast: readonly string[];
  /** The text now (read when the map is rebuilt, not on every render). */
  readonly text: () => string;
}

/** The map of the manuscript, kept up to date while mounted; undefined until the first one is built. */
export function useBookMap(inputs: BookInputs): { map: BookMap | undefined; error: string | undefined } {
  const { title, text } = inputs;
  const stable = useRef<Pick<BookInputs, 'scenes' | 'diagnostics' | 'cast'>>(inputs);
  stable.current = {
    scenes: sameElements(stable.current.scenes, inputs.scenes),
    diagnostics: sameElements(stable.current.diagnostics, inputs.diagnostics)!,
    cast: sameElements(stable.current.cast, inputs.cast)!,
  };
  const { scenes, diagnostics, cast } = stable.current;
  const worker = useRef<Worker | undefined>(undefined);
  const latest = useRef(0);
  const textRef = useRef(text);
  textRef.current = text;
  const [map, setMap] = useState<BookMap | undefined>();
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    const w = new Worker(new URL('./book-map.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<FromBookWorker>) => {
      const m = e.data;
      if (m.id !== latest.current) return; // a newer request is on its way
      if ('error' in m) return setError(m.error);
      setError(undefined);
      setMap((prev) => shareUnchanged(prev, m.map));
    };
    worker.current = w;
    return () => {
      w.terminate();
      worker.current = undefined;
    };
  }, []);

  useEffect(() => {
    if (!scenes) return;
    const t = setTimeout(() => {
      const id = ++latest.current;
      const message: ToBookWorker = { id, title, file: { name: title, text: textRef.current(), scenes, diagnostics, cast } };
      worker.current?.postMessage(message);
    }, BOOK_DELAY_MS);
    return () => clearTimeout(t);
  }, [title, scenes, diagnostics, cast]);

  return { map, error };
}
