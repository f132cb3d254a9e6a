// Suggestion latency: every distinct word the spelling check flags in three novels, each suggested once from cold
// (no remembered candidates), with the lexicon's load time and the two-slip index's build time beside it.
//   node --import tsx tests/bench/suggestions.ts
import { performance } from 'node:perf_hooks';
import { loadLexicon, loadWordRanks } from '../../src/formats/dictionaries.node.js';
import { createLexicon, decodeLexicon } from '../../src/checks/spelling/lexicon.js';
import { suggestIndex } from '../../src/checks/spelling/suggest-index.js';
import { COMMON_RANK, createSuggester } from '../../src/checks/spelling/suggest.js';
import { novel, NOVELS } from '../support/corpus.js';
import { testEngine } from '../support/engine.js';

const bytes = (await loadLexicon())!;
const ranks = await loadWordRanks();
let t0 = performance.now();
const compiled = decodeLexicon(bytes.slice()); // a fresh copy: decodeLexicon memoises per byte array
const load = performance.now() - t0;
const wordRank = new Map<string, number>();
ranks.forEach((w, i) => wordRank.has(w.toLowerCase()) || wordRank.set(w.toLowerCase(), i));
t0 = performance.now();
const c0 = process.cpuUsage();
suggestIndex(compiled, wordRank, COMMON_RANK);
const build = performance.now() - t0;
const buildCpu = process.cpuUsage(c0);

const percentile = (xs: number[], q: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
const times: number[] = [];
// CPU time too: on a shared machine the wall clock also counts other processes' turns.
const cpuTimes: number[] = [];
let offered = 0;
for (const name of NOVELS) {
  const text = novel(name);
  const uses = new Map<string, number>();
  for (const [w] of text.toLowerCase().matchAll(/[\p{L}'’]+/gu)) uses.set(w, (uses.get(w) ?? 0) + 1);
  const words = new Set(testEngine({ checks: ['spelling'] }).check(text).diagnostics.filter((d) => d.ruleId === 'spelling-unknown-word').map((d) => d.actual));
  const lexicon = createLexicon(compiled, 'en-US');
  const british = createLexicon(compiled, 'en-GB');
  const suggester = createSuggester(compiled, lexicon, wordRank);
  for (const word of words) {
    const t = performance.now();
    const c = process.cpuUsage();
    const s = suggester.suggest(word, { known: (w) => lexicon.correct(w) || british.correct(w), names: new Set(), uses: (w) => uses.get(w) ?? 0 }, 5);
    const used = process.cpuUsage(c);
    times.push(performance.now() - t);
    cpuTimes.push((used.user + used.system) / 1000);
    if (s.length > 0) offered++;
  }
}
const f = (x: number): string => x.toFixed(2);
console.log(`lexicon load ${f(load)} ms; two-slip index built in ${f(build)} ms (${f((buildCpu.user + buildCpu.system) / 1000)} ms CPU)`);
console.log(`${times.length} flagged words (${offered} with a suggestion), wall: p50 ${f(percentile(times, 0.5))} ms, p95 ${f(percentile(times, 0.95))} ms, max ${f(Math.max(...times))} ms`);
console.log(`  CPU: p50 ${f(percentile(cpuTimes, 0.5))} ms, p95 ${f(percentile(cpuTimes, 0.95))} ms, max ${f(Math.max(...cpuTimes))} ms; load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)}`);
