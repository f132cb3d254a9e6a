import type { DocxDocument } from '../formats/docx.js';

/** A paragraph that is only a scene-break ornament: `* * *`, `***`, `#`, `~ ~ ~`, `—`. */
const SCENE_BREAK = /^\s*(?:[*#~\u2014\u2013-]\s*){1,7}$/;

/**
 * A Word document as Markdown: a Title becomes `#`, Heading 1–5 become `##`–`######` (the same mapping that
 * Markdown → .docx uses, so a round trip keeps levels), italic runs `*…*`, bold `**…**`, a scene-break
 * paragraph `* * *`, a line break inside a paragraph a backslash break; paragraphs are separated by a blank line.
 * Markdown characters in the prose are escaped so the text reads back exactly. Empty paragraphs are dropped.
 */
export function markdownOfDocx(doc: DocxDocument): string {
  const out: string[] = [];
  for (const p of doc.paragraphs) {
    const plain = doc.text.slice(p.from, p.to);
    if (plain.trim() === '') continue;
    if (p.heading === undefined && SCENE_BREAK.test(plain)) {
      out.push('* * *');
      continue;
    }
    let body = '';
    let i = 0;
    const runs = p.runs.filter((r) => r.to > r.from);
    while (i < runs.length) {
      const { italic, bold } = runs[i]!;
      let text = '';
      while (i < runs.length && runs[i]!.italic === italic && runs[i]!.bold === bold) {
        text += doc.text.slice(runs[i]!.from, runs[i]!.to);
        i++;
      }
      const marker = (bold && p.heading === undefined ? '**' : '') + (italic ? '*' : '');
      // Emphasis cannot start or end with a space (“*word *” is not italic): keep spaces outside the markers.
      const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
      body += core ? `${lead}${marker}${escape(core!)}${[...marker].reverse().join('')}${trail}` : text;
    }
    body = body.replace(/\n/g, '\\\n').replace(/^(\s*)([#>+-]|\d+[.)])(?=\s)/, '$1\\$2');
    out.push(p.heading === undefined ? body : `${'#'.repeat(Math.min(p.heading + 1, 6))} ${body}`);
  }
  return out.join('\n\n') + '\n';
}

function escape(s: string): string {
  return s.replace(/([\\`*_[\]<])/g, '\\$1');
}
