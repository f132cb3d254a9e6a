import { matchCase } from '../../engine/case.js';
import type { CheckDefinition, Draft } from '../../contract/check.js';
import { CONFUSABLE_SETS, LISTS, type ConfusableSet } from './confusables.data.js';
import { decodeModel, featureKeys, lexTag, scoreAt, type ConfusablesModel, type ModelSet } from './model.js';
import { compile, firstWord, matchAt, type Pattern } from './pattern.js';
import { headingOrShouted, tokenize, type Token } from './tokens.js';

/** Options of the `confusables` check. */
export interface ConfusablesOptions {
  /** Set ids to leave out (e.g. `["lay-lie"]` for a writer who keeps the colloquial "lay down"). Default none. */
  readonly disabled: readonly string[];
}

interface CompiledRule {
  readonly set: ConfusableSet;
  readonly pattern: Pattern;
}

/** Patterns by their first flagged word, compiled once. */
const RULES: ReadonlyMap<string, readonly CompiledRule[]> = (() => {
  const map = new Map<string, CompiledRule[]>();
  for (const set of CONFUSABLE_SETS) {
    for (const source of set.patterns) {
      const pattern = compile(source, LISTS);
      const key = firstWord(pattern);
      map.set(key, [...(map.get(key) ?? []), { set, pattern }]);
    }
  }
  return map;
})();

/** Per set id, its `keep` patterns (contexts where the model may not flag alone), compiled once. */
const KEEP: ReadonlyMap<string, readonly Pattern[]> = new Map(CONFUSABLE_SETS.map((set) => [set.id, (set.keep ?? []).map((source) => compile(source, LISTS))]));

const START = new Set(['.', '!', '?', '“', '"', '…', ';', ':', '—', '(', '‘']);
const q = (s: string): string => `“${s}”`;

/**
 * The `confusables` check: one warning per likely slip, rule id `confusable-<set id>`, the meant word as the
 * only fix in the flagged word's case. Per paragraph and context-free, so the engine's cache applies.
 */
export const confusables: CheckDefinition<ConfusablesOptions> = {
  id: 'confusables',
  description: 'A real word in the wrong place, told from context: “she new the man”, “the desired affect”.',
  rules: Object.fromEntries(CONFUSABLE_SETS.map((set) => [`confusable-${set.id}`, set.words.join(' / ')])),
  defaults: { disabled: [] },
  setup(options, deps) {
    const disabled = new Set(options.disabled);
    const model = deps.confusablesModel ? modelOf(deps.confusablesModel) : undefined;
    const triggers = new Set([...RULES.keys(), ...(model ? model.byWord.keys() : [])]);
    return {
      scan({ text }) {
        // Nothing can be flagged in a paragraph without a word that starts a pattern or is in a learned set
        // (“Yes,” said he.): skip the tagger, most of the cost.
        if (!hasTrigger(text, triggers)) return [];
        const heading = headingOrShouted(text);
        const tokens = tokenize(text, heading);
        // “It’s”, not “It's”, in a manuscript typeset with curly apostrophes (or curly quotes and no apostrophes).
        const curly = text.includes('’') || (!text.includes("'") && /[“”]/.test(text));
        return findConfusables(tokens, disabled, curly, heading, model);
      },
    };
  },
};

const WORDS = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** True when some word of `text` (lower case, straight apostrophes, as the tokenizer reads it) is in `triggers`. */
function hasTrigger(text: string, triggers: ReadonlySet<string>): boolean {
  for (const m of text.matchAll(WORDS)) if (triggers.has(m[0].toLowerCase().replace(/’/g, "'"))) return true;
  return false;
}

const decoded = new WeakMap<Uint8Array, ConfusablesModel>();

/** The decoded model of `bytes`, decoded once per byte array. */
export function modelOf(bytes: Uint8Array): ConfusablesModel {
  let model = decoded.get(bytes);
  if (!model) decoded.set(bytes, (model = decodeModel(bytes)));
  return model;
}

/** A pattern flag is dropped when the model prefers the written word over the pattern's fix by more than this (log-odds). */
const VETO = 8;
/**
 * With one word of context in its sentence, the model flags alone only past its set's threshold plus this (log-odds).
 * Measured on the 26 novels (2.15M words): one more flag than with two words required (“Where going, Dave?”, dialect
 * in Main Street), the same with 3; on the sentence sets “Be quite,” hissed Mam and “I new.” are caught.
 */
export const SHORT_CONTEXT = 2;
const NOTES: ReadonlyMap<string, string> = new Map(CONFUSABLE_SETS.map((s) => [s.id, s.note]));
const SENTENCE_END = new Set(['.', '!', '?', '…', ';', ':', '—', '"', '“', '”']);
const straight = (s: string): string => s.toLowerCase().replace(/’/g, "'");
const single = (s: string): string => `‘${s}’`;

/** The model's view of one word: scores per member, the written member and the best other. */
interface Reading {
  readonly set: ModelSet;
  readonly scores: readonly number[];
  readonly written: number;
}

/** Up to two words on one side of `i` (`step` −1 or +1) within its sentence, in reading order. */
function nearWords(tokens: readonly Token[], i: number, step: -1 | 1): string[] {
  const out: string[] = [];
  for (let k = i + step; k >= 0 && k < tokens.length && out.length < 2; k += step) {
    const t = tokens[k]!;
    if (!t.word) {
      if (SENTENCE_END.has(t.text) || t.text === ',') break;
      continue;
    }
    out.push(t.text);
  }
  return step < 0 ? out.reverse() : out;
}

/**
 * The evidence in words a writer reads: "After ‘she’ and before ‘the man’, ‘knew’ is far likelier than ‘new’."
 * Quotes up to two words on each side within the sentence.
 */
function evidence(tokens: readonly Token[], i: number, meant: string, written: string, far: boolean): string {
  const before = nearWords(tokens, i, -1).join(' ');
  const after = nearWords(tokens, i, 1).join(' ');
  const where =
    before && after ? `After ${single(before)} and before ${single(after)}` : before ? `After ${single(before)}` : after ? `Before ${single(after)}` : 'Here';
  return `${where}, ${single(meant)} is ${far ? 'far likelier' : 'likelier'} than ${single(written)}.`;
}

/**
 * Every confusable in a paragraph's tokens; at most one per word, the first matching pattern wins. `curly`
 * writes apostrophes in fixes as `’` (the flagged word's own apostrophe, if it has one, decides first); `heading`
 * says the paragraph is a title-case heading, where a capital mid-sentence is no name. With a `model`, a
 * pattern flag the model strongly disputes is dropped, agreement raises its confidence, and the model flags words
 * where another member of a learned set beats the written one by more than the set's threshold.
 */
export function findConfusables(
  tokens: readonly Token[],
  disabled: ReadonlySet<string> = new Set(),
  curly = false,
  heading = false,
  model?: ConfusablesModel,
): Draft[] {
  const drafts: Draft[] = [];
  let words: string[] | undefined;
  let tags: string[] | undefined;
  const bagKeys: Array<number | undefined> = [];
  /** The model's reading of the word at `i` in each learned set that has it (none without a model). */
  const read = (i: number, token: Token): Reading[] => {
    const sets = model?.byWord.get(token.lower);
    if (!model || !sets) return [];
    words ??= tokens.map((t) => t.lower);
    tags ??= words.map((w) => lexTag(model, w));
    const keys = featureKeys(words, tags, i, bagKeys);
    return sets.filter((set) => !disabled.has(set.id)).map((set) => ({ set, scores: scoreAt(model, set, words!, tags!, i, keys), written: set.words.indexOf(token.lower) }));
  };
  const apostropheOf = (actual: string): string => /['’]/.exec(actual)?.[0] ?? (curly ? '’' : "'");
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!token.word || token.elided) continue;
    // "Miss Plain", "the Peak District": a capital mid-sentence is a name, not a slip ("I NEW IT" is shouting).
    const previous = tokens[i - 1];
    const shouted = token.text.length > 1 && token.text === token.text.toUpperCase();
    // In a heading ("The Air We Breath") every word has a capital, so it marks no name.
    if (/^\p{Lu}/u.test(token.text) && !shouted && !heading && previous && !START.has(previous.lower)) continue;
    let flagged = false;
    for (const { set, pattern } of RULES.get(token.lower) ?? []) {
      if (disabled.has(set.id)) continue;
      const end = matchAt(pattern, tokens, i);
      if (end < 0) continue;
      const last = tokens[end - 1]!;
      const actual = tokens.slice(i, end).map((t) => t.text).join(' ');
      const replacement = matchCase(token.text, pattern.replacement).replace(/'/g, apostropheOf(actual));
      let confidence: number | undefined;
      let note = set.note;
      const reading = end === i + 1 ? read(i, token).find((r) => r.set.id === set.id) : undefined;
      const meant = reading ? reading.set.words.indexOf(straight(pattern.replacement)) : -1;
      if (reading && meant >= 0 && reading.written >= 0) {
        const margin = reading.scores[meant]! - reading.scores[reading.written]!;
        // The model knows this context well and reads the written word as right: the pattern over-reached.
        if (margin < -VETO) break;
        // Agreement raises confidence as far as the model would go alone: past the set's threshold 0.95, short of it
        // 0.85 (“The new rules will effect everyone”: the pattern fires, the model leans its way short of its threshold).
        confidence = margin > reading.set.threshold ? 0.95 : margin > 0 ? 0.85 : 0.75;
        if (margin > 0) note = `${evidence(tokens, i, replacement, token.text, margin > reading.set.threshold)} ${set.note}`;
      }
      drafts.push({
        ruleId: `confusable-${set.id}`,
        severity: 'warning',
        from: token.from,
        to: last.to,
        message: `${q(actual)} may be ${q(replacement)} here.`,
        note,
        fixes: [{ kind: 'replace', label: `Change to ${q(replacement)}`, text: replacement }],
        ...(confidence === undefined ? {} : { confidence }),
      });
      i = end - 1;
      flagged = true;
      break;
    }
    // Alone, the model wants two words of context within the sentence (“Where not?” is too short to judge), or one
    // word and a margin {@link SHORT_CONTEXT} past the set's threshold: “Be quite,” hissed Mam.
    const context = flagged || heading ? 0 : nearWords(tokens, i, -1).length + nearWords(tokens, i, 1).length;
    if (context === 0) continue;
    const extra = context < 2 ? SHORT_CONTEXT : 0;
    // Every learned set with this word has its say; the one whose other member wins by most over its threshold speaks.
    // `over`: how far the margin beats what this word needs (the threshold, plus SHORT_CONTEXT with one word).
    let chosen: { set: ModelSet; best: number; over: number } | undefined;
    for (const { set, scores, written } of read(i, token)) {
      if (!set.alone || KEEP.get(set.id)?.some((pattern) => matchAt(pattern, tokens, i) >= 0)) continue;
      let best = -1;
      for (let k = 0; k < scores.length; k++) if (k !== written && (best < 0 || scores[k]! > scores[best]!)) best = k;
      const over = scores[best]! - scores[written]! - set.threshold - extra;
      if (over > 0 && (!chosen || over > chosen.over)) chosen = { set, best, over };
    }
    if (!chosen) continue;
    const { set, best, over } = chosen;
    const replacement = matchCase(token.text, set.words[best]!).replace(/'/g, apostropheOf(token.text));
    drafts.push({
      ruleId: `confusable-${set.id}`,
      severity: 'warning',
      from: token.from,
      to: token.to,
      message: `${q(token.text)} may be ${q(replacement)} here.`,
      note: `${evidence(tokens, i, replacement, token.text, over > 4)} ${NOTES.get(set.id) ?? ''}`.trim(),
      fixes: [{ kind: 'replace', label: `Change to ${q(replacement)}`, text: replacement }],
      confidence: Math.round(100 * (0.5 + 0.45 * (1 - Math.exp(-over / 3)))) / 100,
    });
  }
  return drafts;
}
