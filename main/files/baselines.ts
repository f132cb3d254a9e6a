/**
 * Review baselines: the text of each manuscript as first opened for review, kept in the app's data folder so an
 * export shows every change since then, across saves, reloads and restarts, until the writer starts a new
 * review. One gzip file per manuscript, named by a hash of its real path (`reviews/<hash>.json.gz`, 0600), holding
 * the path, when the review began, the text and the text's SHA-256, and the log of fixes accepted since (each one's
 * replaced and inserted text, check, rule and message). A novel of 1 MB takes about 350 KB.
 * Plain Node; no Electron.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import type { LoggedFix } from '../../src/contract/ipc.js';
import { ok, type Result } from '../../src/contract/result.js';
import { writeFileSafely } from '../../src/formats/file.node.js';

/** A review's baseline. */
export interface Baseline {
  /** ISO time the review began. */
  readonly since: string;
  /** The text as first opened for review, `\n` line endings. */
  readonly text: string;
  /** Fixes accepted since and saved: the log an export takes each change's check and rule from. */
  readonly fixes?: readonly LoggedFix[];
}

export interface BaselineStore {
  /** The baseline of the manuscript at `realPath`; none yet: `text` becomes it (the review begins now). */
  get(realPath: string, text: string): Promise<Baseline>;
  /** Starts a new review of `realPath` with `baseline` (Start new review; Save As carries a review to a new name). */
  put(realPath: string, baseline: Baseline): Promise<Result<Baseline>>;
}

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');
const zip = promisify(gzip);
const unzip = promisify(gunzip);

/** The store in `folder` (made 0700 on first write). */
export function createBaselineStore(folder: string): BaselineStore {
  const fileOf = (realPath: string): string => join(folder, `${sha256(realPath).slice(0, 32)}.json.gz`);

  const read = async (realPath: string): Promise<Baseline | undefined> => {
    try {
      const raw = JSON.parse((await unzip(await readFile(fileOf(realPath)))).toString('utf8')) as Record<string, unknown>;
      // A damaged file (or another path with the same hash) is no baseline: the review starts again.
      if (raw['path'] !== realPath || typeof raw['since'] !== 'string' || typeof raw['text'] !== 'string' || raw['sha256'] !== sha256(raw['text'])) return undefined;
      const fixes = Array.isArray(raw['fixes']) ? (raw['fixes'] as LoggedFix[]) : undefined;
      return { since: raw['since'], text: raw['text'], ...(fixes?.length ? { fixes } : {}) };
    } catch {
      return undefined;
    }
  };

  const put = async (realPath: string, baseline: Baseline): Promise<Result<Baseline>> => {
    await mkdir(folder, { recursive: true, mode: 0o700 }).catch(() => undefined);
    const body = await zip(JSON.stringify({ version: 1, path: realPath, since: baseline.since, sha256: sha256(baseline.text), text: baseline.text, ...(baseline.fixes?.length ? { fixes: baseline.fixes } : {}) }));
    const written = await writeFileSafely(fileOf(realPath), new Uint8Array(body), { mode: 0o600, keepMode: false });
    return written.ok ? ok(baseline) : written;
  };

  return {
    async get(realPath, text) {
      const found = await read(realPath);
      if (found) return found;
      const fresh = { since: new Date().toISOString(), text };
      // Not written (a read-only data folder): the review still runs for this session.
      await put(realPath, fresh);
      return fresh;
    },
    put,
  };
}
