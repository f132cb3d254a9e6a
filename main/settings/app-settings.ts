/**
 * App settings persisted as JSON (recent files, window bounds, review panel): read leniently, written
 * atomically. Plain Node; the Electron entry passes `app.getPath('userData')`.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { DEFAULT_PREFERENCES, validArgs, type Preferences } from '../../src/contract/ipc.js';
import { writeFileSafely } from '../../src/formats/file.node.js';

export interface WindowState {
  readonly x?: number;
  readonly y?: number;
  readonly width: number;
  readonly height: number;
  readonly maximized: boolean;
}

export interface AppSettings {
  /** Most recent first, at most {@link MAX_RECENT}. */
  readonly recent: readonly string[];
  readonly window: WindowState;
  readonly reviewPanelOpen: boolean;
  readonly preferences: Preferences;
}

export const MAX_RECENT = 10;
export const DEFAULT_SETTINGS: AppSettings = { recent: [], window: { width: 1200, height: 820, maximized: false }, reviewPanelOpen: false, preferences: DEFAULT_PREFERENCES };

const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Parses settings JSON, keeping only well-formed fields (a damaged file never stops the app starting). */
export function parseAppSettings(json: string): AppSettings {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return DEFAULT_SETTINGS;
  }
  if (!raw || typeof raw !== 'object') return DEFAULT_SETTINGS;
  const o = raw as Record<string, unknown>;
  const w = (o['window'] ?? {}) as Record<string, unknown>;
  const recent = Array.isArray(o['recent']) ? o['recent'].filter((x): x is string => typeof x === 'string').slice(0, MAX_RECENT) : [];
  const width = num(w['width']) && w['width'] >= 400 ? w['width'] : DEFAULT_SETTINGS.window.width;
  const height = num(w['height']) && w['height'] >= 300 ? w['height'] : DEFAULT_SETTINGS.window.height;
  return {
    recent,
    window: {
      width,
      height,
      maximized: w['maximized'] === true,
      ...(num(w['x']) && num(w['y']) ? { x: w['x'], y: w['y'] } : {}),
    },
    reviewPanelOpen: o['reviewPanelOpen'] === true,
    preferences: validArgs('app:set-preferences', { preferences: o['preferences'] }) ? (o['preferences'] as Preferences) : DEFAULT_PREFERENCES,
  };
}

/** Adds `path` to the front of the recent list (moving it if present). */
export function withRecent(settings: AppSettings, path: string): AppSettings {
  return { ...settings, recent: [path, ...settings.recent.filter((p) => p !== path)].slice(0, MAX_RECENT) };
}

export interface SettingsStore {
  get(): AppSettings;
  update(change: (s: AppSettings) => AppSettings): Promise<void>;
}

/** Loads the store from `file` (missing or damaged: defaults). Writes are serialised. */
export async function openSettingsStore(file: string): Promise<SettingsStore> {
  let current = DEFAULT_SETTINGS;
  try {
    current = parseAppSettings(await readFile(file, 'utf8'));
  } catch {
    // first run
  }
  let queue: Promise<unknown> = Promise.resolve();
  return {
    get: () => current,
    update(change) {
      current = change(current);
      const snapshot = JSON.stringify(current, null, 2);
      // The data folder is this user's alone (0700, when Redline creates it); the file 0600.
      const next = queue.then(async () => {
        await mkdir(dirname(file), { recursive: true, mode: 0o700 }).catch(() => undefined);
        return writeFileSafely(file, snapshot, { mode: 0o600, keepMode: false });
      });
      queue = next;
      return next.then(() => undefined);
    },
  };
}
