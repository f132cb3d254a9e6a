/**
 * `redline serve`: the built renderer on 127.0.0.1 only, with an HTTP bridge to the same host handlers the
 * Electron main process uses. The bridge requires a random token (carried in the page URL), checks Host (a
 * defence against DNS rebinding) and Origin, and reads and writes only inside the folder of the file it was
 * started with (or the folder itself, a book of chapter files).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, normalize, resolve, sep } from 'node:path';
import type { EngineData, EventContract, EventName } from '../../src/contract/ipc.js';
import { fail, ok } from '../../src/contract/result.js';
import { isManuscriptName, TEXT_KINDS } from '../../src/formats/manuscript-types.js';
import { createBookService } from '../files/books.js';
import { createDocumentService, realPathOf, type DocumentService } from '../files/documents.js';
import { createBaselineStore } from '../files/baselines.js';
import { createHandlers } from '../ipc/handlers.js';
import { openAppData } from '../settings/app-data.js';
import { CONTENT_SECURITY_POLICY } from '../window/security.js';

export interface ServeOptions {
  /** The manuscript (or folder of chapter files) to open; none opens the bundled sample chapter. */
  readonly file?: string;
  /** 0 (default) picks a free port. */
  readonly port?: number;
  /** The built renderer (index.html and assets). */
  readonly staticDir: string;
  /** Where recovery files and settings live. */
  readonly dataDir: string;
  readonly engineData: () => Promise<EngineData>;
  /** For tests; default 32 random bytes. */
  readonly token?: string;
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly token: string;
  readonly documents: DocumentService;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};
const MAX_BODY = 64 * 1024 * 1024;

/** Starts the server. Resolves once it listens. */
export async function startServe(options: ServeOptions): Promise<RunningServer> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  // By real path: `redline serve link.txt` serves the folder the manuscript really lives in, and the guards
  // compare real paths, so a symlink inside the folder cannot reach outside it.
  const file = options.file === undefined ? undefined : await realPathOf(resolve(options.file));
  // A folder is a book: its chapter files, and nothing outside it.
  const folder = file !== undefined && (await stat(file).then((s) => s.isDirectory(), () => false));
  const root = file ? (folder ? file : dirname(file)) : await realPathOf(process.cwd());
  // Recovery files hold unsaved manuscripts: the data folder is this user's alone (an older 0755 one is tightened).
  const { settings, recovery } = await openAppData(options.dataDir);
  const documents = createDocumentService({ root, baselines: createBaselineStore(join(options.dataDir, 'reviews')) });
  const books = createBookService(documents, { root });
  const { invoke } = createHandlers({
    host: 'serve',
    documents,
    books,
    recovery,
    settings,
    engineData: options.engineData,
    ...(file ? { initialPath: file } : {}),
    dialogs: {
      // No native dialogs in a browser: Open is not offered, and Save As takes a bare file name in the folder.
      open: async () => undefined,
      saveAs: async (_current, suggested) => {
        if (suggested === undefined) return ok(undefined);
        if (suggested !== basename(suggested) || suggested.startsWith('.') || !isManuscriptName(suggested, TEXT_KINDS)) {
          return fail({ code: 'bad-name', message: `“${suggested}” is not a plain .txt or .md file name` });
        }
        return ok(join(root, suggested));
      },
      exportAs: async (_default, format, suggested) => {
        if (suggested === undefined) return ok(undefined);
        if (suggested !== basename(suggested) || suggested.startsWith('.') || extname(suggested).toLowerCase() !== `.${format}`) {
          return fail({ code: 'bad-name', message: `“${suggested}” is not a plain .${format} file name` });
        }
        return ok(join(root, suggested));
      },
    },
  });

  const streams = new Set<ServerResponse>();
  const broadcast = <E extends EventName>(event: E, payload: EventContract[E]): void => {
    const data = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const s of streams) s.write(data);
  };
  documents.onDiskChange((change) => broadcast('doc:disk-change', change));
  books.onFolderChange((change) => broadcast('doc:disk-change', change));

  let port = 0;
  const expected = Buffer.from(token);
  const tokenOk = (given: string | null | undefined): boolean => {
    if (!given) return false;
    const b = Buffer.from(given);
    return b.length === expected.length && timingSafeEqual(b, expected);
  };
  const hostOk = (req: IncomingMessage): boolean => req.headers.host === `127.0.0.1:${port}` || req.headers.host === `localhost:${port}`;
  const originOk = (req: IncomingMessage): boolean => {
    const origin = req.headers.origin;
    return origin === undefined || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
  };
  const staticRoot = resolve(options.staticDir);

  const send = (res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8'): void => {
    res.writeHead(status, { 'content-type': type, 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' });
    res.end(body);
  };

  const server = createServer((req, res) => {
    void (async () => {
      if (!hostOk(req)) return send(res, 421, 'Wrong host.\n');
      const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
      if (url.pathname.startsWith('/bridge/')) {
        if (!originOk(req)) return send(res, 403, 'Cross-origin request refused.\n');
        if (url.pathname === '/bridge/events' && req.method === 'GET') {
          if (!tokenOk(url.searchParams.get('token'))) return send(res, 403, 'Bad token.\n');
          res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
          res.write(': connected\n\n');
          streams.add(res);
          req.on('close', () => streams.delete(res));
          return;
        }
        const m = /^\/bridge\/invoke\/([a-z:-]+)$/.exec(url.pathname);
        if (!m || req.method !== 'POST') return send(res, 404, 'Not found.\n');
        if (!tokenOk(req.headers['x-redline-token'] as string | undefined)) return send(res, 403, 'Bad token.\n');
        if (!String(req.headers['content-type']).startsWith('application/json')) return send(res, 415, 'JSON only.\n');
        const chunks: Buffer[] = [];
        let size = 0;
        for await (const c of req) {
          size += (c as Buffer).length;
          if (size > MAX_BODY) return send(res, 413, `The request is larger than ${MAX_BODY / 1048576} MB, more than Redline can send; nothing was written. Your text is still here.\n`);
          chunks.push(c as Buffer);
        }
        let args: unknown;
        try {
          args = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
        } catch {
          return send(res, 400, 'Bad JSON.\n');
        }
        const result = await invoke(m[1], args);
        return send(res, 200, JSON.stringify(result), 'application/json; charset=utf-8');
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed.\n');
      const rel = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname).replace(/^\/+/, '');
      const path = normalize(join(staticRoot, rel));
      if (!path.startsWith(staticRoot + sep)) return send(res, 404, 'Not found.\n');
      try {
        const body = await readFile(path);
        res.writeHead(200, {
          'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'x-content-type-options': 'nosniff',
          'referrer-policy': 'no-referrer',
          'cache-control': 'no-store',
        });
        res.end(req.method === 'HEAD' ? undefined : body);
      } catch {
        send(res, 404, 'Not found.\n');
      }
    })().catch(() => {
      if (!res.headersSent) send(res, 500, 'Internal error.\n');
    });
  });

  await new Promise<void>((done, failed) => {
    server.once('error', failed);
    server.listen(options.port ?? 0, '127.0.0.1', () => done());
  });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    documents,
    async close() {
      for (const s of streams) s.end();
      documents.closeAll();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
