import { within } from '../../engine/nlcst.js';
import { isPastForm, isPresentForm, narrationSentences, paragraphAt, sceneAt, scenes, sourceMarks } from '../../fiction/scenes.js';
import type { CheckDefinition, Draft } from '../../contract/check.js';
import { IRREGULAR_PARTICIPLES, PAST_TO_PRESENT, PERFECT_ADVERBS, TIME_SHIFTS } from './tense.data.js';

/** Options of the `tense` check. */
export interface TenseOptions {
  /**
   * The manuscript's narration tense. `auto` (default) detects it per scene (pronoun + verb counts outside
   * dialogue); a scene with no clear tense gets no tense flags.
   */
  readonly tense: 'auto' | 'past' | 'present';
}

const participles = new Set(IRREGULAR_PARTICIPLES);
const adverbs = new Set(PERFECT_ADVERBS);
const shifts = new Set(TIME_SHIFTS);
// Only he / she / they: a first-person narrator may speak from the present ("I have never forgotten").
const SUBJECT = /^(he|she|they)$/;
const CONTRACTED_PERFECT = /^(he|she|they)(['’])(s|ve)$/i;
// "Was he lying? He is always lying." "He is lying, she thought.": free indirect and direct thought.
const THOUGHT = /[?!]["”’]?\s*$|,\s*(?:she|he|they|\p{Lu}\p{L}+)\s+(?:thought|wondered|realised|realized|knew|decided|guessed|supposed|(?:reminded|told) (?:her|him)self)\b|\b(?:thought|wondered)\s+(?:she|he|\p{Lu}\p{L}+)\s*[,.;]/u;

const q = (s: string): string => `“${s}”`;

/**
 * The `tense` check: present or present-perfect verbs in past-tense narration and past verbs in present-tense
 * narration, outside dialogue and thought, with a fix where the replacement is unambiguous.
 */
/** What a tense draft remembers between scan and finish: the narration tense it would be a slip in. */
interface TenseData {
  readonly [key: string]: string;
  readonly narration: 'past' | 'present';
}
type TenseDraft = Draft<TenseData>;

export const tense: CheckDefinition<TenseOptions, TenseData> = {
  id: 'tense',
  uses: [scenes],
  description: 'Tense slips: present or present-perfect verbs in past-tense narration, and the reverse.',
  rules: { 'tense-present-in-past': 'Present tense in past narration', 'tense-past-in-present': 'Past tense in present narration' },
  defaults: { tense: 'auto' },
  setup(options) {
    return {
      scan(input) {
        const drafts: TenseDraft[] = [];
        for (const { sentence, tokens } of narrationSentences(input)) {
          const start = sentence.position?.start.offset ?? tokens[0]!.from;
          const end = sentence.position?.end.offset ?? tokens[tokens.length - 1]!.to;
          if (THOUGHT.test(input.text.slice(start, end))) continue;
          const lower = tokens.map((t) => t.text.toLowerCase());
          const adjacent = (i: number): boolean => /^\s+$/.test(input.text.slice(tokens[i - 1]!.to, tokens[i]!.from));
          const perfectAt = (i: number): boolean => {
            let k = i;
            while (k < tokens.length && adjacent(k) && adverbs.has(lower[k]!)) k++;
            const w = lower[k];
            return k < tokens.length && adjacent(k) && w !== undefined && (participles.has(w) || /^[a-z]{3,}ed$/.test(w));
          };
          let presentPairs = 0;
          let lastPresent: string | undefined;
          let lastPast: string | undefined;
          let lastPastAt = -1;
          let pastPairs = 0;
          const presentDrafts: TenseDraft[] = [];
          let timeShift = false;
          const past: TenseDraft[] = [];
          for (let i = 0; i < tokens.length; i++) {
            const t = tokens[i]!;
            const w = lower[i]!;
            if (shifts.has(w)) timeShift = true;
            // "Even after all the times she's done this" → "she'd done".
            const contracted = CONTRACTED_PERFECT.exec(t.text);
            if (contracted && perfectAt(i + 1)) {
              const fix = `${t.text.slice(0, contracted[1]!.length)}${contracted[2]}d`;
              presentDrafts.push(present(t.from, t.to, t.text, fix, 'present perfect'));
            }
            // "she still felt", "he never knows": step over adverbs to the verb.
            let vi = i + 1;
            while (vi < tokens.length && adjacent(vi) && (adverbs.has(lower[vi]!) || /^[a-z]{3,}ly$/.test(lower[vi]!))) vi++;
            // "She turned away and walks to the door": a present verb sharing a past one's subject.
            // Only right after the past verb and its particles ("turned away and", "stood up and"): in "worked hard
            // for knowledge and accomplishments" or "astonished her husband and daughters" the -s word is a noun.
            const joinsPastVerb = (): boolean =>
              lastPastAt >= 0 && i - lastPastAt <= 3 && !/[,;:]/.test(input.text.slice(tokens[lastPastAt]!.to, t.from)) &&
              lower.slice(lastPastAt + 1, i).every((x) => PARTICLES.has(x));
            if (w === 'and' && lastPast !== undefined && lastPresent === undefined && vi === i + 1 && vi < tokens.length && adjacent(vi) && joinsPastVerb()) {
              const v = tokens[vi]!;
              if (isPresentForm(lower[vi]!, lastPast) && !/^(is|are|has|have)$/.test(lower[vi]!)) {
                const fix = toPast(lower[vi]!);
                presentDrafts.push(
                  fix
                    ? present(v.from, v.to, v.text, match(v.text, fix), 'present-tense')
                    : { ...present(v.from, v.to, v.text, '', 'present-tense'), message: `${q(v.text)} is present-tense in past-tense narration; use the past tense.`, fixes: [] },
                );
              }
              continue;
            }
            const coordinated = w === 'and' && lastPresent !== undefined;
            if ((!SUBJECT.test(w) && !coordinated) || vi >= tokens.length || !adjacent(vi)) continue;
            const v = tokens[vi]!;
            const vw = lower[vi]!;
            // "She turns and walked on": the second verb shares the present subject.
            const subject = coordinated ? lastPresent! : w;
            if (coordinated && !isPastForm(vw)) continue;
            if (isPresentForm(vw, subject)) {
              presentPairs++;
              lastPresent = subject;
            }
            if (isPastForm(vw)) {
              pastPairs++;
              if (!coordinated) {
                lastPast = subject;
                lastPastAt = vi;
              }
            }
            // "Could he have seen the heart": an inverted conditional, not a perfect.
            if (!coordinated && /^(could|would|should|might|had|did|does|do|must|may|can|will|shall)$/.test(lower[i - 1] ?? '')) continue;
            const they = subject === 'they';
            // "He has thought she was joking" → "had thought".
            if (vw === (they ? 'have' : 'has') && perfectAt(vi + 1)) presentDrafts.push(present(v.from, v.to, v.text, match(v.text, 'had'), 'present perfect'));
            // "She is tired" → "was"; "they are late" → "were".
            else if (vw === (they ? 'are' : 'is')) presentDrafts.push(present(v.from, v.to, v.text, match(v.text, they ? 'were' : 'was'), 'present-tense'));
            else if ((isPastForm(vw) && !participles.has(vw)) || PAST_TO_PRESENT[vw]) {
              const now = PAST_TO_PRESENT[vw];
              const fix = now && (they ? plural(now) : now);
              past.push({
                ruleId: 'tense-past-in-present',
                severity: 'warning',
                from: v.from,
                to: v.to,
                message: `${q(v.text)} is past tense in present-tense narration; ${fix ? `use ${q(fix)}` : 'use the present tense'}.`,
                fixes: fix ? [{ kind: 'replace', label: `Use ${q(fix)}`, text: match(v.text, fix) }] : [],
                data: { narration: 'present' },
              });
            }
          }
          // "She opens the door and walked in": a past verb beside a present one, with no shift in time.
          if (presentPairs > 0 && !timeShift) drafts.push(...past);
          // "He has thought she was joking": a present verb beside a past one. A sentence wholly in the present
          // ("It is a truth universally acknowledged… that he is considered") is a general truth or an aside.
          if (pastPairs > 0) drafts.push(...presentDrafts);
        }
        return drafts;
      },
      finish(drafts, context) {
        return drafts.filter((d) => {
          // Marked thought in Markdown ("*He is lying.*"): the prose lost the markers, the source has them.
          const paragraph = paragraphAt(context.paragraphs, d.from);
          if (paragraph && within(sourceMarks(context.source, paragraph), d.from, d.to)) return false;
          const scene = sceneAt(context.get(scenes), d.from);
          const narration = options.tense === 'auto' ? scene?.tense : options.tense;
          return narration === d.data?.narration;
        });
      },
    };
  },
};

function present(from: number, to: number, actual: string, fix: string, kind: string): TenseDraft {
  return {
    ruleId: 'tense-present-in-past',
    severity: 'warning',
    from,
    to,
    message: `${q(actual)} is ${kind} in past-tense narration; use ${q(fix)}.`,
    fixes: [{ kind: 'replace', label: `Use ${q(fix)}`, text: fix }],
    data: { narration: 'past' },
  };
}

/** Words that can sit between a verb and "and" in a compound predicate: "turned away and walks". */
const PARTICLES = new Set(['away', 'up', 'down', 'round', 'around', 'back', 'out', 'in', 'off', 'over', 'again', 'aside', 'forward', 'on', 'slowly', 'quickly', 'suddenly', 'quietly']);

const PRESENT_TO_PAST: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(PAST_TO_PRESENT).map(([past, now]) => [now, past]),
);

/**
 * The simple past of a third-person present verb, or `undefined` when unsure: "walks" → "walked",
 * "carries" → "carried", "pushes" → "pushed", "goes" → "went"; "stops" (stopped? stoped?) gets no fix.
 */
function toPast(verb: string): string | undefined {
  if (PRESENT_TO_PAST[verb]) return PRESENT_TO_PAST[verb];
  if (/[^aeiou]ies$/.test(verb)) return `${verb.slice(0, -3)}ied`;
  const base = /(?:s|x|z|ch|sh)es$/.test(verb) ? verb.slice(0, -2) : verb.slice(0, -1);
  if (/(?:^|[^aeiou])[aeiou][bdgklmnprt]$/.test(base)) return undefined; // doubling is a guess
  return base.endsWith('e') ? `${base}d` : `${base}ed`;
}

function plural(verb: string): string {
  return ({ is: 'are', has: 'have', does: 'do', goes: 'go' } as Record<string, string>)[verb] ?? verb.replace(/s$/, '');
}

function match(model: string, word: string): string {
  return /^\p{Lu}/u.test(model) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}
