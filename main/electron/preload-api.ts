/**
 * What the preload does, as plain functions over the part of `ipcRenderer` it uses, so it is tested in Node:
 * the page's bridge (the contract's channels and events, nothing else) and the drop of a file on the window.
 * Imports only the contract and the pure manuscript-types table: the sandboxed preload bundles it.
 */
import { CHANNELS, EVENT_NAMES, type PreloadContract, type PreloadMessage } from '../../src/contract/ipc.js';
import { isManuscriptName } from '../../src/formats/manuscript-types.js';

type Listener = (event: unknown, payload: unknown) => void;

/** The part of Electron's `ipcRenderer` the preload uses (a fake in tests). */
export interface PreloadIpc {
  invoke(channel: string, args: unknown): Promise<unknown>;
  on(event: string, listener: Listener): unknown;
  removeListener(event: string, listener: Listener): unknown;
  send(message: string, payload: unknown): void;
}

/** `window.redline` as the page sees it; untyped on purpose: page scripts may pass anything. */
export interface PageBridge {
  invoke(channel: unknown, args: unknown): Promise<unknown>;
  on(event: unknown, listener: unknown): () => void;
}

/** The page's bridge: calls on the contract's channels and subscriptions to its events; anything else is refused. */
export function pageBridge(ipc: PreloadIpc): PageBridge {
  return {
    invoke(channel, args) {
      if (!(CHANNELS as readonly unknown[]).includes(channel)) return Promise.resolve({ ok: false, error: { code: 'unknown-channel', message: 'Unknown request.' } });
      return ipc.invoke(channel as string, args);
    },
    on(event, listener) {
      if (!(EVENT_NAMES as readonly unknown[]).includes(event) || typeof listener !== 'function') return () => undefined;
      const wrapped: Listener = (_e, payload) => listener(payload);
      ipc.on(event as string, wrapped);
      return () => void ipc.removeListener(event as string, wrapped);
    },
  };
}

/** Sends a preload message of the contract to the host. */
export function sendToHost<M extends PreloadMessage>(ipc: PreloadIpc, message: M, payload: PreloadContract[M]): void {
  ipc.send(message, payload);
}

/**
 * A file dropped on the window (its path from the OS drop): asks the host to open it when its name is a
 * manuscript's (text, Markdown or Word). Returns whether it did.
 */
export function openDropped(ipc: PreloadIpc, path: string): boolean {
  if (!isManuscriptName(path)) return false;
  sendToHost(ipc, 'app:open-dropped', { path });
  return true;
}
