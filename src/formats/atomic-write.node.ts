/**
 * A verified atomic write: the only way Redline puts bytes on disk (manuscripts, settings sidecars, recovery
 * files, exports, reports).
 *
 * Why our own: `write-file-atomic` (7.0.1, 8.0.0) and `atomically` issue one `write(2)` and ignore the byte
 * count it returns. On a nearly full disk `write(2)` returns a short count without an error, and the short
 * temporary file was fsynced and renamed over the manuscript: a 595,200-byte book became 450,560 bytes and the
 * save reported success. Here every step is checked, and any failure leaves the original file untouched.
 *
 * Steps: resolve the target's real path (a symlinked manuscript is written where it really lives); open a new
 * temporary file beside it (`.<name>.redline-<pid>-<n>.tmp`, recognisable so leftovers can be cleaned up) with
 * the target's permissions; write in a loop until every byte is written (a write that makes no progress is a
 * full disk); fsync; check the file's size against the bytes intended; close; rename over the target; fsync
 * the folder. On any failure the temporary file is removed and the error is returned.
 */
import { constants, type Stats } from 'node:fs';
import { lstat, open, readdir, realpath, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The file-system calls an atomic write makes; tests pass wrapped versions to inject faults at every step. */
export interface AtomicWriteFs {
  readonly realpath: (path: string) => Promise<string>;
  /** Does not follow a final symlink (used to refuse writing through one). */
  readonly lstat: (path: string) => Promise<Stats>;
  readonly stat: (path: string) => Promise<Stats>;
  readonly open: (path: string, flags: number | string, mode?: number) => Promise<FileHandle>;
  /** Writes from `buffer[offset, offset + length)` at `position`; returns how many bytes were written (maybe fewer). */
  readonly write: (fh: FileHandle, buffer: Uint8Array, offset: number, length: number, position: number) => Promise<number>;
  readonly sync: (fh: FileHandle) => Promise<void>;
  readonly size: (fh: FileHandle) => Promise<number>;
  readonly close: (fh: FileHandle) => Promise<void>;
  readonly rename: (from: string, to: string) => Promise<void>;
  readonly unlink: (path: string) => Promise<void>;
}

/** The real file system. */
export const nodeAtomicWriteFs: AtomicWriteFs = {
  realpath: (path) => realpath(path),
  lstat: (path) => lstat(path),
  stat: (path) => stat(path),
  open: (path, flags, mode) => open(path, flags, mode),
  write: async (fh, buffer, offset, length, position) => (await fh.write(buffer, offset, length, position)).bytesWritten,
  sync: (fh) => fh.sync(),
  size: async (fh) => (await fh.stat()).size,
  close: (fh) => fh.close(),
  rename: (from, to) => rename(from, to),
  unlink: (path) => unlink(path),
};

/** Options for {@link writeFileAtomically}. */
export interface AtomicWriteOptions {
  /** Permissions for a new file (default 0o666, less the umask); an existing file keeps its own unless `keepMode` is false. */
  readonly mode?: number;
  /** False: always use `mode`, even over an existing file (app data: recovery and settings files are 0600). Default true. */
  readonly keepMode?: boolean;
  /**
   * `'follow'` (default): a symlink at `path` is written where it really lives (a symlinked manuscript the user
   * opened). `'refuse'`: a symlink at `path` fails with `ESYMLINK` and nothing is written (a name the user did not
   * open, e.g. `serve`'s Save As, Export and settings sidecars).
   */
  readonly symlinks?: 'follow' | 'refuse';
  /** Fault injection for tests; the real file system by default. */
  readonly fs?: AtomicWriteFs;
}

/** Matches the temporary files this module creates: `.<name>.redline-<pid>-<n>.tmp`. */
export const TEMP_FILE_PATTERN = /^\..+\.redline-\d+-\d+\.tmp$/;

/** An error with a Node-style `code`, for failures the file system does not report by itself. */
class WriteError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

let counter = 0;

/**
 * Writes `data` to `path` so that the file on disk is either wholly the old content or wholly the new: never a
 * mix, never a truncated file. Throws the underlying error (with its `code`, or `ENOSPC` for a write that made
 * no progress, `EIO` for a size mismatch) after removing the temporary file.
 */
export async function writeFileAtomically(path: string, data: Uint8Array | string, options: AtomicWriteOptions = {}): Promise<void> {
  const fs = options.fs ?? nodeAtomicWriteFs;
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  let target = path;
  let mode = options.mode ?? 0o666;
  if (options.symlinks === 'refuse') {
    const link = await fs.lstat(path).then(
      (s) => s.isSymbolicLink(),
      (e: { code?: string }) => {
        if (e.code === 'ENOENT') return false;
        throw e;
      },
    );
    if (link) throw new WriteError('ESYMLINK', `${path} is a symbolic link; Redline does not write through links it did not open`);
  }
  try {
    // Refusing links, only the folder is resolved, never the name itself: a link planted at the name after the
    // check above would otherwise be resolved here and written through. The rename below replaces whatever the
    // name is by then (a file, or a link planted a moment ago) and never follows it.
    target = options.symlinks === 'refuse' ? join(await fs.realpath(dirname(path)), basename(path)) : await fs.realpath(path);
    // The existing file's permissions are kept: a save must not widen or narrow who can read the manuscript.
    if (options.keepMode !== false) {
      const existing = await (options.symlinks === 'refuse' ? fs.lstat(target) : fs.stat(target));
      // A link that appeared since the check lends nothing (its 0777 would make the new file world-writable).
      if (existing.isFile()) mode = existing.mode & 0o7777;
    }
  } catch (e) {
    if ((e as { code?: string }).code !== 'ENOENT') throw e;
  }
  const temp = join(dirname(target), `.${basename(target)}.redline-${process.pid}-${(counter += 1)}.tmp`);
  let fh: FileHandle | undefined;
  let created = false;
  try {
    fh = await fs.open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, mode);
    created = true;
    // open(2) applies the umask; an explicit mode (0600 for app data) is meant exactly.
    if (options.keepMode === false) await fh.chmod(mode);
    let written = 0;
    while (written < bytes.length) {
      const n = await fs.write(fh, bytes, written, bytes.length - written, written);
      // A write that makes no progress is how a full disk can look: stop rather than loop forever.
      if (!(n > 0)) throw new WriteError('ENOSPC', `no space left: wrote ${written} of ${bytes.length} bytes`);
      written += n;
    }
    await fs.sync(fh);
    const size = await fs.size(fh);
    if (size !== bytes.length) throw new WriteError('EIO', `the temporary file holds ${size} bytes, not ${bytes.length}`);
    const handle = fh;
    fh = undefined;
    await fs.close(handle);
    await fs.rename(temp, target);
    created = false;
  } catch (e) {
    if (fh) await fs.close(fh).catch(() => undefined);
    if (created) await fs.unlink(temp).catch(() => undefined);
    throw e;
  }
  await syncFolder(dirname(target), fs);
}

/** Makes the rename durable. Some file systems cannot fsync a folder (EISDIR, EINVAL): the rename stands. */
async function syncFolder(folder: string, fs: AtomicWriteFs): Promise<void> {
  let fh: FileHandle | undefined;
  try {
    fh = await fs.open(folder, 'r');
    await fs.sync(fh);
  } catch {
    // The new content is already in place; a folder that cannot be synced is not a failed save.
  } finally {
    if (fh) await fs.close(fh).catch(() => undefined);
  }
}

/** How old a leftover temporary file must be before it is removed even though its process still runs: a minute. */
export const STALE_TEMP_MS = 60_000;

/** Options for {@link cleanStaleTempFiles}; tests replace the clock and the process check. */
export interface CleanOptions {
  readonly now?: () => number;
  /** True when process `pid` still runs (default: `process.kill(pid, 0)`). */
  readonly isAlive?: (pid: number) => boolean;
}

/**
 * Removes the temporary files a crashed or killed save left in `folder`: only names of ours
 * ({@link TEMP_FILE_PATTERN}), only regular files (never a symlink or a folder), and only when the process that
 * made one is gone or it is older than a minute (a save in progress elsewhere is left alone). Returns the names
 * removed; never throws (an unreadable folder removes nothing).
 */
export async function cleanStaleTempFiles(folder: string, options: CleanOptions = {}): Promise<string[]> {
  const now = options.now ?? Date.now;
  const isAlive = options.isAlive ?? processAlive;
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const m = TEMP_FILE_PATTERN.test(name) ? /\.redline-(\d+)-\d+\.tmp$/.exec(name) : null;
    if (!m) continue;
    const path = join(folder, name);
    try {
      const s = await lstat(path);
      if (!s.isFile()) continue;
      if (isAlive(Number(m[1])) && now() - s.mtimeMs < STALE_TEMP_MS) continue;
      await unlink(path);
      removed.push(name);
    } catch {
      // Gone already, or not ours to remove: leave it.
    }
  }
  return removed;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it runs, as another user.
    return (e as { code?: string }).code === 'EPERM';
  }
}
