import type { Nodes } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** Source formats the engine reads. */
export type SourceFormat = 'text' | 'markdown';

const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);

/**
 * Lines the Markdown parser is never shown: indented 32 columns or more (code, or a list nested sixteen deep),
 * or opening with more than eight container markers, quote markers and list markers in any mix (`> > …`,
 * `- - …`, `1. 1. …`, `> - …`). The parser's cost grows with the square of nesting (400 nested list items took
 * eight seconds; 3,000 crashed; 3,000 list markers on one line took 6 s of CPU), and no manuscript's prose lives
 * that deep. A scene break of nine or more spaced stars or dashes (`* * * * * * * * *`) is among them, and loses
 * nothing: it holds no prose, and an empty line parts paragraphs as it does.
 */
const TOO_DEEP = /^(?:[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))){9,}|^(?: {32,}|\t{8,})/;

/** Emphasis and link markers: the parser matches openers against closers in time that grows with their square. */
const MARKERS = /[*_[\]]/g;

/** The run of white space and container markers (quote `>`, list `-`, `*`, `+`, `1.`, `1)`) a line opens with. */
const LEAD = /^(?:[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))*[ \t]*/;
const CONTAINER = />|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)/g;

/**
 * Most emphasis and link markers a block (lines between blank lines) may hold and still be parsed as Markdown.
 * The parser's cost grows with the square of the markers in one paragraph when they nest (5,000 nested `*_` pairs
 * took 25 s); the most any paragraph of the 26 corpus novels holds is 49 (`_italics_`), and 256 nested markers
 * parse in a few milliseconds.
 */
export const MAX_MARKERS_PER_BLOCK = 256;

/**
 * Most list items and quotes (container markers at line starts) a block may open and still be parsed as Markdown.
 * Each nested container the parser closes moves events it has already read (2,000 lines of `- - a` took 5 s).
 */
export const MAX_CONTAINERS_PER_BLOCK = 256;

/**
 * Blocks of a Markdown source read as plain text rather than parsed: those with more than
 * {@link MAX_MARKERS_PER_BLOCK} emphasis and link markers (`*`, `_`, `[`, `]`) or more than
 * {@link MAX_CONTAINERS_PER_BLOCK} list and quote markers at line starts. Each span runs from the start of the
 * block's first line to the end of its last (UTF-16 offsets into `source`, ascending). Lines that {@link proseOf}
 * leaves out as too deep do not count, unless `deepLines` is `'count'` (export, which has no such lines to leave
 * out: it hands every line to the parser).
 */
export function plainBlocks(source: string, options: { readonly deepLines?: 'skip' | 'count' } = {}): Array<readonly [number, number]> {
  const countDeep = options.deepLines === 'count';
  const spans: Array<readonly [number, number]> = [];
  let from = -1;
  let markers = 0;
  let containers = 0;
  let at = 0;
  const close = (to: number): void => {
    if (from >= 0 && (markers > MAX_MARKERS_PER_BLOCK || containers > MAX_CONTAINERS_PER_BLOCK)) spans.push([from, to]);
    from = -1;
    markers = 0;
    containers = 0;
  };
  for (const line of source.split('\n')) {
    if (line.trim() === '') close(Math.max(at - 1, 0));
    else {
      if (from < 0) from = at;
      if (countDeep || !TOO_DEEP.test(line)) {
        markers += line.match(MARKERS)?.length ?? 0;
        containers += LEAD.exec(line)![0].match(CONTAINER)?.length ?? 0;
      }
    }
    at += line.length + 1;
  }
  close(source.length);
  return spans;
}

/** A section holds at least this many lines before the source is cut at the next safe place (see `sections`). */
const SECTION_LINES = 64;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const DEFINITION = /^ {0,3}\[(?:[^\]\\]|\\.)+\]:/;

/**
 * First lines of the sections a Markdown text (as lines) is parsed in, one at a time. The parser keeps one list
 * of events for the whole text, and closing a nested list or quote moves events already read: an outline of
 * 8,000 items in 100 KB took 32 s, growing with the square of the text. A new section starts only where nothing
 * before can reach into it: at a line starting in column 0 after a blank line, outside front matter, fenced code,
 * an HTML comment and `<pre>`, `<script>`, `<style>` and `<textarea>` blocks, and only after at least
 * {@link SECTION_LINES} lines.
 */
function sections(lines: readonly string[]): number[] {
  const starts = [0];
  let i = 0;
  // Front matter runs to its closing fence, blank lines and all.
  const matter = /^(---|\+\+\+)\s*$/.exec(lines[0] ?? '')?.[1];
  if (matter) {
    i = 1;
    while (i < lines.length && lines[i]!.trimEnd() !== matter) i++;
  }
  let fence: string | undefined;
  let html: RegExp | undefined;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (
      fence === undefined &&
      html === undefined &&
      i - starts[starts.length - 1]! >= SECTION_LINES &&
      /^\S/.test(line) &&
      (lines[i - 1] ?? '').trim() === ''
    ) {
      starts.push(i);
    }
    if (html) {
      if (html.test(line)) html = undefined;
      continue;
    }
    const f = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      if (f && f[0] === fence[0] && f.length >= fence.length && line.trim() === f) fence = undefined;
      continue;
    }
    if (f) {
      fence = f;
      continue;
    }
    const tag = /^ {0,3}<(!--|(?:pre|script|style|textarea)\b)/i.exec(line)?.[1]?.toLowerCase();
    if (tag) {
      const end = tag === '!--' ? /-->/ : new RegExp(`</${tag}>`, 'i');
      if (!end.test(line.slice(line.indexOf('<') + 4))) html = end;
    }
  }
  return starts;
}

/**
 * `lines` cut into {@link sections}: each section's first line and its text, with the text's link reference
 * definitions appended after its own lines (a blank line between), so a reference resolves wherever its definition
 * is, unless that would cost more than the parse it saves.
 */
function sectioned(lines: readonly string[]): { starts: number[]; texts: string[] } {
  const starts = sections(lines);
  const definitions = starts.length > 1 ? lines.filter((line) => DEFINITION.test(line)) : [];
  const appended = definitions.length > 0 && definitions.length * starts.length <= 100_000 ? `\n\n${definitions.join('\n')}` : '';
  return { starts, texts: starts.map((first, k) => lines.slice(first, starts[k + 1] ?? lines.length).join('\n') + appended) };
}

/**
 * A Markdown source as texts to parse one at a time, in order: its {@link sections}, each followed by the source's
 * link reference definitions, with `from`, the source offset (UTF-16) its text starts at: a node's offset in a
 * section's tree plus `from` is its offset in the source. Parsing them in turn gives the blocks of parsing the
 * whole source, without the parser's cost growing with the square of a long document of lists (an outline of
 * 8,000 items took 32 s).
 */
export function markdownSections(source: string): Array<{ readonly text: string; readonly from: number }> {
  const lines = source.split('\n');
  const { starts, texts } = sectioned(lines);
  let line = 0;
  let from = 0;
  return starts.map((first, k) => {
    for (; line < first; line++) from += lines[line]!.length + 1;
    return { text: texts[k]!, from };
  });
}

/**
 * The prose of a source text, same length and same offsets: for `markdown`, everything that is not prose
 * (front matter, code, HTML, link targets, heading and emphasis markers, too-deep nesting) becomes spaces,
 * newlines kept, so a diagnostic's offsets point straight into the source. `text` is returned as is. A block with
 * more emphasis, link, list or quote markers than any prose has ({@link plainBlocks}) is read as plain text: its
 * words are kept and checked, its `*`, `_`, `[` and `]` and the markers opening its lines become spaces, and
 * nothing else in it is taken for markup.
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
  // A plain block reaches the parser with its markers and the white space and markers opening its lines turned to
  // letters, same length: a letter starts no construct, so the block parses as one run of text in linear time.
  const plain = plainBlocks(source);
  const shown: string[] = [];
  const leads: Array<readonly [number, number]> = [];
  for (let i = 0, block = 0; i < lines.length; i++) {
    const line = lines[i]!;
    while (block < plain.length && plain[block]![1] < lineStarts[i]!) block++;
    const inPlain = block < plain.length && plain[block]![0] <= lineStarts[i]!;
    if (TOO_DEEP.test(line)) shown.push('');
    else if (!inPlain) shown.push(line);
    else {
      const lead = LEAD.exec(line)![0].length;
      if (lead > 0) leads.push([lineStarts[i]!, lineStarts[i]! + lead]);
      shown.push('x'.repeat(lead) + line.slice(lead).replace(MARKERS, 'x'));
    }
  }
  // Kept ranges, then one pass that blanks everything between them (a character array cost seconds on 9 MB).
  const kept: Array<readonly [number, number]> = [];
  const { starts, texts } = sectioned(shown);
  starts.forEach((first, k) => {
    const end = starts[k + 1] ?? shown.length;
    const tree = markdown.parse(texts[k]!);
    const offset = (p: { line: number; column: number } | undefined): number | undefined =>
      p === undefined || p.line - 1 >= end - first ? undefined : lineStarts[first + p.line - 1]! + p.column - 1;
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
  });
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
  // In plain blocks, the marks the parser was not shown are blanked here: every `*`, `_`, `[`, `]`, and the white
  // space and markers opening each line.
  let marked = '';
  last = 0;
  for (const [from, to] of plain) {
    marked += out.slice(last, from) + out.slice(from, to).replace(MARKERS, ' ');
    last = to;
  }
  marked += out.slice(last);
  if (leads.length === 0) return marked;
  let result = '';
  last = 0;
  for (const [from, to] of leads) {
    result += marked.slice(last, from) + ' '.repeat(to - from);
    last = to;
  }
  return result + marked.slice(last);
}
