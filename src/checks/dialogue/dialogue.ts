import type { CheckDefinition, Draft, ManuscriptContext, Paragraph } from '../../contract/check.js';
import { SPEECH_TAG_VERBS, TAG_PRONOUNS } from './dialogue.data.js';

/** Options of the `dialogue` check. */
export interface DialogueOptions {
  /**
   * Flag a paragraph whose speech opens and never closes, unless the next paragraph reopens it (the convention
   * for speech that runs over several paragraphs). Default `true`.
   */
  readonly unbalancedQuotes: boolean;
}

const VERBS = SPEECH_TAG_VERBS.join('|');
const PRONOUNS = TAG_PRONOUNS.join('|');
const CLOSE = '[”"]';
const OPEN = '[“"]';

const q = (s: string): string => `“${s}”`;

/**
 * The `dialogue` check: punctuation where speech meets its tag, and speech that never closes. Curly and straight
 * double quotes. Every finding has a fix.
 */
/** What an unclosed-quote draft remembers: whether the speech runs to the paragraph's end. */
interface DialogueData {
  readonly [key: string]: boolean;
  readonly end: boolean;
}
type DialogueDraft = Draft<DialogueData>;

export const dialogue: CheckDefinition<DialogueOptions, DialogueData> = {
  id: 'dialogue',
  description: 'Dialogue punctuation: the comma before a speech tag, the tag’s case, quotes that never close.',
  rules: {
    'dialogue-period-before-tag': 'Full stop before a speech tag',
    'dialogue-capitalised-tag': 'Capitalised speech tag',
    'dialogue-missing-comma': 'Missing comma before speech',
    'dialogue-lowercase-after-speech': 'Lower case after speech',
    'dialogue-space-before-comma': 'Space before a comma',
    'dialogue-unclosed-quote': 'Speech never closed',
  },
  defaults: { unbalancedQuotes: true },
  setup(options) {
    return {
      scan({ text }) {
        const drafts = [...periodBeforeTag(text), ...capitalisedTag(text), ...missingComma(text), ...lowercaseAfter(text), ...spaceBeforeComma(text)];
        if (options.unbalancedQuotes) drafts.push(...unclosed(text));
        return drafts.sort((a, b) => a.from - b.from);
      },
      finish(drafts, context) {
        return drafts.filter((d) => d.ruleId !== 'dialogue-unclosed-quote' || !reopened(d, context));
      },
    };
  },
};

// “Wait.” she said → “Wait,” she said. Only a full stop: “Wait!” she said is right.
function periodBeforeTag(text: string): DialogueDraft[] {
  // The tag: "she said", "said Jon", "the old man said".
  const tag = `(?:${PRONOUNS})\\s+(?:${VERBS})|(?:${VERBS})\\s+(?:${PRONOUNS}|\\p{Lu})|(?:the|his|her|their|my|our)(?:\\s+\\p{Ll}+){1,2}\\s+(?:${VERBS})`;
  // The look-behind starts a match only at a word's first letter: without it a long run of letters is tried from
  // every position (80,000 letters took five seconds).
  const re = new RegExp(`(?<![\\p{L}\\p{N}'’])([\\p{L}\\p{N}'’]+)\\.(${CLOSE})(?=\\s+(?:${tag})\\b)`, 'gu');
  return [...text.matchAll(re)].filter((m) => isClosing(text, m.index + m[0].length - 1)).map((m) => {
    const word = m[1]!;
    return {
      ruleId: 'dialogue-period-before-tag',
      severity: 'warning',
      from: m.index,
      to: m.index + m[0].length,
      message: `The speech tag after ${q(`${word}.`)} needs a comma instead of the full stop.`,
      fixes: [{ kind: 'replace', label: 'Use a comma', text: `${word},${m[2]}` }],
    } satisfies DialogueDraft;
  });
}

// “Wait,” She said → “Wait,” she said.
function capitalisedTag(text: string): DialogueDraft[] {
  const re = new RegExp(`(?<=[,?!](?:${CLOSE})\\s+)(He|She|They|We|You|It)(?=\\s+(?:${VERBS})\\b)`, 'gu');
  return [...text.matchAll(re)].map((m) => ({
    ruleId: 'dialogue-capitalised-tag',
    severity: 'warning',
    from: m.index,
    to: m.index + m[0].length,
    message: `The speech tag continues the sentence, so ${q(m[0])} takes a small letter.`,
    fixes: [{ kind: 'replace', label: `Use ${q(m[0].toLowerCase())}`, text: m[0].toLowerCase() }],
  }));
}

// she said “Wait.” → she said, “Wait.”
function missingComma(text: string): DialogueDraft[] {
  const re = new RegExp(`\\b(?:${PRONOUNS})\\s+(${VERBS})(?=\\s+(?:${OPEN})\\p{Lu})`, 'giu');
  return [...text.matchAll(re)].filter((m) => isOpening(text, m.index + m[0].length + (/^\s*/.exec(text.slice(m.index + m[0].length))?.[0].length ?? 0))).map((m) => {
    const verb = m[1]!;
    const from = m.index + m[0].length - verb.length;
    return {
      ruleId: 'dialogue-missing-comma',
      severity: 'warning',
      from,
      to: from + verb.length,
      message: `Put a comma between the tag and the speech: ${q(`${verb},`)}.`,
      fixes: [{ kind: 'insert-after', label: 'Insert a comma', text: ',' }],
    } satisfies DialogueDraft;
  });
}

// “I’m done.” she turned away. → “I’m done.” She turned away. A full stop inside the quote ends the
// sentence; when no speech verb follows (that is the rule above), a new sentence starts.
function lowercaseAfter(text: string): DialogueDraft[] {
  // Only after a full stop: “Where is the boy?” she ejaculated is right, whatever the verb.
  // Not "“Come in.” the old man said": that is a tag after a full stop (the rule above).
  const re = new RegExp(`(?<=\\.(?:${CLOSE})\\s+)(he|she|they|we|it|i|the|his|her|then)\\b(?!(?:\\s+\\p{Ll}+){0,2}\\s+(?:${VERBS})\\b)`, 'gu');
  return [...text.matchAll(re)].map((m) => {
      const word = m[0];
      const up = word.charAt(0).toUpperCase() + word.slice(1);
      return {
        ruleId: 'dialogue-lowercase-after-speech',
        severity: 'warning',
        from: m.index,
        to: m.index + word.length,
        message: `The speech ends its sentence, so the next sentence starts with a capital: ${q(up)}.`,
        fixes: [{ kind: 'replace', label: `Use ${q(up)}`, text: up }],
      } satisfies DialogueDraft;
    });
}

// “Wait ,” she said → “Wait,” she said.
function spaceBeforeComma(text: string): DialogueDraft[] {
  return [...text.matchAll(/(?<=[\p{L}\p{N}’'”"])[ \t]+,/gu)].map((m) => ({
    ruleId: 'dialogue-space-before-comma',
    severity: 'warning',
    from: m.index,
    to: m.index + m[0].length,
    message: 'Remove the space before the comma.',
    fixes: [{ kind: 'replace', label: 'Remove the space', text: ',' }],
  }));
}

// Speech that opens and never closes in its paragraph. Finish keeps it only when the next paragraph does not
// reopen speech (“…and so we went.¶“The next day…” is one speech over two paragraphs).
function unclosed(text: string): DialogueDraft[] {
  let open = -1;
  let straight = 0;
  const drafts: DialogueDraft[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '“') {
      // “Wait, she said. “Come here.” — a second opener before the first closed.
      if (open >= 0) drafts.push(unclosedAt(text, open, i));
      open = i;
    } else if (c === '”') {
      open = -1;
    } else if (c === '"') {
      straight++;
      open = straight % 2 === 1 ? i : -1;
    }
  }
  if (open >= 0) drafts.push(unclosedAt(text, open, text.length));
  return drafts;
}

function unclosedAt(text: string, open: number, end: number): DialogueDraft {
  // Flag the end of the speech (its last word and stop), where the closing quote belongs.
  const body = text.slice(open, end).trimEnd();
  const lastWord = /[\p{L}\p{N}'’]+[.,!?…—–-]*$/u.exec(body);
  const from = lastWord ? open + lastWord.index : open;
  const to = open + body.length;
  const closing = text[open] === '"' ? '"' : '”';
  return {
    ruleId: 'dialogue-unclosed-quote',
    severity: 'warning',
    from,
    to,
    message: `This speech opens but never closes; add the closing quote after ${q(text.slice(from, to))}.`,
    fixes: [{ kind: 'insert-after', label: `Insert ${closing}`, text: closing }],
    data: { end: end === text.length },
  };
}

function reopened(d: DialogueDraft, context: ManuscriptContext): boolean {
  const index = context.paragraphs.findIndex((p) => p.from <= d.from && d.to <= p.to);
  // Verse and letters quote line by line and are indented: "        “For when a lady's in the case,¶
  // “You know all other things give place.”", "    “Yours respectfully,". So is verse a speech goes on to
  // quote: "…charming lines of the poet,¶    Full many a flower…".
  const indented = (p: Paragraph | undefined): boolean =>
    !!p && /^\s{2,}/.test(context.source.slice(context.source.lastIndexOf('\n', p.from - 1) + 1, p.from));
  if (indented(context.paragraphs[index]) || indented(context.paragraphs[index + 1]) || indented(context.paragraphs[index + 2])) return true;
  const next = context.paragraphs[index + 1];
  return d.data?.end === true && !!next && /^[“"]/.test(next.text);
}

// A straight quote before white space closes speech; after white space (or at the start) it opens.
function isClosing(text: string, at: number): boolean {
  return text[at] !== '"' || (at > 0 && /\S/.test(text[at - 1]!));
}

function isOpening(text: string, at: number): boolean {
  return text[at] !== '"' || at === 0 || /\s/.test(text[at - 1]!);
}
