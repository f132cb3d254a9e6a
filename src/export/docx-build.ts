import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { strToU8, zipSync } from 'fflate';
import { splitParagraphs } from '../engine/paragraphs.js';
import { escapeXml, readDocx, type DocxDocument } from '../formats/docx.js';
import { markdownSections, plainBlocks, type SourceFormat } from '../formats/prose.js';

/** A `.docx` made from a text or Markdown manuscript, with a map from source offsets to the document's text. */
export interface BuiltDocx {
  readonly document: DocxDocument;
  /**
   * The document-text offset of source offset `offset` (UTF-16, `\n`-normalised source), or undefined for
   * markup that has no counterpart in the document (`*`, `#`, front matter).
   */
  readonly map: (offset: number) => number | undefined;
}

interface Span {
  readonly text: string;
  /** Source offset of `text[0]`, when the text is the source verbatim. */
  readonly source?: number;
  readonly italic: boolean;
  readonly bold: boolean;
  readonly br?: boolean;
}

interface Block {
  readonly heading?: number;
  readonly sceneBreak?: boolean;
  readonly spans: readonly Span[];
}

const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);

/**
 * Builds a Word document from a manuscript: one paragraph per paragraph (hard-wrapped lines flow together);
 * for Markdown, `#` headings become Title/Heading 1–5, `*emphasis*` italic, `**strong**` bold, a thematic
 * break (`* * *`) a centred scene break; code and HTML are left out.
 */
export function buildDocx(source: string, format: SourceFormat): BuiltDocx {
  const blocks = format === 'markdown' ? markdownBlocks(source) : textBlocks(source);
  const bytes = packageFor(blocks);
  const read = readDocx(bytes);
  if (!read.ok) throw new Error(`internal: the built document does not read back: ${read.error.message}`);
  // The document's text is the blocks' spans, paragraphs joined by "\n\n": walk them the same way. One entry per
  // span (a Map entry per character failed past 16.7 million characters, and blocked `serve` for seconds).
  const spans: Array<{ readonly source: number; readonly target: number; readonly length: number }> = [];
  let at = 0;
  blocks.forEach((block, i) => {
    if (i > 0) at += 2;
    for (const span of block.spans) {
      if (span.source !== undefined) spans.push({ source: span.source, target: at, length: span.text.length });
      at += span.text.length;
    }
  });
  if (at !== read.value.text.length) throw new Error('internal: the built document’s text does not match its map');
  spans.sort((a, b) => a.source - b.source);
  return {
    document: read.value,
    // An offset inside a span, or at its end (where an insertion after the span's last character lands).
    map: (offset) => {
      let lo = 0;
      let hi = spans.length - 1;
      let found: (typeof spans)[number] | undefined;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (spans[mid]!.source <= offset) {
          found = spans[mid];
          lo = mid + 1;
        } else hi = mid - 1;
      }
      return found && offset <= found.source + found.length ? found.target + offset - found.source : undefined;
    },
  };
}

function textBlocks(source: string): Block[] {
  // Hard-wrapped lines join into one paragraph; the newline becomes a space (same length, so offsets map 1:1).
  return splitParagraphs(source).map((p) => ({ spans: [{ text: p.text.replace(/\n/g, ' '), source: p.from, italic: false, bold: false }] }));
}

function markdownBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  let base = 0; // the source offset of the section being read: its tree's offsets start there
  const inline = (nodes: readonly PhrasingContent[], italic: boolean, bold: boolean, out: Span[]): void => {
    for (const node of nodes) {
      if (node.type === 'text') {
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        const from = start === undefined ? undefined : base + start;
        const to = end === undefined ? undefined : base + end;
        const verbatim = from !== undefined && to !== undefined && source.slice(from, to) === node.value;
        // Soft line breaks inside a paragraph flow as spaces, as in the rendered Markdown.
        out.push({ text: node.value.replace(/\n/g, ' '), ...(verbatim ? { source: from } : {}), italic, bold });
      } else if (node.type === 'emphasis') inline(node.children, true, bold, out);
      else if (node.type === 'strong') inline(node.children, italic, true, out);
      else if (node.type === 'break') out.push({ text: '\n', italic, bold, br: true });
      else if (node.type === 'inlineCode') out.push({ text: node.value, italic, bold });
      else if ('children' in node) inline(node.children as PhrasingContent[], italic, bold, out);
    }
  };
  const block = (node: RootContent | Nodes): void => {
    if (node.type === 'heading') {
      const spans: Span[] = [];
      inline(node.children, false, false, spans);
      blocks.push({ heading: node.depth === 1 ? 0 : node.depth - 1, spans });
    } else if (node.type === 'paragraph') {
      const spans: Span[] = [];
      inline(node.children, false, false, spans);
      blocks.push({ spans });
    } else if (node.type === 'thematicBreak') {
      blocks.push({ sceneBreak: true, spans: [{ text: '* * *', italic: false, bold: false }] });
    } else if (node.type === 'root' || node.type === 'blockquote' || node.type === 'list' || node.type === 'listItem') {
      for (const child of node.children) block(child);
    }
  };
  // In sections: the parser's cost grows with the square of a long document of lists (prose.ts). A block with
  // more list, quote, emphasis or link markers than any prose has is exported as plain text, as the checks read
  // it: parsed, 3,000 nested list items kept an export busy for over twenty minutes.
  for (const section of markdownSections(source)) {
    let at = 0;
    const parse = (from: number, to: number): void => {
      if (to <= from) return;
      base = section.from + from;
      block(markdown.parse(section.text.slice(from, to)));
    };
    for (const [from, to] of plainBlocks(section.text, { deepLines: 'count' })) {
      parse(at, from);
      for (const b of textBlocks(section.text.slice(from, to))) blocks.push({ spans: b.spans.map((span) => ({ ...span, source: span.source! + section.from + from })) });
      at = to;
    }
    parse(at, section.text.length);
  }
  return blocks;
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const HEADING_STYLES = ['Title', 'Heading1', 'Heading2', 'Heading3', 'Heading4', 'Heading5'];

function packageFor(blocks: readonly Block[]): Uint8Array {
  const paragraphs = blocks.map((b) => {
    const pPr =
      b.heading !== undefined
        ? `<w:pPr><w:pStyle w:val="${HEADING_STYLES[Math.min(b.heading, 5)]}"/></w:pPr>`
        : b.sceneBreak
          ? '<w:pPr><w:jc w:val="center"/></w:pPr>'
          : '';
    const runs = b.spans
      .map((s) => {
        const rPr = s.italic || s.bold ? `<w:rPr>${s.bold ? '<w:b/>' : ''}${s.italic ? '<w:i/>' : ''}</w:rPr>` : '';
        return `<w:r>${rPr}${s.br ? '<w:br/>' : `<w:t xml:space="preserve">${escapeXml(s.text)}</w:t>`}</w:r>`;
      })
      .join('');
    return `<w:p>${pPr}${runs}</w:p>`;
  });
  const document =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}"><w:body>${paragraphs.join('')}` +
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>';
  const style = (id: string, name: string, size: number, extra = ''): string =>
    `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
    `<w:pPr><w:keepNext/><w:spacing w:before="360" w:after="120"/>${extra}</w:pPr><w:rPr><w:b/><w:sz w:val="${size}"/></w:rPr></w:style>`;
  const styles =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="${W}">` +
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Liberation Serif" w:hAnsi="Liberation Serif" w:cs="Liberation Serif"/><w:sz w:val="24"/></w:rPr></w:rPrDefault>' +
    '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="360" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
    style('Title', 'Title', 40, '<w:jc w:val="center"/>') +
    [1, 2, 3, 4, 5].map((n) => style(`Heading${n}`, `heading ${n}`, 36 - 4 * n)).join('') +
    '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>' +
    '</w:styles>';
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/_rels/document.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(document),
    'word/styles.xml': strToU8(styles),
  });
}
