import type { Nodes } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** Source formats the engine reads. */
export type SourceFormat = 'text' | 'markdown';

const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);

/**
 * Lines the Markdown parser is never shown: indented 32 columns or more (code, or a list nested sixteen deep),
 * or opening with more than eight quote markers. The parser's cost grows with the square of nesting (400 nested
 * list items took eight seconds; 3,000 crashed), and no manuscript's prose lives that deep.
 */
const TOO_DEEP = /^(?:[ \t]*>){9,}|^(?: {32,}|\t{8,})/;

/** Emphasis and link markers: the parser matches openers against closers in time that grows with their square. */
const MARKERS = /[*_[\]]/g;

/**
 * Most emphasis and link markers a block (lines between blank lines) may hold and still be parsed as Markdown.
 * The parser's cost grows with the square of the markers in one paragraph when they nest (5,000 nested `*_` pairs
 * took 25 s); the most any paragraph of the 26 corpus novels holds is 49 (`_italics_`), and 256 nested markers
 * parse in a few milliseconds.
 */
export const MAX_MARKERS_PER_BLOCK = 256;

/**
 * Blocks of a Markdown source read as plain text rather than parsed: those with more than
 * {@link MAX_MARKERS_PER_BLOCK} emphasis and link markers (`*`, `_`, `[`, `]`). Each span runs from the start of the
 * block's first line to the end of its last (UTF-16 offsets into `source`, ascending). Lines that {@link proseOf}
 * leaves out as too deep do not count.
 */
export function plainBlocks(source: string): Array<readonly [number, number]> {
  const spans: Array<readonly [number, number]> = [];
  let from = -1;
  let markers = 0;
  let at = 0;
  const close = (to: number): void => {
    if (from >= 0 && markers > MAX_MARKERS_PER_BLOCK) spans.push([from, to]);
    from = -1;
    markers = 0;
  };
  for (const line of source.split('\n')) {
    if (line.trim() === '') close(Math.max(at - 1, 0));
    else {
      if (from < 0) from = at;
      if (!TOO_DEEP.test(line)) markers += line.match(MARKERS)?.length ?? 0;
    }
    at += line.length + 1;
  }
  close(source.length);
  return spans;
}

/**
 * The prose of a source text, same length and same offsets: for `markdown`, everything that is not prose
 * (front matter, code, HTML, link targets, heading and emphasis markers, too-deep nesting) becomes spaces,
 * newlines kept, so a diagnostic's offsets point straight into the source. `text` is returned as is. A block with
 * more emphasis and link markers than any prose has ({@link plainBlocks}) is read as plain text: its words are
 * kept and checked, its `*`, `_`, `[` and `]` become spaces, and nothing else in it is taken for markup.
 */
export function proseOf(source: string, format: SourceFormat): string {
  if (format === 'text') return source;
  // The parser sees too-deep lines as empty lines (so their length costs nothing); positions come back by line
  // and column, which are the same in both texts for every line it sees.
  const lines = source.split('\n');
  const lineStarts: number[] = [];
  let at = 0;
  for (const line of lines) {
    lineStarts.push(at);
    at += line.length + 1;
  }
  // A plain block reaches the parser with its markers turned to letters, same length: a letter starts no construct,
  // so the block parses as one run of text in linear time and its block structure is all that can change.
  const plain = plainBlocks(source);
  const shown: string[] = [];
  for (let i = 0, block = 0; i < lines.length; i++) {
    const line = lines[i]!;
    while (block < plain.length && plain[block]![1] < lineStarts[i]!) block++;
    const inPlain = block < plain.length && plain[block]![0] <= lineStarts[i]!;
    shown.push(TOO_DEEP.test(line) ? '' : inPlain ? line.replace(MARKERS, 'x') : line);
  }
  const tree = markdown.parse(shown.join('\n'));
  const offset = (p: { line: number; column: number } | undefined): number | undefined =>
    p === undefined ? undefined : (lineStarts[p.line - 1] ?? source.length) + p.column - 1;
  // Kept ranges, then one pass that blanks everything between them (a character array cost seconds on 9 MB).
  const kept: Array<readonly [number, number]> = [];
  // Iterative, not recursive: a deep tree must not overflow the stack.
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') {
      const from = offset(node.position?.start);
      const to = offset(node.position?.end);
      if (from !== undefined && to !== undefined && to > from) kept.push([from, to]);
      continue;
    }
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  kept.sort((a, b) => a[0] - b[0]);
  const blank = (s: string): string => s.replace(/[^\n]/g, ' ');
  let out = '';
  let last = 0;
  for (const [from, to] of kept) {
    if (from < last) continue;
    out += blank(source.slice(last, from)) + source.slice(from, to);
    last = to;
  }
  out += blank(source.slice(last));
  if (plain.length === 0) return out;
  let marked = '';
  last = 0;
  for (const [from, to] of plain) {
    marked += out.slice(last, from) + out.slice(from, to).replace(MARKERS, ' ');
    last = to;
  }
  return marked + out.slice(last);
}
