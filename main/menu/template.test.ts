import { describe, expect, it, vi } from 'vitest';
import { menuTemplate } from './template.js';

// The item type, without importing `electron` into a test.
type MenuItemConstructorOptions = ReturnType<typeof menuTemplate>[number];

const flatten = (items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);

describe('the menu', () => {
  it('has the usual shortcuts, each sending its command', () => {
    const send = vi.fn();
    const items = flatten(menuTemplate('linux', ['/books/a.txt'], { send, openRecent: vi.fn(), clearRecent: vi.fn() }));
    const accel = Object.fromEntries(items.filter((i) => i.label && i.accelerator).map((i) => [i.label, i.accelerator]));
    expect(accel).toMatchObject({
      'Open…': 'CmdOrCtrl+O',
      Save: 'CmdOrCtrl+S',
      'Save As…': 'CmdOrCtrl+Shift+S',
      'Export…': 'CmdOrCtrl+E',
      'Find…': 'CmdOrCtrl+F',
      'Next Issue': 'F8',
      'Previous Issue': 'Shift+F8',
      'Toggle Review Panel': 'CmdOrCtrl+Shift+R',
      'Preferences…': 'CmdOrCtrl+,',
      'Manuscript Settings…': 'CmdOrCtrl+;',
    });
    expect(items.some((i) => i.role === 'undo') && items.some((i) => i.role === 'redo')).toBe(true);
    (items.find((i) => i.label === 'Next Issue')!.click as () => void)();
    expect(send).toHaveBeenCalledWith('next-issue');
  });

  it('lists recent files, and says so when there are none', () => {
    const openRecent = vi.fn();
    const items = flatten(menuTemplate('darwin', ['/books/a.txt'], { send: vi.fn(), openRecent, clearRecent: vi.fn() }));
    (items.find((i) => i.label === '/books/a.txt')!.click as () => void)();
    expect(openRecent).toHaveBeenCalledWith('/books/a.txt');
    expect(items[0]!.label).toBe('Redline');
    const none = flatten(menuTemplate('win32', [], { send: vi.fn(), openRecent, clearRecent: vi.fn() }));
    expect(none.find((i) => i.label === 'No Recent Files')?.enabled).toBe(false);
  });
});
