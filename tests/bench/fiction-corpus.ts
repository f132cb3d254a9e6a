// POV and tense false alarms on the 26 clean public-domain novels in ../shared/corpus (read in place, never
// copied): npm run bench:fiction-corpus. Every flag here is a false alarm on published prose. Per novel: words,
// warning-level POV flags per 10,000 words, tense flags per 10,000 words, person-shift flags; then totals.
// SHOW=1 prints each flagged sentence. REDLINE_CORPUS overrides the folder; ONLY=emma,… limits the novels.
//
// Measured before the issue-16 detector work (commit "bench:fiction-corpus"), over all 26 novels, 2,151,757 words:
//   POV warnings 347 (1.61 /10k), tense 35 (0.16 /10k), person shifts 266 (in first-person novels: My Ántonia 90,
//   Styles 40, Hound 24, Treasure Island 12, Time Machine 7, Sea-Wolf 6, Princess of Mars 0). Worst POV rates:
//   My Ántonia 12.79, Styles 8.31, This Side of Paradise 4.71, Hound 4.23. Goals: POV ≤ 0.5, tense ≤ 0.2 /10k,
//   0 person shifts in the first-person novels.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { testEngine } from '../support/engine.js';

const corpus = process.env['REDLINE_CORPUS'] ?? new URL('../../../shared/corpus/', import.meta.url).pathname;
if (!existsSync(corpus)) {
  console.error(`no corpus at ${corpus}`);
  process.exit(2);
}
const only = process.env['ONLY']?.split(',');
const engine = testEngine({ checks: ['pov', 'tense'] });
const verbose = Boolean(process.env['SHOW']);
const files = readdirSync(corpus)
  .filter((f) => f.endsWith('.txt') && (!only || only.some((o) => f.startsWith(o))))
  .sort();

const rows: string[] = [];
const shown: string[] = [];
let totalWords = 0;
let totalPov = 0;
let totalTense = 0;
let totalShift = 0;
const started = Date.now();
for (const file of files) {
  const text = readFileSync(`${corpus}/${file}`, 'utf8');
  const words = text.split(/\s+/).filter(Boolean).length;
  const ds = engine.check(text).diagnostics;
  const pov = ds.filter((d) => d.check === 'pov' && d.severity === 'warning');
  const tense = ds.filter((d) => d.check === 'tense' && d.severity === 'warning');
  const shift = ds.filter((d) => d.ruleId === 'pov-person-shift');
  totalWords += words;
  totalPov += pov.length;
  totalTense += tense.length;
  totalShift += shift.length;
  const per = (n: number): string => ((1e4 * n) / words).toFixed(2);
  rows.push(`| ${file.replace(/\.txt$/, '')} | ${words} | ${pov.length} | ${per(pov.length)} | ${tense.length} | ${per(tense.length)} | ${shift.length} |`);
  if (verbose) {
    for (const d of [...pov, ...tense]) {
      const a = Math.max(text.lastIndexOf('\n\n', d.from) + 2, d.from - 160);
      const b = Math.min(d.to + 80, text.length);
      shown.push(`${file} ${d.ruleId} (${(d.confidence ?? 0).toFixed(2)}) ${JSON.stringify(d.actual.slice(0, 60))}: ${text.slice(a, b).replace(/\s+/g, ' ')}`);
    }
  }
}
const per = (n: number): string => ((1e4 * n) / totalWords).toFixed(2);
console.log(`\n### POV and tense on ${files.length} clean novels (${corpus})\n`);
console.log('| novel | words | POV warnings | /10k | tense | /10k | person shifts |');
console.log('|---|---|---|---|---|---|---|');
for (const r of rows) console.log(r);
console.log(`| **total** | ${totalWords} | ${totalPov} | ${per(totalPov)} | ${totalTense} | ${per(totalTense)} | ${totalShift} |`);
console.log(`\n${((Date.now() - started) / 1000).toFixed(1)} s`);
if (verbose) console.log(`\n${shown.join('\n')}`);
