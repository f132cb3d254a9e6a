// The cold whole-manuscript check on several cores: the paragraphs are split into contiguous ranges, worker
// threads scan all but the first (each with its own engine), the main thread scans the first, adopts the
// workers' scans and then does only the manuscript-wide work in `check`. The result is the single-thread one.
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { RedlineConfig } from '../checks/index.js';
import type { CheckCallOptions, CheckOutcome, Engine, ParagraphScans } from '../engine/engine.js';

/** A scan request to a worker: configure like the main engine, then scan these paragraph texts. */
export interface ScanRequest {
  readonly id: number;
  readonly config: RedlineConfig;
  readonly texts: readonly string[];
}

/** A worker's answer (`ok: false` when its engine failed; the main thread then scans the range itself). */
export type ScanReply = { readonly id: number; readonly ok: true; readonly scans: ParagraphScans } | { readonly id: number; readonly ok: false; readonly message: string };

/**
 * Below this many characters of text (about 35,000 words) a manuscript is checked on one thread: a worker
 * must build its own dictionaries and model first (measured in bench/results.md), which a short text does not
 * repay.
 */
export const PARALLEL_MIN_CHARS = 200_000;

/** How a check spreads over threads. */
export interface ThreadPlan {
  readonly threads: number;
  /** Manuscripts shorter than this (in characters) are checked on one thread. */
  readonly minChars: number;
}

/**
 * How many threads to use: `--threads N`, else `REDLINE_THREADS`, else one. A number given applies to every
 * manuscript. Throws a message for a value that is not a positive whole number.
 */
export function threadPlan(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): ThreadPlan {
  const given = flag ?? env['REDLINE_THREADS'];
  // Measured on this project's 2-core machine, quiet (load < 2), 2 Dec 2026: Pride and Prejudice 6.2 s on one
  // thread, 7.4 s on two; Emma + Pride and Prejudice (280,000 words) 9.7 s and 9.6 s. A worker's own setup (lexicon,
  // tagger, confusables model: about 2.5 s of CPU) and copying its results cost what the split saves, so a check
  // uses one thread unless asked.
  if (given === undefined || given === '') return { threads: 1, minChars: PARALLEL_MIN_CHARS };
  const n = Number(given);
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`--threads (or REDLINE_THREADS) must be a whole number of at least 1, not "${given}"`);
  return { threads: n, minChars: 0 };
}

/**
 * Splits `texts` into at most `parts` contiguous, non-empty ranges of about equal length in characters
 * (parsing time follows length). Returns `[start, end)` index pairs in order, covering every text once.
 */
export function splitRanges(texts: readonly string[], parts: number): Array<readonly [number, number]> {
  const total = texts.reduce((n, t) => n + t.length, 0);
  const ranges: Array<readonly [number, number]> = [];
  let start = 0;
  let seen = 0;
  for (let i = 0; i < texts.length; i++) {
    seen += texts[i]!.length;
    const cut = (total * (ranges.length + 1)) / parts;
    if (seen >= cut && ranges.length < parts - 1) {
      ranges.push([start, i + 1]);
      start = i + 1;
    }
  }
  if (start < texts.length) ranges.push([start, texts.length]);
  return ranges;
}

/** Worker threads that scan paragraph ranges; started before the main engine so their setup overlaps its own. */
export class ScanPool {
  private readonly workers: Worker[];
  private readonly stopped = new Set<Worker>();
  private next = 0;

  /** Starts `size` workers, each building an engine with `config` (re-configured per request). */
  constructor(size: number, config: RedlineConfig) {
    this.workers = Array.from({ length: size }, () => {
      const worker = spawn(config);
      // A worker whose setup failed is left out; its ranges are checked on this thread.
      worker.on('error', () => this.stopped.add(worker));
      worker.on('exit', () => this.stopped.add(worker));
      return worker;
    });
  }

  get size(): number {
    return this.workers.length;
  }

  /**
   * Checks `text` with `engine` (configured with `config`), its paragraphs spread over the workers and this
   * thread; identical to `engine.check(text, options)`. A worker that fails leaves its range to `check`.
   */
  async check(engine: Engine, config: RedlineConfig, text: string, options: CheckCallOptions = {}): Promise<CheckOutcome> {
    const texts = engine.paragraphsOf(text, options);
    const [own, ...rest] = splitRanges(texts, this.workers.length + 1);
    const pending = rest.map(([from, to], i) => this.request(this.workers[i]!, { id: this.next++, config, texts: texts.slice(from, to) }));
    if (own) engine.adopt(engine.scanParagraphs(texts.slice(own[0], own[1])));
    for (const reply of await Promise.all(pending)) if (reply.ok) engine.adopt(reply.scans);
    return engine.check(text, options);
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private request(worker: Worker, request: ScanRequest): Promise<ScanReply> {
    return new Promise((resolve) => {
      if (this.stopped.has(worker)) return resolve({ id: request.id, ok: false, message: 'the worker stopped' });
      const done = (reply: ScanReply): void => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        resolve(reply);
      };
      const onMessage = (reply: ScanReply): void => {
        if (reply.id === request.id) done(reply);
      };
      const onError = (e: Error): void => done({ id: request.id, ok: false, message: e.message });
      const onExit = (): void => done({ id: request.id, ok: false, message: 'the worker stopped' });
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage(request);
    });
  }
}

// The built CLI runs out/node/cli/scan-worker.js. From source (tests, `tsx`) the worker is TypeScript, which a
// worker thread cannot load by itself: a two-line bootstrap registers tsx (a dev dependency) first.
function spawn(config: RedlineConfig): Worker {
  const entry = new URL(import.meta.url.endsWith('.ts') ? './scan-worker.ts' : './scan-worker.js', import.meta.url);
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, { workerData: config });
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const boot = `import(${JSON.stringify(tsx)}).then((m) => m.register()).then(() => import(${JSON.stringify(entry.href)}));`;
  return new Worker(boot, { eval: true, workerData: config });
}
