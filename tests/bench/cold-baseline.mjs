// The plain retext pass as a command, for the cold benchmark: retext-english + retext-spell without suggestions
// (max: -1) + retext-repeated-words over a whole file, printing one line per message like a CLI would.
// Usage: node tests/bench/cold-baseline.mjs FILE
import process from 'node:process';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { retext } from 'retext';
import retextRepeatedWords from 'retext-repeated-words';
import retextSpell from 'retext-spell';

const folder = dirname(fileURLToPath(import.meta.resolve('dictionary-en')));
const [text, aff, dic] = await Promise.all([readFile(process.argv[2], 'utf8'), readFile(join(folder, 'index.aff')), readFile(join(folder, 'index.dic'))]);
const file = await retext().use(retextSpell, { dictionary: { aff, dic }, max: -1 }).use(retextRepeatedWords).process(text);
let out = '';
for (const m of file.messages) out += `${m.line}:${m.column} ${m.ruleId} ${m.reason}\n`;
process.stdout.write(out + `${file.messages.length} messages\n`);
