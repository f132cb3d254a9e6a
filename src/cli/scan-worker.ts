// A worker thread of `redline check`: builds its own engine (same checks, options and deps as the main thread's)
// and answers each request with `scanParagraphs` over the paragraph range it was given.
import { parentPort, workerData } from 'node:worker_threads';
import { CHECKS, type RedlineConfig } from '../checks/index.js';
import { createEngine } from '../engine/engine.js';
import { loadEngineDeps } from './deps.js';
import type { ScanReply, ScanRequest } from './threads.js';

const port = parentPort;
if (!port) throw new Error('scan-worker.ts runs as a worker thread');
const engine = createEngine(CHECKS, workerData as RedlineConfig, await loadEngineDeps());
port.on('message', (request: ScanRequest) => {
  let reply: ScanReply;
  try {
    engine.configure(request.config);
    reply = { id: request.id, ok: true, scans: engine.scanParagraphs(request.texts) };
  } catch (e) {
    reply = { id: request.id, ok: false, message: (e as Error).message };
  }
  port.postMessage(reply);
});
