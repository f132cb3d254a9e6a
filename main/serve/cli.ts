/**
 * `redline serve [FILE | FOLDER] [--port N]`, dispatched from bin/redline.js. Prints `Redline is running at <url>`;
 * the URL carries the token the bridge requires.
 */
import { stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ok } from '../../src/contract/result.js';
import { chapterFilesIn } from '../../src/formats/book.node.js';
import { readDocxFile } from '../../src/formats/docx.node.js';
import { readTextFile } from '../../src/formats/file.node.js';
import { manuscriptKindOf } from '../../src/formats/manuscript-types.js';
import type { EngineData } from '../../src/contract/ipc.js';
import { loadEngineData } from '../engine-data.js';
import { startServe } from './server.js';

const USAGE = 'Usage: redline serve [FILE | FOLDER] [--port N]\n  FOLDER: its chapter files (.txt, .md, .docx) in natural order, opened as one book\n';

/** Runs the command; resolves with an exit code when it cannot start, and never resolves while serving. */
export async function serveMain(argv: readonly string[]): Promise<number> {
  let values: { port?: string; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: [...argv], allowPositionals: true, options: { port: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (e) {
    process.stderr.write(`redline serve: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (positionals.length > 1) {
    process.stderr.write(`redline serve: one file at a time\n${USAGE}`);
    return 2;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`redline serve: --port must be a number from 0 to 65535\n`);
    return 2;
  }
  if (positionals[0] !== undefined) {
    // Say plainly, before serving anything, when the file cannot be opened.
    const path = resolve(positionals[0]);
    const isFolder = await stat(path).then((s) => s.isDirectory(), () => false);
    const chapters = isFolder ? await chapterFilesIn(path) : ok([path]);
    if (!chapters.ok) {
      process.stderr.write(`redline serve: ${chapters.error.message}\n`);
      return 2;
    }
    for (const chapter of chapters.value) {
      const file = manuscriptKindOf(chapter) === 'docx' ? await readDocxFile(chapter) : await readTextFile(chapter);
      if (!file.ok) {
        process.stderr.write(`redline serve: ${file.error.message}\n`);
        return 2;
      }
    }
  }
  // The built renderer sits beside the built host: out/renderer next to out/app.
  const staticDir = process.env['REDLINE_RENDERER_DIR'] ?? fileURLToPath(new URL('../../../renderer/', import.meta.url));
  const dataDir = process.env['REDLINE_DATA_DIR'] ?? join(homedir(), '.redline');
  try {
    // The engine's data (several MB) is read once, starting now, so it is ready when the page asks for it.
    let early: Promise<EngineData> | undefined = loadEngineData();
    early.catch(() => undefined); // a failure is reported to the page when it asks (and read again then)
    const engineData = (): Promise<EngineData> => {
      const data = early ?? loadEngineData();
      early = undefined;
      return data;
    };
    const server = await startServe({ staticDir, dataDir, engineData, port, ...(positionals[0] !== undefined ? { file: positionals[0] } : {}) });
    process.stdout.write(`Redline is running at ${server.url}\n`);
    const stop = (): void => void server.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    return await new Promise<number>(() => undefined);
  } catch (e) {
    process.stderr.write(`redline serve: cannot start: ${(e as Error).message}\n`);
    return 2;
  }
}
