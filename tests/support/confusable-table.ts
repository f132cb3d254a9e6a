// The README's table of confusable sets, generated from the data (`npm run docs:confusables` rewrites it;
// tests/readme.test.ts fails when the README and the data disagree).
import { CONFUSABLE_SETS } from '../../src/checks/confusables/confusables.data.js';

/** The table as Markdown: three columns, sets in id order down each column, curly apostrophes. */
export function confusableSetsTable(): string {
  const cells = [...CONFUSABLE_SETS]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((s) => `${s.words.join(' / ').replace(/'/g, '’')} (\`${s.id}\`)`);
  const rows = Math.ceil(cells.length / 3);
  const lines = ['| | | |', '|---|---|---|'];
  for (let r = 0; r < rows; r++) lines.push(`| ${[0, 1, 2].map((c) => cells[c * rows + r] ?? '').join(' | ')} |`.replace(/ {2}\|$/, ' |'));
  return lines.join('\n');
}

/** The README with its table of sets replaced by the generated one (the block after "The 67 sets"). */
export function withGeneratedTable(readme: string): string {
  const start = readme.indexOf('| | | |', readme.indexOf('\nThe 67 sets'));
  const end = readme.indexOf('\n\n', start);
  if (start < 0 || end < 0) throw new Error('README: no table of confusable sets after "The 67 sets"');
  return readme.slice(0, start) + confusableSetsTable() + readme.slice(end);
}
