import { fail, ok, type Result } from '../contract/result.js';

/** Line-ending style of a file. */
export type LineEnding = '\n' | '\r\n' | '\r';

/** Text encodings Redline reads and writes. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** How a file's text was stored, kept aside so saving restores it exactly. */
export interface TextLayout {
  readonly encoding: TextEncoding;
  readonly bom: boolean;
  /** The file's dominant line ending (a mixed file is saved with this one throughout). */
  readonly eol: LineEnding;
}

/** Decoded text: `\n` newlines, no BOM, plus what is needed to write it back. */
export interface DecodedText {
  readonly text: string;
  readonly layout: TextLayout;
}

/** Why bytes could not be read as a manuscript. */
export type DecodeErrorCode = 'binary' | 'encoding' | 'too-large';

/** Largest manuscript Redline opens: ten times a long novel. */
export const MAX_TEXT_BYTES = 20 * 1024 * 1024;

/**
 * Decodes a text file's bytes. UTF-8 (with or without BOM), UTF-16 with a BOM, and UTF-16 without one (mostly
 * ASCII text, told by its NUL bytes) are read; anything else is refused with a specific reason: other NUL bytes
 * anywhere in the file mean a binary file; invalid UTF-8 names the line and column of the
 * first bad byte. Messages name no file: the caller adds it.
 */
export function decodeText(bytes: Uint8Array, maxBytes = MAX_TEXT_BYTES): Result<DecodedText, { code: DecodeErrorCode; message: string }> {
  if (bytes.length > maxBytes) {
    return fail({ code: 'too-large', message: `is ${megabytes(bytes.length)}, larger than the ${megabytes(maxBytes)} Redline opens` });
  }
  let encoding: TextEncoding = 'utf-8';
  let bom = false;
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    bom = true;
    start = 3;
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    bom = true;
    start = 2;
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    bom = true;
    start = 2;
  }
  if (!bom && bytes.includes(0)) {
    // No BOM but NUL bytes: UTF-16 text (mostly ASCII, so every other byte is NUL) or a binary file.
    const guessed = utf16WithoutBom(bytes);
    if (!guessed) return fail({ code: 'binary', message: 'is a binary file, not text' });
    encoding = guessed;
  }
  const body = bytes.subarray(start);
  let text: string;
  if (encoding === 'utf-8') {
    // The whole file: a NUL after the first few kilobytes is still binary ("fix" must not write it back as text).
    if (body.includes(0)) return fail({ code: 'binary', message: 'is a binary file, not text' });
    const bad = firstInvalidUtf8(body);
    if (bad >= 0) {
      const { line, column } = position(body, bad);
      return fail({
        code: 'encoding',
        message: `is not valid UTF-8 (byte 0x${body[bad]!.toString(16).padStart(2, '0')} at line ${line}, column ${column}); re-save it as UTF-8`,
      });
    }
    text = new TextDecoder('utf-8').decode(body);
  } else {
    if (body.length % 2 !== 0) return fail({ code: 'encoding', message: `is not valid ${encoding.toUpperCase()}: odd byte count` });
    text = new TextDecoder(encoding, { fatal: false }).decode(body);
  }
  return ok({ text: text.replace(/\r\n?/g, '\n'), layout: { encoding, bom, eol: dominantEol(text) } });
}

/**
 * UTF-16 without a BOM, told by the NUL pattern of mostly-ASCII text: in little-endian every odd byte of an ASCII
 * character is NUL, in big-endian every even one. Needs an even length, NULs on one side in at least half of the
 * pairs (and twenty times more often than on the other: “Ā” is 00 01 in little-endian), no NUL character (both bytes zero), and decoded text free of control characters other than tab,
 * newline, carriage return and form feed. Anything else is binary.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length % 2 !== 0) return undefined;
  let le = 0;
  let be = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    const a = bytes[i]!;
    const b = bytes[i + 1]!;
    if (a === 0 && b === 0) return undefined;
    if (b === 0) le++;
    else if (a === 0) be++;
  }
  const pairs = bytes.length / 2;
  const encoding = le >= pairs / 2 && be * 20 <= le ? 'utf-16le' : be >= pairs / 2 && le * 20 <= be ? 'utf-16be' : undefined;
  if (!encoding) return undefined;
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u0008\u000b\u000e-\u001f]/.test(new TextDecoder(encoding).decode(bytes)) ? undefined : encoding;
}

/** Encodes `\n` text back into the layout it was read with. */
export function encodeText(text: string, layout: TextLayout): Uint8Array {
  const body = layout.eol === '\n' ? text : text.replace(/\n/g, layout.eol);
  if (layout.encoding === 'utf-8') {
    const encoded = new TextEncoder().encode(body);
    if (!layout.bom) return encoded;
    const out = new Uint8Array(encoded.length + 3);
    out.set([0xef, 0xbb, 0xbf]);
    out.set(encoded, 3);
    return out;
  }
  const le = layout.encoding === 'utf-16le';
  const offset = layout.bom ? 2 : 0;
  const out = new Uint8Array(offset + body.length * 2);
  if (layout.bom) out.set(le ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    out[offset + 2 * i] = le ? c & 0xff : c >> 8;
    out[offset + 2 * i + 1] = le ? c >> 8 : c & 0xff;
  }
  return out;
}

/** The layout of a new file: UTF-8, no BOM, `\n`. */
export const DEFAULT_LAYOUT: TextLayout = { encoding: 'utf-8', bom: false, eol: '\n' };

function dominantEol(text: string): LineEnding {
  const crlf = text.match(/\r\n/g)?.length ?? 0;
  const cr = (text.match(/\r/g)?.length ?? 0) - crlf;
  const lf = (text.match(/\n/g)?.length ?? 0) - crlf;
  if (crlf > lf && crlf >= cr) return '\r\n';
  if (cr > lf && cr > crlf) return '\r';
  return '\n';
}

/** Index of the first byte that is not part of a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let n: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) [n, min] = [1, 0x80];
    else if (c >= 0xe0 && c <= 0xef) [n, min] = [2, 0x800];
    else if (c >= 0xf0 && c <= 0xf4) [n, min] = [3, 0x10000];
    else return i;
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const x = b[i + k];
      if (x === undefined || (x & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (x & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return -1;
}

function position(b: Uint8Array, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) {
    if (b[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: index - lineStart + 1 };
}

function megabytes(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}
