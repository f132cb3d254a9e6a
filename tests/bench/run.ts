// npm run bench [-- --novel emma] [-- --quick]
// Speed and memory of Redline's spelling + repeated-words against peers measured in the same run:
// harper.js (the peer editor checker, on the same two rule families) and the plain retext stack (retext-spell +
// retext-repeated-words with defaults, what the design card starts from). Prints absolute figures and ratios.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const novel = args.includes('--novel') ? args[args.indexOf('--novel') + 1]! : 'pride-and-prejudice';
const tools = args.includes('--quick') ? ['redline', 'baseline'] : ['redline', 'baseline', 'harper'];
const task = fileURLToPath(new URL('./task.ts', import.meta.url));

interface Row {
  tool: string;
  words: number;
  setup: number;
  whole: number;
  warm: number | null;
  editP50: number;
  editP95: number;
  flags: number;
  maxRssMB: number;
}

const rows: Row[] = [];
for (const tool of tools) {
  process.stderr.write(`measuring ${tool} on ${novel}…\n`);
  const out = execFileSync(process.execPath, ['--import', 'tsx', task, tool, novel], { encoding: 'utf8', maxBuffer: 1 << 24 });
  rows.push(JSON.parse(out.trim().split('\n').pop()!) as Row);
}

const redline = rows[0]!;
const fmt = (n: number | null, unit = ''): string => (n === null ? '—' : `${n.toLocaleString('en-US', { maximumFractionDigits: 1 })}${unit}`);
const ratio = (a: number | null, b: number | null): string => (a === null || b === null || b === 0 ? '' : ` (${(a / b).toFixed(2)}×)`);
console.log(`\n${novel}: ${redline.words.toLocaleString('en-US')} words; spelling + repeated words only. Ratios are Redline ÷ peer.\n`);
console.log('| tool | setup | whole text | again, unchanged | one-paragraph edit p50 / p95 | peak RSS | flags per 1,000 words |');
console.log('|---|---|---|---|---|---|---|');
for (const r of rows) {
  const vs = (pick: (x: Row) => number | null): string => (r === redline ? '' : ratio(pick(redline), pick(r)));
  console.log(
    `| ${r.tool} | ${fmt(r.setup, ' ms')}${vs((x) => x.setup)} | ${fmt(r.whole, ' ms')}${vs((x) => x.whole)} | ${fmt(r.warm, ' ms')} | ` +
      `${fmt(r.editP50, ' ms')} / ${fmt(r.editP95, ' ms')}${vs((x) => x.editP50)} | ${fmt(r.maxRssMB, ' MB')}${vs((x) => x.maxRssMB)} | ` +
      `${(r.flags / (r.words / 1000)).toFixed(2)} |`,
  );
}
console.log('\nharper.js edits are timed on the edited paragraph alone (its best case; it has no paragraph cache);');
console.log('Redline and the retext baseline re-check the whole edited novel (Redline re-analyses only the changed paragraph).');
