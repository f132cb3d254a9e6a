// The compiled lexicon (data/lexicon.bin) against nspell on the Hunspell dictionaries it was built from: every
// distinct word of several novels, as written, in lower case, in capitals and capitalised, gets the same verdict
// for en-US, en-GB and both. nspell is a devDependency for this test and the build script only.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nspell from 'nspell';
import { describe, expect, it } from 'vitest';
import { createLexicon, decodeLexicon } from '../src/checks/spelling/lexicon.js';
import { loadLexicon } from '../src/formats/dictionaries.node.js';
import { hunspell } from './support/hunspell.js';

const corpus = join(dirname(fileURLToPath(import.meta.url)), '../../shared/corpus');
const NOVELS = ['pride-and-prejudice', 'emma', 'anne-of-green-gables', 'the-adventures-of-tom-sawyer', 'the-hound-of-the-baskervilles', 'my-antonia'];

const reference = (id: 'en-US' | 'en-GB'): { correct(word: string): boolean } => {
  const { aff, dic } = hunspell(id);
  return nspell({ aff, dic });
};

describe('the compiled lexicon', () => {
  it('accepts and rejects every word of six novels exactly as nspell does, in en-US, en-GB and both', async () => {
    const words = new Set<string>(['21st', '112th', '11st', '1th', 'colour', 'COLOUR', 'Colour', 'color', "don't", 'don’t', 'o’clock', 'kike', 'Kike', '']);
    for (const novel of NOVELS) {
      const text = readFileSync(join(corpus, `${novel}.txt`), 'utf8');
      for (const [w] of text.matchAll(/[\p{L}\p{N}'’]+(?:[-.][\p{L}\p{N}'’]+)*/gu)) {
        for (const v of [w, w.toLowerCase(), w.toUpperCase(), w.charAt(0).toUpperCase() + w.slice(1).toLowerCase(), w.replace(/^['’]|['’]$/g, '')]) words.add(v);
      }
    }
    const compiled = decodeLexicon((await loadLexicon())!);
    const lexicon = { us: createLexicon(compiled, 'en-US'), gb: createLexicon(compiled, 'en-GB') };
    const nspells = { us: reference('en-US'), gb: reference('en-GB') };
    const differences: string[] = [];
    for (const w of words) {
      const us = nspells.us.correct(w);
      const gb = nspells.gb.correct(w);
      if (lexicon.us.correct(w) !== us) differences.push(`en-US ${w}: nspell ${us}`);
      if (lexicon.gb.correct(w) !== gb) differences.push(`en-GB ${w}: nspell ${gb}`);
      if ((lexicon.us.correct(w) || lexicon.gb.correct(w)) !== (us || gb)) differences.push(`both ${w}: nspell ${us || gb}`);
    }
    expect(words.size).toBeGreaterThan(50_000);
    expect(differences).toEqual([]);
  }, 120_000);

  it('knows each dialect’s spellings and marks what Hunspell marks NOSUGGEST', async () => {
    const compiled = decodeLexicon((await loadLexicon())!);
    const us = createLexicon(compiled, 'en-US');
    const gb = createLexicon(compiled, 'en-GB');
    expect([us.correct('color'), us.correct('colour'), gb.correct('colour'), gb.correct('color')]).toEqual([true, false, true, false]);
    expect([us.correct('LONDON'), us.correct('london'), us.correct('21st')]).toEqual([true, false, true]);
    expect([us.suggestible('bullshit'), us.suggestible('Bullshit'), us.suggestible('house')]).toEqual([false, false, true]);
  });
});
