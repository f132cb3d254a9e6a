import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { docxFromBody, makeDocx, withDocumentXml } from '../../tests/support/docx.js';
import { readDocx, revisionWarning } from './docx.js';

const read = (bytes: Uint8Array) => {
  const r = readDocx(bytes);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('readDocx', () => {
  it('gives the engine the text a reader sees, paragraph by paragraph, with headings and formatting known', async () => {
    const doc = read(
      await makeDocx([
        { heading: 'title', runs: ['The Lighthouse'] },
        { heading: 1, runs: ['Chapter One'] },
        { runs: ['She had ', { text: 'recieved', italics: true }, ' the letter from ', { text: 'Marguerite', bold: true }, '.'] },
        '* * *',
        '“Wait,” she said.',
      ]),
    );
    expect(doc.text).toBe('The Lighthouse\n\nChapter One\n\nShe had recieved the letter from Marguerite.\n\n* * *\n\n“Wait,” she said.');
    expect(doc.paragraphs.map((p) => [doc.text.slice(p.from, p.to), p.heading])).toEqual([
      ['The Lighthouse', 0],
      ['Chapter One', 1],
      ['She had recieved the letter from Marguerite.', undefined],
      ['* * *', undefined],
      ['“Wait,” she said.', undefined],
    ]);
    const runs = doc.paragraphs[2]!.runs;
    expect(runs.map((r) => [doc.text.slice(r.from, r.to), r.italic, r.bold])).toEqual([
      ['She had ', false, false],
      ['recieved', true, false],
      [' the letter from ', false, false],
      ['Marguerite', false, true],
      ['.', false, false],
    ]);
    expect(doc.revisions).toEqual({ insertions: 0, deletions: 0, moves: 0, formatting: 0 });
  });

  it('keeps offsets exact across entities, tabs, line breaks and words split over runs', () => {
    const doc = read(
      docxFromBody(
        '<w:p><w:r><w:t>Tom &amp; Jerry &lt;3</w:t><w:tab/><w:t xml:space="preserve">said </w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>rec</w:t></w:r><w:r><w:t>ieved</w:t><w:br/><w:t>end</w:t></w:r></w:p>' +
          '<w:p/><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>#</w:t></w:r></w:p>',
      ),
    );
    expect(doc.text).toBe('Tom & Jerry <3\tsaid recieved\nend\n\n\n\n#');
    expect(doc.paragraphs).toHaveLength(3);
    const word = doc.text.indexOf('recieved');
    expect(doc.paragraphs[0]!.runs.filter((r) => r.from < word + 8 && r.to > word).map((r) => r.italic)).toEqual([true, false]);
  });

  it('reads tracked changes already in the file in their accepted view, counts them, and says so', () => {
    const doc = read(
      docxFromBody(
        '<w:p><w:r><w:t xml:space="preserve">She </w:t></w:r>' +
          '<w:del w:id="7" w:author="Ed" w:date="2026-01-01T00:00:00Z"><w:r><w:delText>quickly </w:delText></w:r></w:del>' +
          '<w:ins w:id="8" w:author="Ed" w:date="2026-01-01T00:00:00Z"><w:r><w:t xml:space="preserve">slowly </w:t></w:r></w:ins>' +
          '<w:r><w:t>left.</w:t></w:r></w:p>',
      ),
    );
    expect(doc.text).toBe('She slowly left.');
    expect(doc.revisions).toEqual({ insertions: 1, deletions: 1, moves: 0, formatting: 0 });
    expect(doc.maxId).toBe(8);
    expect(doc.paragraphs[0]!.runs.map((r) => r.locked)).toEqual([undefined, 'tracked-change', undefined]);
    expect(revisionWarning(doc.revisions)).toBe(
      'already has tracked changes (1 insertion, 1 deletion); Redline checked the text as if they were accepted, kept them as they are in a .docx it writes, and skips fixes inside them',
    );
  });

  it('knows the largest annotation id in every part, so new ones never collide with a footnote’s', () => {
    const bytes = docxFromBody('<w:p><w:ins w:id="3" w:author="Ed" w:date="2026-01-01T00:00:00Z"><w:r><w:t>Hi.</w:t></w:r></w:ins></w:p>');
    const entries = unzipSync(bytes);
    entries['word/footnotes.xml'] = strToU8('<w:footnotes xmlns:w="x"><w:footnote w:id="1"><w:p><w:ins w:id="41" w:author="Ed"><w:r><w:t>n</w:t></w:r></w:ins></w:p></w:footnote></w:footnotes>');
    expect(read(zipSync(entries)).maxId).toBe(41);
  });

  it('skips text boxes, whose text is not the running prose', () => {
    const doc = read(
      docxFromBody(
        '<w:p><w:r><w:t xml:space="preserve">Before </w:t></w:r><w:r><w:pict><v:shape xmlns:v="urn:v"><v:textbox><w:txbxContent><w:p><w:r><w:t>Sidebar</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r><w:r><w:t>after.</w:t></w:r></w:p>',
      ),
    );
    expect(doc.text).toBe('Before after.');
    expect(doc.paragraphs).toHaveLength(1);
  });

  const ole = (extra: string): Uint8Array => {
    const bytes = new Uint8Array(4096);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const name = new Uint8Array(extra.length * 2);
    for (let i = 0; i < extra.length; i++) name[2 * i] = extra.charCodeAt(i);
    bytes.set(name, 1024);
    return bytes;
  };

  it.each([
    ['an empty file', () => new Uint8Array(), 'empty', /is empty/],
    ['an old .doc renamed', () => ole('WordDocument'), 'legacy-doc', /is an old Word 97–2003 \.doc file, not \.docx; open it in Word or LibreOffice and save it as \.docx/],
    ['a password-protected document', () => ole('EncryptionInfo'), 'encrypted', /is password-protected \(encrypted\)/],
    ['a PNG image', () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'not-docx', /is a PNG image, not a Word document/],
    ['plain text', () => strToU8('Chapter one.'), 'not-docx', /is not a Word document/],
    ['a truncated zip', () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]), 'damaged', /is damaged: it is not a readable zip archive/],
    ['a zip that is not Word', () => zipSync({ 'notes.txt': strToU8('hi') }), 'not-docx', /is a zip archive but not a Word document \(it has no word\/document\.xml\)/],
    ['an OpenDocument file', () => zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.text'), 'content.xml': strToU8('<x/>') }), 'not-docx', /is an OpenDocument file/],
  ])('refuses %s with one plain reason', (_label, make, code, message) => {
    const r = readDocx(make());
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(code);
    expect(r.error.message).toMatch(message);
    expect(r.error.message).not.toContain('\n');
  });

  // Issue 10: "&#x110000;" surfaced as Node's bare "Invalid code point 1114112".
  it('refuses a character reference that is no Unicode character in a plain sentence', () => {
    const r = readDocx(docxFromBody('<w:p><w:r><w:t>Mara &#x110000; ran.</w:t></w:r></w:p>'));
    expect(r).toEqual({ ok: false, error: { code: 'damaged', message: 'is damaged: word/document.xml is not well-formed XML: it has a character reference (&#x110000;) that is not a Unicode character' } });
  });

  it('refuses a document whose XML is broken, saying where', async () => {
    const broken = withDocumentXml(await makeDocx(['Fine.']), '<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>Fine.</w:t></w:p></w:body></w:document>');
    const r = readDocx(broken);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/^is damaged: word\/document\.xml is not well-formed XML: it closes <w:p> at offset \d+ where <w:r> is open$/);
  });
});
