// POV and tense accuracy on blind scenes: npm run bench:fiction
// Scenes in tests/fixtures/pov-blind/ were written by helpers who saw neither the detector nor its fixtures, each
// with a gold list (gold-*.json): the scene's POV, head-hop sentences, person shifts, tense slips with the right
// verb form, and decoys (sentences that look like slips and are not). For each gold slip we ask: is there a
// warning-level finding of the right rule overlapping it (and, for tense, is the first fix the gold form)? For
// scenes marked clean: how many warning-level POV and tense findings are there (every one a false alarm)?
// Findings outside every gold sentence in a scene with slips are counted as "other" (not necessarily false).
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from '../../src/contract/diagnostic.js';
import { testEngine } from '../support/engine.js';

interface GoldScene {
  readonly file: string;
  readonly scene: number;
  readonly narration: string;
  readonly tense: string;
  readonly pov: string | null;
  readonly povGender?: string | null;
  readonly clean: boolean;
  readonly hops?: ReadonlyArray<{ readonly sentence: string; readonly thinker: string; readonly shape?: string }>;
  readonly personShifts?: ReadonlyArray<{ readonly sentence: string; readonly word: string }>;
  readonly tenseSlips?: ReadonlyArray<{ readonly sentence: string; readonly verb: string; readonly fix: string }>;
  readonly decoys?: readonly string[];
}

// DIR=<folder> scores another set of scenes with the same gold format (a held-out set's one first run).
// A relative DIR ("tests/fixtures/pov-holdout-2") is taken from the working directory.
const dir = process.env.DIR ? pathToFileURL(`${resolve(process.env.DIR)}/`) : new URL('../fixtures/pov-blind/', import.meta.url);
const gold: GoldScene[] = readdirSync(dir)
  .filter((f) => /^gold.*\.json$/.test(f))
  .sort()
  .flatMap((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as GoldScene[]);
const engine = testEngine({ checks: ['pov', 'tense'] });
const verbose = Boolean(process.env.SHOW);

const overlaps = (d: Diagnostic, from: number, to: number): boolean => d.from < to && d.to > from;
const warn = (d: Diagnostic): boolean => d.severity === 'warning' || d.severity === 'error';

let hops = 0;
let hopsFlagged = 0;
let hopsAnyLevel = 0;
let shifts = 0;
let shiftsFlagged = 0;
let slips = 0;
let slipsFlagged = 0;
let slipsFixed = 0;
let decoys = 0;
let decoysFlagged = 0;
let cleanScenes = 0;
let cleanCloseThird = 0;
let cleanPovWarnings = 0;
let cleanCloseThirdPovWarnings = 0;
let cleanTenseWarnings = 0;
let povRight = 0;
let povKnown = 0;
const lines: string[] = [];

for (const file of [...new Set(gold.map((g) => g.file))].sort()) {
  const text = readFileSync(new URL(file, dir), 'utf8');
  const outcome = engine.check(text);
  const ds = outcome.diagnostics;
  const scenes = ((outcome.summaries.pov as { scenes?: Array<{ pov?: string | null; from: number; to: number }> } | undefined)?.scenes ?? []).filter(
    (s) => s !== undefined,
  );
  for (const g of gold.filter((x) => x.file === file)) {
    const at = (sentence: string): [number, number] => {
      const i = text.indexOf(sentence);
      if (i < 0) throw new Error(`${file}: gold sentence not found: ${sentence}`);
      return [i, i + sentence.length];
    };
    // Scenes in the summary are in text order; gold scene numbers count from 1 within the file.
    const detected = scenes[g.scene - 1]?.pov ?? null;
    if (g.pov && g.narration === 'third') {
      povKnown++;
      if (detected === g.pov) povRight++;
    }
    for (const h of g.hops ?? []) {
      hops++;
      const [from, to] = at(h.sentence);
      const found = ds.filter((d) => d.ruleId === 'pov-head-hop' && overlaps(d, from, to));
      if (found.some(warn)) hopsFlagged++;
      if (found.length) hopsAnyLevel++;
      const sure = found.length ? ` (${Math.max(...found.map((d) => d.confidence ?? 0)).toFixed(2)}${/holds (\d+%)/.exec(found[0]!.note ?? '')?.[1] ?? ''})` : '';
      lines.push(`${found.some(warn) ? 'HIT ' : found.length ? 'INFO' : 'MISS'} hop   ${file} [${h.thinker}${h.shape ? `, ${h.shape}` : ''}]${sure} ${h.sentence}`);
    }
    for (const p of g.personShifts ?? []) {
      shifts++;
      const [from, to] = at(p.sentence);
      const hit = ds.some((d) => d.ruleId === 'pov-person-shift' && warn(d) && overlaps(d, from, to));
      if (hit) shiftsFlagged++;
      lines.push(`${hit ? 'HIT ' : 'MISS'} shift ${file} ${p.sentence}`);
    }
    for (const s of g.tenseSlips ?? []) {
      slips++;
      const [from, to] = at(s.sentence);
      const offset = s.sentence.search(new RegExp(`\\b${s.verb.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`));
      const vFrom = from + Math.max(0, offset);
      const vTo = offset < 0 ? to : vFrom + s.verb.length;
      const found = ds.filter((d) => d.check === 'tense' && warn(d) && overlaps(d, vFrom, vTo));
      const fixed = found.some((d) => {
        const f = d.fixes[0];
        if (!f || f.kind !== 'replace') return false;
        const after = text.slice(d.from, vFrom) + s.fix + text.slice(vTo, d.to);
        return f.text === after || f.text.toLowerCase().includes(s.fix.toLowerCase());
      });
      if (found.length) slipsFlagged++;
      if (fixed) slipsFixed++;
      lines.push(`${fixed ? 'HIT ' : found.length ? 'FLAG' : 'MISS'} tense ${file} ${s.verb} → ${s.fix}: ${s.sentence}`);
    }
    for (const decoy of g.decoys ?? []) {
      decoys++;
      const [from, to] = at(decoy);
      const hit = ds.some((d) => (d.check === 'pov' || d.check === 'tense') && warn(d) && overlaps(d, from, to));
      if (hit) decoysFlagged++;
      if (hit) lines.push(`FALSE decoy ${file} ${decoy}`);
    }
    if (g.clean) {
      cleanScenes++;
      // Only the findings inside this scene: a file may hold a clean scene and one with slips.
      const scene = scenes[g.scene - 1];
      const inScene = ds.filter((d) => !scene || (d.from < scene.to && d.to > scene.from));
      const pov = inScene.filter((d) => d.check === 'pov' && warn(d)).length;
      const tense = inScene.filter((d) => d.check === 'tense' && warn(d)).length;
      cleanPovWarnings += pov;
      cleanTenseWarnings += tense;
      if (g.narration === 'third') {
        cleanCloseThird++;
        cleanCloseThirdPovWarnings += pov;
      }
      for (const d of inScene.filter((x) => (x.check === 'pov' || x.check === 'tense') && warn(x))) {
        lines.push(`FALSE clean ${file} ${d.ruleId} (${(d.confidence ?? 0).toFixed(2)}): ${JSON.stringify(text.slice(Math.max(0, d.from - 40), d.to + 40))}`);
      }
    }
  }
  if (verbose) {
    const s = scenes.map((x) => x.pov ?? '–').join(', ');
    lines.push(`      ${file}: detected POV ${s}`);
  }
}

const pct = (n: number, d: number): string => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)}% (${n} of ${d})`);
console.log(`\n### POV and tense on blind scenes (${gold.length} scenes in ${process.env.DIR ?? 'tests/fixtures/pov-blind'})\n`);
console.log('| measure | result |');
console.log('|---|---|');
console.log(`| head-hop sentences flagged (warning) | ${pct(hopsFlagged, hops)} |`);
console.log(`| head-hop sentences flagged (any level) | ${pct(hopsAnyLevel, hops)} |`);
console.log(`| person shifts flagged | ${pct(shiftsFlagged, shifts)} |`);
console.log(`| tense slips flagged | ${pct(slipsFlagged, slips)} |`);
console.log(`| tense slips flagged with the right form | ${pct(slipsFixed, slips)} |`);
console.log(`| decoys flagged (false alarms) | ${pct(decoysFlagged, decoys)} |`);
console.log(`| warning-level POV flags in clean close-third scenes | ${cleanCloseThirdPovWarnings} in ${cleanCloseThird} scenes |`);
console.log(`| warning-level POV flags in all clean scenes | ${cleanPovWarnings} in ${cleanScenes} scenes |`);
console.log(`| warning-level tense flags in clean scenes | ${cleanTenseWarnings} in ${cleanScenes} scenes |`);
console.log(`| third-person scenes whose POV is detected right | ${pct(povRight, povKnown)} |`);
if (verbose) console.log(`\n${lines.join('\n')}`);
