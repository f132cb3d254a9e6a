/**
 * The check loop, a `ViewPlugin`: the whole text goes to the engine worker (its engine re-analyses only the
 * paragraphs that changed); while it works, edits are composed into a change set, and the result is mapped
 * through them before it is shown, so typing never waits and underlines never land on the wrong words.
 *
 * The worker outlives documents (a new document is a new state, so a new loop): a {@link CheckChannel} holds
 * it, knows when it is ready, numbers the requests and hands each message to the loop of the current state.
 */
import { ChangeSet, type EditorState } from '@codemirror/state';
import { ViewPlugin, type EditorView, type PluginValue, type ViewUpdate } from '@codemirror/view';
import type { Diagnostic } from '../../../src/contract/diagnostic.js';
import type { CheckInfo, CheckProgress, FromWorker, ToWorker } from '../worker/protocol.js';
import { bookChapters } from './book-chapters.js';
import { remap } from './diagnostics.js';
import { show, reviewHost, shownDiagnostics } from './findings.js';
import { checkReported, documentFormat, effectiveSettings, lastCheck, requestCheck } from './review-state.js';

/** How long typing pauses before the text is checked again. */
export const CHECK_DELAY_MS = 120;

/** A worker-like channel (a real Worker in the app, a fake in tests). */
export interface WorkerPort {
  postMessage(message: ToWorker): void;
  onmessage: ((event: { readonly data: FromWorker }) => void) | null;
}

/**
 * The check request for the text and settings of `state`; `visible` (the part of the text in view) asks for a
 * progressive check, that part first.
 */
export function checkRequest(state: EditorState, id: number, visible?: { readonly from: number; readonly to: number }): ToWorker {
  const { settings, preferences } = effectiveSettings(state);
  return {
    type: 'check',
    id,
    text: state.doc.toString(),
    format: state.field(documentFormat),
    words: settings.words,
    preferences,
    pov: { narration: settings.narration, povCharacters: settings.povCharacters, tense: settings.tense },
    ...filesOf(state),
    ...(visible ? { visible: { from: visible.from, to: visible.to } } : {}),
  };
}

/** A book's chapter files for the engine: where each starts now, and its name. */
function filesOf(state: EditorState): { files?: Array<{ from: number; name: string }> } {
  const book = state.field(bookChapters, false);
  return book ? { files: book.chapters.map((c, i) => ({ from: book.starts[i]!, name: c.name })) } : {};
}

/**
 * What is shown while a progressive check goes on: what was shown, plus the new findings (remapped to the
 * current text) not already among them. Nothing is taken away until the whole check's result replaces it all.
 */
export function withProgress(shown: readonly Diagnostic[], found: readonly Diagnostic[]): Diagnostic[] {
  const key = (d: Diagnostic): string => `${d.from}:${d.to}:${d.ruleId}`;
  const have = new Set(shown.map(key));
  const added = found.filter((d) => !have.has(key(d)));
  if (added.length === 0) return [...shown];
  return [...shown, ...added].sort((a, b) => a.from - b.from || a.to - b.to);
}

/**
 * A worker as a {@link WorkerPort} that keeps what the worker says until someone listens: the worker starts
 * loading its data as the page opens, and may be ready before the editor (and its channel) exists.
 */
export function bufferedPort(worker: { postMessage(message: ToWorker): void; onmessage: ((event: { readonly data: FromWorker }) => void) | null }): WorkerPort {
  const queue: Array<{ readonly data: FromWorker }> = [];
  let listener: WorkerPort['onmessage'] = null;
  worker.onmessage = (event) => (listener ? listener(event) : queue.push(event));
  return {
    postMessage: (message) => worker.postMessage(message),
    get onmessage() {
      return listener;
    },
    set onmessage(next) {
      listener = next;
      while (listener && queue.length) listener(queue.shift()!);
    },
  };
}

/** The engine worker as the check loops of successive documents share it. */
export class CheckChannel {
  /** The worker has its dictionaries: checks can start. */
  ready = false;
  /** The checks the engine offers (for Preferences). */
  checks: readonly CheckInfo[] = [];
  private nextId = 1;
  private loop: CheckLoop | undefined;
  /** An error the worker reported before any document's loop listened (its data could not be loaded). */
  private early: Extract<FromWorker, { type: 'error' }> | undefined;

  constructor(private readonly port: WorkerPort) {
    port.onmessage = (e) => this.receive(e.data);
  }

  /** The loop of the current document has a check under way. */
  get checking(): boolean {
    return this.loop?.checking ?? false;
  }

  /** How far a progressive check under way has got (paragraphs read, of the total). */
  get progress(): { readonly done: number; readonly total: number } | undefined {
    return this.loop?.progress;
  }

  /** A fresh request id. */
  id(): number {
    return this.nextId++;
  }

  post(message: ToWorker): void {
    this.port.postMessage(message);
  }

  attach(loop: CheckLoop): void {
    this.loop = loop;
    const early = this.early;
    this.early = undefined;
    // After the view that creates the loop is built (it cannot take a transaction while it is).
    if (early) queueMicrotask(() => this.loop === loop && loop.receive(early));
  }

  detach(loop: CheckLoop): void {
    if (this.loop === loop) this.loop = undefined;
  }

  private receive(m: FromWorker): void {
    if (m.type === 'ready') {
      this.ready = true;
      this.checks = m.checks;
      this.loop?.schedule(0);
      return;
    }
    if (!this.loop && m.type === 'error') this.early = m;
    this.loop?.receive(m);
  }
}

class CheckLoop implements PluginValue {
  /** The request under way, and the edits made since it was sent. */
  private pending: { readonly id: number; changes: ChangeSet } | undefined;
  /** The text or settings changed since the last request. */
  private stale = true;
  /**
   * The next check reads the text part in view first (a document just opened, or settings that may make the
   * engine read everything again).
   */
  private progressive = true;
  /** How far the progressive check under way has got. */
  progress: { readonly done: number; readonly total: number } | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly view: EditorView,
    private readonly channel: CheckChannel,
  ) {
    channel.attach(this);
    this.schedule(0);
  }

  /** A check is under way. */
  get checking(): boolean {
    return this.pending !== undefined;
  }

  update(u: ViewUpdate): void {
    if (u.docChanged) {
      if (this.pending) this.pending.changes = this.pending.changes.compose(u.changes);
      this.stale = true;
      this.schedule(CHECK_DELAY_MS);
    }
    if (u.transactions.some((tr) => tr.effects.some((e) => e.is(requestCheck)))) {
      this.stale = true; // a check already under way used the old settings
      this.progressive = true;
      this.schedule(0);
    }
  }

  schedule(delay: number): void {
    clearTimeout(this.timer);
    if (!this.channel.ready || this.pending) return;
    this.timer = setTimeout(() => this.send(), delay);
  }

  receive(m: Exclude<FromWorker, { type: 'ready' }>): void {
    if (m.type === 'error') {
      this.pending = undefined;
      this.progress = undefined;
      this.view.dispatch({ effects: checkReported.of({ ...this.view.state.field(lastCheck), error: m.message }) });
      this.view.state.facet(reviewHost)?.report(this.view);
      return;
    }
    if (!this.pending || m.id !== this.pending.id) return; // a result for a document since replaced
    const found = remap(m.diagnostics, this.pending.changes, this.view.state.doc);
    if (m.type === 'progress') return this.receiveProgress(m, found);
    this.pending = undefined;
    this.progress = undefined;
    this.view.dispatch({ effects: checkReported.of({ words: m.words, paragraphs: m.paragraphs, analysed: m.analysed, summaries: m.summaries }) });
    show(this.view, found, 'result');
    if (this.stale) this.schedule(CHECK_DELAY_MS);
  }

  private receiveProgress(m: CheckProgress, found: Diagnostic[]): void {
    this.progress = { done: m.done, total: m.total };
    const shown = shownDiagnostics(this.view.state);
    const next = withProgress(shown, found);
    if (next.length !== shown.length) show(this.view, next);
    else this.view.state.facet(reviewHost)?.report(this.view);
  }

  destroy(): void {
    clearTimeout(this.timer);
    this.channel.detach(this);
  }

  private send(): void {
    if (this.pending) return;
    const id = this.channel.id();
    this.pending = { id, changes: ChangeSet.empty(this.view.state.doc.length) };
    this.stale = false;
    this.channel.post(checkRequest(this.view.state, id, this.progressive ? this.view.viewport : undefined));
    this.progressive = false;
    this.view.state.facet(reviewHost)?.report(this.view);
  }
}

/** The check loop for one document, on `channel`. */
export function checkLoop(channel: CheckChannel): ViewPlugin<CheckLoop> {
  return ViewPlugin.define((view) => new CheckLoop(view, channel));
}

