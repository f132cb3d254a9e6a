import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRecoveryStore } from './recovery.js';

describe('the recovery folder', () => {
  it('keeps the latest autosave per document, lists it with its time, and forgets it when discarded', async () => {
    const dir = join(await mkdtemp(join(tmpdir(), 'redline-rec-')), 'recovery');
    const store = createRecoveryStore(dir, () => new Date('2026-11-22T04:00:00Z'));
    expect(await store.list()).toEqual([]);
    await store.save({ id: 'a1', name: 'ch1.txt', path: '/books/ch1.txt', text: 'First.' });
    await store.save({ id: 'a1', name: 'ch1.txt', path: '/books/ch1.txt', text: 'Second.' });
    expect(await store.list()).toEqual([{ id: 'a1', name: 'ch1.txt', savedAt: '2026-11-22T04:00:00.000Z' }]);
    const entry = await store.read('a1');
    expect(entry.ok && entry.value).toMatchObject({ text: 'Second.', path: '/books/ch1.txt' });
    await store.discard('a1');
    expect(await readdir(dir)).toEqual([]);
  });

  it('skips damaged files and refuses ids that could name another path', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'redline-rec-'));
    await writeFile(join(dir, 'bad.json'), '{"text": 3');
    const store = createRecoveryStore(dir);
    expect(await store.list()).toEqual([]);
    expect((await store.read('../etc/passwd')).ok).toBe(false);
    expect((await store.save({ id: '../x', name: 'x', text: '' })).ok).toBe(false);
  });
});
