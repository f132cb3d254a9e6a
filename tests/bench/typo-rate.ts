// Planted single-letter slips in the three clean novels (nine runs of 300): how many spelling catches, and how often
// the first suggestion is the original word. Prints one line per run and the totals.
//   node --import tsx tests/bench/typo-rate.ts
import { novel, NOVELS } from '../support/corpus.js';
import { testEngine } from '../support/engine.js';
import { injectTypos } from '../support/typos.js';

let planted = 0;
let caught = 0;
let right = 0;
let none = 0;
const wrong: string[] = [];
for (const name of NOVELS) {
  for (const seed of [1, 2, 3]) {
    const { text, typos } = injectTypos(novel(name).slice(0, 200_000), 300, seed);
    const found = testEngine({ checks: ['spelling'] }).check(text).diagnostics;
    const at = new Map(found.map((d) => [d.from, d]));
    for (const t of typos) {
      planted++;
      const d = at.get(t.from);
      if (d?.to !== t.to) continue;
      caught++;
      const fix = d.fixes[0];
      if (fix && 'text' in fix && fix.text === t.original) right++;
      else if (!fix) none++;
      else if (wrong.length < 400) wrong.push(`${t.typo}→${'text' in fix ? fix.text : ''} (${t.original})`);
    }
  }
}
console.log(`planted ${planted}, caught ${caught} (${((100 * caught) / planted).toFixed(2)}%), first suggestion right ${right} (${((100 * right) / caught).toFixed(1)}%), none ${none}`);
if (process.env.SHOW) console.log(wrong.join('\n'));
