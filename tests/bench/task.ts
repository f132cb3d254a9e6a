// One benchmark task in its own process, so its peak memory is its own. Prints one JSON line.
// Usage: node --import tsx tests/bench/task.ts <redline|harper|baseline> <novel>
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import retextRepeatedWords from 'retext-repeated-words';
import retextSpell from 'retext-spell';
import { retext } from 'retext';
import { loadLexicon, loadVocabulary, loadWordRanks } from '../../src/formats/dictionaries.node.js';
import { hunspell } from '../support/hunspell.js';
import { createEngine } from '../../src/engine/engine.js';
import { CHECKS } from '../../src/checks/index.js';
import { splitParagraphs } from '../../src/engine/paragraphs.js';
import { prng } from '../support/typos.js';

const [tool, novelName = 'pride-and-prejudice'] = process.argv.slice(2);
const text = readFileSync(new URL(`../../../shared/corpus/${novelName}.txt`, import.meta.url), 'utf8');
const words = text.split(/\s+/).filter(Boolean).length;
const EDITS = 40;

/** The same 40 single-paragraph edits for every tool: a word typed into a random paragraph. */
function edits(): Array<{ text: string; paragraph: string }> {
  const random = prng(7);
  const paragraphs = splitParagraphs(text);
  return Array.from({ length: EDITS }, (_, i) => {
    const p = paragraphs[Math.floor(random() * paragraphs.length)]!;
    const edited = `${p.text} And then edit${i}.`;
    return { text: text.slice(0, p.from) + edited + text.slice(p.to), paragraph: edited };
  });
}

const percentile = (xs: number[], q: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
const ms = (t0: number): number => Math.round((performance.now() - t0) * 10) / 10;

async function redline() {
  let t0 = performance.now();
  const [lexicon, wordRanks, vocabulary] = await Promise.all([loadLexicon(), loadWordRanks(), loadVocabulary()]);
  const engine = createEngine(CHECKS, { checks: ['spelling', 'repeated-words'] }, { wordRanks, vocabulary, ...(lexicon ? { lexicon } : {}) });
  const load = ms(t0);
  t0 = performance.now();
  const first = engine.check(text);
  const cold = ms(t0);
  t0 = performance.now();
  engine.check(text);
  const warm = ms(t0);
  const times = edits().map((e) => {
    const t = performance.now();
    engine.check(e.text);
    return performance.now() - t;
  });
  return { setup: load, whole: cold, warm, editP50: percentile(times, 0.5), editP95: percentile(times, 0.95), flags: first.diagnostics.length };
}

async function harper() {
  const { LocalLinter } = await import('harper.js');
  const { binaryInlined } = await import('harper.js/binaryInlined');
  let t0 = performance.now();
  const linter = new LocalLinter({ binary: binaryInlined });
  await linter.setup();
  // Compare on the checks we share: spelling and repeated words only.
  const config = await linter.getLintConfig();
  for (const key of Object.keys(config)) config[key] = key === 'SpellCheck' || key === 'RepeatedWords';
  await linter.setLintConfig(config);
  const setup = ms(t0);
  const options = { language: 'plaintext' as const };
  t0 = performance.now();
  const lints = await linter.lint(text, options);
  const whole = ms(t0);
  // An editor without a paragraph cache re-lints the document; we time only the edited paragraph, the peer's
  // best case.
  const times: number[] = [];
  for (const e of edits()) {
    const t = performance.now();
    await linter.lint(e.paragraph, options);
    times.push(performance.now() - t);
  }
  return { setup, whole, warm: null, editP50: percentile(times, 0.5), editP95: percentile(times, 0.95), flags: lints.length };
}

async function baseline() {
  let t0 = performance.now();
  const { aff, dic } = hunspell('en-US');
  const processor = retext().use(retextSpell, { dictionary: { aff: new TextEncoder().encode(aff), dic: new TextEncoder().encode(dic) }, max: -1 }).use(retextRepeatedWords);
  const setup = ms(t0);
  t0 = performance.now();
  const file = await processor.process(text);
  const whole = ms(t0);
  const times: number[] = [];
  for (const e of edits()) {
    const t = performance.now();
    await processor.process(e.text);
    times.push(performance.now() - t);
  }
  return { setup, whole, warm: null, editP50: percentile(times, 0.5), editP95: percentile(times, 0.95), flags: file.messages.length };
}

const tasks: Record<string, () => Promise<Record<string, number | null>>> = { redline, harper, baseline };
const run = tasks[tool ?? ''];
if (!run) throw new Error(`unknown tool ${tool}`);
const result = await run();
const maxRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
process.stdout.write(JSON.stringify({ tool, novel: novelName, words, ...result, maxRssMB }) + '\n');
