// `redline serve` as a user runs it: the built command, its messages and exit codes.
import { spawnSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serve } from './support.js';

const bin = new URL('../../bin/redline.js', import.meta.url).pathname;

describe('redline serve', () => {
  it('refuses a missing file and a bad port with one plain line and exit 2', () => {
    const missing = spawnSync(process.execPath, [bin, 'serve', '/nonexistent/chapter.txt'], { encoding: 'utf8' });
    expect([missing.status, missing.stderr]).toEqual([2, 'redline serve: /nonexistent/chapter.txt does not exist\n']);
    const port = spawnSync(process.execPath, [bin, 'serve', '--port', 'eighty'], { encoding: 'utf8' });
    expect([port.status, port.stderr]).toEqual([2, 'redline serve: --port must be a number from 0 to 65535\n']);
  });

  it('prints its loopback URL with a token that the bridge requires', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'redline-serve-cli-'));
    await writeFile(join(dir, 'a.txt'), 'Text.\n');
    const served = await serve(join(dir, 'a.txt'));
    try {
      const url = new URL(served.url);
      expect(url.hostname).toBe('127.0.0.1');
      expect(url.searchParams.get('token')).toMatch(/^[\w-]{40,}$/);
      const page = await fetch(new URL('/', url));
      expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
      const noToken = await fetch(new URL('/bridge/invoke/app:initial', url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      expect(noToken.status).toBe(403);
      const withToken = await fetch(new URL('/bridge/invoke/app:initial', url), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-redline-token': url.searchParams.get('token')! },
        body: '{}',
      });
      expect(await withToken.json()).toMatchObject({ ok: true, value: { document: { name: 'a.txt', text: 'Text.\n' } } });
    } finally {
      await served.stop();
    }
  });
});
