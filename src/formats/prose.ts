import type { Nodes } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** Source formats the engine reads. */
export type SourceFormat = 'text' | 'markdown';

const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);

/**
 * The prose of a source text, same length and same offsets: for `markdown`, everything that is not prose
 * (front matter, code, HTML, link targets, heading and emphasis markers) becomes spaces, newlines kept, so a
 * diagnostic's offsets point straight into the source. `text` is returned as is.
 */
export function proseOf(source: string, format: SourceFormat): string {
  if (format === 'text') return source;
  const tree = markdown.parse(source);
  const out = source.replace(/[^\n]/g, ' ').split('');
  const keep = (node: Nodes): void => {
    if (node.type === 'text') {
      const from = node.position?.start.offset;
      const to = node.position?.end.offset;
      if (from !== undefined && to !== undefined) for (let i = from; i < to; i++) out[i] = source[i]!;
      return;
    }
    if ('children' in node) for (const child of node.children) keep(child);
  };
  keep(tree);
  return out.join('');
}
