/// <reference lib="webworker" />
/**
 * The engine in a Web Worker: the editor never waits for it. The whole text is sent on each check; the
 * engine's paragraph cache means only edited paragraphs are analysed again. A document just opened is checked
 * progressively: the part in view first, then the rest in slices (each posted as progress), then the whole.
 */
import { createEngine, type Engine } from '../../../src/engine/engine.js';
import { CHECKS, engineConfigFor } from '../../../src/checks/index.js';
import type { EngineData } from '../../../src/contract/ipc.js';
import type { Result } from '../../../src/contract/result.js';
import { countWords } from '../editor/diagnostics.js';
import type { CheckRequest, FromWorker, ToWorker, WorkerRequest } from './protocol.js';

declare const self: DedicatedWorkerGlobalScope;

/** Characters per slice of a progressive check: about 25 slices for a 120,000-word novel. */
const SLICE = 28_000;

/** Bytes from base64 (how the host sends the lexicon and the confusables model). */
function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The engine's data from the host's bridge (several MB of JSON, parsed here rather than on the page's thread). */
async function fetchData(request: WorkerRequest): Promise<EngineData> {
  const res = await fetch(request.url, { method: 'POST', headers: request.headers, body: '{}' });
  if (!res.ok) throw new Error((await res.text()).trim() || `The host answered ${res.status}.`);
  const r = (await res.json()) as Result<EngineData>;
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

let engine: Engine | undefined;
let configured = '';
/** The newest check request not yet started; a newer one makes a progressive check under way stop early. */
let latest: CheckRequest | undefined;
let running = false;
const post = (m: FromWorker): void => self.postMessage(m);
const later = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const m = event.data;
  if (m.type === 'init') {
    void init(m).catch((e: unknown) => post({ type: 'error', message: (e as Error).message }));
    return;
  }
  latest = m;
  if (!running) void drain();
};

async function init(m: Extract<ToWorker, { type: 'init' }>): Promise<void> {
  const data = 'data' in m ? m.data : await fetchData(m.fetch);
  const t0 = performance.now();
  engine = createEngine(CHECKS, {}, {
    lexicon: fromBase64(data.lexicon),
    wordRanks: data.wordRanks,
    vocabulary: data.vocabulary,
    ...(data.confusablesModel ? { confusablesModel: fromBase64(data.confusablesModel) } : {}),
  });
  post({ type: 'ready', ms: performance.now() - t0, checks: CHECKS.map((c) => ({ id: c.id, description: c.description, rules: c.rules })) });
}

async function drain(): Promise<void> {
  running = true;
  try {
    while (latest) {
      const m = latest;
      latest = undefined;
      try {
        await run(m);
      } catch (e) {
        post({ type: 'error', id: m.id, message: (e as Error).message });
      }
    }
  } finally {
    running = false;
  }
}

async function run(m: CheckRequest): Promise<void> {
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
  /** Paragraphs read by the slices of a progressive check (the whole check then finds them cached). */
  let read = 0;
  if (m.visible) {
    let done = 0;
    for (const [i, range] of slices(m.text.length, m.visible).entries()) {
      // A newer request (another document) starts over; what was read stays in the engine's caches.
      if (latest) return;
      // The part in view is read first by the checks whose findings can be shown at once (no dictionary to
      // build for them), so its underlines come first; every slice, that part again, is read by every check.
      const out = engine.checkRange(m.text, range, { format: m.format, safeOnly: i === 0 });
      if (i > 0) {
        done = Math.min(out.total, done + out.paragraphs);
        read += out.analysed;
      }
      post({ type: 'progress', id: m.id, diagnostics: out.diagnostics, done, total: out.total });
      await later();
    }
    if (latest) return;
  }
  const out = engine.check(m.text, { format: m.format, ...(m.files ? { files: m.files } : {}) });
  post({
    type: 'result',
    id: m.id,
    diagnostics: out.diagnostics,
    summaries: out.summaries,
    paragraphs: out.paragraphs,
    analysed: Math.min(out.paragraphs, out.analysed + read),
    words: countWords(m.text),
    ms: performance.now() - t0,
  });
}

/** The ranges of a progressive check: the part in view, then the whole text from the start, in slices. */
function slices(length: number, visible: { readonly from: number; readonly to: number }): Array<{ from: number; to: number }> {
  const out = [{ from: visible.from, to: visible.to }];
  for (let at = 0; at < length; at += SLICE) out.push({ from: at, to: Math.min(length, at + SLICE) });
  return out;
}
