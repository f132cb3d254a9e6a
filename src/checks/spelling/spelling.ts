import type { Root, Word } from 'nlcst';
import { toString } from 'nlcst-to-string';
import type { Fix } from '../../contract/diagnostic.js';
import type { SpellingDialect, SpellingSummary } from '../../contract/summaries.js';
import { capitalisation, nameEvidence } from '../../fiction/cast.js';
import { isCapitalised, stripPossessive } from '../../engine/case.js';
import { editDistance } from '../../engine/edit-distance.js';
import type { Analysis, CheckDefinition, CheckDeps, CheckRunner, Draft, ManuscriptContext } from '../../contract/check.js';
import { createLexicon, decodeLexicon, type CompiledLexicon, type Lexicon } from './lexicon.js';
import { COMMON_RANK, createSuggester, isSwap } from './suggest.js';
import { derivable, oneEditCandidates, oneEditFromKnown } from './morphology.js';
import { wordTokens } from '../../engine/nlcst.js';
import { DIALECT_WORDS, NAME_PARTICLES, NOT_NAMES, PERIOD_SPELLINGS } from './spelling.data.js';


/** Options of the `spelling` check. */
export interface SpellingOptions {
  /**
   * `auto` (default): American spelling, and British spellings too once the manuscript uses at least three
   * distinct ones (an Austen novel writes "honour" and "colour" throughout; a stray "colour" in an American
   * draft is still flagged). `en-US` / `en-GB`: one only. `both`: either.
   */
  readonly dialect: SpellingDialect;
  /**
   * Accepted words: the personal dictionary and the manuscript's own word list, one word per entry.
   * A lower-case entry accepts the word in any case; a capitalised one only capitalised. Default `[]`.
   */
  readonly words: readonly string[];
  /** Learn character names from the manuscript instead of flagging them. Default `true`. */
  readonly learnNames: boolean;
  /** Accept period spellings ("shew", "chuse", "connexion"). Default `true`. */
  readonly periodSpellings: boolean;
  /** Most suggestions offered per word. Default `5`. */
  readonly maxSuggestions: number;
  /**
   * Most distinct words given suggestions in one check, in the order they first appear; a word past them is
   * flagged without suggestions, and its note says why. Default `1000`. With `maxSuggestedLetters`, this bounds
   * the first check of a text full of non-words: a word's suggestions cost about 0.4 ms plus 0.1 ms a letter
   * (about 55 dictionary probes a letter), and a 200,000-character run with its spaces removed has 2,200 distinct
   * non-words that reach this step (8 s of suggestions nobody reads before fixing the text).
   */
  readonly maxSuggestedWords: number;
  /**
   * Most letters, all those words together, given suggestions in one check; the word that would pass it and every
   * new word after it are flagged without them. Default `10000`. The most any of the 26 corpus novels needs is 514 words of 3,430 letters
   * (*Main Street*).
   */
  readonly maxSuggestedLetters: number;
}

/** Summary the spelling check reports beside its diagnostics. */

const ELISION = /^(\p{L}+in)$/u; // bleedin’ → bleeding
const HAS_DIGIT = /\d/;
const INITIALISM = /^\p{Lu}{2,5}s?$/u; // FBI, NASA, MPs: initialisms, not words to spell-check
const BRITISH_THRESHOLD = 3;
/** What an apostrophe inside a word of dialogue usually stands for: prob’ly, ev’ry, o’er, s’pose, ’em. */
const ELIDED = ['a', 'e', 'i', 'o', 'u', 'v', 'ab', 'ou', 'er', 'ow', 'up'];

/**
 * Each paragraph's word counts (lower case), cached with the paragraph like every scan; the manuscript value is
 * the paragraphs' counts in order, which the spelling check sums as the text changes.
 */
const wordCounts: Analysis<ReadonlyMap<string, number>, readonly ReadonlyMap<string, number>[]> = {
  id: 'word-counts',
  paragraph: ({ text }) => {
    const counts = new Map<string, number>();
    for (const m of text.toLowerCase().matchAll(/[\p{L}'’]+/gu)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
    return counts;
  },
  manuscript: (facts) => facts,
};

/** What a spelling draft remembers between scan and finish: the word, and whether it starts a sentence. */
interface SpellingData {
  readonly [key: string]: string | boolean;
  readonly word: string;
  readonly initial: boolean;
}
type SpellingDraft = Draft<SpellingData>;

export const spelling: CheckDefinition<SpellingOptions, SpellingData, SpellingSummary> = {
  id: 'spelling',
  uses: [capitalisation, wordCounts],
  description: 'Words not in the dictionary, with names learned from the manuscript and suggestions ranked.',
  rules: {
    'spelling-unknown-word': 'Not in the dictionary',
    'spelling-name-case': 'Name in lower case',
    'spelling-name-variant': 'Name spelt another way',
    'spelling-long-word': 'Too long to be a word',
  },
  defaults: { dialect: 'auto', words: [], learnNames: true, periodSpellings: true, maxSuggestions: 5, maxSuggestedWords: 1000, maxSuggestedLetters: 10_000 },
  setup(options, deps) {
    if (!deps.lexicon) throw new Error('The spelling check needs the lexicon (data/lexicon.bin, npm run build:lexicon).');
    return createSpelling(options, decodeLexicon(deps.lexicon), deps);
  },
};

/** Every word node of a parsed paragraph, in order. */
function wordNodes(tree: Root): Word[] {
  const out: Word[] = [];
  const visit = (node: { type: string; children?: unknown[] }): void => {
    if (node.type === 'WordNode') out.push(node as Word);
    else if (node.children) for (const child of node.children) visit(child as { type: string; children?: unknown[] });
  };
  visit(tree);
  return out;
}

/** Numbers and clock times: not words to spell ("1990", "10:30pm"). */
const irrelevant = (word: string): boolean => /^\d+$/.test(word) || /^\d{1,2}:\d{2}(?:[ap]\.?m\.?)?$/i.test(word);

/**
 * Hunspell's verdict on a word node, as retext-spell gave it (with `ignoreLiteral` off: "I know, Jonh, that…"
 * wraps a typo in commas): the whole word, else every text part of it ("good-natured" when "good" and "natured"
 * are words).
 */
function hunspellKnows(node: Word, lexicon: Lexicon): boolean {
  const actual = toString(node).replace(/’/g, "'");
  if (irrelevant(actual) || lexicon.correct(actual)) return true;
  return node.children.length > 1 && node.children.every((c) => c.type !== 'TextNode' || irrelevant(c.value) || lexicon.correct(c.value));
}

function createSpelling(initial: SpellingOptions, compiled: CompiledLexicon, deps: CheckDeps): CheckRunner<SpellingOptions, SpellingData, SpellingSummary> {
  const { wordRank, vocabulary } = deps;
  let options = initial;
  let accepted = acceptList(options.words);
  const primary = createLexicon(compiled, options.dialect === 'en-GB' ? 'en-GB' : 'en-US');
  const secondary = createLexicon(compiled, options.dialect === 'en-GB' ? 'en-US' : 'en-GB');
  const fixed = new Set<string>([...DIALECT_WORDS, ...(options.periodSpellings ? PERIOD_SPELLINGS : [])].map(norm));
  let summary: SpellingSummary = { cast: [], dialect: options.dialect === 'auto' ? 'en-US' : options.dialect };

  const scan = (paragraph: { text: string; tree: Root }): SpellingDraft[] => {
    const drafts: SpellingDraft[] = [];
    const initial = new Set(wordTokens(paragraph.tree).filter((t) => t.initial).map((t) => t.from));
    for (const node of wordNodes(paragraph.tree)) {
      const from = node.position?.start.offset;
      const to = node.position?.end.offset;
      if (from === undefined || to === undefined || hunspellKnows(node, primary)) continue;
      const word = paragraph.text.slice(from, to);
      if (acceptedInScan(word, paragraph.text.charAt(to), paragraph.text.charAt(from - 1))) continue;
      const data = { word, initial: initial.has(from) };
      drafts.push({ ruleId: 'spelling-unknown-word', severity: 'error', from, to, message: '', fixes: [], data });
    }
    return drafts;
  };

  const acceptedInScan = (word: string, next: string, previous: string): boolean => {
    if (HAS_DIGIT.test(word) || INITIALISM.test(word)) return true;
    if (fixed.has(norm(word)) || fixed.has(norm(stripPossessive(word)))) return true;
    // "’tis", "’em": the tokenizer leaves a leading curly apostrophe outside the word.
    if ((previous === '’' || previous === "'") && fixed.has(norm(`'${word}`))) return true;
    // "bleedin’", "somethin'": a dropped g marked by an apostrophe.
    if ((next === '’' || next === "'") && ELISION.test(word) && primary.correct(`${word}g`)) return true;
    return false;
  };

  const finish = (drafts: readonly SpellingDraft[], context: ManuscriptContext): SpellingDraft[] => {
    const uses = context.get(capitalisation);
    const total = (w: string): number => {
      const u = uses.get(w);
      return u ? u.mid + u.initial : 0;
    };
    const isName = (w: string): boolean => {
      const u = uses.get(w);
      if (!u || !options.learnNames) return false;
      // "a capitalised word that recurs mid-sentence": a name. Also one seen twice, once mid-sentence
      // ("Bingen"), or three times at sentence starts ("Lizzy," said her father). Either way, written in
      // lower case less often than capitalised.
      if (nameEvidence(u) >= 1) return true;
      const total = u.mid + u.initial;
      if (u.lower * 2 >= total) return false;
      // Twice, both at the start of a sentence or quotation ("‘Bingen on the Rhine’"): a name unless one slip
      // makes it a common word, as "Teh" twice would still be "The".
      return total >= 2 && oneEditCandidates(w.toLowerCase(), common).every((c) => c.includes(' '));
    };

    const words = drafts.map((d) => d.data?.word ?? '');
    const dialect = resolveDialect(words);
    summary = { cast: castOf(context), dialect };
    const known = (w: string): boolean =>
      primary.correct(w) || (dialect === 'both' && secondary.correct(w)) || fixed.has(norm(w)) || isAccepted(w) || rare(w);
    // Word-level verdicts depend only on the dialect and word lists, so they are remembered across calls
    // (an editor calls finish on every edit; a novel flags "Bingley" hundreds of times before names apply).
    const memo = (key: string, compute: () => boolean): boolean => {
      const k = `${dialect}\u0000${key}`;
      let v = verdicts.get(k);
      if (v === undefined) {
        v = compute();
        verdicts.set(k, v);
      }
      return v;
    };
    const out: SpellingDraft[] = [];
    // Words given suggestions in this call: which ones depends on the text alone (first appearances in order), never
    // on what earlier calls remembered, so a text gets the same findings however it was edited into shape.
    const suggested = new Set<string>();
    let suggestedLetters = 0;
    let spent = false;
    drafts.forEach((d, i) => {
      const word = words[i]!;
      // "aaaa…" for a line, a pasted hash: no word a writer means. One-edit candidates and suggestions grow with
      // the square of a word's length (a 2,000-letter one took seconds, a 200,000-letter line ran out of
      // memory), so an overlong word is reported without them.
      if (letterCount(word) > MAX_WORD_LETTERS) {
        out.push(longWord(d, word));
        return;
      }
      // "家", "قلب", "Дом": another script. An English dictionary cannot judge it, and one-letter edits would
      // only offer nonsense ("家" → "a").
      if (!LATIN.test(word)) return;
      const base = stripPossessive(word);
      const fine = memo(word, () =>
        isAccepted(word) || isAccepted(base) || known(word) || known(base) || derivable(base, known) ||
        // "naïve", "rôle", "coöperate": a diacritic the dictionary spells without.
        (DIACRITIC.test(base.normalize('NFD')) && known(base.normalize('NFD').replace(/\p{M}/gu, ''))) ||
        // "prob’ly", "ev’ry", "ne’er": letters dropped in speech, marked by an apostrophe inside the word.
        (/\p{L}['’]\p{L}/u.test(base) && ELIDED.some((x) => known(base.replace(/['’]/u, x)))),
      );
      if (fine) return;
      // "good-\nnatured": a compound broken across a hard-wrapped line is checked whole.
      const head = /(\p{L}+)-[ \t]*\n\s*$/u.exec(context.text.slice(Math.max(0, d.from - 30), d.from))?.[1];
      if (head && derivable(`${head}-${base}`, known)) return;
      // "de Bourgh", "van Helsing": a particle before a name.
      if (PARTICLES.has(word) && /^\s+\p{Lu}/u.test(context.text.slice(d.to, d.to + 3))) return;
      if (isCapitalised(base)) {
        const title = base.length > 1 && base === base.toUpperCase() ? base.charAt(0) + base.slice(1).toLowerCase() : base;
        // "BINGLEY" in a heading, "the Bennets", "the Perrys": a known name in capitals or in the plural.
        if (title !== base && (isName(title) || known(title))) return;
        const singular = [base.replace(/s$/, ''), base.replace(/es$/, '')].find((s) => s !== base && isName(s));
        if (singular) return;
        const near = total(base) <= 3 ? nearName(base, context) : undefined;
        if (near && total(near) >= 5 * total(base)) {
          out.push(nameVariant(d, word, base, near));
          return;
        }
        if (isName(base)) return;
        // A capitalised word mid-sentence that no single slip turns into a dictionary word is a name the
        // manuscript mentions once or twice ("Haggerston", "Boulanger"); "Jonh" is one slip from "John".
        if (options.learnNames && d.data?.initial === false && !memo(`\u0001${base}`, () => oneEditFromKnown(base, known))) return;
      } else {
        const name = base.charAt(0).toUpperCase() + base.slice(1);
        if (total(name) >= 2 && (isName(name) || primary.correct(name))) {
          out.push(nameCase(d, word, name + word.slice(base.length)));
          return;
        }
      }
      if (!suggested.has(word)) {
        // Once a word is past the budget, every later new one is too (a shorter one would still fit the letters).
        if (spent || suggested.size >= options.maxSuggestedWords || suggestedLetters + word.length > options.maxSuggestedLetters) {
          spent = true;
          out.push(unknownWord(d, word, [], options));
          return;
        }
        suggested.add(word);
        suggestedLetters += word.length;
      }
      out.push(unknownWord(d, word, suggestionsFor(word, context, known)));
    });
    return out;
  };

  // A rare word ("tragical", "foeman") is accepted unless one slip makes it a common one: "corse" is far more
  // often "course" mistyped than the archaic word for a corpse, "taler" is "taller", "wite" is "white".
  const rareVerdicts = new Map<string, boolean>();
  const common = (w: string): boolean => (wordRank.size === 0 || (wordRank.get(w) ?? Infinity) < COMMON_RANK) && primary.correct(w);
  const rare = (w: string): boolean => {
    const lower = w.toLowerCase();
    if (!vocabulary.has(lower)) return false;
    let v = rareVerdicts.get(lower);
    if (v === undefined) {
      v = oneEditCandidates(lower, common).every((c) => c.includes(' '));
      rareVerdicts.set(lower, v);
    }
    return v;
  };

  const verdicts = new Map<string, boolean>();
  const isAccepted = (word: string): boolean => accepted.exact.has(word) || accepted.anyCase.has(word.toLowerCase());

  // auto: British spellings join once the manuscript shows it is written in them.
  const resolveDialect = (words: readonly string[]): Exclude<SpellingDialect, 'auto'> => {
    if (options.dialect !== 'auto') return options.dialect;
    const british = new Set<string>();
    for (const w of words) {
      if (isCapitalised(w) || british.has(w.toLowerCase())) continue;
      if (secondary.correct(w)) british.add(w.toLowerCase());
      if (british.size >= BRITISH_THRESHOLD) return 'both';
    }
    return 'en-US';
  };

  const castOf = (context: ManuscriptContext): string[] => {
    const notNames = new Set(NOT_NAMES);
    const cast: Array<[string, number]> = [];
    for (const [word, use] of context.get(capitalisation)) {
      // The cast list: names that recur mid-sentence.
      if (nameEvidence(use) < 3 || notNames.has(word) || word.length < 2) continue;
      if (!/^\p{Lu}\p{Ll}+$/u.test(word)) continue;
      if (primary.correct(word.toLowerCase())) continue; // "Miss", "Well": ordinary words capitalised
      cast.push([word, use.mid + use.initial]);
    }
    return cast.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([w]) => w);
  };

  // A capitalised word one edit away from a name the manuscript uses far more often: "Darcey" for "Darcy".
  const nearName = (word: string, context: ManuscriptContext): string | undefined => {
    if (word.length < 5) return undefined;
    let best: string | undefined;
    let bestCount = 0;
    for (const [name, use] of context.get(capitalisation)) {
      // Insertions, deletions and swaps only: "Darcey"/"Darcy". A changed letter is as often another name
      // ("Coxe"/"Cole", "Marr"/"Mary"), and "Perrys" is the Perry family.
      if (name === word || use.mid < 2 || word === `${name}s` || word === `${name}es`) continue;
      if (name.length === word.length ? !isSwap(word, name) : editDistance(word, name, 1) > 1) continue;
      if (use.mid + use.initial > bestCount) {
        best = name;
        bestCount = use.mid + use.initial;
      }
    }
    return best;
  };

  // How often the manuscript uses each word, kept up to date from the paragraphs' cached counts: an edit adds
  // its new paragraph's counts and takes away the old one's (counting the whole text again cost ~25 ms a check).
  const frequency = new Map<string, number>();
  let counted = new Map<ReadonlyMap<string, number>, number>();
  let countedFor: readonly ReadonlyMap<string, number>[] | undefined;
  const syncFrequency = (parts: readonly ReadonlyMap<string, number>[]): void => {
    if (parts === countedFor) return;
    const now = new Map<ReadonlyMap<string, number>, number>();
    for (const p of parts) now.set(p, (now.get(p) ?? 0) + 1);
    const add = (p: ReadonlyMap<string, number>, times: number): void => {
      if (times === 0) return;
      for (const [w, c] of p) {
        const v = (frequency.get(w) ?? 0) + times * c;
        if (v === 0) frequency.delete(w);
        else frequency.set(w, v);
      }
    };
    for (const [p, n] of counted) add(p, (now.get(p) ?? 0) - n);
    for (const [p, m] of now) if (!counted.has(p)) add(p, m);
    counted = now;
    countedFor = parts;
  };
  const suggester = createSuggester(compiled, primary, wordRank);
  const suggestionsFor = (word: string, context: ManuscriptContext, known: (w: string) => boolean): readonly string[] => {
    syncFrequency(context.get(wordCounts));
    const names = new Set<string>();
    if (isCapitalised(word)) for (const [name, use] of context.get(capitalisation)) {
      if (use.mid >= 2 && name !== word && editDistance(word, name, 2) <= 2) names.add(name);
    }
    return suggester.suggest(word, { known, names, uses: (w) => frequency.get(w) ?? 0 }, options.maxSuggestions);
  };

  return {
    scan,
    finish,
    summary: () => ({ ...summary }),
    update(o) {
      const { words: _a, ...restNew } = o;
      const { words: _b, ...restOld } = options;
      if (JSON.stringify(restNew) !== JSON.stringify(restOld)) return false;
      options = o;
      accepted = acceptList(o.words);
      verdicts.clear();
      suggester.clear();
      return true;
    },
  };
}

function acceptList(words: readonly string[]): { exact: Set<string>; anyCase: Set<string> } {
  const exact = new Set<string>();
  const anyCase = new Set<string>();
  for (const raw of words) {
    const w = raw.trim().replace(/’/g, "'");
    if (!w || w.startsWith('#')) continue;
    if (w === w.toLowerCase()) anyCase.add(w);
    else exact.add(w);
  }
  return { exact, anyCase };
}


const PARTICLES = new Set(NAME_PARTICLES);


const norm = (w: string): string => w.replace(/’/g, "'").toLowerCase();

const q = (s: string): string => `“${s}”`;

const LATIN = /[A-Za-z\u00C0-\u024F]/;
const DIACRITIC = /\p{M}/u;

/** Longer than any English word a dictionary lists (45 letters), hyphenated compounds aside. */
const MAX_WORD_LETTERS = 45;
const letterCount = (word: string): number => word.replace(/[-'’]/g, '').length;

function longWord(d: SpellingDraft, word: string): SpellingDraft {
  const shown = `${word.slice(0, 12)}…`;
  return {
    ...d,
    ruleId: 'spelling-long-word',
    severity: 'info',
    message: `${q(shown)} is ${letterCount(word).toLocaleString('en-US')} letters long, longer than any word Redline checks; check it by eye.`,
    fixes: [],
  };
}

/** An unknown word's finding; `pastBudget` when the word came after the words given suggestions in this check. */
function unknownWord(d: SpellingDraft, word: string, suggestions: readonly string[], pastBudget?: SpellingOptions): SpellingDraft {
  const fixes: Fix[] = suggestions.map((s) => ({ kind: 'replace', label: `Change to ${q(s)}`, text: s }));
  const first = suggestions[0];
  return {
    ...d,
    message: first
      ? `${q(word)} is not in the dictionary; did you mean ${q(first)}?`
      : `${q(word)} is not in the dictionary; check the spelling or add it to your dictionary.`,
    ...(pastBudget
      ? {
          note: `No suggestions: this text has more unknown words than Redline suggests corrections for in one check (the first ${pastBudget.maxSuggestedWords.toLocaleString('en-US')}, or ${pastBudget.maxSuggestedLetters.toLocaleString('en-US')} letters); correct or add the earlier ones and this one gets its turn.`,
        }
      : {}),
    fixes,
  };
}

function nameCase(d: SpellingDraft, word: string, name: string): SpellingDraft {
  return {
    ...d,
    ruleId: 'spelling-name-case',
    severity: 'warning',
    message: `${q(word)} is written ${q(name)} everywhere else in this manuscript; capitalise it.`,
    fixes: [{ kind: 'replace', label: `Change to ${q(name)}`, text: name }],
  };
}

function nameVariant(d: SpellingDraft, word: string, base: string, name: string): SpellingDraft {
  const fixed = name + word.slice(base.length);
  return {
    ...d,
    ruleId: 'spelling-name-variant',
    severity: 'warning',
    message: `${q(word)} looks like a misspelling of the name ${q(fixed)}.`,
    note: `${q(name)} appears many times in this manuscript and ${q(base)} only here; if both are right, add ${q(base)} to the dictionary.`,
    fixes: [{ kind: 'replace', label: `Change to ${q(fixed)}`, text: fixed }],
  };
}
