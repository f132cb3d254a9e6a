/**
 * The app's data folder, the same for the desktop app (Electron's `userData`) and `redline serve`
 * (`~/.redline` or `$REDLINE_DATA_DIR`): settings and recovery files of unsaved manuscripts, this user's alone.
 */
import { chmod, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createRecoveryStore, type RecoveryStore } from '../files/recovery.js';
import { openSettingsStore, type SettingsStore } from './app-settings.js';

/** The stores kept in the data folder. */
export interface AppData {
  readonly settings: SettingsStore;
  readonly recovery: RecoveryStore;
}

/**
 * Opens the data folder `folder`: created 0700 if missing, and an older, wider one (0755) tightened to 0700;
 * `settings.json` and the `recovery/` files inside are written 0600 (by their stores).
 */
export async function openAppData(folder: string): Promise<AppData> {
  await mkdir(folder, { recursive: true, mode: 0o700 });
  await chmod(folder, 0o700);
  return { settings: await openSettingsStore(join(folder, 'settings.json')), recovery: createRecoveryStore(join(folder, 'recovery')) };
}
