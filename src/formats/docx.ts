import { unzipSync, type Unzipped } from 'fflate';
import { fail, ok, type Result } from '../contract/result.js';

/**
 * Reading `.docx` manuscripts.
 *
 * Why not mammoth: mammoth turns a document into HTML or plain text and keeps no map back to the XML, so a fix
 * could not be written back into the author's own file, and untouched text could not stay byte-for-byte. Here
 * the zip is opened with fflate and `word/document.xml` is scanned directly: every character of the extracted
 * text knows the run (`w:r`) it came from, and writing back only rewrites the runs a fix touches.
 *
 * The text handed to the engine: one paragraph (`w:p`) after another, joined by a blank line (`\n\n`); inside
 * a paragraph `w:tab` is `\t`, `w:br`/`w:cr` is `\n`, `w:noBreakHyphen` is U+2011. Existing tracked changes are
 * read in their accepted view (insertions kept, deletions dropped), as mammoth does; text boxes are skipped.
 * Offsets are UTF-16 code units into that text, as for every Diagnostic.
 */

/** One child of a run that carries text or sits between text. */
export interface DocxRunChild {
  /** `t` is a `w:t`; `char` is a one-character element (tab, break); `other` carries no text (a drawing, a note). */
  readonly kind: 't' | 'char' | 'other';
  /** The child exactly as it is in the XML. */
  readonly raw: string;
  /** Its text in the extracted text ('' for `other`). */
  readonly text: string;
}

/** One `w:r` the text came from. */
export interface DocxRun {
  /** XML offsets of the whole `<w:r>…</w:r>` element in `word/document.xml`. */
  readonly start: number;
  readonly end: number;
  /** The opening tag, e.g. `<w:r w:rsidR="00A1">`. */
  readonly open: string;
  /** The run properties element as written (`''` when none): formatting a split run keeps. */
  readonly rPr: string;
  readonly children: readonly DocxRunChild[];
  /** Text offsets of the run's characters. */
  readonly from: number;
  readonly to: number;
  readonly italic: boolean;
  readonly bold: boolean;
  /** Why a fix must not rewrite this run (inside an existing tracked insertion, or a field), if so. */
  readonly locked?: 'tracked-change' | 'field';
}

/** One paragraph of the document. */
export interface DocxParagraph {
  /** Text offsets: `text.slice(from, to)` is the paragraph. */
  readonly from: number;
  readonly to: number;
  /** The paragraph style id (`w:pStyle`), if any. */
  readonly style?: string;
  /** 1–6 for a heading, 0 for a title; undefined for body text. */
  readonly heading?: number;
  readonly runs: readonly DocxRun[];
}

/** Tracked changes already in the file, by kind. */
export interface DocxRevisionCounts {
  readonly insertions: number;
  readonly deletions: number;
  readonly moves: number;
  readonly formatting: number;
}

/** A `.docx` opened for checking and for writing back. */
export interface DocxDocument {
  /** Every zip entry, by name, in the archive's order; written back unchanged except the parts Redline edits. */
  readonly entries: Readonly<Unzipped>;
  /** The main document part's name in the zip (from `_rels/.rels`; `word/document.xml` in practice). */
  readonly part: string;
  /** The main document part as text. */
  readonly xml: string;
  /** The extracted text (see the module comment). */
  readonly text: string;
  readonly paragraphs: readonly DocxParagraph[];
  readonly revisions: DocxRevisionCounts;
  /** The largest numeric `w:id` in any `word/*.xml` part; new revisions and comments take ids above it. */
  readonly maxId: number;
}

/** Why bytes could not be opened as a `.docx`. Messages name no file: the caller adds it. */
export type DocxErrorCode = 'empty' | 'legacy-doc' | 'encrypted' | 'not-docx' | 'damaged' | 'too-large';

/** Largest total unpacked size Redline accepts (a zip bomb guard; a long novel's document.xml is ~10 MB). */
export const MAX_DOCX_UNPACKED = 200 * 1024 * 1024;

const DOCUMENT = 'word/document.xml';

/**
 * The part a relationship of type `…/<type>` points at, resolved against the folder of the part that owns the
 * relationships (`''` for the package), or undefined.
 */
export function relationshipTarget(entries: Readonly<Unzipped>, owner: string, type: string): string | undefined {
  const dir = owner.includes('/') ? owner.slice(0, owner.lastIndexOf('/')) : '';
  const relsName = owner === '' ? '_rels/.rels' : `${dir ? dir + '/' : ''}_rels/${owner.slice(owner.lastIndexOf('/') + 1)}.rels`;
  const rels = entries[relsName];
  if (!rels) return undefined;
  for (const m of decodeXml(rels).matchAll(/<Relationship\b[^>]*>/g)) {
    const tag = m[0];
    if (!new RegExp(`Type="[^"]*/${type}"`).test(tag) || /TargetMode="External"/.test(tag)) continue;
    const target = /Target="([^"]*)"/.exec(tag)?.[1];
    if (!target) continue;
    const parts = (target.startsWith('/') ? target.slice(1) : (dir ? dir + '/' : '') + target).split('/');
    const out: string[] = [];
    for (const x of parts) {
      if (x === '..') out.pop();
      else if (x !== '.' && x !== '') out.push(x);
    }
    return out.join('/');
  }
  return undefined;
}

/**
 * Opens `.docx` bytes. Refuses, with one plain reason each: an empty file; an old Word `.doc` renamed to
 * `.docx`; a password-protected document (Office stores those encrypted inside an OLE container); an image,
 * PDF, RTF or OpenDocument file; a damaged zip; a zip that is not a Word document; a malformed document.xml.
 */
export function readDocx(bytes: Uint8Array): Result<DocxDocument, { code: DocxErrorCode; message: string }> {
  if (bytes.length === 0) return fail({ code: 'empty', message: 'is empty (0 bytes), not a Word document' });
  const sniffed = sniff(bytes);
  if (sniffed) return fail(sniffed);
  let entries: Unzipped;
  let total = 0;
  try {
    entries = unzipSync(bytes, {
      filter: (f) => {
        total += f.originalSize;
        if (total > MAX_DOCX_UNPACKED) throw new TooLarge();
        return true;
      },
    });
  } catch (e) {
    if (e instanceof TooLarge) return fail({ code: 'too-large', message: `unpacks to more than ${MAX_DOCX_UNPACKED / 1048576} MB; Redline does not open it` });
    return fail({ code: 'damaged', message: `is damaged: it is not a readable zip archive (${(e as Error).message})` });
  }
  const main = relationshipTarget(entries, '', 'officeDocument');
  const part = main && entries[main] ? main : DOCUMENT;
  const documentBytes = entries[part];
  if (!documentBytes) {
    if (entries['content.xml'] && entries['mimetype']) {
      return fail({ code: 'not-docx', message: 'is an OpenDocument file, not .docx; save it as .docx (Word 2007–365) first' });
    }
    return fail({ code: 'not-docx', message: `is a zip archive but not a Word document (it has no ${DOCUMENT})` });
  }
  const xml = decodeXml(documentBytes);
  const stylesPart = relationshipTarget(entries, part, 'styles');
  const stylesBytes = stylesPart ? entries[stylesPart] : undefined;
  const styles = stylesBytes ? headingStyles(decodeXml(stylesBytes)) : new Map<string, number>();
  const parsed = parseDocument(xml, styles);
  if (!parsed.ok) return fail({ code: 'damaged', message: `is damaged: ${part} ${parsed.error}` });
  // Revision and comment ids must be unique across the whole package (footnotes, headers, comments too).
  let maxId = parsed.value.maxId;
  for (const [name, data] of Object.entries(entries)) {
    if (name === part || !/^word\/[^/]+\.xml$/.test(name)) continue;
    for (const m of decodeXml(data).matchAll(/\sw:id="(\d+)"/g)) maxId = Math.max(maxId, Number(m[1]));
  }
  return ok({ entries, part, xml, ...parsed.value, maxId });
}

class TooLarge extends Error {}

function sniff(b: Uint8Array): { code: DocxErrorCode; message: string } | undefined {
  const starts = (...sig: number[]): boolean => sig.every((x, i) => b[i] === x);
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) {
    // An OLE compound file: either a Word 97–2003 .doc, or an encrypted (password-protected) OOXML package,
    // whose streams are named "EncryptionInfo" and "EncryptedPackage" (UTF-16LE in the directory).
    if (containsUtf16(b, 'EncryptedPackage') || containsUtf16(b, 'EncryptionInfo')) {
      return { code: 'encrypted', message: 'is password-protected (encrypted); remove the password in Word (File → Info → Protect Document) and try again' };
    }
    return { code: 'legacy-doc', message: 'is an old Word 97–2003 .doc file, not .docx; open it in Word or LibreOffice and save it as .docx' };
  }
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0x50, 0x4b, 0x05, 0x06)) return undefined;
  const kinds: Array<[number[], string]> = [
    [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
    [[0xff, 0xd8, 0xff], 'a JPEG image'],
    [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
    [[0x25, 0x50, 0x44, 0x46], 'a PDF'],
    [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'an RTF file'],
  ];
  for (const [sig, name] of kinds) if (starts(...sig)) return { code: 'not-docx', message: `is ${name}, not a Word document` };
  return { code: 'not-docx', message: 'is not a Word document (.docx files are zip archives; this is not one)' };
}

function containsUtf16(b: Uint8Array, s: string): boolean {
  const needle = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) needle[2 * i] = s.charCodeAt(i);
  outer: for (let i = 0; i + needle.length <= b.length; i++) {
    for (let k = 0; k < needle.length; k++) if (b[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

/** Decodes an XML part (UTF-8, or UTF-16 with a BOM). */
export function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes);
}

/** Style id → heading level (1–6; 0 for Title), from styles.xml names ("heading 1", "Title"). */
function headingStyles(xml: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of xml.matchAll(/<w:style\b[^>]*?w:styleId="([^"]*)"[^>]*>([\s\S]*?)<\/w:style>/g)) {
    const name = /<w:name\s+w:val="([^"]*)"/.exec(m[2]!)?.[1]?.toLowerCase();
    const level = name === 'title' ? 0 : /^heading ([1-6])$/.exec(name ?? '')?.[1];
    if (level !== undefined) out.set(m[1]!, Number(level));
  }
  return out;
}

// ---- XML scanning -------------------------------------------------------------------------------------------

/** One tag of the XML, with its offsets. */
interface Tag {
  readonly kind: 'open' | 'close' | 'empty';
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly raw: string;
}

/**
 * Yields the tags of an XML string in order, skipping comments, CDATA, processing instructions and the
 * doctype; attribute values may contain `>`.
 */
function* tags(xml: string): Generator<Tag> {
  let i = xml.indexOf('<');
  while (i >= 0 && i < xml.length) {
    if (xml.startsWith('<!--', i)) {
      i = after(xml, '-->', i);
    } else if (xml.startsWith('<![CDATA[', i)) {
      i = after(xml, ']]>', i);
    } else if (xml.startsWith('<?', i)) {
      i = after(xml, '?>', i);
    } else if (xml.startsWith('<!', i)) {
      i = after(xml, '>', i);
    } else {
      let j = i + 1;
      let quote = '';
      for (; j < xml.length; j++) {
        const c = xml[j]!;
        if (quote) {
          if (c === quote) quote = '';
        } else if (c === '"' || c === "'") quote = c;
        else if (c === '>') break;
      }
      if (j >= xml.length) throw new Error(`has an unclosed tag at offset ${i}`);
      const raw = xml.slice(i, j + 1);
      const close = raw[1] === '/';
      const empty = !close && raw[raw.length - 2] === '/';
      const name = /^<\/?([^\s/>]+)/.exec(raw)?.[1];
      if (!name) throw new Error(`has a malformed tag at offset ${i}`);
      yield { kind: close ? 'close' : empty ? 'empty' : 'open', name, start: i, end: j + 1, raw };
      i = j + 1;
    }
    i = xml.indexOf('<', i);
  }
}

function after(xml: string, marker: string, from: number): number {
  const k = xml.indexOf(marker, from);
  if (k < 0) throw new Error(`has an unclosed comment or declaration at offset ${from}`);
  return k + marker.length;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes XML character data (the five entities and numeric references); throws on a reference that is no character. */
export function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      // "&#x110000;" made String.fromCodePoint throw a bare RangeError ("Invalid code point 1114112").
      if (!(cp <= 0x10ffff) || (cp >= 0xd800 && cp <= 0xdfff)) throw new Error(`has a character reference (${m}) that is not a Unicode character`);
      return String.fromCodePoint(cp);
    }
    return ENTITIES[e] ?? m;
  });
}

/** Escapes text for XML character data; drops characters XML 1.0 cannot hold. */
export function escapeXml(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const CHAR_ELEMENTS: Record<string, string> = { 'w:tab': '\t', 'w:br': '\n', 'w:cr': '\n', 'w:noBreakHyphen': '\u2011' };

/** Elements whose content is not the manuscript's running text. */
const SKIPPED = new Set(['w:txbxContent', 'mc:Fallback', 'w:del', 'w:moveFrom']);

type Parsed = Omit<DocxDocument, 'entries' | 'xml' | 'part'>;

function parseDocument(xml: string, headings: ReadonlyMap<string, number>): { ok: true; value: Parsed } | { ok: false; error: string } {
  const paragraphs: DocxParagraph[] = [];
  const counts = { insertions: 0, deletions: 0, moves: 0, formatting: 0 };
  let maxId = 0;
  let text = '';
  const stack: string[] = [];
  let paragraph: { runs: DocxRun[]; from: number; style?: string; depth: number } | undefined;
  let run: { start: number; open: string; rPr: string; children: DocxRunChild[]; from: number; depth: number; locked?: DocxRun['locked'] } | undefined;
  let child: { start: number; name: string; depth: number } | undefined;
  const startParagraph = (depth: number): void => {
    if (paragraphs.length > 0) text += '\n\n';
    paragraph = { runs: [], from: text.length, depth };
  };
  const endParagraph = (): void => {
    const p = paragraph!;
    const heading = p.style !== undefined ? headings.get(p.style) : undefined;
    paragraphs.push({
      from: p.from,
      to: text.length,
      runs: p.runs,
      ...(p.style !== undefined ? { style: p.style } : {}),
      ...(heading !== undefined ? { heading } : {}),
    });
    paragraph = undefined;
  };
  try {
    for (const tag of tags(xml)) {
      if (tag.kind !== 'close') {
        const id = /\sw:id="(\d+)"/.exec(tag.raw)?.[1];
        if (id) maxId = Math.max(maxId, Number(id));
        if (tag.name === 'w:ins') counts.insertions++;
        else if (tag.name === 'w:del') counts.deletions++;
        else if (tag.name === 'w:moveFrom') counts.moves++;
        else if (tag.name === 'w:rPrChange' || tag.name === 'w:pPrChange') counts.formatting++;
      }
      if (tag.kind === 'close') {
        const top = stack.pop();
        if (top !== tag.name) throw new Error(`closes <${tag.name}> at offset ${tag.start} where <${top ?? 'nothing'}> is open`);
      }
      // An open tag's depth is the number of elements around it; a close tag gets the depth its open tag had.
      const depth = stack.length;
      if (child) {
        // Inside a run's child (w:t, w:rPr, a drawing…): captured whole when it closes.
        if (tag.kind === 'close' && depth === child.depth && tag.name === child.name) {
          const raw = xml.slice(child.start, tag.end);
          if (child.name === 'w:rPr') run!.rPr = raw;
          else if (child.name === 'w:t') {
            const inner = unescapeXml(raw.slice(raw.indexOf('>') + 1, raw.lastIndexOf('<')));
            run!.children.push({ kind: 't', raw, text: inner });
            text += inner;
          } else {
            const c = CHAR_ELEMENTS[child.name];
            run!.children.push({ kind: c === undefined ? 'other' : 'char', raw, text: c ?? '' });
            text += c ?? '';
          }
          child = undefined;
        }
      } else if (run && tag.kind !== 'close' && depth === run.depth + 1) {
        if (tag.kind === 'open') child = { start: tag.start, name: tag.name, depth };
        else if (tag.name === 'w:rPr') run.rPr = tag.raw;
        else if (tag.name !== 'w:t') {
          const c = CHAR_ELEMENTS[tag.name];
          run.children.push({ kind: c === undefined ? 'other' : 'char', raw: tag.raw, text: c ?? '' });
          text += c ?? '';
        }
      } else if (run && tag.kind === 'close' && tag.name === 'w:r' && depth === run.depth) {
        paragraph!.runs.push(finishRun(run, tag.end, text.length));
        run = undefined;
      } else if (paragraph && tag.kind === 'close' && tag.name === 'w:p' && depth === paragraph.depth) {
        endParagraph();
      } else if (tag.kind !== 'close' && !stack.some((name) => SKIPPED.has(name))) {
        if (tag.name === 'w:p' && !paragraph) {
          startParagraph(depth);
          if (tag.kind === 'empty') endParagraph();
        } else if (tag.name === 'w:pStyle' && paragraph && stack[stack.length - 1] === 'w:pPr') {
          const style = /w:val="([^"]*)"/.exec(tag.raw)?.[1];
          if (style !== undefined) paragraph.style = style;
        } else if (tag.name === 'w:r' && tag.kind === 'open' && paragraph && !stack.includes('w:pPr')) {
          const locked = stack.some((n) => n === 'w:ins' || n === 'w:moveTo') ? 'tracked-change' : stack.includes('w:fldSimple') ? 'field' : undefined;
          run = { start: tag.start, open: tag.raw, rPr: '', children: [], from: text.length, depth, ...(locked ? { locked } : {}) };
        }
      }
      if (tag.kind === 'open') stack.push(tag.name);
    }
    if (stack.length) throw new Error(`ends with <${stack[stack.length - 1]}> still open`);
    if (!/<w:body\b/.test(xml)) throw new Error('has no document body');
  } catch (e) {
    return { ok: false, error: `is not well-formed XML: it ${(e as Error).message}` };
  }
  return { ok: true, value: { text, paragraphs, revisions: counts, maxId } };
}

function finishRun(
  run: { start: number; open: string; rPr: string; children: DocxRunChild[]; from: number; locked?: DocxRun['locked'] },
  end: number,
  to: number,
): DocxRun {
  return {
    start: run.start,
    end,
    open: run.open,
    rPr: run.rPr,
    children: run.children,
    from: run.from,
    to,
    italic: isOn(run.rPr, 'w:i'),
    bold: isOn(run.rPr, 'w:b'),
    ...(run.locked ? { locked: run.locked } : {}),
  };
}

/** True when a toggle property (`<w:i/>`, `<w:b w:val="true"/>`) is on in run properties. */
function isOn(rPr: string, name: string): boolean {
  const m = new RegExp(`<${name}(\\s[^>]*)?/>`).exec(rPr);
  if (!m) return false;
  const val = /w:val="([^"]*)"/.exec(m[1] ?? '')?.[1];
  return val === undefined || val === 'true' || val === '1' || val === 'on';
}

/** The number of tracked changes already in a document, all kinds together. */
export function revisionTotal(r: DocxRevisionCounts): number {
  return r.insertions + r.deletions + r.moves + r.formatting;
}

/**
 * One sentence telling the user what Redline did with tracked changes already in the file, or undefined when
 * there are none. Names no file: the caller adds it.
 */
export function revisionWarning(r: DocxRevisionCounts): string | undefined {
  const total = revisionTotal(r);
  if (total === 0) return undefined;
  const parts = [
    [r.insertions, 'insertion'],
    [r.deletions, 'deletion'],
    [r.moves, 'move'],
    [r.formatting, 'formatting change'],
  ]
    .filter(([n]) => (n as number) > 0)
    .map(([n, w]) => `${n} ${w}${n === 1 ? '' : 's'}`);
  return `already has tracked changes (${parts.join(', ')}); Redline checked the text as if they were accepted, kept them as they are in a .docx it writes, and skips fixes inside them`;
}
