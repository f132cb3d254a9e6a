// .docx fixtures built in the tests (never downloaded), and readers for what Redline writes.
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { strToU8, unzipSync, zipSync } from 'fflate';

/** A paragraph for {@link makeDocx}: plain string, or runs with formatting, optionally a heading. */
export type FixtureParagraph =
  | string
  | { readonly heading?: 1 | 2 | 'title'; readonly runs: ReadonlyArray<string | { text: string; italics?: boolean; bold?: boolean }> };

/** Builds a .docx with the `docx` package, as Word would save a simple manuscript. */
export async function makeDocx(paragraphs: readonly FixtureParagraph[]): Promise<Uint8Array> {
  const headings = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, title: HeadingLevel.TITLE } as const;
  const doc = new Document({
    sections: [
      {
        children: paragraphs.map((p) =>
          typeof p === 'string'
            ? new Paragraph({ children: [new TextRun(p)] })
            : new Paragraph({
                ...(p.heading ? { heading: headings[p.heading] } : {}),
                children: p.runs.map((r) => (typeof r === 'string' ? new TextRun(r) : new TextRun({ text: r.text, italics: r.italics ?? false, bold: r.bold ?? false }))),
              }),
        ),
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A minimal valid .docx around a hand-written `<w:body>` (for cases the `docx` package cannot make). */
export function docxFromBody(body: string): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/_rels/document.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>',
    ),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`),
  });
}

/** A part of a .docx as text. */
export function part(bytes: Uint8Array, name = 'word/document.xml'): string {
  const entry = unzipSync(bytes)[name];
  if (!entry) throw new Error(`no ${name}`);
  return new TextDecoder().decode(entry);
}

/** "Accept all changes" on document.xml: drop deletions and move sources, unwrap insertions and move targets. */
export function acceptAll(xml: string): string {
  return xml
    .replace(/<w:del\b[^>]*\/>/g, '')
    .replace(/<w:del\b[^>]*>[\s\S]*?<\/w:del>/g, '')
    .replace(/<w:moveFrom\b[^>]*>[\s\S]*?<\/w:moveFrom>/g, '')
    .replace(/<\/?(w:ins|w:moveTo)\b[^>]*>/g, '');
}

/** "Reject all changes": drop insertions, turn deletions back into text. */
export function rejectAll(xml: string): string {
  return xml
    .replace(/<w:ins\b[^>]*\/>/g, '')
    .replace(/<w:ins\b[^>]*>[\s\S]*?<\/w:ins>/g, '')
    .replace(/<\/?w:del\b[^>]*>/g, '')
    .replace(/<w:delText\b/g, '<w:t')
    .replace(/<\/w:delText>/g, '</w:t>');
}

/** The plain text of document.xml as a reader sees it: paragraphs joined by blank lines. */
export function plainText(xml: string): string {
  const paragraphs = [...xml.matchAll(/<w:p\b[^>]*?(?:\/>|>([\s\S]*?)<\/w:p>)/g)].map((m) =>
    [...(m[1] ?? '').matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)]
      .map((t) => (t[0] === '<w:tab/>' ? '\t' : t[0] === '<w:br/>' ? '\n' : (t[1] ?? '')))
      .join('')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&'),
  );
  return paragraphs.join('\n\n');
}

/** A .docx with the given document.xml replaced (for corrupting or adjusting fixtures). */
export function withDocumentXml(bytes: Uint8Array, xml: string): Uint8Array {
  const entries = unzipSync(bytes);
  entries['word/document.xml'] = strToU8(xml);
  return zipSync(entries);
}
