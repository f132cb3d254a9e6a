import type { Root, Sentence } from 'nlcst';
import retextRepeatedWords from 'retext-repeated-words';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Fix } from '../../contract/diagnostic.js';
import { speechSpans, within, wordTokens, type WordToken } from '../../engine/nlcst.js';
import type { CheckDefinition, Draft } from '../../contract/check.js';
import {
  ALWAYS_REPEATABLE,
  DETERMINER_FIRST,
  DETERMINER_SECOND,
  GOING_VERBS,
  POSSESSIVES,
  PREPOSITION_PAIRS,
  SPOKEN_REPEATABLE,
} from './repeated-words.data.js';

/** Options of the `repeated-words` check. */
export interface RepeatedWordsOptions {
  /** Also flag extra words that are not repeats: "the his", "to for". Default `true`. */
  readonly extraWords: boolean;
}

const always = new Set(ALWAYS_REPEATABLE);
const spoken = new Set(SPOKEN_REPEATABLE);
const first = new Set(DETERMINER_FIRST);
const second = new Set(DETERMINER_SECOND);
const possessive = new Set(POSSESSIVES);
const prepositions = new Set(PREPOSITION_PAIRS.map(([a, b]) => `${a} ${b}`));
const going = new Set(GOING_VERBS);
const AUXILIARY = /^(am|are|is|was|were|will|would|shall|should|can|could|may|might|must|have|has|had|do|does|did|need|ought)$/;

export const repeatedWords: CheckDefinition<RepeatedWordsOptions> = {
  id: 'repeated-words',
  description: 'A word typed twice ("the the"), or an extra determiner or preposition ("the his", "to for").',
  rules: { 'repeated-word': 'Repeated word', 'extra-determiner': 'Extra determiner', 'extra-preposition': 'Extra preposition' },
  defaults: { extraWords: true },
  setup(options) {
    const processor = unified().use(retextRepeatedWords);
    return {
      scan({ text, tree }) {
        const drafts = repeats(processor, text, tree);
        if (options.extraWords) drafts.push(...extraWords(text, tree));
        return drafts.sort((a, b) => a.from - b.from);
      },
    };
  },
};

const q = (s: string): string => `“${s}”`;

function repeats(processor: { runSync(tree: Root, file: VFile): unknown }, text: string, tree: Root): Draft[] {
  const file = new VFile({ value: text });
  processor.runSync(tree, file);
  const speech = speechSpans(text);
  const drafts: Draft[] = [];
  for (const message of file.messages) {
    const place = message.place;
    if (!place || !('start' in place)) continue;
    const from = place.start.offset;
    const to = place.end.offset;
    if (from === undefined || to === undefined) continue;
    const span = text.slice(from, to);
    const firstWord = span.match(/^\S+/)?.[0] ?? span;
    const word = firstWord.toLowerCase();
    if (always.has(word)) continue;
    // “Very very good,” she said: emphasis people use when they speak.
    if (spoken.has(word) && within(speech, from, to)) continue;
    if (objectThenSubject(word, text, from, to)) continue;
    drafts.push({
      ruleId: 'repeated-word',
      severity: 'error',
      from,
      to,
      message: `${q(word)} is repeated; remove one.`,
      fixes: [{ kind: 'replace', label: `Remove the second ${q(word)}`, text: firstWord }],
    });
  }
  return drafts;
}

function extraWords(text: string, tree: Root): Draft[] {
  const drafts: Draft[] = [];
  const tokens = wordTokens(tree);
  for (let i = 1; i < tokens.length; i++) {
    const a = tokens[i - 1]!;
    const b = tokens[i]!;
    if (a.sentence !== b.sentence || !adjacent(a.sentence, a, b)) continue;
    const x = a.text.toLowerCase();
    const y = b.text.toLowerCase();
    if (x === y) continue; // a plain repeat: reported above
    // "The His Dark Materials trilogy": capitals mid-phrase suggest a title; leave it.
    if (/^\p{Lu}/u.test(b.text)) continue;
    let draft: Draft | undefined;
    if (first.has(x) && second.has(y)) {
      const keepFirst = possessive.has(x) && !possessive.has(y);
      draft = pair(a, b, text, 'extra-determiner', keepFirst);
    } else if (prepositions.has(`${x} ${y}`) || (x === 'to' && y === 'for' && going.has(tokens[i - 2]?.text.toLowerCase() ?? ''))) {
      draft = pair(a, b, text, 'extra-preposition', false);
    }
    if (draft) drafts.push(draft);
  }
  return drafts;
}

/**
 * "I assure you you are mistaken", "when I think of it it takes", "teach her her own insignificance": the
 * first word ends one phrase (an object) and the second starts the next. Quiet when a verb follows
 * "you you" / "it it", or when "her her" follows a verb and precedes a noun phrase.
 */
function objectThenSubject(word: string, text: string, from: number, to: number): boolean {
  const next = /^\s+([\p{L}'’]+)/u.exec(text.slice(to, to + 30))?.[1]?.toLowerCase() ?? '';
  const previous = /([\p{L}'’]+)\s+$/u.exec(text.slice(Math.max(0, from - 30), from))?.[1]?.toLowerCase() ?? '';
  if (word === 'you' || word === 'it') return AUXILIARY.test(next) || /^['’]/.test(next) || /[^s]s$|ed$/.test(next);
  if (word === 'her') return /^(give|gave|given|giving|teach|taught|tell|told|show|showed|shown|hand|handed|bring|brought|send|sent|lend|lent|offer|offered|make|made|wish|wished|pay|paid|owe|owed|find|found|get|got|buy|bought)$/.test(previous) && next !== '' && !AUXILIARY.test(next);
  return false;
}

/** Only white space between two words of the same sentence. */
function adjacent(sentence: Sentence, a: WordToken, b: WordToken): boolean {
  for (let k = a.index + 1; k < b.index; k++) if (sentence.children[k]!.type !== 'WhiteSpaceNode') return false;
  return true;
}

function pair(a: WordToken, b: WordToken, text: string, ruleId: string, keepFirst: boolean): Draft {
  const span = text.slice(a.from, b.to);
  // "The his coat" → "His coat": the kept word takes the sentence's capital.
  const removeA: Fix = { kind: 'replace', label: `Remove ${q(a.text)}`, text: /^\p{Lu}/u.test(a.text) ? capital(b.text) : b.text };
  const removeB: Fix = { kind: 'replace', label: `Remove ${q(b.text)}`, text: a.text };
  const kind = ruleId === 'extra-determiner' ? 'determiners' : 'prepositions';
  return {
    ruleId,
    severity: 'warning',
    from: a.from,
    to: b.to,
    message: `${q(span)} has two ${kind} in a row; remove ${q(keepFirst ? b.text : a.text)}.`,
    fixes: keepFirst ? [removeB, removeA] : [removeA, removeB],
  };
}

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
