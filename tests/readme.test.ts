import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withGeneratedTable } from './support/confusable-table.js';

describe('the README', () => {
  it('lists the confusable sets exactly as the data has them (npm run docs:confusables regenerates it)', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(readme).toBe(withGeneratedTable(readme));
  });
});
