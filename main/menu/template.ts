/**
 * The application menu as data, with the usual shortcuts. Items that act on the document send a
 * {@link MenuCommand} to the renderer; editing items use Electron's roles. The Electron entry passes the
 * result to `Menu.buildFromTemplate`.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../src/contract/ipc.js';

export interface MenuActions {
  /** Sends a command to the focused window's renderer. */
  readonly send: (command: MenuCommand) => void;
  readonly openRecent: (path: string) => void;
  readonly clearRecent: () => void;
}

/** Builds the menu. `platform` decides the macOS app menu and the Quit/Preferences placement. */
export function menuTemplate(platform: NodeJS.Platform, recent: readonly string[], actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const cmd = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => actions.send(command),
  });
  const recentItems: MenuItemConstructorOptions[] = recent.length
    ? [
        ...recent.map((path) => ({ label: path, click: () => actions.openRecent(path) })),
        { type: 'separator' as const },
        { label: 'Clear Recent', click: actions.clearRecent },
      ]
    : [{ label: 'No Recent Files', enabled: false }];
  const preferences = cmd(mac ? 'Settings…' : 'Preferences…', 'preferences', 'CmdOrCtrl+,');

  return [
    ...(mac
      ? [{ label: 'Redline', submenu: [{ role: 'about' as const }, { type: 'separator' as const }, preferences, { type: 'separator' as const }, { role: 'hide' as const }, { role: 'quit' as const }] }]
      : []),
    {
      label: '&File',
      submenu: [
        cmd('Open…', 'open', 'CmdOrCtrl+O'),
        cmd('Open Folder…', 'open-folder', 'CmdOrCtrl+Shift+O'),
        { label: 'Open Recent', submenu: recentItems },
        { type: 'separator' },
        cmd('Save', 'save', 'CmdOrCtrl+S'),
        cmd('Save As…', 'save-as', 'CmdOrCtrl+Shift+S'),
        cmd('Export…', 'export', 'CmdOrCtrl+E'),
        ...(mac ? [] : [{ type: 'separator' as const }, preferences, { type: 'separator' as const }, { role: 'quit' as const }]),
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        cmd('Find…', 'find', 'CmdOrCtrl+F'),
        cmd('Replace…', 'replace', mac ? 'Cmd+Alt+F' : 'Ctrl+H'),
      ],
    },
    {
      label: '&Review',
      submenu: [
        cmd('Next Issue', 'next-issue', 'F8'),
        cmd('Previous Issue', 'previous-issue', 'Shift+F8'),
        { type: 'separator' },
        cmd('Toggle Review Panel', 'toggle-review-panel', 'CmdOrCtrl+Shift+R'),
        cmd('Manuscript Settings…', 'settings', 'CmdOrCtrl+;'),
      ],
    },
    { label: '&View', submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }] },
    { role: 'windowMenu' },
  ];
}
