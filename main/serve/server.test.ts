// The serve bridge over real HTTP on loopback: token, Host and Origin checks, validation, atomic save.
import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentSnapshot, InitialState } from '../../src/contract/ipc.js';
import { startServe, type RunningServer } from './server.js';

let server: RunningServer;
let dir: string;
const engineData = async () => ({ lexicon: '', wordRanks: [], vocabulary: [] });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'redline-serve-'));
  await mkdir(join(dir, 'static'));
  await writeFile(join(dir, 'static', 'index.html'), '<!doctype html><title>Redline</title>');
  await mkdir(join(dir, 'book'));
  await writeFile(join(dir, 'book', 'ch.txt'), 'One line.\r\nTwo lines.\r\n');
  await writeFile(join(dir, 'secret.txt'), 'secret');
  server = await startServe({ file: join(dir, 'book', 'ch.txt'), staticDir: join(dir, 'static'), dataDir: join(dir, 'data'), engineData, token: 't0ken' });
});
afterAll(() => server?.close());

/** A raw request, so the Host header can be anything. */
function raw(path: string, options: { method?: string; host?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path, method: options.method ?? 'GET', headers: { host: options.host ?? `127.0.0.1:${server.port}`, ...options.headers } },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}
const call = (channel: string, args: unknown, headers: Record<string, string> = {}) =>
  raw(`/bridge/invoke/${channel}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-redline-token': 't0ken', ...headers }, body: JSON.stringify(args) });

describe('redline serve', () => {
  it('listens on 127.0.0.1 and prints a URL carrying the token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=t0ken`);
  });

  it('serves the page with a strict CSP', async () => {
    const r = await raw('/');
    expect(r.status).toBe(200);
    expect(r.body).toContain('<title>Redline</title>');
  });

  it('refuses other Host headers (DNS rebinding), missing or wrong tokens, and foreign origins', async () => {
    expect((await raw('/', { host: `evil.example:${server.port}` })).status).toBe(421);
    expect((await call('app:initial', {}, { 'x-redline-token': 'nope' })).status).toBe(403);
    expect((await call('app:initial', {}, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await raw('/bridge/events?token=nope')).status).toBe(403);
    expect((await raw('/../secret.txt')).status).toBe(404);
  });

  it('opens FILE, validates arguments, and saves atomically with CRLF kept', async () => {
    const init = JSON.parse((await call('app:initial', {})).body) as { ok: true; value: InitialState };
    expect(init.value.document).toMatchObject({ name: 'ch.txt', text: 'One line.\nTwo lines.\n', layout: 'UTF-8 · CRLF' });
    const handle = init.value.document.handle;
    expect(JSON.parse((await call('doc:save', { handle, text: 42 })).body)).toMatchObject({ ok: false, error: { code: 'bad-arguments' } });
    expect(JSON.parse((await call('doc:save', { handle, text: 'x', path: '/etc/passwd' })).body)).toMatchObject({ ok: false, error: { code: 'bad-arguments' } });
    expect(JSON.parse((await call('no:such', {})).body)).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(JSON.parse((await call('doc:save', { handle, text: 'One line.\nThree.\n' })).body)).toMatchObject({ ok: true });
    expect(await readFile(join(dir, 'book', 'ch.txt'), 'utf8')).toBe('One line.\r\nThree.\r\n');
  });

  it('Save As takes only a bare file name inside the folder', async () => {
    const init = JSON.parse((await call('app:initial', {})).body) as { ok: true; value: InitialState };
    const handle = init.value.document.handle;
    const bad = JSON.parse((await call('doc:save-as', { handle, text: 'x', name: '../secret.txt' })).body);
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-name' } });
    const good = JSON.parse((await call('doc:save-as', { handle, text: 'Copy.\n', name: 'copy.txt' })).body) as { ok: true; value: DocumentSnapshot };
    expect(good.value.name).toBe('copy.txt');
    expect(await readFile(join(dir, 'book', 'copy.txt'), 'utf8')).toBe('Copy.\r\n');
    expect(await readFile(join(dir, 'secret.txt'), 'utf8')).toBe('secret');
  });
});

// Issue 10: a symlink inside the folder let Save As write outside it and reload read it.
describe('redline serve and symlinks', () => {
  it('Save As to a link out of the folder is refused over HTTP; the outside file is untouched', async () => {
    const { symlink } = await import('node:fs/promises');
    await symlink(join(dir, 'secret.txt'), join(dir, 'book', 'escape.txt'));
    const init = JSON.parse((await call('app:initial', {})).body) as { value: InitialState };
    const r = JSON.parse((await call('doc:save-as', { handle: init.value.document.handle, text: 'overwritten', name: 'escape.txt', replace: true })).body);
    expect(r).toMatchObject({ ok: false, error: { code: 'outside-folder' } });
    expect(await readFile(join(dir, 'secret.txt'), 'utf8')).toBe('secret');
  });

  it('`redline serve link.txt` serves the folder the manuscript really lives in', async () => {
    const { symlink } = await import('node:fs/promises');
    const elsewhere = await mkdtemp(join(tmpdir(), 'redline-serve-link-'));
    await symlink(join(dir, 'book', 'ch.txt'), join(elsewhere, 'link.txt'));
    const linked = await startServe({ file: join(elsewhere, 'link.txt'), staticDir: join(dir, 'static'), dataDir: join(dir, 'data'), engineData, token: 't0ken' });
    try {
      const init = JSON.parse(
        await new Promise<string>((resolve, reject) => {
          const req = request(
            { host: '127.0.0.1', port: linked.port, path: '/bridge/invoke/app:initial', method: 'POST', headers: { host: `127.0.0.1:${linked.port}`, 'content-type': 'application/json', 'x-redline-token': 't0ken' } },
            (res) => {
              let body = '';
              res.on('data', (c: Buffer) => (body += c.toString()));
              res.on('end', () => resolve(body));
            },
          );
          req.on('error', reject);
          req.end('{}');
        }),
      ) as { ok: boolean; value: InitialState };
      expect(init.ok).toBe(true);
      expect(linked.documents.pathOf(init.value.document.handle)).toBe(join(dir, 'book', 'ch.txt'));
    } finally {
      await linked.close();
    }
  });
});

describe('redline serve’s data folder', () => {
  it('is created 0700, and an older world-readable one is tightened', async () => {
    const { chmod, stat } = await import('node:fs/promises');
    const data = join(dir, 'data-0755');
    await mkdir(data, { mode: 0o755 });
    await chmod(data, 0o755);
    const s = await startServe({ file: join(dir, 'book', 'ch.txt'), staticDir: join(dir, 'static'), dataDir: data, engineData, token: 't0ken' });
    await s.close();
    expect((await stat(data)).mode & 0o777).toBe(0o700);
  });
});

describe('redline serve FOLDER', () => {
  it('opens the folder’s chapter files as one book, saves each chapter in place, and keeps to the folder', async () => {
    const root = await mkdtemp(join(tmpdir(), 'redline-serve-book-'));
    await mkdir(join(root, 'static'));
    await writeFile(join(root, 'static', 'index.html'), '<!doctype html><title>Redline</title>');
    await mkdir(join(root, 'novel'));
    await writeFile(join(root, 'novel', 'ch-10.md'), '# Ten\n\nEnd.\n');
    await writeFile(join(root, 'novel', 'ch-9.txt'), 'Nine.\r\n');
    await writeFile(join(root, 'outside.txt'), 'not in the book');
    const book = await startServe({ file: join(root, 'novel'), staticDir: join(root, 'static'), dataDir: join(root, 'data'), engineData, token: 'b00k' });
    try {
      const post = (channel: string, args: unknown) =>
        fetch(`http://127.0.0.1:${book.port}/bridge/invoke/${channel}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-redline-token': 'b00k' }, body: JSON.stringify(args) }).then(
          (r) => r.json() as Promise<{ ok: boolean; value: InitialState & DocumentSnapshot; error?: { code: string } }>,
        );
      const init = await post('app:initial', {});
      const doc = init.value.document;
      expect(doc.book?.chapters.map((c) => c.name)).toEqual(['ch-9.txt', 'ch-10.md']);
      expect(doc.text).toBe('Nine.\n\n\n# Ten\n\nEnd.\n');
      expect(await post('doc:save', { handle: doc.book!.chapters[0]!.handle, text: 'Nine, then.\n' })).toMatchObject({ ok: true });
      expect(await readFile(join(root, 'novel', 'ch-9.txt'), 'utf8')).toBe('Nine, then.\r\n');
      // Settings go to the folder's book.redline.json; Save As of the book, or a name outside, is refused.
      expect(await post('doc:update-settings', { handle: doc.handle, change: { kind: 'add-word', word: 'zorbled' } })).toMatchObject({ ok: true });
      expect(JSON.parse(await readFile(join(root, 'novel', 'book.redline.json'), 'utf8'))).toMatchObject({ words: ['zorbled'] });
      expect(await post('doc:save-as', { handle: doc.handle, text: 'x', name: 'copy.txt' })).toMatchObject({ ok: false, error: { code: 'book' } });
      expect(await post('doc:save-as', { handle: doc.book!.chapters[0]!.handle, text: 'x', name: '../outside.txt', replace: true })).toMatchObject({ ok: false });
      expect(await readFile(join(root, 'outside.txt'), 'utf8')).toBe('not in the book');
    } finally {
      await book.close();
    }
  });
});
