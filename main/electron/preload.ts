/**
 * The preload: exposes one typed bridge (`window.redline`) that allowlists the contract's channels and
 * events. Nothing else of Electron or Node reaches the page. Runs sandboxed, so it imports only `electron`.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { CHANNELS, EVENT_NAMES } from '../../src/contract/ipc.js';
import { isManuscriptName } from '../../src/formats/manuscript-types.js';

contextBridge.exposeInMainWorld('redline', {
  invoke(channel: unknown, args: unknown): Promise<unknown> {
    if (!(CHANNELS as readonly unknown[]).includes(channel)) return Promise.resolve({ ok: false, error: { code: 'unknown-channel', message: 'Unknown request.' } });
    return ipcRenderer.invoke(channel as string, args);
  },
  on(event: unknown, listener: (payload: unknown) => void): () => void {
    if (!(EVENT_NAMES as readonly unknown[]).includes(event) || typeof listener !== 'function') return () => undefined;
    const wrapped = (_e: unknown, payload: unknown): void => listener(payload);
    ipcRenderer.on(event as string, wrapped);
    return () => void ipcRenderer.removeListener(event as string, wrapped);
  },
});

// Drag and drop: a manuscript dropped on the window opens. The path comes from the OS drop, read here in the
// preload (page scripts cannot forge a File's path); main checks it like any other file.
window.addEventListener('dragover', (e) => e.preventDefault());
window.addEventListener('drop', (e) => {
  e.preventDefault();
  const file = e.dataTransfer?.files[0];
  if (!file) return;
  const path = webUtils.getPathForFile(file);
  if (isManuscriptName(path)) ipcRenderer.send('app:open-dropped', path);
});
