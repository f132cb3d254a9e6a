// The Electron entry's wiring, with Electron replaced by a recording fake (vi.mock: the real `electron`
// package is never loaded, so nothing tries to download a binary).
import { chmod, mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { validArgs, type Channel, type EventName, type PreloadMessage } from '../../src/contract/ipc.js';
import { ok } from '../../src/contract/result.js';
import { createDocumentService } from '../files/documents.js';
import { createRecoveryStore } from '../files/recovery.js';
import { createHandlers } from '../ipc/handlers.js';
import { openSettingsStore } from '../settings/app-settings.js';
import { pageBridge, type PreloadIpc } from './preload-api.js';

// The contract, written out here and checked against its types: a channel, event or preload message added to
// (or removed from) `IpcContract`, `EventContract` or `PreloadContract` does not compile until it is listed
// here too. These lists, not the contract module's own `CHANNELS` (the list main.ts loops over), are what the
// wiring below is compared with.
const CONTRACT_CHANNELS = {
  'app:initial': true,
  'engine:data': true,
  'doc:open': true,
  'doc:save': true,
  'doc:save-as': true,
  'doc:reload': true,
  'book:open': true,
  'doc:set-dirty': true,
  'doc:update-settings': true,
  'dictionary:update': true,
  'doc:new-review': true,
  'recovery:save': true,
  'recovery:restore': true,
  'recovery:read': true,
  'recovery:discard': true,
  'app:set-review-panel': true,
  'app:set-preferences': true,
  'doc:export': true,
} as const satisfies { readonly [C in Channel]: true };
const CONTRACT_EVENTS = { 'doc:disk-change': true, 'menu:command': true, 'doc:opened': true } as const satisfies { readonly [E in EventName]: true };
const CONTRACT_PRELOAD_MESSAGES = { 'app:open-dropped': true } as const satisfies { readonly [M in PreloadMessage]: true };
const channels = Object.keys(CONTRACT_CHANNELS).sort();

const recorded = vi.hoisted(() => ({
  handlers: new Map<string, (event: unknown, args: unknown) => unknown>(),
  listeners: new Map<string, (event: unknown, payload: unknown) => unknown>(),
  errors: [] as string[],
  windowOptions: [] as unknown[],
  loaded: [] as string[],
  menus: [] as unknown[],
  headers: [] as unknown[],
  openHandler: undefined as undefined | ((d: { url: string }) => unknown),
  ready: undefined as undefined | Promise<void>,
  edited: [] as boolean[],
  // A folder of this run's own: Electron's userData, where settings and recovery files go.
  userData: `${process.env['TMPDIR'] ?? '/tmp'}/redline-electron-test-${process.pid}`,
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
    getPath: (name: string) => (name === 'userData' ? recorded.userData : '/nowhere'),
    whenReady: () => Promise.resolve(),
    on: vi.fn(),
  };
  setTimeout(() => resolveReady(), 50);
  return {
    app,
    BrowserWindow,
    dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(), showErrorBox: (_title: string, message: string) => void recorded.errors.push(message), showMessageBoxSync: vi.fn() },
    ipcMain: {
      handle: (channel: string, f: (event: unknown, args: unknown) => unknown) => recorded.handlers.set(channel, f),
      on: (message: string, f: (event: unknown, payload: unknown) => unknown) => recorded.listeners.set(message, f),
    },
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
    // A userData folder that already exists, world-readable (as an older install or another tool left it).
    await mkdir(recorded.userData, { recursive: true });
    await chmod(recorded.userData, 0o755);
    await import('./main.js');
    await recorded.ready;
    await vi.waitFor(() => expect(recorded.loaded).toHaveLength(1));
    expect(recorded.windowOptions[0]).toMatchObject({ webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false } });
    expect([...recorded.handlers.keys()].sort()).toEqual(channels);
    expect([...recorded.listeners.keys()].sort()).toEqual(Object.keys(CONTRACT_PRELOAD_MESSAGES).sort());
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

    // A file dropped on the window (the preload's message) is opened when it is a manuscript, .docx included,
    // and only when our own page's preload sent it.
    const dropped = recorded.listeners.get('app:open-dropped')!;
    const own = { senderFrame: { url: recorded.loaded[0] } };
    dropped({ senderFrame: { url: 'https://evil.example/' } }, { path: '/nowhere/evil.docx' });
    dropped(own, { path: '/nowhere/cover.pdf' });
    dropped(own, '/nowhere/bare-string.docx');
    dropped(own, { path: '/nowhere/novel.docx', extra: 1 });
    dropped(own, { path: '/nowhere/novel.docx' });
    await vi.waitFor(() => expect(recorded.errors).toHaveLength(1));
    expect(recorded.errors).toEqual(['/nowhere/novel.docx does not exist']);

    // Settings and autosaved text go to userData, this user's alone: the folder 0700, its files 0600.
    const mode = async (p: string): Promise<number> => (await stat(p)).mode & 0o777;
    await recorded.handlers.get('app:set-review-panel')!(own, { open: true });
    expect(await recorded.handlers.get('recovery:save')!(own, { handle, text: 'Unsaved words.' })).toMatchObject({ ok: true });
    if (process.platform !== 'win32') {
      expect(await mode(recorded.userData)).toBe(0o700);
      expect(await mode(join(recorded.userData, 'settings.json'))).toBe(0o600);
      expect(await mode(join(recorded.userData, 'recovery'))).toBe(0o700);
      for (const f of await readdir(join(recorded.userData, 'recovery'))) expect(await mode(join(recorded.userData, 'recovery', f))).toBe(0o600);
    }
    await rm(recorded.userData, { recursive: true, force: true });
  });
});

describe('the IPC contract, end to end', () => {
  it('has a handler in createHandlers and a validator for every channel', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'redline-contract-'));
    const { handlers } = createHandlers({
      host: 'electron',
      documents: createDocumentService({ watch: null }),
      recovery: createRecoveryStore(join(dir, 'recovery')),
      settings: await openSettingsStore(join(dir, 'settings.json')),
      engineData: async () => ({ lexicon: '', wordRanks: [], vocabulary: [] }),
      dialogs: { open: async () => undefined, saveAs: async () => ok(undefined), exportAs: async () => ok(undefined) },
    });
    expect(Object.keys(handlers).sort()).toEqual(channels);
    for (const channel of channels as Channel[]) {
      expect(typeof handlers[channel], channel).toBe('function');
      // A validator exists (a missing one would throw) and refuses what the channel does not take.
      expect(validArgs(channel, { unexpected: true }), channel).toBe(false);
    }
  });

  it('lets the page reach exactly the contract’s channels and events through the preload', async () => {
    const sent: string[] = [];
    const subscribed: string[] = [];
    const ipc: PreloadIpc = {
      invoke: async (channel) => void sent.push(channel),
      on: (event) => void subscribed.push(event),
      removeListener: () => undefined,
      send: () => undefined,
    };
    const bridge = pageBridge(ipc);
    for (const channel of [...channels, 'app:open-dropped', 'shell:exec', 'constructor', '__proto__']) await bridge.invoke(channel, {});
    for (const event of [...Object.keys(CONTRACT_EVENTS), 'app:open-dropped', 'doc:export']) bridge.on(event, () => undefined);
    expect(sent.sort()).toEqual(channels);
    expect(subscribed.sort()).toEqual(Object.keys(CONTRACT_EVENTS).sort());
    // A preload message is the preload's own: the page cannot send one.
    expect(await bridge.invoke('app:open-dropped', { path: '/etc/passwd.txt' })).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });
});
