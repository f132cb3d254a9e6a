// The Hunspell dictionaries the lexicon is compiled from (devDependencies dictionary-en and dictionary-en-gb), read
// by path: for the lexicon build script, its equivalence test and the plain retext-spell baseline in benchmarks.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DictionaryId } from '../../src/contract/check.js';

export const HUNSPELL_PACKAGES: Record<DictionaryId, string> = { 'en-US': 'dictionary-en', 'en-GB': 'dictionary-en-gb' };

/** A dictionary's `.aff` and `.dic` text and its package version. */
export function hunspell(id: DictionaryId): { aff: string; dic: string; version: string } {
  const folder = dirname(fileURLToPath(import.meta.resolve(HUNSPELL_PACKAGES[id])));
  const read = (name: string): string => readFileSync(join(folder, name), 'utf8');
  return { aff: read('index.aff'), dic: read('index.dic'), version: (JSON.parse(read('package.json')) as { version: string }).version };
}
