// The Electron entry's wiring, with Electron replaced by a recording fake (vi.mock: the real `electron`
// package is never loaded, so nothing tries to download a binary).
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../src/contract/ipc.js';

const recorded = vi.hoisted(() => ({
  handlers: new Map<string, (event: unknown, args: unknown) => unknown>(),
  windowOptions: [] as unknown[],
  loaded: [] as string[],
  menus: [] as unknown[],
  headers: [] as unknown[],
  openHandler: undefined as undefined | ((d: { url: string }) => unknown),
  ready: undefined as undefined | Promise<void>,
  edited: [] as boolean[],
}));

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = {
      send: vi.fn(),
      on: vi.fn(),
      setWindowOpenHandler: (f: (d: { url: string }) => unknown) => (recorded.openHandler = f),
    };
    constructor(options: unknown) {
      recorded.windowOptions.push(options);
    }
    on = vi.fn();
    once = vi.fn();
    maximize = vi.fn();
    setDocumentEdited = (edited: boolean) => void recorded.edited.push(edited);
    setRepresentedFilename = vi.fn();
    loadURL = async (url: string) => void recorded.loaded.push(url);
  }
  let resolveReady!: () => void;
  recorded.ready = new Promise<void>((r) => (resolveReady = r));
  const app = {
    isPackaged: false,
    requestSingleInstanceLock: () => true,
    quit: vi.fn(),
    getPath: () => '/tmp/redline-electron-test',
    whenReady: () => Promise.resolve(),
    on: vi.fn(),
  };
  setTimeout(() => resolveReady(), 50);
  return {
    app,
    BrowserWindow,
    dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(), showErrorBox: vi.fn(), showMessageBoxSync: vi.fn() },
    ipcMain: { handle: (channel: string, f: (event: unknown, args: unknown) => unknown) => recorded.handlers.set(channel, f), on: vi.fn() },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: (m: unknown) => recorded.menus.push(m) },
    session: {
      defaultSession: {
        webRequest: { onHeadersReceived: (f: unknown) => recorded.headers.push(f) },
        setPermissionRequestHandler: vi.fn(),
      },
    },
    shell: { openExternal: vi.fn() },
  };
});

describe('the Electron entry', () => {
  it('wires a hardened window, every IPC channel, the CSP, the menu and the app page', async () => {
    await import('./main.js');
    await recorded.ready;
    await vi.waitFor(() => expect(recorded.loaded).toHaveLength(1));
    expect(recorded.windowOptions[0]).toMatchObject({ webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false } });
    expect([...recorded.handlers.keys()].sort()).toEqual([...CHANNELS].sort());
    expect(recorded.loaded[0]).toMatch(/^file:\/\/.*\/renderer\/index\.html$/);
    expect(recorded.headers).toHaveLength(1);
    expect(recorded.menus).toHaveLength(1);
    expect(recorded.openHandler!({ url: 'https://example.org' })).toEqual({ action: 'deny' });

    // Calls from any page but the app's own are refused; the app's own reach the handlers.
    const call = recorded.handlers.get('app:initial')!;
    expect(await call({ senderFrame: { url: 'https://evil.example/' } }, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const initial = (await call({ senderFrame: { url: recorded.loaded[0] } }, {})) as { ok: boolean; value: { host: string } };
    expect(initial).toMatchObject({ ok: true, value: { host: 'electron', document: { untitled: true } } });

    // The window's edited mark follows the document.
    const handle = (initial.value as unknown as { document: { handle: string } }).document.handle;
    await recorded.handlers.get('doc:set-dirty')!({ senderFrame: { url: recorded.loaded[0] } }, { handle, dirty: true });
    expect(recorded.edited).toEqual([true]);
  });
});
