import { describe, expect, it } from 'vitest';
import { decodeText, encodeText } from './text.js';

const bytes = (...parts: Array<string | number[]>): Uint8Array =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

describe('decodeText / encodeText', () => {
  it('round-trips a UTF-8 file with BOM and CRLF byte for byte', () => {
    const input = bytes([0xef, 0xbb, 0xbf], '“Wait,” she said.\r\n\r\nThe end.\r\n');
    const decoded = decodeText(input);
    expect(decoded.ok && decoded.value.text).toBe('“Wait,” she said.\n\nThe end.\n');
    expect(decoded.ok && decoded.value.layout).toEqual({ encoding: 'utf-8', bom: true, eol: '\r\n' });
    if (decoded.ok) expect(encodeText(decoded.value.text, decoded.value.layout)).toEqual(input);
  });

  it('round-trips UTF-16 LE with BOM', () => {
    const text = 'Café—“ok”\r\n';
    const input = new Uint8Array([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    const decoded = decodeText(input);
    expect(decoded.ok && decoded.value.text).toBe('Café—“ok”\n');
    if (decoded.ok) expect(encodeText(decoded.value.text, decoded.value.layout)).toEqual(input);
  });

  it('names the line and column of invalid UTF-8', () => {
    const decoded = decodeText(bytes('Line one\nna', [0xe9], 've\n'));
    expect(decoded).toEqual({ ok: false, error: { code: 'encoding', message: 'is not valid UTF-8 (byte 0xe9 at line 2, column 3); re-save it as UTF-8' } });
  });

  it('refuses binary files and oversize input', () => {
    expect(decodeText(bytes([0x89], 'PNG', [0, 0, 0, 13]))).toMatchObject({ ok: false, error: { code: 'binary' } });
    expect(decodeText(new Uint8Array(11), 10)).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });

  it('keeps a file with classic Mac line endings', () => {
    const decoded = decodeText(bytes('a\rb\r'));
    expect(decoded.ok && decoded.value.layout.eol).toBe('\r');
    if (decoded.ok) expect(new TextDecoder().decode(encodeText(decoded.value.text, decoded.value.layout))).toBe('a\rb\r');
  });

  // Issue 10: only the first 8 KB were searched for NUL bytes, so `fix` wrote a binary file back as text.
  it('finds a NUL byte anywhere in the file, not only in its first 8 KB', () => {
    expect(decodeText(bytes('a'.repeat(9000), [0], 'b'))).toEqual({ ok: false, error: { code: 'binary', message: 'is a binary file, not text' } });
  });

  // Issue 10: UTF-16 without a BOM was called "binary".
  it('reads UTF-16 without a BOM, little- and big-endian, and writes it back the same', () => {
    const text = 'Café, she said.\r\nThe end.\r\n';
    for (const le of [true, false]) {
      const input = new Uint8Array([...text].flatMap((c) => (le ? [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8] : [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff])));
      const decoded = decodeText(input);
      expect(decoded.ok && decoded.value.text).toBe('Café, she said.\nThe end.\n');
      expect(decoded.ok && decoded.value.layout).toEqual({ encoding: le ? 'utf-16le' : 'utf-16be', bom: false, eol: '\r\n' });
      if (decoded.ok) expect(encodeText(decoded.value.text, decoded.value.layout)).toEqual(input);
    }
  });

  it('still calls binary what only looks like UTF-16: NUL characters, control characters, an odd length', () => {
    expect(decodeText(bytes('a', [0, 0, 0], 'b', [0]))).toMatchObject({ ok: false, error: { code: 'binary' } });
    expect(decodeText(bytes('a', [0, 1, 0], 'b', [0]))).toMatchObject({ ok: false, error: { code: 'binary' } });
    expect(decodeText(bytes('a', [0], 'b', [0], 'c'))).toMatchObject({ ok: false, error: { code: 'binary' } });
  });
});
