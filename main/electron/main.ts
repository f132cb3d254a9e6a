/**
 * The Electron entry: wires the plain main-process modules (file service, recovery, settings, IPC handlers,
 * hardened window, menu) to Electron. No logic of its own beyond the wiring; everything it calls is tested in
 * Node.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell } from 'electron';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CHANNELS,
  PRELOAD_MESSAGES,
  validPreloadMessage,
  type EventContract,
  type EventName,
  type MenuCommand,
  type PreloadContract,
  type PreloadMessage,
} from '../../src/contract/ipc.js';
import { ok } from '../../src/contract/result.js';
import { isManuscriptName, manuscriptExtensions } from '../../src/formats/manuscript-types.js';
import { createBookService } from '../files/books.js';
import { createDocumentService } from '../files/documents.js';
import { createBaselineStore } from '../files/baselines.js';
import { createHandlers, recoveryId } from '../ipc/handlers.js';
import { loadEngineData } from '../engine-data.js';
import { menuTemplate } from '../menu/template.js';
import { openAppData } from '../settings/app-data.js';
import { withRecent } from '../settings/app-settings.js';
import { CONTENT_SECURITY_POLICY, guardNavigation, isAppUrl, windowOptions } from '../window/security.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const rendererUrl = pathToFileURL(join(here, '../renderer/index.html')).href;
const fileArg = process.argv.slice(app.isPackaged ? 1 : 2).find((a) => isManuscriptName(a));

if (!app.requestSingleInstanceLock()) app.quit();

void app.whenReady().then(async () => {
  // Settings and recovery files live in Electron's userData folder, made this user's alone like `serve`'s.
  const { settings, recovery } = await openAppData(app.getPath('userData'));
  const documents = createDocumentService({ baselines: createBaselineStore(join(app.getPath('userData'), 'reviews')) });
  const books = createBookService(documents);
  const bounds = settings.get().window;
  const win = new BrowserWindow(windowOptions(join(here, '../preload/index.cjs'), bounds));
  if (bounds.maximized) win.maximize();

  const send = <E extends EventName>(event: E, payload: EventContract[E]): void => win.webContents.send(event, payload);
  const filters = [{ name: 'Manuscripts', extensions: manuscriptExtensions() }];
  const { invoke } = createHandlers({
    host: 'electron',
    documents,
    books,
    recovery,
    settings,
    engineData: loadEngineData,
    ...(fileArg ? { initialPath: fileArg } : {}),
    // The macOS close button's dot and the proxy icon; the title itself comes from the page.
    onDirty: (handle, dirty) => {
      win.setDocumentEdited(dirty);
      win.setRepresentedFilename(documents.pathOf(handle) ?? '');
    },
    dialogs: {
      open: async () => (await dialog.showOpenDialog(win, { properties: ['openFile'], filters })).filePaths[0],
      openFolder: async () => (await dialog.showOpenDialog(win, { title: 'Open a folder of chapters', properties: ['openDirectory'] })).filePaths[0],
      saveAs: async (name) => ok((await dialog.showSaveDialog(win, { defaultPath: name, filters })).filePath || undefined),
      exportAs: async (name, format) =>
        ok((await dialog.showSaveDialog(win, { title: 'Export', defaultPath: name, filters: [{ name: EXPORT_FILTER_NAMES[format], extensions: [format] }] })).filePath || undefined),
    },
  });
  documents.onDiskChange((change) => send('doc:disk-change', change));
  books.onFolderChange((change) => send('doc:disk-change', change));

  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, args: unknown) => {
      // Only our own page may call.
      if (!isAppUrl(event.senderFrame?.url ?? '', rendererUrl)) return { ok: false, error: { code: 'forbidden', message: 'Forbidden.' } };
      return invoke(channel, args);
    });
  }

  session.defaultSession.webRequest.onHeadersReceived((details, callback) =>
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } }),
  );
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  guardNavigation(win.webContents, rendererUrl, (url) => void shell.openExternal(url));

  const openPath = async (path: string): Promise<void> => {
    const opened = await documents.open(path);
    if (opened.ok) {
      await settings.update((s) => withRecent(s, path));
      send('doc:opened', { document: opened.value });
      buildMenu();
    } else dialog.showErrorBox('Cannot open the file', opened.error.message);
  };
  const buildMenu = (): void =>
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        menuTemplate(process.platform, settings.get().recent, {
          send: (command: MenuCommand) => send('menu:command', { command }),
          openRecent: (path) => void openPath(path),
          clearRecent: () => void settings.update((s) => ({ ...s, recent: [] })).then(buildMenu),
        }),
      ),
    );
  buildMenu();
  // The preload's own messages: one typed handler each, payloads checked against the contract.
  const fromPreload: { readonly [M in PreloadMessage]: (payload: PreloadContract[M]) => void } = {
    'app:open-dropped': ({ path }) => {
      if (isManuscriptName(path)) void openPath(path);
    },
  };
  const listen = <M extends PreloadMessage>(message: M): void => {
    const handle: (payload: PreloadContract[M]) => void = fromPreload[message];
    ipcMain.on(message, (event, payload: unknown) => {
      if (isAppUrl(event.senderFrame?.url ?? '', rendererUrl) && validPreloadMessage(message, payload)) handle(payload);
    });
  };
  PRELOAD_MESSAGES.forEach(listen);
  app.on('open-file', (event, path) => {
    event.preventDefault();
    void openPath(path);
  });
  app.on('second-instance', (_event, argv) => {
    const path = argv.find((a) => isManuscriptName(a));
    if (path) void openPath(path);
    win.focus();
  });

  // Unsaved work: ask before closing.
  win.on('close', (event) => {
    const b = win.getBounds();
    void settings.update((s) => ({ ...s, window: { ...b, maximized: win.isMaximized() } }));
    if (!documents.anyDirty()) return;
    const choice = dialog.showMessageBoxSync(win, {
      type: 'warning',
      buttons: ['Save…', 'Don’t Save', 'Cancel'],
      defaultId: 0,
      cancelId: 2,
      message: 'Save changes before closing?',
      detail: 'Your unsaved changes will be lost if you don’t save them.',
    });
    if (choice === 2) event.preventDefault();
    else if (choice === 0) {
      event.preventDefault();
      send('menu:command', { command: 'save' });
    } else {
      // "Don't Save": the autosaved copies go too, so the next start offers nothing back.
      for (const handle of documents.handles()) void recovery.discard(recoveryId(handle));
      documents.closeAll();
    }
  });
  win.once('ready-to-show', () => win.show());
  await win.loadURL(rendererUrl);
});

app.on('window-all-closed', () => app.quit());

const EXPORT_FILTER_NAMES = { txt: 'Plain text', md: 'Markdown', docx: 'Word document' } as const;
