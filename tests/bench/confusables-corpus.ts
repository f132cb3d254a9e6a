// Confusables false alarms on the 26 clean public-domain novels in ../shared/corpus (read in place, never copied):
//   npm run bench:confusables-corpus
// Every flag here is a false alarm on published prose (or, rarely, a real slip in the source). Per novel: its role
// for the learned model (training, calibration, evaluation: tests/scripts/confusables-split.ts), words, flags from
// patterns only and from patterns + model, and flags per 1,000 words. SHOW=1 prints each flag with its context;
// ONLY=emma,… limits the novels; REDLINE_CORPUS overrides the folder.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createEngine } from '../../src/engine/engine.js';
import { CHECKS } from '../../src/checks/index.js';
import { loadConfusablesModel } from '../../src/formats/dictionaries.node.js';
import { CALIBRATION_NOVELS, EVALUATION_NOVELS } from '../scripts/confusables-split.js';

const corpus = process.env['REDLINE_CORPUS'] ?? new URL('../../../shared/corpus/', import.meta.url).pathname;
if (!existsSync(corpus)) {
  console.error(`no corpus at ${corpus}`);
  process.exit(2);
}
const only = process.env['ONLY']?.split(',');
const verbose = Boolean(process.env['SHOW']);
const model = await loadConfusablesModel();
const patterns = createEngine(CHECKS, { checks: ['confusables'] }, {});
const learned = createEngine(CHECKS, { checks: ['confusables'] }, { ...(model ? { confusablesModel: model } : {}) });
const files = readdirSync(corpus)
  .filter((f) => f.endsWith('.txt') && (!only || only.some((o) => f.startsWith(o))))
  .sort();
const role = (name: string): string => (CALIBRATION_NOVELS.includes(name) ? 'calibration' : EVALUATION_NOVELS.includes(name) ? 'evaluation' : 'training');

console.log('| novel | role | words | flags: patterns | flags: + model | per 1,000 words (+ model) |');
console.log('|---|---|---:|---:|---:|---:|');
const totals = new Map<string, [number, number, number]>();
const shown: string[] = [];
for (const file of files) {
  const name = file.slice(0, -4);
  const text = readFileSync(`${corpus}/${file}`, 'utf8');
  const words = text.split(/\s+/).filter(Boolean).length;
  const p = patterns.check(text).diagnostics;
  const m = learned.check(text).diagnostics;
  const r = role(name);
  const t = totals.get(r) ?? [0, 0, 0];
  totals.set(r, [t[0] + words, t[1] + p.length, t[2] + m.length]);
  console.log(`| ${name} | ${r} | ${words} | ${p.length} | ${m.length} | ${((1000 * m.length) / words).toFixed(3)} |`);
  if (verbose) {
    for (const d of m) {
      const source = p.some((x) => x.from === d.from && x.ruleId === d.ruleId) ? 'pattern' : 'model';
      shown.push(`${name} ${d.ruleId} (${source}${d.confidence === undefined ? '' : ` ${d.confidence}`}): …${text.slice(Math.max(0, d.from - 60), d.from).replace(/\s+/g, ' ')}[${text.slice(d.from, d.to)}]${text.slice(d.to, d.to + 50).replace(/\s+/g, ' ')}… → ${d.fixes[0]?.kind === 'replace' ? d.fixes[0].text : ''}`);
    }
  }
}
let all: [number, number, number] = [0, 0, 0];
for (const [r, [w, p, m]] of totals) {
  console.log(`| **${r}** (${files.filter((f) => role(f.slice(0, -4)) === r).length} novels) | | ${w} | ${p} | ${m} | ${((1000 * m) / w).toFixed(3)} |`);
  all = [all[0] + w, all[1] + p, all[2] + m];
}
console.log(`| **all** | | ${all[0]} | ${all[1]} | ${all[2]} | ${((1000 * all[2]) / all[0]).toFixed(3)} |`);
if (shown.length) console.log(`\n${shown.join('\n')}`);
