import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBaselineStore } from './baselines.js';
import { createDocumentService, type DocumentService } from './documents.js';

let dir: string;
let service: DocumentService | undefined;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'redline-baselines-'));
});
afterEach(async () => {
  service?.closeAll();
  await rm(dir, { recursive: true, force: true });
});

const reopen = async (path: string) => {
  service?.closeAll();
  service = createDocumentService({ watch: null, baselines: createBaselineStore(join(dir, 'data', 'reviews')) });
  const opened = await service.open(path);
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value;
};

describe('review baselines', () => {
  it('keep the text as first opened across saves, restarts and changes made outside the app', async () => {
    const path = join(dir, 'chapter.txt');
    await writeFile(path, 'She new the man.\r\n');
    const first = await reopen(path);
    expect(first.baseline).toMatchObject({ text: 'She new the man.\n' });
    await service!.save(first.handle, 'She knew the man.\n');

    const again = await reopen(path);
    expect(again.text).toBe('She knew the man.\n');
    expect(again.baseline).toEqual(first.baseline);

    await writeFile(path, 'She knew the man well.\n');
    expect((await reopen(path)).baseline).toEqual(first.baseline);
    // Compact, and this user's alone.
    const files = await readdir(join(dir, 'data', 'reviews'));
    expect(files).toHaveLength(1);
    expect((await stat(join(dir, 'data', 'reviews', files[0]!))).mode & 0o777).toBe(0o600);
  });

  it('Start new review makes the text now the baseline; Save As carries the review to the new name', async () => {
    const path = join(dir, 'chapter.txt');
    await writeFile(path, 'One.\n');
    const doc = await reopen(path);
    const started = await service!.newReview(doc.handle, 'One, edited.\n');
    expect(started.ok).toBe(true);
    expect((await reopen(path)).baseline?.text).toBe('One, edited.\n');

    const { handle } = await reopen(path);
    const moved = await service!.saveAs(handle, join(dir, 'renamed.txt'), 'Two.\n');
    expect(moved.ok && moved.value.baseline?.text).toBe('One, edited.\n');
    expect((await reopen(join(dir, 'renamed.txt'))).baseline?.text).toBe('One, edited.\n');
  });

  it('a damaged baseline file starts a new review', async () => {
    const path = join(dir, 'chapter.txt');
    await writeFile(path, 'One.\n');
    await reopen(path);
    const [file] = await readdir(join(dir, 'data', 'reviews'));
    await writeFile(join(dir, 'data', 'reviews', file!), 'not gzip');
    await writeFile(path, 'Two.\n');
    expect((await reopen(path)).baseline?.text).toBe('Two.\n');
    expect(await readFile(path, 'utf8')).toBe('Two.\n');
  });
});
