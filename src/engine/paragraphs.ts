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
