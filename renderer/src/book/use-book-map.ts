/**
 * The Book panel's data: the book map rebuilt in a worker from each check's results (never on the main thread,
 * never per keystroke), with unchanged chapters kept as the same objects so only changed rows re-render.
 */
import type { Text } from '@codemirror/state';
import { useEffect, useRef, useState } from 'react';
import type { Diagnostic } from '../../../src/contract/diagnostic.js';
import type { SceneSummary } from '../../../src/contract/summaries.js';
import type { BookMap } from '../../../src/export/book-report.js';
import type { FromBookWorker, ToBookWorker } from './book-protocol.js';
import { sameElements, shareUnchanged } from './book-view.js';

/**
 * How long after a check's results the map is rebuilt: while someone types, results keep coming and the map
 * waits for a pause (on a busy machine every extra task on the main thread risks being a long one).
 */
export const BOOK_DELAY_MS = 700;

/** The longest the panel reads scene texts in one go (the rest waits for the next idle moment). */
const SLICE_MS = 6;

/** What a check reported that the map is built from. */
export interface BookInputs {
  readonly title: string;
  /** The `pov` check's scenes (undefined before the first check, or with the check off). */
  readonly scenes: readonly SceneSummary[] | undefined;
  readonly diagnostics: readonly Diagnostic[];
  readonly cast: readonly string[];
  /** The document now (an immutable snapshot, read scene by scene when the map is rebuilt). */
  readonly doc: () => Text | undefined;
}

/** The map of the manuscript, kept up to date while mounted; undefined until the first one is built. */
export function useBookMap(inputs: BookInputs): { map: BookMap | undefined; error: string | undefined } {
  const { title, doc } = inputs;
  const stable = useRef<Pick<BookInputs, 'scenes' | 'diagnostics' | 'cast'>>(inputs);
  stable.current = {
    scenes: sameElements(stable.current.scenes, inputs.scenes),
    diagnostics: sameElements(stable.current.diagnostics, inputs.diagnostics)!,
    cast: sameElements(stable.current.cast, inputs.cast)!,
  };
  const { scenes, diagnostics, cast } = stable.current;
  const worker = useRef<Worker | undefined>(undefined);
  const latest = useRef(0);
  const docRef = useRef(doc);
  docRef.current = doc;
  const [map, setMap] = useState<BookMap | undefined>();
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    const w = new Worker(new URL('./book-map.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<FromBookWorker>) => {
      const m = e.data;
      if (m.id !== latest.current) return; // a newer request is on its way
      if ('error' in m) return setError(m.error);
      setError(undefined);
      performance.mark('book-receive-start');
      setMap((prev) => shareUnchanged(prev, m.map));
      performance.measure('book-receive', 'book-receive-start');
    };
    worker.current = w;
    return () => {
      w.terminate();
      worker.current = undefined;
    };
  }, []);

  useEffect(() => {
    if (!scenes) return;
    let idle: number | undefined;
    let cancelled = false;
    // The scenes' texts are read from one snapshot of the document in idle moments, a few milliseconds at a time:
    // reading a whole novel at once took 125 ms (median) of the main thread on a busy machine.
    const t = setTimeout(() => {
      const text = docRef.current();
      if (!text) return;
      const bodies: string[] = [];
      const read = (deadline: IdleDeadline) => {
        if (cancelled) return;
        performance.mark('book-read-start');
        const end = performance.now() + Math.min(SLICE_MS, Math.max(1, deadline.timeRemaining()));
        do {
          const s = scenes[bodies.length]!;
          bodies.push(text.sliceString(Math.min(s.from, text.length), Math.min(s.to, text.length)));
        } while (bodies.length < scenes.length && performance.now() < end);
        if (bodies.length < scenes.length) idle = requestIdleCallback(read, { timeout: 1000 });
        else {
          const id = ++latest.current;
          const message: ToBookWorker = { id, title, scenes, bodies, diagnostics, cast };
          worker.current?.postMessage(message);
        }
        performance.measure('book-read', 'book-read-start');
      };
      idle = requestIdleCallback(read, { timeout: 1000 });
    }, BOOK_DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(t);
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, [title, scenes, diagnostics, cast]);

  return { map, error };
}
