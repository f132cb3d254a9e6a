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

/**
 * The prose of a source text, same length and same offsets: for `markdown`, everything that is not prose
 * (front matter, code, HTML, link targets, heading and emphasis markers, too-deep nesting) becomes spaces,
 * newlines kept, so a diagnostic's offsets point straight into the source. `text` is returned as is.
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
  const tree = markdown.parse(lines.map((line) => (TOO_DEEP.test(line) ? '' : line)).join('\n'));
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
  return out + blank(source.slice(last));
}
