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
import type { CheckInfo, FromWorker, ToWorker } from '../worker/protocol.js';
import { remap } from './diagnostics.js';
import { show, reviewHost } from './findings.js';
import { checkReported, documentFormat, effectiveSettings, lastCheck, requestCheck } from './review-state.js';

/** How long typing pauses before the text is checked again. */
export const CHECK_DELAY_MS = 120;

/** A worker-like channel (a real Worker in the app, a fake in tests). */
export interface WorkerPort {
  postMessage(message: ToWorker): void;
  onmessage: ((event: { readonly data: FromWorker }) => void) | null;
}

/** The check request for the text and settings of `state`. */
export function checkRequest(state: EditorState, id: number): ToWorker {
  const { settings, preferences } = effectiveSettings(state);
  return {
    type: 'check',
    id,
    text: state.doc.toString(),
    format: state.field(documentFormat),
    words: settings.words,
    preferences,
    pov: { narration: settings.narration, povCharacters: settings.povCharacters, tense: settings.tense },
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

  constructor(private readonly port: WorkerPort) {
    port.onmessage = (e) => this.receive(e.data);
  }

  /** The loop of the current document has a check under way. */
  get checking(): boolean {
    return this.loop?.checking ?? false;
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
    this.loop?.receive(m);
  }
}

class CheckLoop implements PluginValue {
  /** The request under way, and the edits made since it was sent. */
  private pending: { readonly id: number; changes: ChangeSet } | undefined;
  /** The text or settings changed since the last request. */
  private stale = true;
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
      this.view.dispatch({ effects: checkReported.of({ ...this.view.state.field(lastCheck), error: m.message }) });
      this.view.state.facet(reviewHost)?.report(this.view);
      return;
    }
    if (!this.pending || m.id !== this.pending.id) return; // a result for a document since replaced
    const found = remap(m.diagnostics, this.pending.changes, this.view.state.doc);
    this.pending = undefined;
    this.view.dispatch({ effects: checkReported.of({ words: m.words, paragraphs: m.paragraphs, analysed: m.analysed, summaries: m.summaries }) });
    show(this.view, found, 'result');
    if (this.stale) this.schedule(CHECK_DELAY_MS);
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
    this.channel.post(checkRequest(this.view.state, id));
    this.view.state.facet(reviewHost)?.report(this.view);
  }
}

/** The check loop for one document, on `channel`. */
export function checkLoop(channel: CheckChannel): ViewPlugin<CheckLoop> {
  return ViewPlugin.define((view) => new CheckLoop(view, channel));
}

