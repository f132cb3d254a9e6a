/**
 * Autosave to a recovery folder, and the offer to restore after a crash. One JSON file per unsaved document,
 * written atomically; removed when the document is saved or closed cleanly. Whatever is left at start-up was
 * left by a crash.
 */
import { chmod, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { RecoveryOffer } from '../../src/contract/ipc.js';
import { fail, ok, type Result } from '../../src/contract/result.js';
import type { AtomicWriteFs } from '../../src/formats/atomic-write.node.js';
import { writeFileSafely } from '../../src/formats/file.node.js';

/** One autosaved document. */
export interface RecoveryEntry {
  readonly id: string;
  readonly name: string;
  /** The file it belongs to, when it has one (restoring then offers to save over it). */
  readonly path?: string;
  readonly text: string;
  readonly savedAt: string;
}

export interface RecoveryStore {
  save(entry: Omit<RecoveryEntry, 'savedAt'>): Promise<Result<null>>;
  /** Offers for the entries `keep` accepts (all by default), oldest file name first. */
  list(keep?: (entry: RecoveryEntry) => boolean | Promise<boolean>): Promise<RecoveryOffer[]>;
  read(id: string): Promise<Result<RecoveryEntry>>;
  discard(id: string): Promise<void>;
}

const SAFE_ID = /^[\w-]{1,100}$/;

/** A recovery store in `folder` (created 0700 on first save; files 0600). `fs` injects faults in tests. */
export function createRecoveryStore(folder: string, now: () => Date = () => new Date(), fs?: AtomicWriteFs): RecoveryStore {
  const file = (id: string): string => join(folder, `${id}.json`);
  const read = async (id: string): Promise<Result<RecoveryEntry>> => {
    if (!SAFE_ID.test(id)) return fail({ code: 'bad-id', message: 'No such recovered document.' });
    try {
      const raw = JSON.parse(await readFile(file(id), 'utf8')) as Partial<RecoveryEntry>;
      if (typeof raw.text !== 'string' || typeof raw.name !== 'string' || typeof raw.savedAt !== 'string') {
        return fail({ code: 'corrupt', message: 'The recovered document is damaged.' });
      }
      return ok({ id, name: raw.name, text: raw.text, savedAt: raw.savedAt, ...(typeof raw.path === 'string' ? { path: raw.path } : {}) });
    } catch {
      return fail({ code: 'missing', message: 'No such recovered document.' });
    }
  };
  return {
    async save(entry) {
      if (!SAFE_ID.test(entry.id)) return fail({ code: 'bad-id', message: 'Bad recovery id.' });
      try {
        // Only this user may read unsaved manuscripts: the folder (and any parent it creates) 0700, files 0600.
        await mkdir(folder, { recursive: true, mode: 0o700 });
        await chmod(folder, 0o700);
      } catch {
        return fail({ code: 'recovery-folder', message: `cannot create the recovery folder ${folder}` });
      }
      const written = await writeFileSafely(file(entry.id), JSON.stringify({ ...entry, savedAt: now().toISOString() }), { mode: 0o600, keepMode: false, ...(fs ? { fs } : {}) });
      return written.ok ? ok(null) : fail({ code: written.error.code, message: `Autosave failed: ${written.error.message}. Your text is still here; save it when you can.` });
    },
    async list(keep = () => true) {
      let names: string[];
      try {
        names = await readdir(folder);
      } catch {
        return [];
      }
      const offers: RecoveryOffer[] = [];
      for (const n of names.filter((x) => x.endsWith('.json')).sort()) {
        const entry = await read(n.slice(0, -5));
        if (entry.ok && (await keep(entry.value))) offers.push({ id: entry.value.id, name: entry.value.name, savedAt: entry.value.savedAt });
      }
      return offers;
    },
    read,
    async discard(id) {
      if (SAFE_ID.test(id)) await rm(file(id), { force: true });
    },
  };
}
