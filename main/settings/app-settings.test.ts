import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, MAX_RECENT, parseAppSettings, withRecent } from './app-settings.js';

describe('app settings', () => {
  it('survive a damaged file: defaults for anything malformed', () => {
    expect(parseAppSettings('not json')).toEqual(DEFAULT_SETTINGS);
    expect(parseAppSettings('{"window": {"width": 50, "height": "tall", "x": 10}, "recent": ["/a.txt", 3], "preferences": {"dialect": "klingon"}}')).toEqual({
      ...DEFAULT_SETTINGS,
      recent: ['/a.txt'],
    });
    expect(parseAppSettings('{"window": {"width": 900, "height": 700, "x": 10, "y": 20, "maximized": true}, "reviewPanelOpen": true}')).toMatchObject({
      window: { width: 900, height: 700, x: 10, y: 20, maximized: true },
      reviewPanelOpen: true,
    });
  });

  it('keep recent files most recent first, without duplicates, at most ten', () => {
    let s = DEFAULT_SETTINGS;
    for (let i = 0; i < 12; i++) s = withRecent(s, `/b/${i}.txt`);
    s = withRecent(s, '/b/5.txt');
    expect(s.recent[0]).toBe('/b/5.txt');
    expect(s.recent).toHaveLength(MAX_RECENT);
    expect(new Set(s.recent).size).toBe(MAX_RECENT);
  });
});
