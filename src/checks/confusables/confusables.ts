import { matchCase } from '../../engine/case.js';
import type { CheckDefinition, Draft } from '../../contract/check.js';
import { CONFUSABLE_SETS, type ConfusableSet } from './confusables.data.js';
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
      const pattern = compile(source);
      const key = firstWord(pattern);
      map.set(key, [...(map.get(key) ?? []), { set, pattern }]);
    }
  }
  return map;
})();

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
  setup(options) {
    const disabled = new Set(options.disabled);
    return {
      scan({ text }) {
        const heading = headingOrShouted(text);
        const tokens = tokenize(text, heading);
        // “It’s”, not “It's”, in a manuscript typeset with curly apostrophes (or curly quotes and no apostrophes).
        const curly = text.includes('’') || (!text.includes("'") && /[“”]/.test(text));
        return findConfusables(tokens, disabled, curly, heading);
      },
    };
  },
};

/**
 * Every confusable in a paragraph's tokens; at most one per word, the first matching pattern wins. `curly`
 * writes apostrophes in fixes as `’` (the flagged word's own apostrophe, if it has one, decides first); `heading`
 * says the paragraph is a title-case heading, where a capital mid-sentence is no name.
 */
export function findConfusables(tokens: readonly Token[], disabled: ReadonlySet<string> = new Set(), curly = false, heading = false): Draft[] {
  const drafts: Draft[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!token.word || token.elided) continue;
    const rules = RULES.get(token.lower);
    if (!rules) continue;
    // "Miss Plain", "the Peak District": a capital mid-sentence is a name, not a slip ("I NEW IT" is shouting).
    const previous = tokens[i - 1];
    const shouted = token.text.length > 1 && token.text === token.text.toUpperCase();
    // In a heading ("The Air We Breath") every word has a capital, so it marks no name.
    if (/^\p{Lu}/u.test(token.text) && !shouted && !heading && previous && !START.has(previous.lower)) continue;
    for (const { set, pattern } of rules) {
      if (disabled.has(set.id)) continue;
      const end = matchAt(pattern, tokens, i);
      if (end < 0) continue;
      const last = tokens[end - 1]!;
      const actual = tokens.slice(i, end).map((t) => t.text).join(' ');
      const own = /['’]/.exec(actual)?.[0];
      const apostrophe = own ?? (curly ? '’' : "'");
      const replacement = matchCase(token.text, pattern.replacement).replace(/'/g, apostrophe);
      drafts.push({
        ruleId: `confusable-${set.id}`,
        severity: 'warning',
        from: token.from,
        to: last.to,
        message: `${q(actual)} may be ${q(replacement)} here.`,
        note: set.note,
        fixes: [{ kind: 'replace', label: `Change to ${q(replacement)}`, text: replacement }],
      });
      i = end - 1;
      break;
    }
  }
  return drafts;
}
