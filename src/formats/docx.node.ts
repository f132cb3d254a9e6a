import { readFile, stat } from 'node:fs/promises';
import { fail, ok, type Result } from '../contract/result.js';
import { readDocx, type DocxDocument } from './docx.js';
import { fsError } from './file.node.js';

/** Largest .docx file Redline opens (pictures make Word files much larger than their text). */
export const MAX_DOCX_BYTES = 100 * 1024 * 1024;

/**
 * Reads a `.docx` manuscript. Every failure is one sentence naming the file: missing, a folder, too large, an
 * old `.doc`, password-protected, an image or other non-Word file, a damaged zip or document.
 */
export async function readDocxFile(path: string, maxBytes = MAX_DOCX_BYTES): Promise<Result<DocxDocument>> {
  try {
    const s = await stat(path);
    if (s.isDirectory()) return fail({ code: 'is-directory', message: `${path} is a folder, not a manuscript file` });
    if (!s.isFile()) return fail({ code: 'not-file', message: `${path} is not a regular file` });
    if (s.size > maxBytes) {
      return fail({ code: 'too-large', message: `${path} is ${(s.size / 1048576).toFixed(1)} MB, larger than the ${(maxBytes / 1048576).toFixed(0)} MB Redline opens` });
    }
  } catch (e) {
    return fail(fsError(e, path, 'read'));
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    return fail(fsError(e, path, 'read'));
  }
  const read = readDocx(bytes);
  if (!read.ok) return fail({ code: read.error.code, message: `${path} ${read.error.message}` });
  return ok(read.value);
}
