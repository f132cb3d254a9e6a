// Spelling accuracy on blind material: are typos caught with the intended word offered first, and are rare real
// words and invented names left alone (or at least not "corrected" into a wrong common word)?
//   npm run bench:spelling                       (tests/fixtures/spelling-blind-*.jsonl)
//   FILE=/path/to/set.jsonl npm run bench:spelling   (a set before it joins the fixtures: its first run)
//   SHOW=1 …                                      (print every miss)
// Each line: {"kind":"typo","text","word","intended","slip"} | {"kind":"rare"|"name","text","word"}. Every
// sentence is checked on its own (spelling only), so a word's fate does not depend on the other sentences.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { testEngine } from '../support/engine.js';

interface Item {
  readonly kind: 'typo' | 'rare' | 'name';
  readonly text: string;
  readonly word: string;
  readonly intended?: string;
  readonly slip?: string;
}

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const files = process.env.FILE ? [process.env.FILE] : readdirSync(fixtures).filter((f) => /^spelling-blind-.*\.jsonl$/.test(f)).map((f) => fixtures + f);
const show = process.env.SHOW === '1';
const engine = testEngine({ checks: ['spelling'] });
const pct = (n: number, d: number): string => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);

for (const file of files) {
  const items = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Item);
  const bySlip = new Map<string, { n: number; caught: number; first: number; top3: number }>();
  const rare = { n: 0, quiet: 0, noFix: 0, wrongFix: 0 };
  const names = { n: 0, quiet: 0 };
  const times: number[] = [];
  for (const item of items) {
    const at = item.text.search(new RegExp(`(?<![\\p{L}’'])${item.word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u'));
    const t0 = performance.now();
    const { diagnostics } = engine.check(item.text);
    times.push(performance.now() - t0);
    const hit = diagnostics.find((d) => d.from <= at && d.to >= at + item.word.length - 1 && d.to > at);
    const texts = (hit?.fixes ?? []).map((f) => ('text' in f ? f.text : '')).filter(Boolean);
    if (item.kind === 'typo') {
      const row = bySlip.get(item.slip ?? '?') ?? { n: 0, caught: 0, first: 0, top3: 0 };
      bySlip.set(item.slip ?? '?', row);
      row.n++;
      if (hit) row.caught++;
      const want = item.intended!.toLowerCase();
      if (texts[0]?.toLowerCase() === want) row.first++;
      if (texts.slice(0, 3).some((t) => t.toLowerCase() === want)) row.top3++;
      if (show && texts[0]?.toLowerCase() !== want) console.log(`typo ${item.word} → want ${item.intended}, got ${hit ? JSON.stringify(texts.slice(0, 3)) : 'not flagged'}`);
    } else if (item.kind === 'rare') {
      rare.n++;
      if (!hit) rare.quiet++;
      else if (texts.length === 0) rare.noFix++;
      else rare.wrongFix++;
      if (show && hit) console.log(`rare ${item.word} flagged${texts.length ? ` → ${texts.slice(0, 3).join(', ')}` : ' (no fix)'}`);
    } else {
      names.n++;
      if (!hit) names.quiet++;
      else if (show) console.log(`name ${item.word} flagged → ${texts.slice(0, 3).join(', ') || '(no fix)'}`);
    }
  }
  const all = [...bySlip.values()].reduce((a, r) => ({ n: a.n + r.n, caught: a.caught + r.caught, first: a.first + r.first, top3: a.top3 + r.top3 }), { n: 0, caught: 0, first: 0, top3: 0 });
  console.log(`\n${file.split('/').pop()}: ${items.length} items`);
  console.log('| typos | n | flagged | right first | right in top 3 |');
  console.log('|---|---|---|---|---|');
  for (const [slip, r] of [...bySlip].sort((a, b) => b[1].n - a[1].n)) console.log(`| ${slip} | ${r.n} | ${pct(r.caught, r.n)} | ${pct(r.first, r.n)} | ${pct(r.top3, r.n)} |`);
  console.log(`| **all** | ${all.n} | ${pct(all.caught, all.n)} | ${pct(all.first, all.n)} | ${pct(all.top3, all.n)} |`);
  console.log(`\nrare real words: ${rare.n}; left alone ${pct(rare.quiet, rare.n)}, flagged without a fix ${pct(rare.noFix, rare.n)}, flagged with a wrong fix ${pct(rare.wrongFix, rare.n)}`);
  console.log(`invented names used once: ${names.n}; left alone ${pct(names.quiet, names.n)}`);
  times.sort((a, b) => a - b);
  console.log(`per sentence (engine, spelling, warm): p50 ${times[Math.floor(times.length / 2)]!.toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms`);
}
