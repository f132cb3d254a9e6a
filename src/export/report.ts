import { CHECK_IDS, type CheckId, type Diagnostic } from '../contract/diagnostic.js';
import type { TextEdit } from '../fixes/apply.js';

/**
 * What the report says of a fix: its check, its rule and the diagnostic's one-sentence message. A
 * `Diagnostic` is one; so is what the app's renderer sends with an accepted fix.
 */
export type ReportNote = Pick<Diagnostic, 'check' | 'ruleId' | 'message'>;

/** A finding at a place in the report's text (UTF-16 offsets of `ChangeReportInput.text`). A `Diagnostic` is one. */
export type ReportIssue = ReportNote & Pick<Diagnostic, 'from' | 'to'>;

/** A change written, in the report's text offsets, and the fix it came from. */
export interface ReportedChange {
  readonly edit: TextEdit;
  readonly note: ReportNote;
}

/** What a change report covers. */
export interface ChangeReportInput {
  /** The manuscript's name as the reader knows it (a file name). */
  readonly title: string;
  /** The text that was checked (`\n` newlines); every offset points into it. */
  readonly text: string;
  readonly applied: readonly ReportedChange[];
  /** Accepted fixes that could not be applied, and why; they are listed with the issues left open. */
  readonly skipped: ReadonlyArray<ReportIssue & { readonly reason: string }>;
  /** Findings not fixed (no fix accepted, or none offered). */
  readonly open: readonly ReportIssue[];
  /**
   * Changes written that came from no fix known now: the writer's own edits, and fixes accepted in an earlier
   * session of the review (listed under "Other changes" when there are any). Default none.
   */
  readonly edited?: readonly TextEdit[];
  /** Where an offset is, for people: default `line L, column C` of `text`. A `.docx` passes `paragraph N`. */
  readonly where?: (offset: number) => string;
  /** When the report was made (shown as is). */
  readonly date?: string;
}

/** One fix as the report shows it. */
interface Row {
  readonly where: string;
  readonly check: CheckId;
  readonly ruleId: string;
  readonly before: string;
  readonly after: string;
  readonly lead: string;
  readonly tail: string;
  readonly message: string;
}

const CONTEXT = 40;

/** The other changes as the report shows them (one line each, newlines shown as ¶). */
function otherRows(input: ChangeReportInput): Array<Pick<Row, 'where' | 'before' | 'after' | 'lead' | 'tail'>> {
  const where = input.where ?? lineColumn(input.text);
  const line = (s: string): string => s.replace(/\n/g, ' ¶ ');
  return (input.edited ?? []).map((edit) => ({
    where: where(edit.from),
    before: line(input.text.slice(edit.from, edit.to)),
    after: line(edit.insert),
    lead: line(leadOf(input.text, edit.from)),
    tail: line(tailOf(input.text, edit.to)),
  }));
}

function rows(input: ChangeReportInput): Row[] {
  const where = input.where ?? lineColumn(input.text);
  return input.applied.map((a) => {
    const { edit, note } = a;
    return {
      where: where(edit.from),
      check: note.check,
      ruleId: note.ruleId,
      before: input.text.slice(edit.from, edit.to),
      after: edit.insert,
      lead: leadOf(input.text, edit.from),
      tail: tailOf(input.text, edit.to),
      message: note.message,
    };
  });
}

/** Up to ~40 characters before `at`, from a word start, on one line. */
function leadOf(text: string, at: number): string {
  const start = Math.max(0, at - CONTEXT);
  let s = text.slice(start, at);
  const paragraph = s.lastIndexOf('\n\n');
  if (paragraph >= 0) s = s.slice(paragraph + 2);
  else if (start > 0) s = '…' + s.replace(/^\S*\s/, '');
  return flat(s);
}

function tailOf(text: string, at: number): string {
  const end = Math.min(text.length, at + CONTEXT);
  let s = text.slice(at, end);
  const paragraph = s.indexOf('\n\n');
  if (paragraph >= 0) s = s.slice(0, paragraph);
  else if (end < text.length) s = s.replace(/\s\S*$/, '') + '…';
  return flat(s);
}

const flat = (s: string): string => s.replace(/\s*\n\s*/g, ' ');

/** `line L, column C` (1-based; columns count UTF-16 code units). */
export function lineColumn(text: string): (offset: number) => string {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return `line ${lo + 1}, column ${offset - starts[lo]! + 1}`;
  };
}

interface Totals {
  readonly check: CheckId;
  readonly fixed: number;
  readonly open: number;
}

function totals(input: ChangeReportInput): Totals[] {
  const open = [...input.open, ...input.skipped];
  return CHECK_IDS.map((check) => ({
    check,
    fixed: input.applied.filter((a) => a.note.check === check).length,
    open: open.filter((d) => d.check === check).length,
  })).filter((t) => t.fixed > 0 || t.open > 0);
}

interface OpenRow {
  readonly where: string;
  readonly check: CheckId;
  readonly ruleId: string;
  readonly message: string;
}

function openRows(input: ChangeReportInput): OpenRow[] {
  const where = input.where ?? lineColumn(input.text);
  const list = [
    ...input.skipped.map((s) => ({ d: s, why: `Fix not applied (${s.reason}).` })),
    ...input.open.map((d) => ({ d, why: '' })),
  ].sort((x, y) => x.d.from - y.d.from);
  return list.map(({ d, why }) => ({ where: where(d.from), check: d.check, ruleId: d.ruleId, message: why ? `${d.message} ${why}` : d.message }));
}

const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : w.endsWith('x') ? 'es' : 's'}`;

/**
 * The change report as Markdown: a summary line, totals per check, each fix with its context (deleted text
 * struck through, new text in bold), and the issues left open.
 */
export function changeReportMarkdown(input: ChangeReportInput): string {
  const md = (s: string): string => s.replace(/([\\`*_[\]<>|~#])/g, '\\$1');
  const out: string[] = [`# Changes to ${md(input.title)}`, ''];
  out.push(`${plural(input.applied.length, 'fix')} applied, ${plural(input.open.length + input.skipped.length, 'issue')} left open.${input.date ? ` ${input.date}.` : ''}`, '');
  const t = totals(input);
  if (t.length) {
    out.push('| check | fixed | left open |', '|---|---:|---:|');
    for (const row of t) out.push(`| ${row.check} | ${row.fixed} | ${row.open} |`);
    out.push('');
  }
  out.push('## Fixes', '');
  if (input.applied.length === 0) out.push('None.', '');
  rows(input).forEach((r, i) => {
    const before = r.before ? `~~${md(r.before)}~~` : '';
    const after = r.after ? `**${md(r.after)}**` : '';
    out.push(`${i + 1}. **${r.where}** · ${r.check} · \`${r.ruleId}\`  `);
    out.push(`   “${md(r.before)}” → “${md(r.after)}”  `);
    out.push(`   ${md(r.lead)}${before}${after}${md(r.tail)}  `);
    out.push(`   ${md(r.message)}`);
  });
  const other = otherRows(input);
  if (other.length) {
    out.push('', '## Other changes', '');
    for (const r of other) out.push(`- **${r.where}** “${md(r.before)}” → “${md(r.after)}”: ${md(r.lead)}${r.before ? `~~${md(r.before)}~~` : ''}${r.after ? `**${md(r.after)}**` : ''}${md(r.tail)}`);
  }
  out.push('', '## Left open', '');
  const open = openRows(input);
  if (open.length === 0) out.push('None.');
  for (const r of open) out.push(`- **${r.where}** · ${r.check} · \`${r.ruleId}\`: ${md(r.message)}`);
  return out.join('\n') + '\n';
}

/**
 * The change report as one self-contained HTML page (no scripts, no external files), laid out for the screen
 * and for print: black-and-white friendly (deletions struck through, insertions underlined and bold), no
 * entry split across pages.
 */
export function changeReportHtml(input: ChangeReportInput): string {
  const h = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const t = totals(input);
  const fixes = rows(input)
    .map(
      (r, i) => `<li class="fix"><p class="meta"><span class="n">${i + 1}</span> ${h(r.where)} · <span class="check">${h(r.check)}</span> · <code>${h(r.ruleId)}</code></p>
<p class="context">${h(r.lead)}${r.before ? `<del>${h(r.before)}</del>` : ''}${r.after ? `<ins>${h(r.after)}</ins>` : ''}${h(r.tail)}</p>
<p class="change">“${h(r.before)}” → “${h(r.after)}”. ${h(r.message)}</p></li>`,
    )
    .join('\n');
  const open = openRows(input)
    .map((r) => `<li><span class="where">${h(r.where)}</span> · ${h(r.check)} · <code>${h(r.ruleId)}</code>: ${h(r.message)}</li>`)
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Changes to ${h(input.title)}</title>
<style>
  body { font: 16px/1.5 Georgia, "Times New Roman", serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #111; }
  h1 { font-size: 1.6rem; margin-bottom: .25rem; }
  h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #999; }
  table { border-collapse: collapse; margin: 1rem 0; }
  th, td { border: 1px solid #999; padding: .2rem .6rem; text-align: left; }
  td.n { text-align: right; }
  ol.fixes { padding-left: 0; list-style: none; }
  li.fix { margin: 0 0 1rem; padding: .5rem .75rem; border-left: 3px solid #999; }
  .meta { margin: 0; font: .85rem/1.4 system-ui, sans-serif; color: #444; }
  .n { font-weight: bold; }
  .context { margin: .25rem 0; }
  .change { margin: 0; font-size: .9rem; color: #333; }
  del { text-decoration: line-through; color: #a00; }
  ins { text-decoration: underline; font-weight: bold; color: #060; margin-left: .15em; }
  code { font-size: .85em; }
  @media print {
    body { margin: 0; max-width: none; font-size: 11pt; }
    li.fix, tr, li { break-inside: avoid; page-break-inside: avoid; }
    h2 { break-after: avoid; page-break-after: avoid; }
    del, ins, .meta, .change { color: #000; }
    a { color: #000; text-decoration: none; }
  }
</style>
</head>
<body>
<h1>Changes to ${h(input.title)}</h1>
<p>${plural(input.applied.length, 'fix')} applied, ${plural(input.open.length + input.skipped.length, 'issue')} left open.${input.date ? ` ${h(input.date)}.` : ''}</p>
${t.length ? `<table><thead><tr><th>check</th><th>fixed</th><th>left open</th></tr></thead><tbody>\n${t.map((r) => `<tr><td>${h(r.check)}</td><td class="n">${r.fixed}</td><td class="n">${r.open}</td></tr>`).join('\n')}\n</tbody></table>` : ''}
<h2>Fixes</h2>
${input.applied.length ? `<ol class="fixes">\n${fixes}\n</ol>` : '<p>None.</p>'}
${otherRows(input).length ? `<h2>Other changes</h2>\n<ul class="other">\n${otherRows(input).map((r) => `<li><span class="where">${h(r.where)}</span> · <span class="context">${h(r.lead)}${r.before ? `<del>${h(r.before)}</del>` : ''}${r.after ? `<ins>${h(r.after)}</ins>` : ''}${h(r.tail)}</span></li>`).join('\n')}\n</ul>\n` : ''}<h2>Left open</h2>
${open ? `<ul class="open">\n${open}\n</ul>` : '<p>None.</p>'}
</body>
</html>
`;
}
