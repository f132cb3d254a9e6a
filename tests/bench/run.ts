// npm run bench [-- --quick] [-- --novel NAME] [-- --runs N] [-- --sizes 10,50,120,240 (thousands of words)]
// Redline side by side with the plain retext pass (retext-english + retext-spell without suggestions +
// retext-repeated-words) and harper.js (skipped by --quick), in one run, on ../shared/corpus:
//   cold: the whole command in its own process (wall, CPU, peak RSS; median of --runs, default 3);
//   in process: warm whole-text check, unchanged re-check, 200 one-word edits, suggestion latency;
//   growth: 10k–240k-word inputs (novels cut or joined at paragraph ends), to show time grows linearly.
// Prints the tables and writes them, with the machine, to bench/results.md. Never part of `npm test`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { threadPlan } from '../../src/cli/threads.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => (args.includes(name) ? args[args.indexOf(name) + 1]! : fallback);
const quick = args.includes('--quick');
const novel = option('--novel', 'pride-and-prejudice');
const runs = Number(option('--runs', '3'));
const root = fileURLToPath(new URL('../../', import.meta.url));
const corpus = join(root, '../shared/corpus');
const here = (f: string): string => fileURLToPath(new URL(f, import.meta.url));
const cores = availableParallelism();
const log = (s: string): void => void process.stderr.write(s + '\n');

interface Cold {
  wall: number;
  cpu: number;
  rssMB: number;
}

/** Runs a command with stdout discarded, measured by GNU time: wall and CPU seconds, peak RSS. */
function measure(command: readonly string[], env: Record<string, string> = {}): Cold {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', ...command], { cwd: root, env: { ...process.env, XDG_CONFIG_HOME: '/nonexistent', ...env }, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const line = r.stderr.trim().split('\n').pop() ?? '';
  const [wall, user, sys, rss] = line.split(' ').map(Number);
  if (!(wall! >= 0) || r.status === null || r.status > 1) throw new Error(`${command.join(' ')} failed (${r.status}): ${r.stderr.slice(-500)}`);
  return { wall: wall!, cpu: user! + sys!, rssMB: Math.round(rss! / 1024) };
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const medianCold = (xs: readonly Cold[]): Cold => ({ wall: median(xs.map((x) => x.wall)), cpu: median(xs.map((x) => x.cpu)), rssMB: median(xs.map((x) => x.rssMB)) });

const redline = (file: string, threads?: number): string[] => [process.execPath, 'bin/redline.js', 'check', file, ...(threads ? ['--threads', String(threads)] : [])];
const retextPass = (file: string): string[] => [process.execPath, here('./cold-baseline.mjs'), file];
const harperPass = (file: string): string[] => [process.execPath, here('./cold-harper.mjs'), file];

/** Round-robin over the commands `times` times (a burst of load then hurts each alike); medians per command. */
function coldRuns(commands: Record<string, string[]>, times: number): Record<string, Cold> {
  const seen: Record<string, Cold[]> = {};
  for (let i = 0; i < times; i++) {
    for (const [name, command] of Object.entries(commands)) {
      log(`cold ${name} (${i + 1}/${times})…`);
      (seen[name] ??= []).push(measure(command));
    }
  }
  return Object.fromEntries(Object.entries(seen).map(([k, v]) => [k, medianCold(v)]));
}

/** A manuscript of about `words` words: the corpus novels in turn, cut at a paragraph end. */
function sized(words: number, dir: string): string {
  const order = ['pride-and-prejudice', 'emma', 'little-women', 'main-street'];
  let out = '';
  let count = 0;
  for (const name of order) {
    for (const paragraph of readFileSync(join(corpus, `${name}.txt`), 'utf8').split(/\n\s*\n/)) {
      if (count >= words) break;
      out += paragraph + '\n\n';
      count += paragraph.split(/\s+/).filter(Boolean).length;
    }
  }
  const path = join(dir, `${words / 1000}k.txt`);
  writeFileSync(path, out);
  return path;
}

const task = (tool: string, file: string): Record<string, unknown> => {
  log(`in process: ${tool}…`);
  return JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', here('./task.ts'), tool, file], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 }).trim().split('\n').pop()!) as Record<string, unknown>;
};

// --only cold|tasks|growth runs one part and saves it (parts can run at once on a busy machine); --report
// assembles the saved parts. Without either, every part runs in turn and the report is written.
const only = option('--only', '');
const partsDir = join(tmpdir(), 'redline-bench-parts');
const file = join(corpus, `${novel}.txt`);
const words = readFileSync(file, 'utf8').split(/\s+/).filter(Boolean).length;
const parts = (only ? [only] : args.includes('--report') ? [] : ['cold', 'tasks', 'growth']) as Array<'cold' | 'tasks' | 'growth'>;
if (parts.length && !args.includes('--no-build')) {
  log('building the CLI (npm run build:cli)…');
  execFileSync('npm', ['run', 'build:cli'], { cwd: root, stdio: 'ignore' });
}
mkdirSync(partsDir, { recursive: true });
const save = (name: string, value: unknown): void => writeFileSync(join(partsDir, `${name}.json`), JSON.stringify({ value, load: loadavg()[0], at: new Date().toISOString() }));
const saved = <T>(name: string): { value: T; load: number; at: string } | undefined =>
  existsSync(join(partsDir, `${name}.json`)) ? (JSON.parse(readFileSync(join(partsDir, `${name}.json`), 'utf8')) as { value: T; load: number; at: string }) : undefined;
if (parts.length) save('start', { load: loadavg()[0]!, threads: threadPlan(undefined, {}).threads, at: new Date().toISOString() });
const start = saved<{ load: number; threads: number; at: string }>('start')!.value;
const startLoad = start.load;
const auto = { threads: start.threads };
const started = new Date(start.at);

// 1. Cold, whole command. harper.js takes about a minute a run: one run.
if (parts.includes('cold')) {
const cold = coldRuns({ 'redline --threads 1': redline(file, 1), ...(cores > 1 ? { [`redline --threads ${cores}`]: redline(file, cores) } : {}), retext: retextPass(file) }, runs);
if (!quick) Object.assign(cold, coldRuns({ 'harper.js': harperPass(file) }, 1));
save('cold', cold);
}

// 2. In process.
if (parts.includes('tasks')) {
const inProcess: Record<string, Record<string, unknown>> = { redline: task('redline', file), retext: task('baseline', file) };
if (!quick) inProcess['harper.js'] = task('harper', file);
save('tasks', inProcess);
}

// 3. Growth, one run per size; threads 1 and all cores forced, to find where threads start to pay.
if (parts.includes('growth')) {
const dir = mkdtempSync(join(tmpdir(), 'redline-bench-'));
const sizes = option('--sizes', '10,50,120,240').split(',').map((k) => Number(k) * 1000);
const growth = sizes.map((n) => {
  const path = sized(n, dir);
  log(`growth ${n / 1000}k…`);
  const commands: Record<string, string[]> = { one: redline(path, 1), ...(cores > 1 ? { all: redline(path, cores) } : {}), retext: retextPass(path) };
  return { words: n, ...coldRuns(commands, 1) } as { words: number } & Record<string, Cold>;
});
save('growth', growth);
}
if (only) process.exit(0);
const endLoad = loadavg()[0]!;
// A part that has not finished (when parts run at once) is reported as missing.
const cold = saved<Record<string, Cold>>('cold')?.value ?? {};
const inProcess = saved<Record<string, Record<string, unknown>>>('tasks')?.value ?? {};
const growth = saved<Array<{ words: number } & Record<string, Cold>>>('growth')?.value ?? [];
const loads = ['cold', 'tasks', 'growth'].map((p) => `${p} ${saved(p)?.load.toFixed(1) ?? 'not finished'}`).join(', ');

// Report.
const s = (x: number): string => `${x.toFixed(2)} s`;
const ms = (x: unknown): string => (typeof x === 'number' ? `${x < 10 ? x.toFixed(2) : x.toFixed(0)} ms` : '—');
const ratio = (a: number | undefined, b: number | undefined): string => (a === undefined || b === undefined || b === 0 ? '' : ` (${(a / b).toFixed(2)}×)`);
const lines: string[] = [];
const out = (l = ''): number => lines.push(l);
out('# Benchmark results');
out();
out(`Measured by \`npm run bench${quick ? ' -- --quick' : ''}\` from ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC.`);
out();
out(`Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cores} cores, ${Math.round(totalmem() / 2 ** 30)} GB RAM, Node ${process.version}; ` +
  `load average ${startLoad.toFixed(1)} at the start, at the end of each part ${loads}, ${endLoad.toFixed(1)} at the end ` +
  `(above ${cores}, other work shared the machine: wall times then stretch, CPU times much less).`);
out();
out(`## Cold: the whole command on ${novel} (${words.toLocaleString('en-US')} words), median of ${runs}`);
out();
out('Redline runs every check (spelling, confusables with the learned model, repeated words, dialogue, POV, tense);');
out(`the plain retext pass runs spelling without suggestions and repeated words; harper.js its default rules${'harper.js' in cold ? ', one run (about a minute)' : ' (not run: --quick)'}.`);
out(`Without \`--threads\` the CLI uses the idle cores (cores less the load average) above the size threshold: here it chose ${auto.threads} thread(s) at the start.`);
out('Ratios are the best Redline row ÷ the row\'s tool (for the Redline rows: ÷ `--threads 1`).');
out();
out('| tool | wall | CPU | peak RSS |');
out('|---|---|---|---|');
if (!cold['redline --threads 1']) out('(not finished in this run)');
const one = cold['redline --threads 1']!;
const best = Object.entries(cold).filter(([k]) => k.startsWith('redline')).map(([, c]) => c).sort((a, b) => a.wall - b.wall)[0];
for (const [name, c] of Object.entries(cold)) {
  const ref = name.startsWith('redline') ? (c === one ? undefined : c) : best;
  const base = name.startsWith('redline') ? one : c;
  const vs = (pick: (x: Cold) => number): string => (ref ? ratio(pick(ref), pick(base)) : '');
  out(`| ${name} | ${s(c.wall)}${vs((x) => x.wall)} | ${s(c.cpu)}${vs((x) => x.cpu)} | ${c.rssMB} MB${vs((x) => x.rssMB)} |`);
}
out();
out(`## In process, on ${novel}`);
out();
out('Warm: a whole-text check with the code warm and no paragraph cached (after checking another novel). Unchanged: the');
out('same text again. Edit: one word of a random paragraph replaced, 200 times; Redline re-checks the whole manuscript');
out('(re-analysing the changed paragraph), the retext pass and harper.js re-check the edited paragraph alone (their best');
out('case: neither keeps a paragraph cache). Suggestions: Redline checks each flagged word alone in an engine that has not');
out('seen it (its fixes carry the suggestions); the retext pass is `nspell.suggest` per flagged word, what retext-spell');
out('calls when suggestions are on; harper.js computes suggestions inside every lint (not separable).');
out();
out('| tool | warm whole text | unchanged | edit p50 / p95 | suggestions p50 / p95 / max (words) | RSS of the task |');
out('|---|---|---|---|---|---|');
type Stats = { p50: number; p95: number; max: number; n: number } | null;
for (const [name, t] of Object.entries(inProcess)) {
  const e = t['edits'] as Stats;
  const g = t['suggestions'] as Stats;
  out(`| ${name} | ${ms(t['warm'])} | ${ms(t['unchanged'])} | ${e ? `${ms(e.p50)} / ${ms(e.p95)}` : '—'} | ${g ? `${ms(g.p50)} / ${ms(g.p95)} / ${ms(g.max)} (${g.n})` : '—'} | ${t['maxRssMB']} MB |`);
}
const rt = inProcess['retext'];
const rl = inProcess['redline'];
out();
if (rl && rt) out(`Warm whole text, Redline ÷ retext: ${ratio(rl['warm'] as number, rt['warm'] as number).trim() || '—'}. ` +
  `Redline's suggestion timings include about ${ms(rl['suggestionOverheadP50'])} of checking a known word alone.`);
for (const t of ['redline', 'retext', 'harper.js']) if (!inProcess[t]) out(`${t}: not finished in this run.`);
out();
out('## Growth: cold command by input size (one run each)');
out();
out(`Inputs are Pride and Prejudice, Emma, Little Women and Main Street in turn, cut at a paragraph end. \`--threads ${cores}\``);
out('forces the threads whatever the size (without it the CLI uses one thread below the threshold).');
out();
out(`| words | Redline --threads 1: wall / CPU | Redline --threads ${cores}: wall / CPU | retext: wall / CPU | Redline ÷ retext (wall, fastest Redline) | Redline s per 10k words |`);
out('|---|---|---|---|---|---|');
for (const g of growth) {
  const best = Math.min(g['one']!.wall, g['all']?.wall ?? Infinity);
  out(`| ${g.words.toLocaleString('en-US')} | ${s(g['one']!.wall)} / ${s(g['one']!.cpu)} | ${g['all'] ? `${s(g['all'].wall)} / ${s(g['all'].cpu)}` : '—'} | ` +
    `${s(g['retext']!.wall)} / ${s(g['retext']!.cpu)} | ${(best / g['retext']!.wall).toFixed(2)}× | ${((best / g.words) * 10_000).toFixed(2)} |`);
}
const report = lines.join('\n') + '\n';
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench/results.md'), report);
process.stdout.write(report);
