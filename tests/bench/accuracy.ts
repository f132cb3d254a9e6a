// Confusables accuracy bench: Redline's `confusables` check side by side with harper.js, in one run.
//   npm run bench:accuracy
// Eight sets: our dev set (tests/fixtures/confusables-dev.jsonl), six sets of fiction sentences written later
// (tests/fixtures/confusables-heldout*.jsonl; see their first-run figures below), and Harper's own test sentences
// (../shared/peer-cases/harper-cases.jsonl, the `confusable` category). For each sentence with an expected
// correction we ask: was the changed word flagged (recall), and does the first fix give the expected text
// (first-fix accuracy)? For each correct sentence: was anything flagged (false-flag rate)?
// Harper runs with its default rules; on correct sentences only its lints of word-choice-like kinds count as
// false flags (spelling, style, capitalisation and punctuation lints are a different job), so the comparison
// is on the work both tools share.
import { readFileSync } from 'node:fs';
import { LocalLinter } from 'harper.js';
import { binaryInlined } from 'harper.js/binaryInlined';
import { createEngine, type Engine } from '../../src/engine/engine.js';
import { changed } from '../support/changed-span.js';
import { CHECKS } from '../../src/checks/index.js';
import { decodeModel } from '../../src/checks/confusables/model.js';
import { loadConfusablesModel } from '../../src/formats/dictionaries.node.js';
import { caught, commonestSets, injectedNovels, type Flagged } from './injection.js';

interface Case {
  readonly text: string;
  readonly expected: string | null;
  readonly group: string;
}

/** A flag reduced to what the bench needs: span and first replacement (null when there is no fix). */
interface Flag {
  readonly from: number;
  readonly to: number;
  readonly kind: string;
  readonly fix: string | null;
}

const readJsonl = (path: string): Array<Record<string, unknown>> =>
  readFileSync(path.startsWith('/') ? path : new URL(path, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Record<string, unknown>);

const load = (file: string): Case[] =>
  readJsonl(file.startsWith('/') ? file : `../fixtures/${file}`).map((r) => ({
    text: String(r.text),
    // A correct twin is written either with `expected: null` or with `expected` equal to `text`.
    expected: r.expected === r.text ? null : ((r.expected as string | null) ?? null),
    group: String(r.set),
  }));

const dev = load('confusables-dev.jsonl');
/** Held-out sets, each written after the dev set, blind to the rules of the round it measures. */
const HELD_OUT: ReadonlyArray<{ readonly file: string; readonly title: string }> = [
  // Written after the first tuning round. First run: 69.2% recall, 0% false flags. Its misses then guided a last
  // round of general patterns, so today's figure is no longer blind; the first-run figure is the fair one.
  { file: 'confusables-heldout.jsonl', title: 'Held-out fiction' },
  // Written after the Harper-guided round. First run: 50.0% recall, 0% false flags (the fairest figure we have
  // for new fiction); its misses guided the last round too.
  { file: 'confusables-heldout-2.jsonl', title: 'Held-out fiction 2' },
  // Written after the last round and never tuned on.
  { file: 'confusables-heldout-3.jsonl', title: 'Held-out fiction 3' },
  // For the weakest sets on Harper's cases (their/there/they're, thing/think, principal/principle, were/where),
  // written blind before the round that targeted them. First run: 56.5% recall (13 of 23), 0% false flags;
  // harper.js 34.8% and 4.3%.
  { file: 'confusables-heldout-4.jsonl', title: 'Held-out fiction 4' },
  // A smaller set for the same four, written after that round and run once, untuned. First run: 66.7% recall
  // (8 of 12), 0% false flags; harper.js 41.7% and 16.7%.
  { file: 'confusables-heldout-5.jsonl', title: 'Held-out fiction 5' },
  // Session 2: twenty sets, a third of it in non-fiction registers (blog, email, how-to), written blind by a
  // helper who saw neither the rules nor Harper's cases, before that session's round. First run: 53.8% recall
  // (64 of 119), 0% false flags; harper.js 24.4% and 1.7%. Its misses guided that round.
  { file: 'confusables-heldout-6.jsonl', title: 'Held-out mixed registers 6' },
  // Session 2: written blind by a second helper during that round (twenty sets, half fiction, half blog, email,
  // support, review and how-to prose, with shouted and title-case lines), run once after the round. First run:
  // 58.7% recall (71 of 121), 0% false flags; harper.js 24.0% and 3.3%. Not tuned on since.
  { file: 'confusables-heldout-7.jsonl', title: 'Held-out mixed registers 7' },
  // Session 2: forty sets, mostly fiction with dialect in speech, written blind by a third helper during the
  // third round and run once after it. First run: 53.4% recall (79 of 148), 1.4% false flags (2 of 148:
  // "they're gonna come" read as a possessive, "taller then than she does"; both fixed at once); harper.js
  // 18.2% and 0.7%.
  { file: 'confusables-heldout-8.jsonl', title: 'Held-out fiction 8 (forty sets)' },
  // Session 3: the thirty commonest sets, 4 slips and 4 correct twins each, fiction with dialect, slang and
  // texting-style speech, written blind by a helper who saw neither the rules nor any earlier set, before the
  // learned model. First run (patterns only): 66.7% recall (80 of 120), first fix right 100%, 0% false flags;
  // harper.js 24.2%, 69.0%, 8.3%.
  { file: 'confusables-heldout-9.jsonl', title: 'Blind 9: thirty commonest sets' },
  // Session 3: all 67 sets, 2 slips and 2 correct twins each, fan-fiction registers, written blind by a second
  // helper under the same rules, before the learned model. First run (patterns only): 62.7% recall (84 of 134),
  // first fix right 100%, 0.7% false flags (1 of 134: "he would effect real change" read as "affect"); harper.js
  // 14.2%, 78.9%, 3.7%.
  { file: 'confusables-heldout-10.jsonl', title: 'Blind 10: all sets' },
  // Session 3: forty sets, 3 slips and 3 correct each, fiction with dialect, slang and chat logs, written blind
  // by a fifth helper during the round and held back from everyone until the round's end; run once after the
  // learned model and the pattern changes had merged. First run: right first fix 58.3% with patterns only,
  // 63.3% with the model (76 of 120), 0.8% false flags (1 of 120); harper.js 15.8% and 4.2%.
  { file: 'confusables-heldout-11.jsonl', title: 'Blind 11: held out to the end of the round' },
  // All 67 sets, 2 slips and 2 correct twins each, written blind in session 4 (docs/first-runs/confusables-blind-12.txt).
  // First run before that session's changes: right first fix 67.9% patterns, 71.6% with the model, 1.5% false
  // flags (2 of 134); after them (blind to the engineer): 67.2% and 73.9%, 1.5%; harper.js 9.7% and 6.0%.
  { file: 'confusables-heldout-12.jsonl', title: 'Blind 12: all sets, session 4' },
  // Written blind in session 5 (all 67 sets, 134 / 134). First run before that session's changes and after them
  // (blind to the engineer): 64.9% patterns, 72.4% with the model, 0.0% false flags, both times; harper.js 11.2%.
  { file: 'confusables-heldout-13.jsonl', title: 'Blind 13: all sets, session 5' },
];
const harperCases: Case[] = readJsonl('../../../shared/peer-cases/harper-cases.jsonl')
  .filter((r) => r.category === 'confusable')
  .map((r) => ({ text: String(r.text), expected: (r.expected as string | null) ?? null, group: String(r.pair) }));

let t0 = performance.now();
const modelBytes = await loadConfusablesModel();
if (!modelBytes) throw new Error('data/confusables-model.bin is missing: run `npm run train:confusables`');
const readMs = performance.now() - t0;
t0 = performance.now();
decodeModel(modelBytes);
const decodeMs = performance.now() - t0;
/** Patterns only (no model), and patterns with the learned model: the two Redline columns. */
const patterns = createEngine(CHECKS, { checks: ['confusables'] }, {});
const learned = createEngine(CHECKS, { checks: ['confusables'] }, { confusablesModel: modelBytes });
const flagsOf = (engine: Engine, text: string): Flag[] =>
  engine.check(text).diagnostics.map((d) => {
    const f = d.fixes[0];
    return { from: d.from, to: d.to, kind: d.ruleId, fix: f && f.kind === 'replace' ? f.text : null };
  });

const linter = new LocalLinter({ binary: binaryInlined });
await linter.setup();
/** Harper lint kinds that are about choosing the wrong word; others (Spelling, Style, …) do not count as false flags. */
const WORD_CHOICE = new Set(['WordChoice', 'Grammar', 'Usage', 'Typo', 'Eggcorn', 'Malapropism', 'Agreement', 'Miscellaneous', 'Nonstandard']);
const kinds = new Map<string, number>();
const harper = async (text: string): Promise<Flag[]> =>
  (await linter.lint(text)).map((lint) => {
    const span = lint.span();
    const s = lint.suggestions()[0];
    // Suggestion kinds: 0 replace, 1 remove, 2 insert after.
    const fix = s === undefined ? null : s.kind() === 0 ? s.get_replacement_text() : s.kind() === 1 ? '' : text.slice(span.start, span.end) + s.get_replacement_text();
    kinds.set(lint.lint_kind(), (kinds.get(lint.lint_kind()) ?? 0) + 1);
    return { from: span.start, to: span.end, kind: lint.lint_kind(), fix };
  });


interface Tally {
  wrong: number;
  caught: number;
  fixedRight: number;
  right: number;
  falseFlags: number;
}
const tally = (): Tally => ({ wrong: 0, caught: 0, fixedRight: 0, right: 0, falseFlags: 0 });

function score(t: Tally, c: Case, flags: readonly Flag[], countsAsFalse: (f: Flag) => boolean): void {
  if (c.expected === null) {
    t.right++;
    if (flags.some(countsAsFalse)) t.falseFlags++;
    return;
  }
  t.wrong++;
  const [from, to] = changed(c.text, c.expected);
  const hits = flags.filter((f) => f.from < Math.max(to, from + 1) && f.to > from);
  if (hits.length === 0) return;
  t.caught++;
  const first = hits.find((f) => f.fix !== null);
  if (!first) return;
  const after = c.text.slice(0, first.from) + first.fix + c.text.slice(first.to);
  if (after === c.expected) t.fixedRight++;
}

const pct = (n: number, d: number): string => (d === 0 ? '   –  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);
type Tallies = [Tally, Tally, Tally];
const row = (label: string, [p, m, h]: Tallies): string =>
  `| ${label.padEnd(26)} | ${String(p.wrong).padStart(4)} | ${String(p.right).padStart(4)} | ${pct(p.fixedRight, p.wrong)} | ${pct(m.fixedRight, m.wrong)} | ${pct(h.fixedRight, h.wrong)} | ${pct(p.caught, p.wrong)} | ${pct(m.caught, m.wrong)} | ${pct(h.caught, h.wrong)} | ${pct(p.falseFlags, p.right)} | ${pct(m.falseFlags, m.right)} | ${pct(h.falseFlags, h.right)} |`;
const HEADER =
  '| set | wrong | right | right fix: patterns | right fix: +model | right fix: harper | flagged: patterns | flagged: +model | flagged: harper | false flags: patterns | false flags: +model | false flags: harper |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|';

async function bench(title: string, cases: readonly Case[]): Promise<void> {
  const groups = new Map<string, Tallies>();
  const total: Tallies = [tally(), tally(), tally()];
  let modelMs = 0;
  let harperMs = 0;
  const misses: string[] = [];
  for (const c of cases) {
    const g: Tallies = groups.get(c.group) ?? [tally(), tally(), tally()];
    groups.set(c.group, g);
    const p = flagsOf(patterns, c.text);
    let t0 = performance.now();
    const m = flagsOf(learned, c.text);
    modelMs += performance.now() - t0;
    t0 = performance.now();
    const h = await harper(c.text);
    harperMs += performance.now() - t0;
    const before = total[1]!.falseFlags + total[1]!.fixedRight;
    for (const t of [g[0]!, total[0]!]) score(t, c, p, () => true);
    for (const t of [g[1]!, total[1]!]) score(t, c, m, () => true);
    for (const t of [g[2]!, total[2]!]) score(t, c, h, (f) => WORD_CHOICE.has(f.kind));
    if (process.env.SHOW && (c.expected === null) === (total[1]!.falseFlags + total[1]!.fixedRight > before)) {
      misses.push(`${c.expected === null ? 'FALSE' : 'MISS '} ${c.group}: ${c.text}${c.expected ? `  →  ${c.expected}` : ''}  ${JSON.stringify(m.map((f) => f.fix))}`);
    }
  }
  console.log(`\n### ${title}: ${cases.length} sentences (Redline with model ${modelMs.toFixed(0)} ms, harper.js ${harperMs.toFixed(0)} ms)\n`);
  console.log(HEADER);
  for (const [name, t] of [...groups].sort(([a], [b]) => a.localeCompare(b))) console.log(row(name, t));
  console.log(row('**overall**', total));
  if (misses.length) console.log(misses.join('\n'));
}

/** Injection on the unseen novels: per set, swaps caught with the right first fix; false flags on the clean text. */
async function injection(): Promise<void> {
  const novels = injectedNovels();
  const common = new Set(commonestSets(novels));
  const words = novels.reduce((n, x) => n + x.words, 0);
  const toFlagged = (flags: readonly Flag[]): Flagged[] => flags.map((f) => ({ from: f.from, to: f.to, fix: f.fix })).sort((a, b) => a.from - b.from);
  // harper.js is slow on a whole novel, so it reads only the paragraphs with a swap (and their clean twins,
  // for its false flags per 1,000 words of those paragraphs).
  const harperOnParagraphs = async (text: string, spans: ReadonlyArray<readonly [number, number]>): Promise<Flag[]> => {
    const out: Flag[] = [];
    for (const [from, to] of spans) for (const f of await harper(text.slice(from, to))) out.push({ ...f, from: f.from + from, to: f.to + from });
    return out;
  };
  const tools: ReadonlyArray<readonly [string, (text: string, spans: ReadonlyArray<readonly [number, number]>) => Promise<Flag[]>, (f: Flag) => boolean]> = [
    ['patterns', async (t) => flagsOf(createEngine(CHECKS, { checks: ['confusables'] }, {}), t), () => true],
    ['+model', async (t) => flagsOf(createEngine(CHECKS, { checks: ['confusables'] }, { confusablesModel: modelBytes }), t), () => true],
    ['harper', harperOnParagraphs, (f) => WORD_CHOICE.has(f.kind)],
  ];
  const perSet = new Map<string, number[]>(); // set → [swaps, right per tool ×3, flags on clean per tool ×2]
  const totals = { swaps: 0, commonSwaps: 0, right: [0, 0, 0], commonRight: [0, 0, 0], falseFlags: [0, 0, 0], commonFalse: [0, 0, 0] };
  let harperWords = 0;
  for (const novel of novels) {
    // Paragraph spans with a swap, in the injected text and in the clean one (same paragraphs, by index).
    const spansOf = (text: string): Array<[number, number]> => {
      const out: Array<[number, number]> = [];
      for (const m of text.matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g)) out.push([m.index, m.index + m[0].length]);
      return out;
    };
    const injectedSpans = spansOf(novel.injected);
    const cleanSpans = spansOf(novel.text);
    const keep = injectedSpans.map(([from, to]) => novel.swaps.some((s) => s.from >= from && s.to <= to));
    const swapSpans = injectedSpans.filter((_, k) => keep[k]);
    const twinSpans = cleanSpans.filter((_, k) => keep[k]);
    harperWords += twinSpans.reduce((n, [from, to]) => n + novel.text.slice(from, to).split(/\s+/).filter(Boolean).length, 0);
    for (const [n, [, run, counts]] of tools.entries()) {
      if (n === 2 && process.env.NO_HARPER_INJECTION) continue;
      const clean = (await run(novel.text, twinSpans)).filter(counts);
      for (const f of clean) {
        totals.falseFlags[n]!++;
        const set = f.kind.replace(/^confusable-/, '');
        const row = perSet.get(set) ?? [0, 0, 0, 0, 0, 0];
        if (n < 2) row[4 + n]!++;
        perSet.set(set, row);
        if (n < 2 ? common.has(set) : true) totals.commonFalse[n]!++;
      }
      const flags = toFlagged(await run(novel.injected, swapSpans));
      for (const swap of novel.swaps) {
        const row = perSet.get(swap.set) ?? [0, 0, 0, 0, 0, 0];
        perSet.set(swap.set, row);
        if (n === 0) {
          row[0]!++;
          totals.swaps++;
          if (common.has(swap.set)) totals.commonSwaps++;
        }
        if (caught(swap, flags).right) {
          row[1 + n]!++;
          totals.right[n]!++;
          if (common.has(swap.set)) totals.commonRight[n]!++;
        }
      }
    }
  }
  const per1000 = (n: number): string => ((1000 * n) / words).toFixed(3).padStart(6);
  console.log(`\n### Injection: ${novels.map((n) => n.name).join(', ')} (${words} words, never trained on), 5% of each set's uses swapped\n`);
  console.log('| set | swaps | right fix: patterns | right fix: +model | right fix: harper | flags on clean: patterns | flags on clean: +model |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const [set, r] of [...perSet].sort(([a], [b]) => a.localeCompare(b))) {
    if (r[0] === 0 && r[4] === 0 && r[5] === 0) continue;
    console.log(`| ${common.has(set) ? '**' + set + '**' : set} | ${r[0]} | ${pct(r[1]!, r[0]!)} | ${pct(r[2]!, r[0]!)} | ${pct(r[3]!, r[0]!)} | ${r[4]} | ${r[5]} |`);
  }
  console.log(
    `| **30 commonest (bold)** | ${totals.commonSwaps} | ${pct(totals.commonRight[0]!, totals.commonSwaps)} | ${pct(totals.commonRight[1]!, totals.commonSwaps)} | ${pct(totals.commonRight[2]!, totals.commonSwaps)} | ${per1000(totals.commonFalse[0]!)}/1k | ${per1000(totals.commonFalse[1]!)}/1k |`,
  );
  console.log(
    `| **all sets** | ${totals.swaps} | ${pct(totals.right[0]!, totals.swaps)} | ${pct(totals.right[1]!, totals.swaps)} | ${pct(totals.right[2]!, totals.swaps)} | ${per1000(totals.falseFlags[0]!)}/1k | ${per1000(totals.falseFlags[1]!)}/1k |`,
  );
  console.log(
    `\nFlags on clean text count every flag of the check (patterns and model), per 1,000 words of the four novels. harper.js read only the ${harperWords} words of paragraphs with a swap: ` +
      `${((1000 * totals.falseFlags[2]!) / Math.max(harperWords, 1)).toFixed(2)} word-choice flags per 1,000 words on their clean twins (some are real slips or style).`,
  );
}

/** Speed: the model's load, a whole novel warm, one paragraph's p95. */
function speed(): void {
  const text = readFileSync(new URL('../../../shared/corpus/pride-and-prejudice.txt', import.meta.url), 'utf8');
  const fresh = (): Engine => createEngine(CHECKS, { checks: ['confusables'] }, { confusablesModel: modelBytes });
  fresh().check(text);
  const runs: number[] = [];
  for (let k = 0; k < 3; k++) {
    const engine = fresh();
    const t0 = performance.now();
    engine.check(text);
    runs.push(performance.now() - t0);
  }
  const paragraphs = text.split(/\n\s*\n/).filter((p) => p.split(/\s+/).length >= 40).slice(0, 600);
  const engine = fresh();
  const times = paragraphs.map((p) => {
    const t0 = performance.now();
    engine.check(p);
    return performance.now() - t0;
  });
  times.sort((a, b) => a - b);
  const p95 = times[Math.floor(times.length * 0.95)] ?? 0;
  console.log(`\n### Speed (patterns + model)\n`);
  console.log(`- model: ${(modelBytes!.length / 1e6).toFixed(2)} MB, read ${readMs.toFixed(0)} ms, decoded ${decodeMs.toFixed(0)} ms`);
  console.log(`- Pride and Prejudice (121,567 words), confusables only, warm, fresh engine: ${runs.map((r) => (r / 1000).toFixed(2)).join(' / ')} s`);
  console.log(`- one paragraph (${paragraphs.length} paragraphs of 40+ words): p95 ${p95.toFixed(2)} ms, median ${(times[times.length >> 1] ?? 0).toFixed(2)} ms`);
}

// FILE=/absolute/path.jsonl runs just that set (a blind set's one first run, before it joins the fixtures);
// ONLY=<part of a file name> runs just the matching held-out sets; ONLY=sentences runs every sentence set (dev,
// held-out, Harper's) and no more; ONLY=injection or ONLY=speed runs just that part; NO_HARPER_INJECTION=1 leaves
// harper.js out of the injection.
const only = process.env.FILE ? 'first-run' : process.env.ONLY;
if (process.env.FILE) await bench(`First run (${process.env.FILE})`, load(process.env.FILE));
const allSentences = !only || only === 'sentences';
const sentences = !only || !['injection', 'speed'].includes(only);
if (allSentences) await bench('Dev set (tests/fixtures/confusables-dev.jsonl)', dev);
if (sentences && !process.env.FILE) for (const { file, title } of HELD_OUT) if (allSentences || file.includes(only!)) await bench(`${title} (tests/fixtures/${file})`, load(file));
if (allSentences) await bench('Harper cases (confusable category)', harperCases);
if (!only || only === 'injection') await injection();
if (!only || only === 'speed') speed();
if (process.env.SHOW) console.log(kinds);
