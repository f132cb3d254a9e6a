import { zipSync, type Zippable } from 'fflate';
import type { TextEdit } from '../fixes/apply.js';
import { decodeXml, escapeXml, relationshipTarget, type DocxDocument, type DocxParagraph, type DocxRun } from '../formats/docx.js';

/** One change to write into a `.docx`: an edit in the document's extracted-text offsets, and an optional comment. */
export interface DocxChange {
  readonly edit: TextEdit;
  /** Comment text (the rule and its explanation), written when `comments` is on. */
  readonly comment?: string;
}

/** How to write. */
export interface DocxWriteOptions {
  /** `true`: every change is a tracked revision (`w:del` + `w:ins`); `false`: the text is simply corrected. */
  readonly track: boolean;
  /** Revision and comment author. Default `Redline`. */
  readonly author?: string;
  /** Revision date, ISO 8601 (`2026-11-22T04:00:00Z`). Default: now, to the second. */
  readonly date?: string;
  /** Add a Word comment with each change's `comment` text. Default false. */
  readonly comments?: boolean;
}

/** Why a change could not be written. */
export type DocxSkipReason = 'tracked-change' | 'field' | 'spans-paragraphs' | 'no-text' | 'overlap';

/** What writing did. */
export interface DocxWriteOutcome {
  readonly bytes: Uint8Array;
  /** Indices (into the given changes) written. */
  readonly written: readonly number[];
  /** Indices not written, with the reason. */
  readonly skipped: ReadonlyArray<{ readonly index: number; readonly reason: DocxSkipReason }>;
}

/** Each skip reason as a short phrase for people ("skipped … (inside a field)"). */
export const DOCX_SKIP_REASONS: Readonly<Record<DocxSkipReason, string>> = {
  'tracked-change': 'inside a tracked change already in the document',
  field: 'inside a field (a page number, a cross-reference…)',
  'spans-paragraphs': 'crosses a paragraph break',
  'no-text': 'no text in the document to attach it to',
  overlap: 'overlaps another fix',
};

interface Planned {
  readonly index: number;
  readonly edit: TextEdit;
  readonly comment?: string;
  /** The run whose formatting the inserted text takes. */
  readonly format: DocxRun;
  /** Where the insertion goes: before text offset `at`, inside `anchor`. */
  readonly anchor: DocxRun;
  readonly at: number;
  /** The run that opens the change (where a comment range starts). */
  readonly first: DocxRun;
  readonly paragraph: DocxParagraph;
}

/**
 * Writes `changes` into the document and returns the new `.docx` bytes. Only the runs (`w:r`) a change touches
 * are rewritten: split at the change, the old text in a `w:del` run (as `w:delText`), the new text in a
 * `w:ins` run with the formatting of the first replaced character; everything else in `word/document.xml`,
 * and every other part of the package, is kept byte-for-byte. Each revision has a unique `w:id` above every
 * id already in the document. Changes that overlap an earlier one, cross a paragraph break, or touch an
 * existing tracked change or a field are skipped and reported, never half-written.
 */
export function writeDocx(doc: DocxDocument, changes: readonly DocxChange[], options: DocxWriteOptions): DocxWriteOutcome {
  const author = escapeAttr(options.author ?? 'Redline');
  const date = options.date ?? new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  let nextId = doc.maxId + 1;
  const revision = (): string => `w:id="${nextId++}" w:author="${author}" w:date="${escapeAttr(date)}"`;

  const order = changes.map((c, index) => ({ ...c, index })).sort((a, b) => a.edit.from - b.edit.from || a.edit.to - b.edit.to);
  const planned: Planned[] = [];
  const skipped: Array<{ index: number; reason: DocxSkipReason }> = [];
  let end = -1;
  for (const c of order) {
    const { edit } = c;
    if (edit.from < end || (edit.from === end && edit.from === edit.to && planned.length && planned[planned.length - 1]!.edit.to === end)) {
      skipped.push({ index: c.index, reason: 'overlap' });
      continue;
    }
    const plan = planFor(doc.paragraphs, c.index, edit, c.comment);
    if (typeof plan === 'string') {
      skipped.push({ index: c.index, reason: plan });
      continue;
    }
    planned.push(plan);
    end = Math.max(end, edit.to);
  }

  // Rewrite each touched run once, with every change that touches it.
  const byRun = new Map<DocxRun, Planned[]>();
  const touch = (run: DocxRun, p: Planned): void => {
    const list = byRun.get(run) ?? [];
    if (!list.includes(p)) list.push(p);
    byRun.set(run, list);
  };
  for (const p of planned) {
    touch(p.anchor, p);
    touch(p.first, p);
    for (const run of runsOf(p.paragraph, p.edit)) touch(run, p);
  }
  const commentIds = new Map<Planned, number>();
  const comments = options.comments === true;
  if (comments) for (const p of planned) if (p.comment) commentIds.set(p, nextId++);

  // Rewritten in document order, so revision ids rise through the document.
  const replacements = [...byRun.entries()]
    .sort((a, b) => a[0].start - b[0].start)
    .map(([run, ps]) => ({ run, xml: rewriteRun(run, ps, { track: options.track, revision, commentIds }) }));
  const parts: string[] = [];
  let at = 0;
  for (const { run, xml: replacement } of replacements) {
    parts.push(doc.xml.slice(at, run.start), replacement);
    at = run.end;
  }
  parts.push(doc.xml.slice(at));
  const xml = parts.join('');

  const entries: Zippable = {};
  const encoder = new TextEncoder();
  const extra: Record<string, Uint8Array> = {};
  if (commentIds.size > 0) {
    Object.assign(extra, commentParts(doc, [...commentIds].map(([p, id]) => ({ id, text: p.comment! })), author, date));
  }
  for (const [name, data] of Object.entries(doc.entries)) {
    entries[name] = name === doc.part ? encoder.encode(xml) : (extra[name] ?? data);
  }
  for (const [name, data] of Object.entries(extra)) if (!(name in entries)) entries[name] = data;
  return {
    bytes: zipSync(entries, { level: 6 }),
    written: planned.map((p) => p.index).sort((a, b) => a - b),
    skipped: skipped.sort((a, b) => a.index - b.index),
  };
}

function planFor(paragraphs: readonly DocxParagraph[], index: number, edit: TextEdit, comment: string | undefined): Planned | DocxSkipReason {
  const paragraph = paragraphAt(paragraphs, edit.from);
  if (!paragraph || edit.from < paragraph.from || edit.to > paragraph.to) return 'spans-paragraphs';
  const holding = (offset: number): DocxRun | undefined => paragraph.runs.find((r) => offset >= r.from && offset < r.to);
  let anchor: DocxRun | undefined;
  let at: number;
  if (edit.to > edit.from) {
    anchor = holding(edit.to - 1);
    at = edit.to;
  } else if (edit.from > paragraph.from) {
    anchor = holding(edit.from - 1);
    at = edit.from;
  } else {
    anchor = holding(edit.from);
    at = edit.from;
  }
  const first = edit.to > edit.from ? holding(edit.from) : anchor;
  if (!anchor || !first) return 'no-text';
  for (const run of [anchor, first, ...runsOf(paragraph, edit)]) {
    if (run.locked) return run.locked;
    // A run with a formatting revision carries its own w:id; copying it into split runs would duplicate it.
    if (run.rPr.includes('<w:rPrChange')) return 'tracked-change';
  }
  return { index, edit, ...(comment !== undefined ? { comment } : {}), format: first, anchor, at, first, paragraph };
}

function runsOf(paragraph: DocxParagraph, edit: TextEdit): DocxRun[] {
  if (edit.to === edit.from) return [];
  return paragraph.runs.filter((r) => r.from < edit.to && r.to > edit.from);
}

/** The last paragraph starting at or before `offset` (binary search; paragraphs are in text order). */
function paragraphAt(paragraphs: readonly DocxParagraph[], offset: number): DocxParagraph | undefined {
  let lo = 0;
  let hi = paragraphs.length - 1;
  if (hi < 0) return undefined;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (paragraphs[mid]!.from <= offset) lo = mid;
    else hi = mid - 1;
  }
  return paragraphs[lo];
}

interface RewriteContext {
  readonly track: boolean;
  readonly revision: () => string;
  readonly commentIds: ReadonlyMap<Planned, number>;
}

/** Rewrites one run as a sequence of sibling elements: kept runs, deletions, insertions, comment anchors. */
function rewriteRun(run: DocxRun, changes: readonly Planned[], ctx: RewriteContext): string {
  type Piece = { state: 'keep' | 'del'; xml: string } | { state: 'raw' | 'ins'; xml: string };
  const pieces: Piece[] = [];
  const markersAt = (pos: number): void => {
    for (const p of changes) {
      const id = ctx.commentIds.get(p);
      if (id !== undefined && p.first === run && p.edit.from === pos) pieces.push({ state: 'raw', xml: `<w:commentRangeStart w:id="${id}"/>` });
      if (p.anchor === run && p.at === pos) {
        if (p.edit.insert) {
          const inserted = `<w:r>${stripRevisionIds(p.format.rPr)}${textXml(p.edit.insert, 'w:t')}</w:r>`;
          pieces.push({ state: 'ins', xml: inserted });
        }
        if (id !== undefined) {
          pieces.push({
            state: 'raw',
            xml: `<w:commentRangeEnd w:id="${id}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="${id}"/></w:r>`,
          });
        }
      }
    }
  };
  const deleted = (a: number, b: number): boolean => changes.some((p) => p.edit.from <= a && b <= p.edit.to && p.edit.from < p.edit.to);
  const cuts = new Set<number>();
  for (const p of changes) {
    cuts.add(p.edit.from);
    cuts.add(p.edit.to);
    cuts.add(p.at);
  }
  let pos = run.from;
  for (const child of run.children) {
    if (child.kind === 'other' || child.text.length === 0) {
      pieces.push({ state: 'keep', xml: child.raw });
      continue;
    }
    const start = pos;
    const stop = pos + child.text.length;
    const bounds = [start, ...[...cuts].filter((c) => c > start && c < stop).sort((a, b) => a - b), stop];
    for (let i = 0; i + 1 < bounds.length; i++) {
      const a = bounds[i]!;
      const b = bounds[i + 1]!;
      markersAt(a);
      const state = deleted(a, b) ? 'del' : 'keep';
      if (child.kind === 'char') pieces.push({ state, xml: child.raw });
      else if (state === 'keep' && a === start && b === stop) pieces.push({ state, xml: child.raw });
      else pieces.push({ state, xml: textXml(child.text.slice(a - start, b - start), state === 'del' ? 'w:delText' : 'w:t') });
    }
    pos = stop;
  }
  markersAt(run.to);

  // Merge neighbours of the same state into one run each.
  let out = '';
  let i = 0;
  while (i < pieces.length) {
    const piece = pieces[i]!;
    if (piece.state === 'raw' || piece.state === 'ins') {
      // Ids are given here, in document order.
      out += piece.state === 'ins' && ctx.track ? `<w:ins ${ctx.revision()}>${piece.xml}</w:ins>` : piece.xml;
      i++;
      continue;
    }
    let body = '';
    const state = piece.state;
    while (i < pieces.length && pieces[i]!.state === state) body += pieces[i++]!.xml;
    if (state === 'keep') out += `${run.open}${run.rPr}${body}</w:r>`;
    else if (ctx.track) out += `<w:del ${ctx.revision()}>${run.open}${run.rPr}${body}</w:r></w:del>`;
  }
  return out;
}

/** Text as run content: `\n` becomes `w:br`, `\t` becomes `w:tab`, the rest `w:t` (or `w:delText`). */
function textXml(text: string, element: 'w:t' | 'w:delText'): string {
  return text
    .split(/(\n|\t)/)
    .filter((s) => s !== '')
    .map((s) => (s === '\n' ? '<w:br/>' : s === '\t' ? '<w:tab/>' : `<${element} xml:space="preserve">${escapeXml(s)}</${element}>`))
    .join('');
}

function stripRevisionIds(rPr: string): string {
  return rPr.replace(/<w:rPrChange\b[\s\S]*?<\/w:rPrChange>/g, '');
}

function escapeAttr(s: string): string {
  return escapeXml(s).replace(/"/g, '&quot;');
}

const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
const COMMENTS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** The comments part, its relationship and its content type: added, or appended to when they exist. */
function commentParts(doc: DocxDocument, list: ReadonlyArray<{ id: number; text: string }>, author: string, date: string): Record<string, Uint8Array> {
  const encoder = new TextEncoder();
  const body = list
    .map(
      ({ id, text }) =>
        `<w:comment w:id="${id}" w:author="${author}" w:date="${escapeAttr(date)}" w:initials="RL">` +
        text
          .split('\n')
          .map((line) => `<w:p><w:r>${textXml(line, 'w:t')}</w:r></w:p>`)
          .join('') +
        `</w:comment>`,
    )
    .join('');
  const out: Record<string, Uint8Array> = {};
  const linked = relationshipTarget(doc.entries, doc.part, 'comments');
  const existing = linked ? doc.entries[linked] : undefined;
  if (linked && existing) {
    const xml = decodeXml(existing);
    out[linked] = encoder.encode(xml.replace(/<\/w:comments>\s*$/, `${body}</w:comments>`));
    return out;
  }
  const dir = doc.part.includes('/') ? doc.part.slice(0, doc.part.lastIndexOf('/') + 1) : '';
  const name = linked ?? `${dir}comments.xml`;
  out[name] = encoder.encode(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${W_NS}">${body}</w:comments>`);
  const relsName = `${dir}_rels/${doc.part.slice(dir.length)}.rels`;
  const rels = doc.entries[relsName] ? decodeXml(doc.entries[relsName]) : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  if (!linked) {
    let id = 'rIdRedlineComments';
    while (rels.includes(`Id="${id}"`)) id += 'X';
    out[relsName] = encoder.encode(rels.replace(/<\/Relationships>\s*$/, `<Relationship Id="${id}" Type="${COMMENTS_REL}" Target="${name.slice(dir.length)}"/></Relationships>`));
  }
  const typesName = '[Content_Types].xml';
  const types = doc.entries[typesName] ? decodeXml(doc.entries[typesName]) : undefined;
  if (types && !types.includes(`PartName="/${name}"`)) {
    out[typesName] = encoder.encode(types.replace(/<\/Types>\s*$/, `<Override PartName="/${name}" ContentType="${COMMENTS_TYPE}"/></Types>`));
  }
  return out;
}
