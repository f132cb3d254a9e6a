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
import { createEngine } from '../../src/engine/engine.js';
import { CHECKS } from '../../src/checks/index.js';

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
  readFileSync(new URL(path, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Record<string, unknown>);

const load = (file: string): Case[] =>
  readJsonl(`../fixtures/${file}`).map((r) => ({
    text: String(r.text),
    expected: (r.expected as string | null) ?? null,
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
];
const harperCases: Case[] = readJsonl('../../../shared/peer-cases/harper-cases.jsonl')
  .filter((r) => r.category === 'confusable')
  .map((r) => ({ text: String(r.text), expected: (r.expected as string | null) ?? null, group: String(r.pair) }));

const engine = createEngine(CHECKS, { checks: ['confusables'] }, { dictionaries: {} });
const ours = (text: string): Flag[] =>
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

/** The span of `text` that differs from `expected`, widened to whole words. */
function changed(text: string, expected: string): [number, number] {
  let a = 0;
  while (a < text.length && text[a] === expected[a]) a++;
  let b = 0;
  while (b < text.length - a && text[text.length - 1 - b] === expected[expected.length - 1 - b]) b++;
  let from = a;
  let to = text.length - b;
  while (from > 0 && /[\p{L}'’]/u.test(text[from - 1]!)) from--;
  while (to < text.length && /[\p{L}'’]/u.test(text[to]!)) to++;
  return [from, Math.max(to, from)];
}

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
const row = (label: string, o: Tally, h: Tally): string =>
  `| ${label.padEnd(26)} | ${String(o.wrong).padStart(4)} | ${String(o.right).padStart(4)} | ${pct(o.caught, o.wrong)} | ${pct(h.caught, h.wrong)} | ${pct(o.fixedRight, o.caught)} | ${pct(h.fixedRight, h.caught)} | ${pct(o.falseFlags, o.right)} | ${pct(h.falseFlags, h.right)} |`;

async function bench(title: string, cases: readonly Case[]): Promise<void> {
  const groups = new Map<string, [Tally, Tally]>();
  const total: [Tally, Tally] = [tally(), tally()];
  let oursMs = 0;
  let harperMs = 0;
  const misses: string[] = [];
  for (const c of cases) {
    const g = groups.get(c.group) ?? [tally(), tally()];
    groups.set(c.group, g);
    let t0 = performance.now();
    const o = ours(c.text);
    oursMs += performance.now() - t0;
    t0 = performance.now();
    const h = await harper(c.text);
    harperMs += performance.now() - t0;
    const before = total[0].falseFlags + total[0].caught;
    for (const t of [g[0], total[0]]) score(t, c, o, () => true);
    for (const t of [g[1], total[1]]) score(t, c, h, (f) => WORD_CHOICE.has(f.kind));
    if (process.env.SHOW && (c.expected === null) === (total[0].falseFlags + total[0].caught > before) ) {
      misses.push(`${c.expected === null ? 'FALSE' : 'MISS '} ${c.group}: ${c.text}${c.expected ? `  →  ${c.expected}` : ''}  ${JSON.stringify(o.map((f) => f.fix))}`);
    }
  }
  console.log(`\n### ${title}: ${cases.length} sentences (Redline ${oursMs.toFixed(0)} ms, harper.js ${harperMs.toFixed(0)} ms)\n`);
  console.log('| set | wrong | right | recall Redline | recall harper | first fix Redline | first fix harper | false flags Redline | false flags harper |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const [name, [o, h]] of [...groups].sort(([a], [b]) => a.localeCompare(b))) console.log(row(name, o, h));
  console.log(row('**overall**', total[0], total[1]));
  if (misses.length) console.log(misses.join('\n'));
}

// ONLY=<part of a file name> runs just the matching held-out sets (for a blind set's one first run).
const only = process.env.ONLY;
if (!only) await bench('Dev set (tests/fixtures/confusables-dev.jsonl)', dev);
for (const { file, title } of HELD_OUT) if (!only || file.includes(only)) await bench(`${title} (tests/fixtures/${file})`, load(file));
if (!only) await bench('Harper cases (confusable category)', harperCases);
if (process.env.SHOW) console.log(kinds);
