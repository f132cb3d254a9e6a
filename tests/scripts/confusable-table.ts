// npm run docs:confusables — rewrites the README's table of confusable sets from the data.
import { readFileSync, writeFileSync } from 'node:fs';
import { withGeneratedTable } from '../support/confusable-table.js';

const path = new URL('../../README.md', import.meta.url);
writeFileSync(path, withGeneratedTable(readFileSync(path, 'utf8')));
console.log('README.md: table of confusable sets regenerated from src/checks/confusables/confusables.data.ts');
