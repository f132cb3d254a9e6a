import { constants } from 'node:fs';
import { access, readFile, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { EMPTY_SETTINGS, parseSettings, settingsFileName, type ManuscriptSettings } from '../contract/manuscript-settings.js';
import { fail, ok, type AppError, type Result } from '../contract/result.js';
import { writeFileAtomically, type AtomicWriteOptions } from './atomic-write.node.js';
import { sourceFormatOf } from './manuscript-types.js';
import type { SourceFormat } from './prose.js';
import { decodeText, MAX_TEXT_BYTES, type TextLayout } from './text.js';

/** A manuscript read from disk. */
export interface TextFile {
  readonly path: string;
  readonly text: string;
  readonly layout: TextLayout;
  readonly format: SourceFormat;
}

/**
 * Reads a text manuscript. Every failure is a specific, user-facing error naming the file: missing, a
 * directory, too large, binary, not UTF-8, unreadable.
 */
export async function readTextFile(path: string, maxBytes = MAX_TEXT_BYTES): Promise<Result<TextFile>> {
  const name = basename(path);
  let size: number;
  try {
    const s = await stat(path);
    if (s.isDirectory()) return fail({ code: 'is-directory', message: `${path} is a folder, not a manuscript file` });
    if (!s.isFile()) return fail({ code: 'not-file', message: `${path} is not a regular file` });
    size = s.size;
  } catch (e) {
    return fail(fsError(e, path, 'read'));
  }
  if (size > maxBytes) {
    return fail({ code: 'too-large', message: `${path} is ${(size / 1048576).toFixed(1)} MB, larger than the ${(maxBytes / 1048576).toFixed(0)} MB Redline opens` });
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    return fail(fsError(e, path, 'read'));
  }
  const decoded = decodeText(bytes, maxBytes);
  if (!decoded.ok) return fail({ code: decoded.error.code, message: `${name} ${decoded.error.message}` });
  return ok({ path, text: decoded.value.text, layout: decoded.value.layout, format: sourceFormatOf(path) });
}

/**
 * Writes bytes atomically and verified (see `atomic-write.node.ts`): every byte written and counted, fsynced,
 * size checked, then renamed over the target, so a crash or a full disk never leaves a half-written
 * manuscript. On failure the original is untouched, the temporary file removed, and the error names the file.
 */
export async function writeFileSafely(path: string, data: Uint8Array | string, options?: AtomicWriteOptions): Promise<Result<void>> {
  try {
    await writeFileAtomically(path, data, options);
    return ok(undefined);
  } catch (e) {
    return fail(fsError(e, path, 'write'));
  }
}

/** Where a manuscript's settings live: `<file>.redline.json` beside it. */
export function settingsPathFor(manuscriptPath: string): string {
  return join(dirname(manuscriptPath), settingsFileName(basename(manuscriptPath)));
}

/**
 * Reads a manuscript's settings (`<file>.redline.json` beside it), leniently (see `parseSettings`). Missing,
 * unreadable or not a JSON object: `EMPTY_SETTINGS` itself, so a caller can tell "none yet" by identity. The CLI
 * and the app's file service both read settings here.
 */
export async function readSettingsFor(manuscriptPath: string): Promise<ManuscriptSettings> {
  try {
    return parseSettings(await readFile(settingsPathFor(manuscriptPath), 'utf8')) ?? EMPTY_SETTINGS;
  } catch {
    return EMPTY_SETTINGS;
  }
}

/** A file-system error as one plain sentence naming the file. */
export function fsError(e: unknown, path: string, action: 'read' | 'write'): AppError {
  const code = (e as { code?: string } | null)?.code ?? 'io';
  const messages: Record<string, string> = {
    ESYMLINK: `cannot write ${path}: it is a symbolic link, and Redline does not write through links it did not open (nothing was changed)`,
    ELOOP: `cannot ${action} ${path}: it is a loop of symbolic links (or too many levels of them)`,
    ENAMETOOLONG: `cannot ${action} ${path}: the name is too long`,
    ERR_INVALID_ARG_VALUE: `cannot ${action} “${path.replace(/\0/g, '\\0')}”: a file name cannot contain a NUL character`,
    ERR_INVALID_ARG_TYPE: `cannot ${action} “${path.replace(/\0/g, '\\0')}”: a file name cannot contain a NUL character`,
    EBUSY: `cannot ${action} ${path}: it is in use by another program`,
    ETXTBSY: `cannot ${action} ${path}: it is in use by another program`,
    ENOENT: action === 'read' ? `${path} does not exist` : `the folder for ${path} does not exist`,
    EACCES: `permission denied: cannot ${action} ${path}`,
    EPERM: `permission denied: cannot ${action} ${path}`,
    EROFS: `cannot ${action} ${path}: the disk or folder is read-only`,
    ENOSPC: `cannot write ${path}: the disk is full (nothing was changed)`,
    EDQUOT: `cannot write ${path}: disk quota exceeded (nothing was changed)`,
    EISDIR: `${path} is a folder, not a manuscript file`,
    ENOTDIR: `a part of ${path} is not a folder`,
    EMFILE: `cannot ${action} ${path}: too many open files`,
  };
  const message = messages[code] ?? `cannot ${action} ${path}: ${plain((e as Error)?.message ?? String(e))}`;
  return { code: code === 'ERR_INVALID_ARG_TYPE' ? 'err_invalid_arg_value' : code.toLowerCase(), message };
}

// "EFOO: some words, open '/x/y'" → "some words": Node's text without its code and syscall.
const plain = (m: string): string => m.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*'$/, '');

/**
 * Whether a save may replace the file at `path`: refused (code `read-only`) when the file has no write permission
 * for anyone or for this process, or its folder is read-only (the rename that replaces it needs a writable
 * folder). Checked before writing because some systems (and root) would replace a read-only file anyway. A file
 * that does not exist yet needs only a writable folder. The message names the file; callers add what to do instead.
 */
export async function checkReplaceable(path: string): Promise<Result<void>> {
  const readOnly = (what: string): Result<void> => fail({ code: 'read-only', message: `${what} is read-only; nothing was changed` });
  try {
    const s = await stat(path);
    if ((s.mode & 0o222) === 0) return readOnly(path);
    await access(path, constants.W_OK).catch((e: { code?: string }) => {
      throw Object.assign(new Error(), { code: e.code === 'EROFS' ? 'EROFS' : 'read-only' });
    });
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'read-only') return readOnly(path);
    if (code === 'EROFS') return fail({ code: 'read-only', message: `${path} is on a read-only disk; nothing was changed` });
    if (code !== 'ENOENT') return fail(fsError(e, path, 'write'));
  }
  const folder = dirname(path);
  try {
    const d = await stat(folder);
    if ((d.mode & 0o222) === 0) return readOnly(`the folder ${folder}`);
    await access(folder, constants.W_OK);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'EACCES' || code === 'EPERM') return readOnly(`the folder ${folder}`);
    if (code === 'EROFS') return fail({ code: 'read-only', message: `${folder} is on a read-only disk; nothing was changed` });
    return fail(fsError(e, path, 'write'));
  }
  return ok(undefined);
}

/**
 * The real path of `path` (symlinks resolved), or of its folder plus its name when it does not exist yet, or the
 * resolved path when neither exists. Guards compare these, so a link cannot pass for another file.
 */
export async function realPathOf(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    try {
      return join(await realpath(dirname(resolve(path))), basename(path));
    } catch {
      return resolve(path);
    }
  }
}
