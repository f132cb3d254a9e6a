// npm run bench:paragraphs [-- --quick] [-- --only NAME]
// How long one paragraph can keep the editor waiting. Every paragraph of the 26 corpus novels, then adversarial
// inputs, through a fresh engine with every check and the learned model. Each paragraph's time is split into the
// shared parse, each analysis and each check's scan (the work an edit to that paragraph costs); the whole-text
// steps (`finish`) are timed per call. Prints the slowest paragraphs per step with their length, p50/p99/max per
// paragraph and ms per 1,000 characters. Not part of `npm test`: it takes minutes.
// Times are CPU time of this process (user + system), not wall time: on a shared, loaded machine wall time
// measures the neighbours. The whole-call column gives both.
//   --quick        3 novels and the adversarial inputs up to 200k characters
//   --only NAME    adversarial inputs whose name contains NAME (no corpus)
//   --corpus       the corpus only (no adversarial inputs)
//   --retime N     re-time the N slowest corpus paragraphs (default 20), each alone in a fresh engine, 5 times
// A single CPU-time sample is noisy: it counts the process's garbage collection whenever it falls (a 24-character
// paragraph once "took" 41 ms) and the load's cache contention. So the slowest paragraphs of the pass are timed
// again, alone, five times each (their steps are per paragraph, so alone they do the same work), and the median
// is reported beside the single sample.
import { readdirSync, readFileSync } from 'node:fs';
import { ParseEnglish } from 'parse-english';
import type { Analysis, AnyCheckDefinition, ParagraphInput } from '../../src/contract/check.js';
import { CHECKS, engineConfigFor } from '../../src/checks/index.js';
import { createEngine } from '../../src/engine/engine.js';
import { loadConfusablesModel, loadLexicon, loadVocabulary, loadWordRanks } from '../../src/formats/dictionaries.node.js';
import type { SourceFormat } from '../../src/formats/prose.js';
import { CORPUS } from '../support/corpus.js';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1]! : undefined;
const corpusOnly = args.includes('--corpus');
const retime = args.includes('--retime') ? Number(args[args.indexOf('--retime') + 1]) : 20;

// ---- instrumentation: the engine is used as shipped; its parser, analyses and runners are timed from outside.

/** Time per step ("parse", "analysis:<id>", "<check>") for the paragraph being analysed. */
interface ParagraphTiming {
  readonly source: string;
  readonly text: string;
  readonly length: number;
  readonly steps: Map<string, number>;
}

const timings: ParagraphTiming[] = [];
const finishTimes = new Map<string, number>();
let current: { input: ParagraphInput; timing: ParagraphTiming } | undefined;
let lastParse: { text: string; ms: number } | undefined;
let source = '';

/** CPU milliseconds used by this process so far. */
const now = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const add = (map: Map<string, number>, key: string, ms: number): void => void map.set(key, (map.get(key) ?? 0) + ms);

function timingFor(input: ParagraphInput): ParagraphTiming {
  if (current?.input !== input) {
    const timing: ParagraphTiming = { source, text: input.text, length: input.text.length, steps: new Map() };
    if (lastParse?.text === input.text) timing.steps.set('parse', lastParse.ms);
    timings.push(timing);
    current = { input, timing };
  }
  return current.timing;
}

const parse = ParseEnglish.prototype.parse;
ParseEnglish.prototype.parse = function timedParse(this: ParseEnglish, ...a: Parameters<typeof parse>) {
  const t0 = now();
  const tree = parse.apply(this, a);
  lastParse = { text: String(a[0]), ms: now() - t0 };
  return tree;
};

const patched = new Set<Analysis>();
function instrument(analysis: Analysis): void {
  if (patched.has(analysis)) return;
  patched.add(analysis);
  for (const u of analysis.uses ?? []) instrument(u);
  const paragraph = analysis.paragraph.bind(analysis);
  (analysis as { paragraph: Analysis['paragraph'] }).paragraph = (input) => {
    const t0 = now();
    const facts = paragraph(input);
    add(timingFor(input).steps, `analysis:${analysis.id}`, now() - t0);
    return facts;
  };
}

const checks: AnyCheckDefinition[] = CHECKS.map((definition) => {
  for (const a of definition.uses ?? []) instrument(a);
  return {
    ...definition,
    setup(options, deps) {
      const runner = definition.setup(options, deps);
      return {
        ...runner,
        update: runner.update?.bind(runner),
        summary: runner.summary?.bind(runner),
        scan(input) {
          const t0 = now();
          const drafts = runner.scan(input);
          add(timingFor(input).steps, definition.id, now() - t0);
          return drafts;
        },
        ...(runner.finish
          ? {
              finish(drafts, context) {
                const t0 = now();
                const out = runner.finish!(drafts, context);
                add(finishTimes, `${source} · ${definition.id}`, now() - t0);
                return out;
              },
            }
          : {}),
      };
    },
  };
});

const [lexicon, wordRanks, vocabulary, confusablesModel] = await Promise.all([loadLexicon(), loadWordRanks(), loadVocabulary(), loadConfusablesModel()]);
if (!confusablesModel) throw new Error('data/confusables-model.bin is missing: run `npm run train:confusables`');
/**
 * A fresh engine (empty caches), warmed on a few unrelated lines first: the dictionaries and the model are built on
 * first use, a one-time cost that is not any paragraph's.
 */
function freshEngine() {
  const engine = createEngine(checks, engineConfigFor(undefined), { wordRanks, vocabulary, ...(lexicon ? { lexicon } : {}), confusablesModel });
  // The warm-up's timings are dropped, and only those: clearing them all kept only the last novel's paragraphs.
  const kept = timings.length;
  const finished = new Map(finishTimes);
  engine.check('“Teh colour of the harbour,” said Mr. Darcey, “is grey.”\n\nHe new it was there honour.\n');
  timings.length = kept;
  finishTimes.clear();
  for (const [key, ms] of finished) finishTimes.set(key, ms);
  return engine;
}

// ---- inputs

const novels = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const chosen = only !== undefined ? [] : quick ? ['pride-and-prejudice.txt', 'emma.txt', 'anne-of-green-gables.txt'] : novels;

/** Real prose as one paragraph of about `n` characters (corpus paragraphs joined by spaces, cut at a word). */
function prose(n: number): string {
  const base = readFileSync(`${CORPUS}pride-and-prejudice.txt`, 'utf8').replace(/\r?\n/g, ' ').replace(/\s+/g, ' ');
  let out = base;
  while (out.length < n) out += ' ' + base;
  const cut = out.lastIndexOf(' ', n);
  return out.slice(0, cut > 0 ? cut : n).trim();
}

const mixed = 'Она сказала «да» — 她说是的 — قالت نعم — η Ελένη είπε ναι — שלום — नमस्ते — こんにちは 🙂 naïve café Zoë e\u0301 ';
const adversarial: ReadonlyArray<{ name: string; size: number; make: () => string; format?: SourceFormat }> = [
  { name: 'prose 10k', size: 1e4, make: () => prose(1e4) },
  { name: 'prose 50k', size: 5e4, make: () => prose(5e4) },
  { name: 'prose 200k', size: 2e5, make: () => prose(2e5) },
  { name: 'prose 1M', size: 1e6, make: () => prose(1e6) },
  { name: 'prose 5M', size: 5e6, make: () => prose(5e6) },
  { name: 'no spaces 200k', size: 2e5, make: () => prose(2e5).replace(/ /g, '') },
  { name: 'no spaces 1M', size: 1e6, make: () => prose(1e6).replace(/ /g, '') },
  { name: 'mixed scripts 328', size: 328, make: () => mixed.repeat(4).slice(0, 328) },
  { name: 'mixed scripts 20k', size: 2e4, make: () => mixed.repeat(Math.ceil(2e4 / mixed.length)).slice(0, 2e4) },
  { name: 'markdown 3,000 nested list items', size: 1e4, make: () => Array.from({ length: 3000 }, (_, i) => `${'  '.repeat(i)}- item ${i} was here`).join('\n'), format: 'markdown' },
  { name: 'markdown 3,000 list markers on a line', size: 1e4, make: () => `${'- '.repeat(3000)}She said so.`, format: 'markdown' },
  { name: 'markdown 2,000 nested quotes', size: 1e4, make: () => `${'> '.repeat(2000)}She said so.`, format: 'markdown' },
  { name: 'markdown 5,000 nested emphasis', size: 1e4, make: () => `${'*_'.repeat(5000)}word${'_*'.repeat(5000)}`, format: 'markdown' },
  { name: 'markdown outline of 8,000 nested items', size: 1e5, make: () => Array.from({ length: 160 }, () => '- a point\n  - a sub-point\n'.repeat(25)).join('\n'), format: 'markdown' },
  { name: '10,000 straight quotes', size: 1e4, make: () => '"'.repeat(10_000) },
  { name: '5,000 quoted lines', size: 1e5, make: () => Array.from({ length: 5000 }, (_, i) => `“Is it ${i}?” she said.`).join(' ') },
  { name: '20,000 unbalanced quotes', size: 1e5, make: () => 'He said “no and ‘yes ’ then '.repeat(4000) },
  { name: '9,000-letter word', size: 9e3, make: () => 'abcdefghij'.repeat(900) },
  { name: '200,000-letter word', size: 2e5, make: () => 'qwertyuiop'.repeat(20_000) },
  { name: '2,000 unknown words', size: 2e4, make: () => Array.from({ length: 2000 }, (_, i) => `Zorb${(i * 7919).toString(36)}ished`).join(' ') },
];

// ---- run

const fmt = (ms: number): string => (ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : Math.round(ms).toLocaleString('en-US'));
const total = (t: ParagraphTiming): number => [...t.steps.values()].reduce((a, b) => a + b, 0);
const quantile = (sorted: readonly number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

let corpusChars = 0;
let corpusMs = 0;
for (const file of chosen) {
  source = file.replace(/\.txt$/, '');
  const text = readFileSync(CORPUS + file, 'utf8');
  const engine = freshEngine();
  const t0 = now();
  engine.check(text);
  const ms = now() - t0;
  corpusChars += text.length;
  corpusMs += ms;
  process.stderr.write(`${source}: ${text.length.toLocaleString('en-US')} chars, ${fmt(ms)} ms\n`);
}
const corpus = timings.splice(0);

function report(title: string, rows: readonly ParagraphTiming[]): void {
  if (rows.length === 0) return;
  const totals = rows.map(total).sort((a, b) => a - b);
  const chars = rows.reduce((n, r) => n + r.length, 0);
  const sum = totals.reduce((a, b) => a + b, 0);
  const longest = Math.max(...rows.map((r) => r.length));
  console.log(`\n## ${title}: ${rows.length.toLocaleString('en-US')} paragraphs, ${chars.toLocaleString('en-US')} characters (longest ${longest.toLocaleString('en-US')})\n`);
  console.log(`per paragraph: p50 ${fmt(quantile(totals, 0.5))} ms · p99 ${fmt(quantile(totals, 0.99))} ms · max ${fmt(totals.at(-1)!)} ms · ${fmt((sum / chars) * 1000)} ms per 1,000 characters\n`);
  const steps = [...new Set(rows.flatMap((r) => [...r.steps.keys()]))];
  console.log('| step | total ms | slowest paragraphs (ms · characters · source) |');
  console.log('|---|---|---|');
  for (const step of steps) {
    const slow = rows
      .filter((r) => r.steps.has(step))
      .sort((a, b) => b.steps.get(step)! - a.steps.get(step)!)
      .slice(0, 3);
    const stepTotal = rows.reduce((n, r) => n + (r.steps.get(step) ?? 0), 0);
    console.log(`| ${step} | ${fmt(stepTotal)} | ${slow.map((r) => `${fmt(r.steps.get(step)!)} · ${r.length.toLocaleString('en-US')} · ${r.source}`).join('; ')} |`);
  }
}

if (chosen.length) {
  report('corpus', corpus);
  console.log(`\nwhole novels, one fresh engine each: ${fmt(corpusMs)} ms for ${corpusChars.toLocaleString('en-US')} characters (${fmt((corpusMs / corpusChars) * 1000)} ms per 1,000)`);
  const finishes = [...finishTimes].sort((a, b) => b[1] - a[1]).slice(0, 5);
  console.log(`slowest whole-text steps (finish): ${finishes.map(([k, ms]) => `${k} ${fmt(ms)} ms`).join('; ')}`);
  retimeSlowest(corpus);
}

/** The `retime` slowest paragraphs of `rows`, each checked alone in a fresh engine five times: median per step. */
function retimeSlowest(rows: readonly ParagraphTiming[]): void {
  const slowest = [...rows].sort((a, b) => total(b) - total(a)).slice(0, retime);
  if (slowest.length === 0) return;
  console.log(`\n### the ${slowest.length} slowest paragraphs again, each alone in a fresh engine, median of 5 (CPU ms)\n`);
  console.log('| source | characters | in the pass | median | steps (median ms) |');
  console.log('|---|---|---|---|---|');
  const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;
  let worst = 0;
  for (const row of slowest) {
    const runs: ParagraphTiming[] = [];
    for (let k = 0; k < 5; k++) {
      source = row.source;
      freshEngine().check(row.text);
      const mine = timings.splice(0).filter((t) => t.text === row.text);
      runs.push({ ...row, steps: mine.reduce((m, t) => (t.steps.forEach((v, key) => add(m, key, v)), m), new Map<string, number>()) });
    }
    const m = median(runs.map(total));
    worst = Math.max(worst, m);
    const steps = [...new Set(runs.flatMap((r) => [...r.steps.keys()]))]
      .map((key) => [key, median(runs.map((r) => r.steps.get(key) ?? 0))] as const)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4);
    console.log(`| ${row.source} | ${row.length.toLocaleString('en-US')} | ${fmt(total(row))} | ${fmt(m)} | ${steps.map(([k, v]) => `${k} ${fmt(v)}`).join(', ')} |`);
  }
  console.log(`\nslowest median: ${fmt(worst)} ms`);
  finishTimes.clear();
}
finishTimes.clear();

console.log('\n## adversarial inputs, each alone through a fresh engine\n');
console.log('| input | characters | paragraphs | whole call: CPU ms (wall) | CPU ms per 1,000 | slowest steps (ms) | findings |');
console.log('|---|---|---|---|---|---|---|');
for (const input of adversarial) {
  if (corpusOnly || (only !== undefined ? !input.name.includes(only) : quick && input.size > 2e5)) continue;
  source = input.name;
  const text = input.make();
  const engine = freshEngine();
  const [t0, c0] = [performance.now(), now()];
  const outcome = engine.check(text, { format: input.format ?? 'text' });
  const [wall, ms] = [performance.now() - t0, now() - c0];
  const rows = timings.splice(0);
  const steps = new Map<string, number>();
  for (const r of rows) for (const [k, v] of r.steps) add(steps, k, v);
  for (const [k, v] of finishTimes) add(steps, `finish:${k.split(' · ')[1]}`, v);
  finishTimes.clear();
  steps.set('other (markup, splitting, caches)', ms - [...steps.values()].reduce((a, b) => a + b, 0));
  const slowest = [...steps].sort((a, b) => b[1] - a[1]).slice(0, 3);
  const infos = outcome.diagnostics.filter((d) => d.severity === 'info').map((d) => d.ruleId);
  console.log(
    `| ${input.name} | ${text.length.toLocaleString('en-US')} | ${outcome.paragraphs} | ${fmt(ms)} (${fmt(wall)}) | ${fmt((ms / text.length) * 1000)} | ${slowest.map(([k, v]) => `${k} ${fmt(v)}`).join(', ')} | ` +
      `${outcome.diagnostics.length}${infos.length ? ` (info: ${[...new Set(infos)].join(', ')})` : ''} |`,
  );
}
