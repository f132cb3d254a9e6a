/// <reference lib="webworker" />
/**
 * The Book panel's map, built off the main thread: naming every character in every scene reads the whole text
 * (about 10 ms on Pride and Prejudice here, more on a busy machine), which typing must never wait for.
 */
import { bookMap } from '../../../src/export/book-report.js';
import type { FromBookWorker, ToBookWorker } from './book-protocol.js';
import { fromSceneBodies } from './book-view.js';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<ToBookWorker>) => {
  const { id, title, scenes, bodies, diagnostics, cast } = event.data;
  try {
    const reply: FromBookWorker = { id, map: bookMap(title, [fromSceneBodies(title, scenes, bodies, diagnostics, cast)], '') };
    self.postMessage(reply);
  } catch (e) {
    const reply: FromBookWorker = { id, error: (e as Error).message };
    self.postMessage(reply);
  }
};
