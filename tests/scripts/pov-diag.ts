// Diagnose viewpoint detection on a gold set: per scene, gold POV and gender against what was detected, the
// heads, and (MINDS=1) every mind clause. DIR=<absolute folder> node --import tsx tests/scripts/pov-diag.ts [file]
import { readdirSync, readFileSync } from 'node:fs';
import { ParseEnglish } from 'parse-english';
import { splitParagraphs } from '../../src/engine/paragraphs.js';
import { learnGenders, narrationOf, scenesOf } from '../../src/fiction/scenes.js';
import { capitalisation } from '../../src/fiction/cast.js';

const parser = new ParseEnglish();
const dir = process.env.DIR!.replace(/\/?$/, '/');
const gold = readdirSync(dir).filter((f) => /^gold.*\.json$/.test(f)).flatMap((f) => JSON.parse(readFileSync(dir + f, 'utf8')) as Array<{ file: string; scene: number; pov: string | null; narration: string; clean: boolean; hops?: Array<{ thinker: string; sentence: string }> }>);
const filter = process.argv[2];
for (const file of [...new Set(gold.map((g) => g.file))].sort()) {
  if (filter && !file.includes(filter)) continue;
  const text = readFileSync(dir + file, 'utf8');
  const paragraphs = splitParagraphs(text);
  const inputs = paragraphs.map((p) => ({ text: p.text, tree: parser.parse(p.text) }));
  const cap = capitalisation.manuscript(inputs.map(capitalisation.paragraph), undefined as never);
  const narr = inputs.map(narrationOf);
  const scenes = scenesOf(paragraphs, narr, text, cap);
  const genders = learnGenders(narr);
  for (const g of gold.filter((x) => x.file === file)) {
    const s = scenes[g.scene - 1];
    if (!s) { console.log(`${file}#${g.scene} NO SCENE`); continue; }
    const ok = s.pov === g.pov ? 'OK ' : 'BAD';
    const gg = (g as { povGender?: string }).povGender;
    if (g.pov && gg && g.narration === 'third') { const want = gg[0] === 'f' ? 'f' : gg[0] === 'm' ? 'm' : 'n'; const got = genders.get(g.pov); console.log(`GENDER ${got === want ? 'ok ' : got ? 'WRONG' : 'none'} ${g.pov} want=${want} got=${got}`); }
    console.log(`\n== ${ok} ${file}#${g.scene} gold=${g.pov} (${g.narration}${g.clean ? ', clean' : ''}) detected=${s.pov ?? '-'} conf=${s.povConfidence.toFixed(2)} omni=${s.omniscient} person=${s.person} heads=${s.heads.map((h) => `${h.name}:${h.count}`).join(' ')}`);
    for (const h of g.hops ?? []) console.log(`   HOP[${h.thinker}] ${h.sentence.slice(0, 100)}`);
    if (process.env.MINDS) for (const m of s.minds) console.log(`   ${m.kind.padEnd(10)} ${(m.character ?? '?').padEnd(10)} subj=${m.subject} ${m.byPronoun ? 'pron' : 'name'}${m.sure ? ' sure' : ''}${m.hedged ? ' HEDGED' : ''}${m.embedded ? ' EMB' : ''} «${text.slice(m.verbFrom, m.verbTo)}» ${text.slice(m.sentenceFrom, Math.min(m.sentenceTo, m.sentenceFrom + 90)).replace(/\n/g, ' ')}`);
  }
}
