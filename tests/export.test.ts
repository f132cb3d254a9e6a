// Export round trips: manuscript → engine → accepted fixes → .txt / .md / .docx (corrected or tracked) → read back.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { exportEdits, exportManuscript, minimalEdit, type ExportSource } from '../src/export/export.js';
import { exportWithReport } from '../src/export/with-report.js';
import { readDocx, type DocxDocument } from '../src/formats/docx.js';
import { decodeText } from '../src/formats/text.js';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { acceptAll, docxFromBody, makeDocx, part, plainText, rejectAll } from './support/docx.js';
import { fixed, testEngine } from './support/engine.js';

const engine = testEngine();
const DATE = '2026-11-22T05:00:00Z';

const open = (bytes: Uint8Array): DocxDocument => {
  const r = readDocx(bytes);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

/** Checks a document and accepts every first fix, as `redline fix` does. */
const acceptEverything = (text: string) =>
  engine
    .check(text)
    .diagnostics.filter((d) => d.fixes[0])
    .map((d) => ({ diagnostic: d, fix: d.fixes[0]! }));

const story = () =>
  makeDocx([
    { heading: 'title', runs: ['The Lighthouse'] },
    { heading: 1, runs: ['Chapter One'] },
    { runs: ['She had ', { text: 'recieved', italics: true }, ' the the letter on a Tuesday.'] },
    { runs: ['“Teh tide is turning,” said ', { text: 'Marguerite', bold: true }, '.'] },
    '* * *',
    { runs: ['Nobody came back from the island ', { text: 'ever', italics: true }, '.'] },
  ]);

const CORRECTED = 'The Lighthouse\n\nChapter One\n\nShe had received the letter on a Tuesday.\n\n“The tide is turning,” said Marguerite.\n\n* * *\n\nNobody came back from the island ever.';

describe('a .docx with tracked changes', () => {
  it('writes every accepted fix as a w:del + w:ins by Redline with a date and unique ids; accepting gives the corrected text, rejecting the original', async () => {
    const doc = open(await story());
    const result = exportManuscript({ kind: 'docx', document: doc }, acceptEverything(doc.text), 'docx', { trackChanges: true, date: DATE });
    expect(result.applied.map((a) => a.diagnostic.actual)).toEqual(['recieved', 'the the', 'Teh']);
    expect(result.text).toBe(CORRECTED);
    const xml = part(result.bytes);
    const revisions = [...xml.matchAll(/<w:(ins|del) w:id="(\d+)" w:author="([^"]*)" w:date="([^"]*)">/g)];
    expect(revisions.map((m) => m[1])).toEqual(['del', 'ins', 'del', 'del', 'ins']);
    expect(new Set(revisions.map((m) => m[3]))).toEqual(new Set(['Redline']));
    expect(new Set(revisions.map((m) => m[4]))).toEqual(new Set([DATE]));
    expect(new Set(revisions.map((m) => m[2])).size).toBe(revisions.length);
    expect(xml).toContain('<w:delText xml:space="preserve">recieved</w:delText>');
    // “the the” → “the” deletes one word, as an editor would mark it.
    expect(xml).toContain('<w:delText xml:space="preserve"> the</w:delText>');
    expect(plainText(acceptAll(xml))).toBe(CORRECTED);
    expect(plainText(rejectAll(xml))).toBe(doc.text);
  });

  it('keeps the replaced word’s italics, and every untouched paragraph and part byte-for-byte', async () => {
    const bytes = await story();
    const doc = open(bytes);
    const result = exportManuscript({ kind: 'docx', document: doc }, acceptEverything(doc.text), 'docx', { trackChanges: true, date: DATE });
    const xml = part(result.bytes);
    expect(xml).toMatch(/<w:ins [^>]*><w:r><w:rPr>[^]*?<w:i\/>[^]*?<\/w:rPr><w:t xml:space="preserve">received<\/w:t><\/w:r><\/w:ins>/);
    const original = part(bytes);
    const untouched = [...original.matchAll(/<w:p>[^]*?<\/w:p>/g)].map((m) => m[0]).filter((p) => !/recieved|Teh/.test(p));
    expect(untouched).toHaveLength(4);
    for (const p of untouched) expect(xml).toContain(p);
    // Everything before the first changed paragraph and after the last is the original, character for character.
    const firstChange = original.indexOf('<w:p><w:r><w:t xml:space="preserve">She had');
    expect(xml.slice(0, firstChange)).toBe(original.slice(0, firstChange));
    const afterLast = original.indexOf('<w:p><w:r><w:t xml:space="preserve">* * *');
    expect(xml.endsWith(original.slice(afterLast))).toBe(true);
    for (const name of ['word/styles.xml', 'word/settings.xml', '[Content_Types].xml']) expect(part(result.bytes, name)).toBe(part(bytes, name));
  });

  it('adds a Word comment with the check, rule and explanation when asked', async () => {
    const doc = open(await story());
    const result = exportManuscript({ kind: 'docx', document: doc }, acceptEverything(doc.text), 'docx', { trackChanges: true, comments: true, date: DATE });
    const xml = part(result.bytes);
    const comments = part(result.bytes, 'word/comments.xml');
    const ids = [...xml.matchAll(/<w:commentReference w:id="(\d+)"\/>/g)].map((m) => m[1]);
    expect(ids).toHaveLength(3);
    for (const id of ids) {
      expect(xml).toContain(`<w:commentRangeStart w:id="${id}"/>`);
      expect(comments).toContain(`<w:comment w:id="${id}" w:author="Redline" w:date="${DATE}"`);
    }
    expect(comments).toContain('Redline · spelling · spelling-unknown-word');
    expect(comments).toContain('“recieved” is not in the dictionary; did you mean “received”?');
    expect(part(result.bytes, 'word/_rels/document.xml.rels')).toContain('relationships/comments" Target="comments.xml"');
    expect(part(result.bytes, '[Content_Types].xml')).toContain('<Override PartName="/word/comments.xml"');
    // Revision ids and comment ids never collide.
    const revisionIds = [...xml.matchAll(/<w:(?:ins|del) w:id="(\d+)"/g)].map((m) => m[1]);
    expect(revisionIds.filter((id) => ids.includes(id))).toEqual([]);
  });

  it('finds the main part through the package relationships and adds to an editor’s existing comments', () => {
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const R = 'http://schemas.openxmlformats.org/package/2006/relationships';
    const T = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const bytes = zipSync({
      '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'),
      '_rels/.rels': strToU8(`<Relationships xmlns="${R}"><Relationship Id="rId1" Type="${T}/officeDocument" Target="/text/main.xml"/></Relationships>`),
      'text/_rels/main.xml.rels': strToU8(`<Relationships xmlns="${R}"><Relationship Id="rId5" Type="${T}/comments" Target="notes.xml"/></Relationships>`),
      'text/main.xml': strToU8(`<w:document xmlns:w="${W}"><w:body><w:p><w:commentRangeStart w:id="12"/><w:r><w:t>Teh end.</w:t></w:r><w:commentRangeEnd w:id="12"/></w:p></w:body></w:document>`),
      'text/notes.xml': strToU8(`<w:comments xmlns:w="${W}"><w:comment w:id="12" w:author="Ed"><w:p><w:r><w:t>Good.</w:t></w:r></w:p></w:comment></w:comments>`),
    });
    const doc = open(bytes);
    expect(doc.part).toBe('text/main.xml');
    const result = exportManuscript({ kind: 'docx', document: doc }, acceptEverything(doc.text), 'docx', { trackChanges: true, comments: true, date: DATE });
    expect(plainText(acceptAll(part(result.bytes, 'text/main.xml')))).toBe('The end.');
    const notes = part(result.bytes, 'text/notes.xml');
    expect(notes).toContain('<w:comment w:id="12" w:author="Ed">');
    expect(notes).toMatch(/<w:comment w:id="(1[3-9])" w:author="Redline"/);
    expect(unzipSync(result.bytes)['word/comments.xml']).toBeUndefined();
  });

  it('leaves an editor’s tracked changes as they were and skips a fix inside one, saying why', () => {
    const body =
      '<w:p><w:r><w:t xml:space="preserve">She </w:t></w:r>' +
      '<w:del w:id="7" w:author="Ed" w:date="2026-01-01T00:00:00Z"><w:r><w:delText>quickly </w:delText></w:r></w:del>' +
      '<w:ins w:id="8" w:author="Ed" w:date="2026-01-01T00:00:00Z"><w:r><w:t xml:space="preserve">slowley </w:t></w:r></w:ins>' +
      '<w:r><w:t>left untill dawn.</w:t></w:r></w:p>';
    const doc = open(docxFromBody(body));
    const result = exportManuscript({ kind: 'docx', document: doc }, acceptEverything(doc.text), 'docx', { trackChanges: true, date: DATE });
    expect(result.applied.map((a) => a.diagnostic.actual)).toEqual(['untill']);
    expect(result.skipped.map((s) => [s.diagnostic.actual, s.reason])).toEqual([['slowley', 'inside a tracked change already in the document']]);
    const xml = part(result.bytes);
    expect(xml).toContain(body.slice(0, body.indexOf('<w:r><w:t>left')));
    expect(xml).toMatch(/<w:ins w:id="9" w:author="Redline"|<w:del w:id="9" w:author="Redline"/);
    expect(plainText(acceptAll(xml))).toBe('She slowley left until dawn.');
  });
});

describe('a .docx as Word writes it', () => {
  // Word splits words across runs (spell-check marks, revision-save ids), and puts bookmarks and links between them.
  const body =
    '<w:p w:rsidR="00A1" w:rsidRDefault="00A1"><w:pPr><w:spacing w:after="0"/></w:pPr><w:bookmarkStart w:id="0" w:name="_GoBack"/>' +
    '<w:r w:rsidRPr="00B2"><w:rPr><w:rFonts w:ascii="Garamond"/></w:rPr><w:t xml:space="preserve">She had </w:t></w:r>' +
    '<w:proofErr w:type="spellStart"/><w:r w:rsidR="00C3"><w:rPr><w:rFonts w:ascii="Garamond"/><w:i/></w:rPr><w:t>rec</w:t></w:r>' +
    '<w:r w:rsidR="00D4"><w:rPr><w:rFonts w:ascii="Garamond"/><w:i/></w:rPr><w:lastRenderedPageBreak/><w:t>ieved</w:t></w:r><w:proofErr w:type="spellEnd"/>' +
    '<w:bookmarkEnd w:id="0"/><w:r><w:rPr><w:rFonts w:ascii="Garamond"/></w:rPr><w:t xml:space="preserve"> the </w:t></w:r>' +
    '<w:hyperlink r:id="rId9" xmlns:r="urn:r"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>letter</w:t></w:r></w:hyperlink>' +
    '<w:r><w:t xml:space="preserve"> from Tom &amp; Jerry untill dawn.</w:t></w:r></w:p>';

  it('replaces a word split over two runs as one revision, keeping bookmarks, links and the word’s italics', () => {
    const doc = open(docxFromBody(body));
    expect(doc.text).toBe('She had recieved the letter from Tom & Jerry untill dawn.');
    const result = exportManuscript({ kind: 'docx', document: doc }, acceptEverything(doc.text), 'docx', { trackChanges: true, date: DATE });
    expect(result.applied.map((a) => a.diagnostic.actual)).toEqual(['recieved', 'untill']);
    const xml = part(result.bytes);
    expect(plainText(acceptAll(xml))).toBe('She had received the letter from Tom & Jerry until dawn.');
    expect(plainText(rejectAll(xml))).toBe(doc.text);
    // The two halves are deleted in their own runs (ids kept); the insertion takes the first half's formatting.
    expect(xml).toContain('<w:del w:id="1" w:author="Redline" w:date="2026-11-22T05:00:00Z"><w:r w:rsidR="00C3"><w:rPr><w:rFonts w:ascii="Garamond"/><w:i/></w:rPr><w:delText xml:space="preserve">rec</w:delText></w:r></w:del>');
    expect(xml).toContain('<w:ins w:id="3" w:author="Redline" w:date="2026-11-22T05:00:00Z"><w:r><w:rPr><w:rFonts w:ascii="Garamond"/><w:i/></w:rPr><w:t xml:space="preserve">received</w:t></w:r></w:ins>');
    expect(xml).toContain('<w:bookmarkStart w:id="0" w:name="_GoBack"/>');
    expect(xml).toContain('<w:hyperlink r:id="rId9" xmlns:r="urn:r"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>letter</w:t></w:r></w:hyperlink>');
    expect(xml).toContain('<w:t xml:space="preserve"> from Tom &amp; Jerry </w:t>');
    // Opened again, Redline reads its own revisions as accepted, and counts them.
    const again = open(result.bytes);
    expect(again.text).toBe('She had received the letter from Tom & Jerry until dawn.');
    expect(again.revisions).toMatchObject({ insertions: 2, deletions: 3 });
  });
});

describe('exportEdits (the app: every change since the file was opened)', () => {
  it('writes free edits as tracked changes, and skips one that crosses a paragraph break, saying so', async () => {
    const doc = open(await story());
    const at = (s: string) => doc.text.indexOf(s);
    const edits = [
      { edit: { from: at('on a Tuesday'), to: at('on a Tuesday') + 12, insert: 'that morning' } },
      { edit: { from: at('Marguerite'), to: at('Marguerite') + 10, insert: 'her brother' }, comment: 'Who speaks?' },
      { edit: { from: at('Tuesday.') + 7, to: at('“Teh') + 1, insert: ' ' } },
    ];
    const result = exportEdits({ kind: 'docx', document: doc }, edits, 'docx', { trackChanges: true, comments: true, author: 'Ann Editor', date: DATE });
    expect(result.skipped.map((s) => s.reason)).toEqual(['crosses a paragraph break']);
    const xml = part(result.bytes);
    expect(plainText(acceptAll(xml))).toBe(result.text);
    expect(result.text).toContain('She had recieved the the letter that morning.\n\n“Teh tide is turning,” said her brother.');
    expect(xml).toContain('w:author="Ann Editor"');
    expect(xml).not.toContain('w:author="Redline"');
    // “Marguerite” was bold; what replaces it is too.
    expect(xml).toMatch(/<w:ins [^>]*><w:r><w:rPr><w:b\/>[^]*?<w:t xml:space="preserve">her brother<\/w:t>/);
    expect(part(result.bytes, 'word/comments.xml')).toContain('Who speaks?');
  });
});

describe('a corrected .docx', () => {
  it('has the fixes in place, no revisions, and the same headings, italics and bold', async () => {
    const doc = open(await story());
    const result = exportManuscript({ kind: 'docx', document: doc }, acceptEverything(doc.text), 'docx');
    const xml = part(result.bytes);
    expect(xml).not.toMatch(/<w:(ins|del)\b/);
    const again = open(result.bytes);
    expect(again.text).toBe(CORRECTED);
    expect(engine.check(again.text).diagnostics).toEqual([]);
    expect(again.paragraphs.map((p) => p.heading)).toEqual([0, 1, undefined, undefined, undefined, undefined]);
    const formatted = again.paragraphs.flatMap((p) => p.runs.filter((r) => r.italic || r.bold).map((r) => [again.text.slice(r.from, r.to), r.italic, r.bold]));
    expect(formatted).toEqual([
      ['received', true, false],
      ['Marguerite', false, true],
      ['ever', true, false],
    ]);
  });
});

describe('text and Markdown exports', () => {
  it('keep the manuscript’s BOM and CRLF line endings in .txt', () => {
    const decoded = decodeText(new TextEncoder().encode('\ufeffShe recieved it.\r\n\r\nTeh end.\r\n'));
    if (!decoded.ok) throw new Error('decode');
    const source: ExportSource = { kind: 'text', text: decoded.value.text, layout: decoded.value.layout, format: 'text' };
    const result = exportManuscript(source, acceptEverything(decoded.value.text), 'txt');
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(result.bytes)).toBe('\ufeffShe received it.\r\n\r\nThe end.\r\n');
  });

  it('turn Markdown into a Word document with a title, headings, italics and a scene break, fixes tracked', () => {
    const md = '# The Lighthouse\n\n## Chapter One\n\nShe had *recieved* the the letter.\n\n* * *\n\n**Teh** end.\n';
    const diagnostics = engine.check(md, { format: 'markdown' }).diagnostics;
    const accepted = diagnostics.filter((d) => d.fixes[0]).map((d) => ({ diagnostic: d, fix: d.fixes[0]! }));
    const result = exportManuscript({ kind: 'text', text: md, layout: { encoding: 'utf-8', bom: false, eol: '\n' }, format: 'markdown' }, accepted, 'docx', { trackChanges: true, date: DATE });
    expect(result.applied).toHaveLength(3);
    expect(result.text).toBe(fixed(md, diagnostics));
    const xml = part(result.bytes);
    expect(plainText(acceptAll(xml))).toBe('The Lighthouse\n\nChapter One\n\nShe had received the letter.\n\n* * *\n\nThe end.');
    const doc = open(result.bytes);
    expect(doc.paragraphs.map((p) => p.heading)).toEqual([0, 1, undefined, undefined, undefined]);
    expect(xml).toMatch(/<w:ins [^>]*><w:r><w:rPr><w:i\/><\/w:rPr><w:t xml:space="preserve">received<\/w:t>/);
    expect(xml).toMatch(/<w:ins [^>]*><w:r><w:rPr><w:b\/><\/w:rPr><w:t xml:space="preserve">The<\/w:t>/);
  });
});

describe('Markdown from a .docx', () => {
  it('keeps title, headings, italics, bold and the scene break, with the fixes applied', async () => {
    const doc = open(await story());
    const result = exportManuscript({ kind: 'docx', document: doc }, acceptEverything(doc.text), 'md');
    expect(new TextDecoder().decode(result.bytes)).toBe(
      '# The Lighthouse\n\n## Chapter One\n\nShe had *received* the letter on a Tuesday.\n\n“The tide is turning,” said **Marguerite**.\n\n* * *\n\nNobody came back from the island *ever*.\n',
    );
    expect(result.text).toBe(CORRECTED);
  });

  it('survives a round trip Markdown → .docx → Markdown, escaping what Markdown would misread', () => {
    const md = '# Title\n\n## Part *One*\n\nA *word* and **a strong word**, 3 \\* 4 and a_b.\n\n* * *\n\nThe end.\n';
    const layout = { encoding: 'utf-8', bom: false, eol: '\n' } as const;
    const docx = exportManuscript({ kind: 'text', text: md, layout, format: 'markdown' }, [], 'docx');
    const back = exportManuscript({ kind: 'docx', document: open(docx.bytes) }, [], 'md');
    expect(new TextDecoder().decode(back.bytes)).toBe('# Title\n\n## Part *One*\n\nA *word* and **a strong word**, 3 \\* 4 and a\\_b.\n\n* * *\n\nThe end.\n');
  });
});

describe('minimalEdit', () => {
  it('narrows a fix to whole words that change, never splitting a word', () => {
    const text = 'went to to the door and recieved it';
    const at = (s: string) => text.indexOf(s);
    expect(minimalEdit(text, { from: at('to to'), to: at('to to') + 5, insert: 'to' })).toEqual({ from: at('to to') + 2, to: at('to to') + 5, insert: '' });
    expect(minimalEdit(text, { from: at('recieved'), to: at('recieved') + 8, insert: 'received' })).toEqual({ from: at('recieved'), to: at('recieved') + 8, insert: 'received' });
  });
});

describe('the change report, made with the export (exportWithReport)', () => {
  // As `redline fix --report` makes it: every fix accepted but the one for “Teh”, which is left open.
  const make = async (format: 'md' | 'html') => {
    const doc = open(await story());
    const diagnostics = engine.check(doc.text).diagnostics;
    const accepted = diagnostics.filter((d) => d.fixes[0] && d.actual !== 'Teh').map((d) => ({ diagnostic: d, fix: d.fixes[0]! }));
    const result = exportWithReport({ kind: 'docx', document: doc }, { kind: 'fixes', accepted, diagnostics }, 'docx', {}, { format, title: 'story.docx', date: '2026-11-22' });
    expect(result.applied).toHaveLength(2);
    return result.report!;
  };

  it('in Markdown: each fix with its context, before → after, check and rule; totals per check; what is left open', async () => {
    expect(await make('md')).toBe(`# Changes to story.docx

2 fixes applied, 1 issue left open. 2026-11-22.

| check | fixed | left open |
|---|---:|---:|
| spelling | 1 | 1 |
| repeated-words | 1 | 0 |

## Fixes

1. **line 5, column 9** · spelling · \`spelling-unknown-word\`  
   “recieved” → “received”  
   She had ~~recieved~~**received** the the letter on a Tuesday.  
   “recieved” is not in the dictionary; did you mean “received”?
2. **line 5, column 18** · repeated-words · \`repeated-word\`  
   “the the” → “the”  
   She had recieved ~~the the~~**the** letter on a Tuesday.  
   “the” is repeated; remove one.

## Left open

- **line 7, column 2** · spelling · \`spelling-unknown-word\`: “Teh” is not in the dictionary; did you mean “The”?
`);
  });

  it('in HTML: self-contained, marked up for print, with the same content', async () => {
    const html = await make('html');
    expect(html).toContain('<title>Changes to story.docx</title>');
    expect(html).toContain('@media print');
    expect(html).toContain('break-inside: avoid');
    expect(html).toContain('She had <del>recieved</del><ins>received</ins> the the letter on a Tuesday.');
    expect(html).toContain('<tr><td>spelling</td><td class="n">1</td><td class="n">1</td></tr>');
    expect(html).toMatch(/<ul class="open">\n<li><span class="where">line 7, column 2<\/span> · spelling · <code>spelling-unknown-word<\/code>: “Teh” is not in the dictionary/);
    expect(html).not.toMatch(/<script|https?:\/\//);
  });

  it('from the app’s edits: fixes reported with the note the editor sent, the writer’s own typing under “Other changes”', () => {
    const text = 'She recieved the the letter.\n\nHe left.\n';
    const spelling = { check: 'spelling', ruleId: 'spelling-unknown-word', message: '“recieved” is not in the dictionary; did you mean “received”?' } as const;
    const result = exportWithReport(
      { kind: 'text', text, layout: { encoding: 'utf-8', bom: false, eol: '\r\n' }, format: 'text' },
      {
        kind: 'edits',
        edits: [
          { edit: { from: 4, to: 12, insert: 'received' }, fix: spelling },
          { edit: { from: 30, to: 30, insert: 'Soon ' } },
        ],
        open: [{ from: 13, to: 20, check: 'repeated-words', ruleId: 'repeated-word', message: '“the” is repeated; remove one.' }],
      },
      'txt',
      {},
      { format: 'md', title: 'ch.txt', date: '2026-11-22' },
    );
    expect(new TextDecoder().decode(result.bytes)).toBe('She received the the letter.\r\n\r\nSoon He left.\r\n');
    expect(result.written).toHaveLength(2);
    expect(result.report).toBe(`# Changes to ch.txt

1 fix applied, 1 issue left open. 2026-11-22.

| check | fixed | left open |
|---|---:|---:|
| spelling | 1 | 0 |
| repeated-words | 0 | 1 |

## Fixes

1. **line 1, column 5** · spelling · \`spelling-unknown-word\`  
   “recieved” → “received”  
   She ~~recieved~~**received** the the letter.  
   “recieved” is not in the dictionary; did you mean “received”?

## Other changes

- **line 3, column 1** “” → “Soon ”: **Soon **He left. 

## Left open

- **line 1, column 14** · repeated-words · \`repeated-word\`: “the” is repeated; remove one.
`);
  });

  it('lists an accepted fix that could not be applied with the issues left open, saying why', () => {
    const text = 'It was was a dark night.\n';
    const diagnostics = engine.check(text).diagnostics;
    const repeated = diagnostics.find((d) => d.ruleId === 'repeated-word')!;
    // A second fix on the same words overlaps the first and is skipped.
    const clash = { ...repeated, ruleId: 'clash', fixes: [{ kind: 'remove', label: 'remove' }] } as const;
    const result = exportWithReport(
      { kind: 'text', text, layout: { encoding: 'utf-8', bom: false, eol: '\n' }, format: 'text' },
      { kind: 'fixes', accepted: [repeated, clash].map((d) => ({ diagnostic: d, fix: d.fixes[0]! })), diagnostics: [...diagnostics, clash] },
      'txt',
      {},
      { format: 'md', title: 'night.txt', date: '2026-11-22' },
    );
    expect(result.skipped.map((s) => s.reason)).toEqual(['overlaps another fix']);
    expect(result.report).toContain('1 fix applied, 1 issue left open.');
    expect(result.report).toMatch(/## Left open\n\n- \*\*line 1, column \d+\*\* · repeated-words · `clash`: .* Fix not applied \(overlaps another fix\)\.\n$/);
  });
});

// LibreOffice, when installed (CI does not install it): accept every change as an author would, compare texts.
// (Comments are checked through a conversion: LibreOffice 7.4 crashes loading any .docx with comments over its
// Python bridge, including one the docx package writes, so accept/reject runs on a file without comments.)
const lo = existsSync('/usr/bin/soffice') && existsSync('/usr/lib/python3/dist-packages/uno.py');
describe.skipIf(!lo)('in LibreOffice', () => {
  it('accepting all changes gives exactly the corrected text; rejecting them gives the original', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'redline-lo-'));
    const doc = open(await story());
    const result = exportManuscript({ kind: 'docx', document: doc }, acceptEverything(doc.text), 'docx', { trackChanges: true, date: DATE });
    const path = join(dir, 'tracked.docx');
    await writeFile(path, result.bytes);
    const script = new URL('./support/libreoffice-accept.py', import.meta.url).pathname;
    const run = promisify(execFile);
    await run('/usr/bin/python3', [script, 'accept', path, join(dir, 'accepted.txt')], { timeout: 170_000 });
    await run('/usr/bin/python3', [script, 'reject', path, join(dir, 'rejected.txt')], { timeout: 170_000 });
    // LibreOffice writes one line per paragraph, after a BOM.
    const asLibreOffice = (s: string) => s.replace(/\n\n/g, '\n') + '\n';
    expect((await readFile(join(dir, 'accepted.txt'), 'utf8')).replace(/^\ufeff/, '')).toBe(asLibreOffice(CORRECTED));
    expect((await readFile(join(dir, 'rejected.txt'), 'utf8')).replace(/^\ufeff/, '')).toBe(asLibreOffice(doc.text));
  }, 400_000);

  it('reads every revision as by Redline and every comment with its rule and explanation', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'redline-lo-'));
    const doc = open(await story());
    const result = exportManuscript({ kind: 'docx', document: doc }, acceptEverything(doc.text), 'docx', { trackChanges: true, comments: true, date: DATE });
    await writeFile(join(dir, 'commented.docx'), result.bytes);
    const profile = `file://${join(tmpdir(), 'redline-lo-profile')}`;
    await promisify(execFile)('soffice', ['--headless', `-env:UserInstallation=${profile}`, '--convert-to', 'fodt', '--outdir', dir, join(dir, 'commented.docx')], { timeout: 170_000 });
    const fodt = await readFile(join(dir, 'commented.fodt'), 'utf8');
    const changes = [...fodt.matchAll(/<text:changed-region[^]*?<text:(deletion|insertion)>[^]*?<dc:creator>([^<]*)<\/dc:creator>/g)];
    expect(changes.map((m) => m[1])).toEqual(['deletion', 'insertion', 'deletion', 'deletion', 'insertion']);
    expect(new Set(changes.map((m) => m[2]))).toEqual(new Set(['Redline']));
    const comments = [...fodt.matchAll(/<office:annotation [^]*?<\/office:annotation>/g)].map((m) => m[0].replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim());
    expect(comments).toEqual([
      'Redline 2026-11-22T05:00:00 RL Redline · spelling · spelling-unknown-word “recieved” is not in the dictionary; did you mean “received”?',
      'Redline 2026-11-22T05:00:00 RL Redline · repeated-words · repeated-word “the” is repeated; remove one.',
      'Redline 2026-11-22T05:00:00 RL Redline · spelling · spelling-unknown-word “Teh” is not in the dictionary; did you mean “The”?',
    ]);
  }, 200_000);
});
