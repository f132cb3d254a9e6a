import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personalDictionaryPath, readPersonalDictionary, updatePersonalDictionary } from './personal-dictionary.node.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'redline-dictionary-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the personal dictionary', () => {
  it('lives at $REDLINE_DICTIONARY, else under $XDG_CONFIG_HOME, else ~/.config/redline/dictionary.txt', () => {
    expect(personalDictionaryPath({ REDLINE_DICTIONARY: '/d/words.txt', XDG_CONFIG_HOME: '/x' }, '/home/ann')).toBe('/d/words.txt');
    expect(personalDictionaryPath({ XDG_CONFIG_HOME: '/x' }, '/home/ann')).toBe(join('/x', 'redline', 'dictionary.txt'));
    expect(personalDictionaryPath({}, '/home/ann')).toBe(join('/home/ann', '.config', 'redline', 'dictionary.txt'));
  });

  it('has no words before it exists; adding one makes the file and its folder', async () => {
    const path = join(dir, 'new', 'redline', 'dictionary.txt');
    expect(await readPersonalDictionary(path)).toEqual({ ok: true, value: [] });
    expect(await updatePersonalDictionary(path, { kind: 'add', word: 'Maren' })).toEqual({ ok: true, value: ['Maren'] });
    expect(await readFile(path, 'utf8')).toBe('Maren\n');
  });

  it('keeps comments, blank lines and line endings; adds once; removes every copy', async () => {
    const path = join(dir, 'kept.txt');
    await writeFile(path, '# my words\r\nMaren\r\n\r\nzorbled\r\nMaren\r\n');
    expect(await updatePersonalDictionary(path, { kind: 'add', word: 'zorbled' })).toEqual({ ok: true, value: ['Maren', 'zorbled', 'Maren'] });
    expect(await updatePersonalDictionary(path, { kind: 'add', word: 'Ilsabet' })).toEqual({ ok: true, value: ['Maren', 'zorbled', 'Maren', 'Ilsabet'] });
    expect(await updatePersonalDictionary(path, { kind: 'remove', word: 'Maren' })).toEqual({ ok: true, value: ['zorbled', 'Ilsabet'] });
    expect(await readFile(path, 'utf8')).toBe('# my words\r\n\r\nzorbled\r\nIlsabet\r\n');
  });
});
