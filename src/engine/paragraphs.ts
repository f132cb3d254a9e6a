import type { Paragraph } from '../contract/check.js';

/**
 * Splits prose into paragraphs.
 *
 * Hard-wrapped text (most lines run on into the next, as in a Gutenberg novel) has paragraphs separated by
 * blank lines. Text written one paragraph per line (most modern drafts) has each non-blank line as a paragraph.
 * Leading and trailing white space is left outside the paragraph. Offsets are UTF-16 code units.
 */
export function splitParagraphs(prose: string): Paragraph[] {
  const lines = lineSpans(prose);
  const hardWrapped = isHardWrapped(prose, lines);
  const paragraphs: Paragraph[] = [];
  let start = -1;
  let end = -1;
  const flush = (): void => {
    if (start >= 0) paragraphs.push({ from: start, to: end, text: prose.slice(start, end) });
    start = -1;
  };
  for (const [from, to] of lines) {
    const line = prose.slice(from, to);
    const lead = line.length - line.trimStart().length;
    if (lead === line.length) {
      flush();
      continue;
    }
    const trail = line.length - line.trimEnd().length;
    if (!hardWrapped) flush();
    if (start < 0) start = from + lead;
    end = to - trail;
  }
  flush();
  return paragraphs;
}

function lineSpans(text: string): Array<readonly [number, number]> {
  const spans: Array<readonly [number, number]> = [];
  let from = 0;
  for (;;) {
    const nl = text.indexOf('\n', from);
    if (nl < 0) {
      spans.push([from, text.length]);
      return spans;
    }
    spans.push([from, nl]);
    from = nl + 1;
  }
}

// "Hard-wrapped" when most non-blank lines are followed by another non-blank line and lines are short:
// a Gutenberg novel wraps at ~70 columns; a draft typed in an editor has one long line per paragraph.
function isHardWrapped(text: string, lines: ReadonlyArray<readonly [number, number]>): boolean {
  let nonBlank = 0;
  let runOn = 0;
  let short = 0;
  for (let i = 0; i < lines.length; i++) {
    const [from, to] = lines[i]!;
    if (text.slice(from, to).trim() === '') continue;
    nonBlank++;
    if (to - from <= 100) short++;
    const next = lines[i + 1];
    if (next && text.slice(next[0], next[1]).trim() !== '') runOn++;
  }
  return nonBlank > 0 && runOn / nonBlank >= 0.3 && short / nonBlank >= 0.8;
}

/**
 * Longest paragraph the engine analyses whole, in UTF-16 code units: above the longest of the 26 corpus novels
 * (14,695 characters, Miss Bates in *Emma*), so no real paragraph is ever cut. Several checks cost more than
 * linearly in a paragraph's length (a 1M-character paragraph took a minute, a 5M one ten), and one edit would
 * re-read all of it: a paragraph beyond this is checked in {@link PARAGRAPH_PIECE}-sized pieces instead.
 */
export const MAX_PARAGRAPH = 20_000;

/** Length in code units after which a piece of an over-long paragraph ends, at the next sentence end. */
export const PARAGRAPH_PIECE = 4_000;

// A sentence end: its punctuation, closing quotes or brackets, then white space.
const SENTENCE_END = /[.!?…]["'”’)\]_*]*\s+/u;
const SPACE = /\s+/u;

/**
 * Bounds the work of one paragraph: a paragraph longer than `max` code units is replaced by pieces that each end
 * at the first sentence end after `piece` code units (else at white space, else at a code-point boundary), at
 * most `2 × piece` long. Pieces keep exact offsets and are trimmed of white space like paragraphs; each is
 * analysed and cached as a paragraph, so an edit re-reads one piece (and the pieces after it until a cut falls
 * on the same sentence end again). Paragraphs up to `max` are returned as they are (the same objects).
 */
export function boundParagraphs(paragraphs: readonly Paragraph[], max = MAX_PARAGRAPH, piece = PARAGRAPH_PIECE): Paragraph[] {
  const out: Paragraph[] = [];
  for (const p of paragraphs) {
    if (p.text.length <= max) {
      out.push(p);
      continue;
    }
    const text = p.text;
    let start = 0;
    while (start < text.length) {
      let end = text.length;
      if (text.length - start > 2 * piece) end = cutAfter(text, start + piece, start + 2 * piece);
      const slice = text.slice(start, end);
      const lead = slice.length - slice.trimStart().length;
      const body = slice.trim();
      if (body) out.push({ from: p.from + start + lead, to: p.from + start + lead + body.length, text: body });
      start = end;
    }
  }
  return out;
}

/** Where to end a piece: the first sentence end in `[from, limit)`, else white space, else `from` (whole code points). */
function cutAfter(text: string, from: number, limit: number): number {
  // Searched in a slice: a search of the whole text from `from` would cost its length on every cut.
  const window = text.slice(from, limit);
  for (const pattern of [SENTENCE_END, SPACE]) {
    const m = pattern.exec(window);
    if (m) return from + m.index + m[0].length;
  }
  // A run with no space at all ("aaaa…", a pasted hash): any cut, but never between the halves of a surrogate pair.
  const code = text.charCodeAt(from);
  return code >= 0xdc00 && code <= 0xdfff ? from + 1 : from;
}
