// Tagger bake-off for the confusables check: accuracy on hand-tagged fiction, speed on a novel, install size.
// The candidates are not project dependencies: install them in a scratch folder and pass it in.
//   mkdir /tmp/taggers && cd /tmp/taggers && npm i wink-pos-tagger compromise wink-nlp wink-eng-lite-web-model en-pos
//   node --import tsx tests/bench/taggers.ts /tmp/taggers
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** Hand-tagged fiction (universal tags), contractions split the way most taggers split them. */
const GOLD = `
She/PRON knew/VERB the/DET man/NOUN at/ADP once/ADV ,/. though/SCONJ she/PRON had/AUX never/ADV seen/VERB him/PRON ./.
“/. We/PRON 're/AUX late/ADJ ,/. ”/. said/VERB Anne/PROPN ,/. “/. and/CCONJ it/PRON 's/AUX your/PRON fault/NOUN ./. ”/.
He/PRON led/VERB the/DET horse/NOUN past/ADP the/DET old/ADJ well/NOUN and/CCONJ into/ADP the/DET yard/NOUN ./.
The/DET effect/NOUN of/ADP the/DET rain/NOUN was/AUX to/PART make/VERB everyone/PRON quiet/ADJ ./.
Marilla/PROPN pored/VERB over/ADP the/DET letter/NOUN until/SCONJ the/DET candle/NOUN guttered/VERB ./.
There/PRON was/VERB no/DET time/NOUN to/PART lose/VERB ,/. so/ADV they/PRON ran/VERB ./.
“/. I/PRON do/AUX n't/PART know/VERB where/ADV they/PRON were/AUX going/VERB ,/. ”/. she/PRON whispered/VERB ./.
Its/PRON wheels/NOUN were/AUX loose/ADJ ,/. and/CCONJ the/DET cart/NOUN rolled/VERB off/ADP the/DET road/NOUN ./.
Her/PRON breath/NOUN came/VERB quick/ADJ as/SCONJ she/PRON tried/VERB to/PART breathe/VERB ./.
He/PRON was/AUX taller/ADJ than/ADP his/PRON brother/NOUN ,/. and/CCONJ then/ADV he/PRON was/AUX gone/VERB ./.
She/PRON could/AUX not/PART accept/VERB his/PRON advice/NOUN ,/. except/SCONJ that/SCONJ she/PRON had/VERB no/DET choice/NOUN ./.
The/DET weather/NOUN turned/VERB ,/. and/CCONJ nobody/PRON knew/VERB whether/SCONJ to/PART stay/VERB ./.
Mr./PROPN Darcy/PROPN bowed/VERB ,/. and/CCONJ Elizabeth/PROPN could/AUX hardly/ADV hear/VERB what/PRON he/PRON said/VERB ./.
“/. Lay/VERB it/PRON down/ADP here/ADV ,/. ”/. he/PRON said/VERB ,/. “/. and/CCONJ let/VERB it/PRON lie/VERB ./. ”/.
The/DET whole/ADJ village/NOUN had/AUX passed/VERB through/ADP the/DET gate/NOUN by/ADP noon/NOUN ./.
A/DET plain/ADJ brown/ADJ envelope/NOUN lay/VERB on/ADP the/DET desk/NOUN ./.
She/PRON threw/VERB the/DET ball/NOUN through/ADP the/DET window/NOUN ./.
I/PRON thought/VERB you/PRON were/AUX coming/VERB too/ADV ./.
They/PRON walked/VERB all/DET the/DET way/NOUN to/ADP the/DET lake/NOUN in/ADP silence/NOUN ./.
Who/PRON 's/AUX there/ADV ,/. and/CCONJ whose/PRON coat/NOUN is/AUX this/PRON ?/.
`.trim().split('\n').map((line) => line.split(' ').map((pair) => {
  const at = pair.lastIndexOf('/');
  return { word: pair.slice(0, at), tag: pair.slice(at + 1) };
}));

type Tagged = Array<{ word: string; tag: string }>;

/** Penn Treebank → universal, coarse enough for the decisions confusables need. */
function fromPenn(tag: string, word: string): string {
  if (/^NNP/.test(tag)) return 'PROPN';
  if (/^NN/.test(tag)) return 'NOUN';
  if (/^(PRP|WP|EX)/.test(tag)) return 'PRON';
  if (/^(DT|PDT|WDT)$/.test(tag)) return 'DET';
  if (tag === 'MD') return 'AUX';
  if (/^VB/.test(tag)) return /^(is|are|was|were|be|been|being|am|'s|'re|'m|have|has|had|'ve|'d|do|does|did)$/i.test(word) ? 'AUX' : 'VERB';
  if (/^JJ/.test(tag)) return 'ADJ';
  if (/^(RB|WRB)/.test(tag)) return /^(not|n't)$/i.test(word) ? 'PART' : 'ADV';
  if (tag === 'IN') return 'ADP';
  if (tag === 'CC') return 'CCONJ';
  if (tag === 'TO') return 'PART';
  if (tag === 'RP') return 'ADP';
  if (tag === 'CD') return 'NUM';
  return '.';
}

/** Accuracy per gold token, aligning by word; verb/aux and adp/sconj/part count as one (what the rules use). */
function score(gold: Tagged[], tagged: Tagged[]): number {
  const coarse = (t: string) => (t === 'AUX' ? 'VERB' : t === 'SCONJ' || t === 'PART' ? 'ADP' : t === 'PROPN' ? 'NOUN' : t);
  let right = 0;
  let total = 0;
  gold.forEach((sentence, s) => {
    const out = tagged[s] ?? [];
    let k = 0;
    for (const g of sentence) {
      if (g.tag === '.') continue;
      total++;
      let j = k;
      while (j < out.length && out[j]!.word.toLowerCase() !== g.word.toLowerCase()) j++;
      if (j < out.length) {
        if (coarse(out[j]!.tag) === coarse(g.tag)) right++;
        k = j + 1;
      }
    }
  });
  return right / total;
}

const dir = process.argv[2] ?? '/tmp/taggers';
const require = createRequire(join(dir, 'package.json'));
const sentences = GOLD.map((s) => s.map((t) => t.word).join(' ').replace(/ (['’]|n't)/g, '$1').replace(/ ([,.?!”])/g, '$1').replace(/“ /g, '“'));
const novel = readFileSync(new URL('../../../shared/corpus/pride-and-prejudice.txt', import.meta.url), 'utf8');
const paragraphs = novel.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);

/** Bytes on disk of a package folder: what the app would ship. */
function size(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + size(join(path, name)), 0);
}

interface Candidate {
  readonly name: string;
  readonly packages: readonly string[];
  load(): (text: string) => Tagged;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- untyped candidates, loaded only for this measurement */
const candidates: Candidate[] = [
  {
    name: 'wink-pos-tagger',
    packages: ['wink-pos-tagger', 'wink-lexicon', 'wink-tokenizer', 'wink-lemmatizer', 'wink-helpers', 'wink-porter2-stemmer'],
    load() {
      const tagger = require('wink-pos-tagger')();
      return (text) => tagger.tagSentence(text).filter((t: any) => t.tag === 'word').map((t: any) => ({ word: t.value, tag: fromPenn(t.pos, t.value) }));
    },
  },
  {
    name: 'wink-nlp + wink-eng-lite-web-model',
    packages: ['wink-nlp', 'wink-eng-lite-web-model'],
    load() {
      const nlp = require('wink-nlp')(require('wink-eng-lite-web-model'));
      const its = nlp.its;
      return (text) => {
        const doc = nlp.readDoc(text);
        const words: string[] = doc.tokens().out();
        const tags: string[] = doc.tokens().out(its.pos);
        return words.map((word, i) => ({ word, tag: tags[i] === 'PUNCT' ? '.' : tags[i]! }));
      };
    },
  },
  {
    name: 'compromise',
    packages: ['compromise', 'efrt', 'grad-school', 'suffix-thumb'],
    load() {
      const nlp = require('compromise');
      const map = (tags: string[], word: string): string => {
        const has = (t: string) => tags.includes(t);
        if (has('ProperNoun') || has('Person') || has('Place')) return 'PROPN';
        if (has('Pronoun') || has('Possessive') && !has('Noun')) return 'PRON';
        if (has('Determiner')) return 'DET';
        if (has('Modal') || has('Auxiliary') || has('Copula')) return 'AUX';
        if (has('Verb')) return 'VERB';
        if (has('Adjective')) return 'ADJ';
        if (has('Negative') && /^(not|n't)$/i.test(word)) return 'PART';
        if (has('Adverb')) return 'ADV';
        if (has('Preposition')) return 'ADP';
        if (has('Conjunction')) return 'CCONJ';
        if (has('Value')) return 'NUM';
        if (has('Noun')) return 'NOUN';
        return '.';
      };
      return (text) => nlp(text).json({ terms: { normal: false } }).flatMap((s: any) => s.terms.map((t: any) => ({ word: t.text, tag: map(t.tags, t.text) })));
    },
  },
  {
    name: 'en-pos',
    packages: ['en-pos', 'en-lexicon', 'en-inflectors', 'en-stemmer', 'cities-list', 'humannames'],
    load() {
      const { Tag } = require('en-pos');
      return (text) => {
        const words = text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*|n't|['’]\p{L}+|[^\s\p{L}\p{N}]/gu) ?? [];
        const tags: string[] = new Tag(words).initial().smooth().tags;
        return words.map((word, i) => ({ word, tag: fromPenn(tags[i] ?? '', word) }));
      };
    },
  },
];
/* eslint-enable @typescript-eslint/no-explicit-any */

for (const c of candidates) {
  let tag: (text: string) => Tagged;
  const t0 = performance.now();
  try {
    tag = c.load();
  } catch (error) {
    console.log(`${c.name}: not installed (${String(error).slice(0, 80)})`);
    continue;
  }
  const loadMs = performance.now() - t0;
  const accuracy = score(GOLD, sentences.map(tag));
  const t1 = performance.now();
  for (const p of paragraphs) tag(p);
  const novelMs = performance.now() - t1;
  const mb = c.packages.reduce((sum, p) => sum + size(join(dir, 'node_modules', p)), 0) / 1e6;
  console.log(
    `${c.name.padEnd(36)} accuracy ${(accuracy * 100).toFixed(1)}%  load ${loadMs.toFixed(0)} ms  P&P ${(novelMs / 1000).toFixed(1)} s  ${mb.toFixed(1)} MB (${c.packages.join(', ')})`,
  );
}
