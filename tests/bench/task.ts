// One in-process benchmark task in its own process (so its memory is its own). Prints one JSON line.
// Usage: node --import tsx tests/bench/task.ts <redline|baseline|harper> <novel file>
//   warm: a whole-text check with the code warm and nothing cached; unchanged: the same text again;
//   edits: 200 one-word edits, each re-checked; suggestions: every flagged word's suggestions, one at a time.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createEngine } from '../../src/engine/engine.js';
import { CHECKS, engineConfigFor } from '../../src/checks/index.js';
import { loadEngineDeps } from '../../src/cli/deps.js';
import { hunspell } from '../support/hunspell.js';
import { splitParagraphs } from '../../src/engine/paragraphs.js';
import { rng } from '../support/random.js';

const [tool, path] = process.argv.slice(2);
if (!path) throw new Error('usage: task.ts <redline|baseline|harper> <novel file>');
const text = readFileSync(path, 'utf8');
const EDITS = 200;

/**
 * The same 200 edits for every tool: in a random paragraph, one word replaced by another word of the text
 * (a writer's one-word change). `text` is the whole edited manuscript, `paragraph` the edited paragraph alone.
 */
function edits(): Array<{ text: string; paragraph: string }> {
  const random = rng(7);
  const paragraphs = splitParagraphs(text).filter((p) => /\p{L}{3,}/u.test(p.text));
  const vocabulary = [...new Set(text.match(/\p{Ll}{3,}/gu) ?? [])];
  return Array.from({ length: EDITS }, () => {
    const p = paragraphs[Math.floor(random() * paragraphs.length)]!;
    const words = [...p.text.matchAll(/\p{L}{3,}/gu)];
    const w = words[Math.floor(random() * words.length)]!;
    const edited = p.text.slice(0, w.index) + vocabulary[Math.floor(random() * vocabulary.length)]! + p.text.slice(w.index! + w[0].length);
    return { text: text.slice(0, p.from) + edited + text.slice(p.to), paragraph: edited };
  });
}

const summary = (xs: readonly number[]): { p50: number; p95: number; max: number; n: number } => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number): number => round(s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN);
  return { p50: at(0.5), p95: at(0.95), max: round(s[s.length - 1] ?? NaN), n: s.length };
};
const round = (n: number): number => Math.round(n * 100) / 100;
const time = <T>(f: () => T): [T, number] => {
  const t0 = performance.now();
  const v = f();
  return [v, performance.now() - t0];
};
const timeAsync = async <T>(f: () => Promise<T>): Promise<[T, number]> => {
  const t0 = performance.now();
  const v = await f();
  return [v, performance.now() - t0];
};
// Another novel's text, checked between two checks of ours: the code is warm and the paragraph caches cold.
const other = (): string => readFileSync(new URL('../../../shared/corpus/emma.txt', import.meta.url), 'utf8');

async function redline() {
  const deps = await loadEngineDeps();
  const engine = createEngine(CHECKS, engineConfigFor(undefined, {}), deps);
  const [first] = time(() => engine.check(text));
  engine.check(other());
  const [, warm] = time(() => engine.check(text));
  const [, unchanged] = time(() => engine.check(text));
  const editTimes = edits().map((e) => time(() => engine.check(e.text))[1]);
  // Suggestions come with a spelling finding's fixes. Each flagged word (once per spelling) is checked alone by
  // an engine that has never seen it, so no memo helps; a known word measures what is not suggestion work.
  const words = [...new Set(first.diagnostics.filter((d) => d.ruleId === 'spelling-unknown-word').map((d) => d.actual))];
  const speller = createEngine(CHECKS, engineConfigFor(undefined, { checks: ['spelling'] }), deps);
  speller.check('She recieved the leter.'); // builds the dictionaries
  const overhead = summary(['house', 'garden', 'letter', 'morning', 'walked'].map((w) => time(() => speller.check(`${w}.`))[1]));
  const suggestionTimes = words.map((w) => time(() => speller.check(w))[1]);
  return { flags: first.diagnostics.length, warm, unchanged, edits: summary(editTimes), suggestions: summary(suggestionTimes), suggestionOverheadP50: overhead.p50 };
}

async function baseline() {
  const { retext } = await import('retext');
  const { default: retextSpell } = await import('retext-spell');
  const { default: retextRepeatedWords } = await import('retext-repeated-words');
  const { default: nspell } = await import('nspell');
  const { aff, dic } = hunspell('en-US');
  const dictionary = { aff: new TextEncoder().encode(aff), dic: new TextEncoder().encode(dic) };
  const processor = retext().use(retextSpell, { dictionary, max: -1 }).use(retextRepeatedWords);
  const [file] = await timeAsync(() => processor.process(text));
  await processor.process(other());
  const [, warm] = await timeAsync(() => processor.process(text));
  // No paragraph cache: an editor built on it re-processes the edited paragraph (its best case).
  const editTimes: number[] = [];
  for (const e of edits()) editTimes.push((await timeAsync(() => processor.process(e.paragraph)))[1]);
  // retext-spell's suggestions are nspell.suggest on each flagged word.
  const spell = nspell({ aff, dic });
  const words = [...new Set(file.messages.filter((m) => m.source === 'retext-spell').map((m) => String(m.actual)))];
  const suggestionTimes = words.map((w) => time(() => spell.suggest(w))[1]);
  return { flags: file.messages.length, warm, unchanged: warm, edits: summary(editTimes), suggestions: summary(suggestionTimes) };
}

async function harper() {
  const { LocalLinter } = await import('harper.js');
  const { binaryInlined } = await import('harper.js/binaryInlined');
  const linter = new LocalLinter({ binary: binaryInlined });
  const [, setup] = await timeAsync(() => linter.setup());
  // A whole novel in one call takes about a minute (the cold run measures it); edits lint the edited paragraph
  // alone, its best case, and suggestions arrive with every lint (no separate cost to time).
  const editTimes: number[] = [];
  for (const e of edits()) editTimes.push((await timeAsync(() => linter.lint(e.paragraph, { language: 'plaintext' })))[1]);
  return { setup, warm: null, unchanged: null, edits: summary(editTimes), suggestions: null };
}

const tasks: Record<string, () => Promise<object>> = { redline, baseline, harper };
const task = tasks[tool ?? ''];
if (!task) throw new Error(`unknown tool ${tool}`);
const result = await task();
process.stdout.write(JSON.stringify({ tool, ...result, maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024) }) + '\n');
