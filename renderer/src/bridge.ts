/**
 * The renderer's typed bridge to its host: Electron's preload (`window.redline`) when present, otherwise the
 * HTTP bridge of `redline serve` (token from the page URL; events over server-sent events).
 */
import type { ArgsOf, Bridge, Channel, EventContract, EventName, ResultOf } from '../../src/contract/ipc.js';
import type { WorkerRequest } from './worker/protocol.js';

/**
 * A bridge that a worker can also call by itself, with `fetch` (the `redline serve` one): a large answer (the
 * engine's data) is then fetched and parsed off the page's thread.
 */
export interface HostBridge extends Bridge {
  workerRequest?(channel: Channel): WorkerRequest;
}

declare global {
  interface Window {
    readonly redline?: Bridge;
  }
}

/** The HTTP bridge of `redline serve`. */
export function httpBridge(token: string, base = ''): HostBridge {
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  let source: EventSource | undefined;
  const connect = (event: EventName): void => {
    source ??= new EventSource(`${base}/bridge/events?token=${encodeURIComponent(token)}`);
    if (listeners.get(event)!.size === 1) {
      source.addEventListener(event, (e) => {
        const payload = JSON.parse((e as MessageEvent<string>).data) as never;
        for (const l of listeners.get(event) ?? []) l(payload);
      });
    }
  };
  return {
    workerRequest: (channel) => ({
      url: new URL(`${base}/bridge/invoke/${channel}`, location.href).href,
      headers: { 'content-type': 'application/json', 'x-redline-token': token },
    }),
    async invoke<C extends Channel>(channel: C, args: ArgsOf<C>): Promise<ResultOf<C>> {
      try {
        const res = await fetch(`${base}/bridge/invoke/${channel}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-redline-token': token },
          body: JSON.stringify(args),
        });
        if (!res.ok) return { ok: false, error: { code: `http-${res.status}`, message: (await res.text()).trim() || `The host answered ${res.status}.` } };
        return (await res.json()) as ResultOf<C>;
      } catch {
        return { ok: false, error: { code: 'offline', message: 'Lost the connection to `redline serve`: is it still running?' } };
      }
    },
    on<E extends EventName>(event: E, listener: (payload: EventContract[E]) => void): () => void {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener as (payload: never) => void);
      connect(event);
      return () => void set.delete(listener as (payload: never) => void);
    },
  };
}

/** The bridge for this page. */
export function hostBridge(): HostBridge {
  if (window.redline) return window.redline;
  const token = new URLSearchParams(location.search).get('token') ?? '';
  return httpBridge(token);
}
