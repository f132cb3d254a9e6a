// harper.js (the peer editor checker) as a command, for the cold benchmark: set up the WASM linter with its
// default rules and lint a whole file in one call, printing one line per lint.
// Usage: node tests/bench/cold-harper.mjs FILE
import process from 'node:process';
import { readFile } from 'node:fs/promises';
import { LocalLinter } from 'harper.js';
import { binaryInlined } from 'harper.js/binaryInlined';

const text = await readFile(process.argv[2], 'utf8');
const linter = new LocalLinter({ binary: binaryInlined });
await linter.setup();
const lints = await linter.lint(text, { language: 'plaintext' });
let out = '';
for (const l of lints) out += `${l.span().start} ${l.lint_kind()} ${l.message()}\n`;
process.stdout.write(out + `${lints.length} lints\n`);
