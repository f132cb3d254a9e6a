import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_SETTINGS } from '../contract/manuscript-settings.js';
import { readSettingsFor, settingsPathFor } from './file.node.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'redline-settings-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a manuscript’s settings file', () => {
  it('lives beside the manuscript as <file>.redline.json', () => {
    expect(settingsPathFor(join(dir, 'chapter-1.txt'))).toBe(join(dir, 'chapter-1.txt.redline.json'));
  });

  it('is read leniently, as the CLI and the app both need it', async () => {
    const path = join(dir, 'story.md');
    await writeFile(settingsPathFor(path), JSON.stringify({ words: ['Maren', 7], narration: 'close', povCharacters: { '1.2': ' Jon ', x: 'no' }, extra: true }));
    expect(await readSettingsFor(path)).toEqual({ ...EMPTY_SETTINGS, words: ['Maren'], narration: 'close', povCharacters: { '1.2': 'Jon' } });
  });

  it.each([
    ['missing', undefined],
    ['not JSON', '{"words": ['],
    ['not an object', '["Maren"]'],
  ])('is EMPTY_SETTINGS itself when %s (so "none yet" is known by identity)', async (_case, content) => {
    const path = join(dir, `${_case.replace(/ /g, '-')}.txt`);
    if (content !== undefined) await writeFile(settingsPathFor(path), content);
    expect(await readSettingsFor(path)).toBe(EMPTY_SETTINGS);
  });
});
