/// <reference lib="webworker" />
/**
 * The engine in a Web Worker: the editor never waits for it. The whole text is sent on each check; the
 * engine's paragraph cache means only edited paragraphs are analysed again.
 */
import { createEngine, type Engine } from '../../../src/engine/engine.js';
import { CHECKS, engineConfigFor } from '../../../src/checks/index.js';
import { countWords } from '../editor/diagnostics.js';
import type { FromWorker, ToWorker } from './protocol.js';

declare const self: DedicatedWorkerGlobalScope;

/** Bytes from base64 (how the host sends the lexicon and the confusables model). */
function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

let engine: Engine | undefined;
let configured = '';
const post = (m: FromWorker): void => self.postMessage(m);

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const m = event.data;
  try {
    if (m.type === 'init') {
      const t0 = performance.now();
      engine = createEngine(CHECKS, {}, {
        lexicon: fromBase64(m.data.lexicon),
        wordRanks: m.data.wordRanks,
        vocabulary: m.data.vocabulary,
        ...(m.data.confusablesModel ? { confusablesModel: fromBase64(m.data.confusablesModel) } : {}),
      });
      post({ type: 'ready', ms: performance.now() - t0, checks: CHECKS.map((c) => ({ id: c.id, description: c.description, rules: c.rules })) });
      return;
    }
    if (!engine) throw new Error('the checker is not ready');
    const key = JSON.stringify([m.words, m.preferences, m.pov]);
    if (key !== configured) {
      // When only the word list changed, the spelling check adopts it without losing its paragraph cache; the
      // other checks keep theirs when their options are unchanged.
      const checks = CHECKS.map((c) => c.id).filter((id) => !m.preferences.disabledChecks.includes(id));
      engine.configure(engineConfigFor({ words: m.words, ...m.pov }, { checks, dialect: m.preferences.dialect }));
      configured = key;
    }
    const t0 = performance.now();
    const out = engine.check(m.text, { format: m.format });
    post({
      type: 'result',
      id: m.id,
      diagnostics: out.diagnostics,
      summaries: out.summaries,
      paragraphs: out.paragraphs,
      analysed: out.analysed,
      words: countWords(m.text),
      ms: performance.now() - t0,
    });
  } catch (e) {
    post({ type: 'error', ...('id' in m ? { id: m.id } : {}), message: (e as Error).message });
  }
};
