import { within, type WordToken } from '../../engine/nlcst.js';
import { isPastForm, isPresentForm, narrationSentences, paragraphAt, sceneAt, scenes, sourceMarks } from '../../fiction/scenes.js';
import type { CheckDefinition, Draft } from '../../contract/check.js';
import { capitalisation, nameEvidence } from '../../fiction/cast.js';
import { headingOrShouted, tokenize } from '../confusables/tokens.js';
import { IRREGULAR_PARTICIPLES, PAST_TO_PRESENT, PERFECT_ADVERBS, TIME_SHIFTS } from './tense.data.js';
import { baseOf, irregularBaseOfThird, isIrregularBase, isIrregularPast, pastOf, thirdPerson } from './verbs.js';

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
/**
 * What a tense draft remembers between scan and finish: the narration tense it would be a slip in, and `alone`
 * (`"yes"`) for a sentence wholly in the other tense among its neighbours, which a first-person narrator may
 * write on purpose ("I still remember the smell of that kitchen").
 */
interface TenseData {
  readonly [key: string]: string;
  readonly narration: 'past' | 'present';
}
type TenseDraft = Draft<TenseData>;

export const tense: CheckDefinition<TenseOptions, TenseData> = {
  id: 'tense',
  uses: [scenes, capitalisation],
  description: 'Tense slips: present or present-perfect verbs in past-tense narration, and the reverse.',
  rules: { 'tense-present-in-past': 'Present tense in past narration', 'tense-past-in-present': 'Past tense in present narration' },
  defaults: { tense: 'auto' },
  setup(options) {
    return {
      scan(input) {
        const drafts: TenseDraft[] = [];
        // "‘When she came home that summer… They’ve never had a sewing-machine": a paragraph that opens with a
        // quotation mark the speech spans did not close is speech carried over several paragraphs.
        const opener = /^\s*([‘“"'])/.exec(input.text);
        if (opener) {
          const first = narrationSentences(input)[0]?.tokens[0];
          if (first && first.from <= opener[0].length + 1) return [];
        }
        const sentences: SentenceFacts[] = [];
        const firstVoice = (input.text.replace(/[“"][^”"]*[”"]?/g, ' ').match(/\b(?:I|me|my|I['’](?:m|d|ve|ll))\b/g) ?? []).length >= 2;
        for (const { sentence, tokens } of narrationSentences(input)) {
          const start = sentence.position?.start.offset ?? tokens[0]!.from;
          const end = sentence.position?.end.offset ?? tokens[tokens.length - 1]!.to;
          if (THOUGHT.test(input.text.slice(start, end))) {
            sentences.push({ start, end, lower: [], tokens: [], presentPairs: 0, pastPairs: 0, timeShift: false, flagged: 0, thought: true, tag: () => 'X' });
            continue;
          }
          const lower = tokens.map((t) => t.text.toLowerCase());
          const adjacent = (i: number): boolean => /^\s+$/.test(input.text.slice(tokens[i - 1]!.to, tokens[i]!.from));
          /** The verb after the subject at `i`, past adverbs. */
          const vi0 = (i: number): number => {
            let k = i + 1;
            while (k < tokens.length && adjacent(k) && adverbs.has(lower[k]!)) k++;
            return k;
          };
          const opensClause = (i: number): boolean => i === 0 || !adjacent(i) || /^(?:and|then|but|so)$/.test(lower[i - 1]!);
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
          // Present perfects of he / she / they anywhere in the sentence ("the third match in a row he has missed",
          // "when old Haskett died, and he's been welcome then"): kept when the sentence also tells a past event.
          const perfects: TenseDraft[] = [];
          const tag = sentenceTags(input.text, start, end, tokens);
          let timeShift = false;
          const past: TenseDraft[] = [];
          for (let i = 0; i < tokens.length; i++) {
            const t = tokens[i]!;
            const w = lower[i]!;
            // "She thought then that…", "back then": a time apart; "Then she pushed off", "and then she stops" at the
            // head of a clause only move the story on.
            if (shifts.has(w) || (w === 'then' && i > 0 && adjacent(i) && !/^(?:and|but|so)$/.test(lower[i - 1] ?? ''))) timeShift = true;
            // "Even after all the times she's done this" → "she'd done".
            const contracted = CONTRACTED_PERFECT.exec(t.text);
            if (contracted && perfectAt(i + 1)) {
              // "She's tired": a participle the tagger reads as an adjective is "she is", not "she has".
              let k = i + 1;
              while (k < tokens.length && adverbs.has(lower[k]!)) k++;
              const adjective = contracted[3]!.toLowerCase() === 's' && tag(k) === 'ADJ';
              const fix = adjective ? `${t.text.slice(0, contracted[1]!.length)} was` : `${t.text.slice(0, contracted[1]!.length)}${contracted[2]}d`;
              perfects.push(draftPresent(t.from, t.to, t.text, fix, adjective ? 'present-tense' : 'present perfect'));
            }
            // "in a row he has missed", "realised that he has left": a perfect inside another clause.
            if (SUBJECT.test(w) && vi0(i) < tokens.length && lower[vi0(i)] === (w === 'they' ? 'have' : 'has') && !opensClause(i) && perfectAt(vi0(i) + 1) && !/^(?:could|would|should|might|had|did|does|do|must|may|can|will|shall)$/.test(lower[i - 1] ?? '')) {
              perfects.push(perfect(input.text, tokens, lower, vi0(i)));
            }
            // "she still felt", "he never knows": step over adverbs to the verb.
            let vi = i + 1;
            while (vi < tokens.length && adjacent(vi) && (adverbs.has(lower[vi]!) || /^[a-z]{3,}ly$/.test(lower[vi]!))) vi++;
            // "She turned away and walks to the door": a present verb sharing a past one's subject.
            // Only right after the past verb and its particles ("turned away and", "stood up and"): in "worked hard
            // for knowledge and accomplishments" or "astonished her husband and daughters" the -s word is a noun.
            // "She picked up the phone and opens her bank app": past verb, a short object, "and", and an -s verb
            // that takes an object of its own (a determiner or pronoun follows it, as nouns in a list never do).
            const between = lastPastAt >= 0 ? lower.slice(lastPastAt + 1, i) : [];
            const joinsPastVerb = (): boolean =>
              lastPastAt >= 0 && !/[,;:]/.test(input.text.slice(tokens[lastPastAt]!.to, t.from)) &&
              ((i - lastPastAt <= 3 && between.every((x) => PARTICLES.has(x))) ||
                (i - lastPastAt <= 8 && between.some((x) => DETERMINERS.has(x)) && !between.some((x) => SUBJECTS_ANY.has(x) || x === 'of') && OBJECTS.has(lower[vi + 1] ?? '') && adjacent(vi + 1)));
            if (w === 'and' && lastPast !== undefined && lastPresent === undefined && vi === i + 1 && vi < tokens.length && adjacent(vi) && joinsPastVerb()) {
              const v = tokens[vi]!;
              // ("She ran around the shrubs and paths towards the garden": a noun, as the tagger reads it.)
              if (isPresentForm(lower[vi]!, lastPast) && !/^(is|are|has|have)$/.test(lower[vi]!) && !(between.some((x) => DETERMINERS.has(x)) && tag(vi) === 'NOUN')) {
                const fix = toPast(lower[vi]!);
                presentDrafts.push(
                  fix
                    ? draftPresent(v.from, v.to, v.text, match(v.text, fix), 'present-tense')
                    : { ...draftPresent(v.from, v.to, v.text, '', 'present-tense'), message: `${q(v.text)} is present-tense in past-tense narration; use the past tense.`, fixes: [] },
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
            if (coordinated && !isPastForm(vw) && !isIrregularPast(vw)) continue;
            if (isPresentForm(vw, subject)) {
              presentPairs++;
              lastPresent = subject;
            }
            if (isPastForm(vw) || (coordinated && isIrregularPast(vw))) {
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
            // "one who knows that he is doomed", "because he is for an instant free": a clause inside another.
            if (!coordinated && !opensClause(i)) continue;
            if (vw === (they ? 'have' : 'has') && perfectAt(vi + 1)) presentDrafts.push(perfect(input.text, tokens, lower, vi));
            // "and then she dries her hands": any present verb of the past narration's subject.
            // Only a subject opening its clause: in "a man counting coins he knows he does not have" the present is
            // the timeless one of a simile.
            else if (!they && vw !== 'is' && vw !== 'has' && /s$/.test(vw) && !NOT_VERB_S.test(vw) && isPresentForm(vw, subject) && !coordinated && opensClause(i)) presentDrafts.push(simple(v));
            // "They unload the cart and went inside": a bare plural verb the tagger reads as a verb → "unloaded".
            // Only with "and" and a past verb sharing the subject later in the clause ("When men find… and yawn",
            // "they say to one another" in a letter are presents of their own).
            else if (they && !coordinated && baseForm(vw) && tag(vi) === 'VERB' && lower.slice(vi + 1).some((x, k) => x === 'and' && (isPastForm(lower[vi + 2 + k] ?? '') || isIrregularPast(lower[vi + 2 + k] ?? '')) && !/[,;:]/.test(input.text.slice(tokens[vi]!.to, tokens[vi + 1 + k]!.from)))) {
              presentPairs++;
              lastPresent = 'they';
              const fix = pastOf(vw);
              presentDrafts.push(fix ? draftPresent(v.from, v.to, v.text, match(v.text, fix), 'present-tense') : { ...draftPresent(v.from, v.to, v.text, '', 'present-tense'), message: `${q(v.text)} is present-tense in past-tense narration; use the past tense.`, fixes: [] });
            }
            // "She is tired" → "was"; "they are late" → "were".
            else if (vw === (they ? 'are' : 'is')) presentDrafts.push(draftPresent(v.from, v.to, v.text, match(v.text, they ? 'were' : 'was'), 'present-tense'));
            else if ((isPastForm(vw) && !participles.has(vw)) || PAST_TO_PRESENT[vw] || (coordinated && isIrregularPast(vw))) {
              const now = PAST_TO_PRESENT[vw] ?? presentOf(vw);
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
          // Not in a letter or diary quoted in the narration ("though Fred is not my model hero, he does very well").
          // Nor in a general rule with its condition ("she knew that if a signalman sleeps on duty, he risks his place").
          const rule = /\b(?:if|whenever)\b/.test(lower.join(' '));
          if (pastPairs > 0 && !firstVoice && !rule) drafts.push(...presentDrafts);
          // A perfect needs a past event beside it and no present frame: "I have been trying, for forty years now",
          // "she has been my friend ever since"; nor a simile's timeless present ("like he's forgotten what it's for").
          // The past must be a finite verb after its subject ("when old Haskett died", "which felt"), not a
          // participle joined to the perfect ("when he has put the cat out and locked up").
          const told = pastPairs > 0 || lower.some((x, k) => PAST_FINITE.has(x) || (/['’]d$/.test(x) && participles.has(lower[k + 1] ?? '')) || ((/^[a-z]+ed$/.test(x) || isIrregularPast(x)) && tag(k) === 'VERB' && /^(?:PRON|PROPN|NOUN)$/.test(tag(k - 1)) && !/^(?:has|have|had|is|are|was|were|be|been|being|having)$/.test(lower[k - 1] ?? '')));
          const frame = lower.some((x) => PERFECT_FRAME.has(x));
          // "A man who forgets what day he was married, when he's been married one year…", "when women are the
          // advisers… till they have persuaded themselves": a sentence with a present of its own is a general one.
          const ownPresent = lower.some((x, k) => /^(?:is|are|does|do|don't|doesn't|can|will|shall|may|must)$/.test(x) && !/^(?:which|what|who|that)$/.test(lower[k - 1] ?? '')) || lower.some((x, k) => /^[a-z]{3,}s$/.test(x) && x !== 'has' && !NOT_VERB_S.test(x) && tag(k) === 'VERB');
          const generic = lower.some((x, k) => GENERIC.has(x) || (HABITUAL.has(x) && x !== 'every' && x !== 'never') || (/^(?:a|any|every)$/.test(x) && /^(?:man|woman|person|fellow|child|chap)$/.test(lower[k + 1] ?? '') && (k === 0 || /^(?:when|if|who|that)$/.test(lower[k - 1] ?? '') || /^(?:who|that)$/.test(lower[k + 2] ?? ''))) || x === 'you');
          if (told && !frame && !rule && !ownPresent && !generic) {
            for (const d of perfects) {
              const k = tokens.findIndex((x) => x.from === d.from || (x.to > d.from && x.from <= d.from));
              const before = lower.slice(Math.max(0, k - 3), k);
              if (before.some((x) => x === 'like' || x === 'though') || (before.includes('as') && before.includes('if'))) continue;
              if (!drafts.some((x) => x.from < d.to && d.from < x.to)) drafts.push(d);
            }
          }
          sentences.push({ start, end, lower, tokens, presentPairs, pastPairs, timeShift, flagged: drafts.length, tag });
        }
        drafts.push(...standalone(input.text, sentences, drafts));
        return drafts;
      },
      finish(drafts, context) {
        return drafts.filter((d) => {
          // Marked thought in Markdown ("*He is lying.*"): the prose lost the markers, the source has them.
          const paragraph = paragraphAt(context.paragraphs, d.from);
          if (paragraph && within(sourceMarks(context.source, paragraph), d.from, d.to)) return false;
          const scene = sceneAt(context.get(scenes), d.from);
          // A first-person narrator speaks from a present of their own: "Antonia is a grandmother now."
          // Only a definite noun phrase with no frame word is a slip there ("The canteen is packed.").
          if (d.data?.['alone'] !== undefined && d.data.narration === 'past' && scene?.person !== 'third' && (d.data['subject'] !== 'np' || d.data['framed'] !== undefined)) return false;
          // "The nursery is a pleasant room" in a letter quoted in third-person narration: the letter's own present.
          if (d.data?.['voice'] !== undefined && scene?.person === 'third') return false;
          // "The Divide is now thickly populated": a narrator's present, whoever narrates.
          if (d.data?.['alone'] === 'yes' && d.data['framed'] !== undefined) return false;
                    // "I wiped the frost off": the narrator's own past, only in a first-person scene.
          if (d.data?.['first'] !== undefined && scene?.person !== 'first') return false;
          // "Sable has forgotten the code": a name the manuscript writes as a name ("Grief is…", "Down towards the
          // town" are not).
          const name = d.data?.['name'];
          if (name !== undefined && nameEvidence(context.get(capitalisation).get(name)) < 2) return false;
          const narration = options.tense === 'auto' ? scene?.tense : options.tense;
          return narration === d.data?.narration;
        });
      },
    };
  },
};

function draftPresent(from: number, to: number, actual: string, fix: string, kind: string): TenseDraft {
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

interface SentenceFacts {
  readonly start: number;
  readonly end: number;
  readonly lower: readonly string[];
  readonly tokens: readonly WordToken[];
  /** Pronoun subjects with a present / past verb in the sentence. */
  readonly presentPairs: number;
  readonly pastPairs: number;
  readonly timeShift: boolean;
  readonly flagged: number;
  readonly thought?: boolean;
  /** The part-of-speech tag of token `i` (tagged on first use). */
  readonly tag: (i: number) => string;
}

/** Finite past forms that tell an event: "It was the third match…", "which felt like a miracle". */
// (Not "would" / "could": "he would not know the country under which he has been asleep" tells no event.)
const PAST_FINITE = new Set(['was', 'were', 'had', 'did']);
/** Words that put a perfect in the narrator's present on purpose: "for forty years now", "ever since". */
const PERFECT_FRAME = new Set(['since', 'now', 'yet', 'ever', 'lately', 'recently', 'today', 'nowadays']);

/**
 * Part-of-speech tags (wink-nlp's universal set, through the confusables tokenizer) of one sentence's tokens by
 * index, tagged on first use only: most sentences never ask.
 */
function sentenceTags(text: string, start: number, end: number, tokens: readonly WordToken[]): (i: number) => string {
  let tags: Map<number, string> | undefined;
  return (i) => {
    if (!tags) {
      tags = new Map();
      for (const t of tokenize(text.slice(start, end))) tags.set(start + t.from, t.tag);
    }
    const t = tokens[i];
    return t ? (tags.get(t.from) ?? 'X') : 'X';
  };
}

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'my', 'your', 'our', 'this', 'that', 'him', 'them', 'it', 'me']);
const SUBJECTS_ANY = new Set(['i', 'we', 'he', 'she', 'they', 'it', 'you']);
/** What may follow a verb that takes an object or a place: "picks up", "bumps against the bulkhead", "lifts the lantern". */
const AFTER_VERB = new Set([
  ...DETERMINERS, 'up', 'down', 'in', 'out', 'off', 'on', 'over', 'into', 'onto', 'against', 'across', 'through', 'toward',
  'towards', 'away', 'back', 'along', 'past', 'around', 'round', 'under', 'behind', 'above', 'at', 'to', 'from', 'with',
]);
/** Words inside a noun phrase that show it goes on past its head: "a garland of roses on its head". */
const PHRASE_BREAKS = new Set([...AFTER_VERB, 'of', 'for', 'by', 'and', 'or', 'as', 'like', 'than']);
const QUANTITIES = new Set(['few', 'many', 'several', 'some', 'couple', 'lot', 'pair', 'dozen', 'hundred', 'thousand', 'score', 'number', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'most', 'all', 'other']);
const PARTICLES_STRICT = new Set(['up', 'down', 'out', 'off', 'over', 'away', 'back', 'against', 'into', 'onto', 'across', 'through', 'toward', 'towards', 'along', 'past', 'around', 'round']);
/** Sentences about what happens again and again: "He is always lying", "she never listens". */
const HABITUAL = new Set(['always', 'never', 'usually', 'often', 'sometimes', 'whenever', 'every', 'forever', 'generally', 'rarely', 'seldom']);
/** Capitalised words that open sentences without being a subject's name. */
const NOT_SUBJECT_NAMES = new Set(['her', 'his', 'their', 'its', 'our', 'my', 'your', 'these', 'those', 'other', 'others', 'few', 'many', 'most', 'some', 'every', 'each', 'any', 'nothing', 'everything', 'everybody', 'nobody', 'everyone', 'someone', 'somebody', 'anyone', 'up', 'down', 'out', 'over', 'in', 'on', 'off', 'at', 'by', 'for', 'from', 'with', 'without', 'after', 'before', 'once', 'only', 'even', 'just', 'perhaps', 'such', 'both', 'either', 'neither', 'another', 'whatever', 'whoever', 'where', 'while', 'though', 'although', 'because', 'since', 'until', 'like', 'unlike', 'to', 'of', 'or', 'nor', 'for', 'the', 'a', 'an', 'then', 'there', 'this', 'that', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'but', 'and', 'so', 'when', 'now', 'yet', 'still', 'here', 'what', 'how', 'why', 'who', 'if', 'as', 'all', 'one', 'no', 'not', 'oh', 'yes', 'mr', 'mrs', 'miss', 'dr', 'god', 'heaven']);

/** "has already stopped" → "had already stopped": the whole perfect, so the fix reads in place. */
function perfect(text: string, tokens: readonly WordToken[], lower: readonly string[], at: number): TenseDraft {
  let k = at + 1;
  while (k < tokens.length && adverbs.has(lower[k]!)) k++;
  const v = tokens[at]!;
  const end = tokens[Math.min(k, tokens.length - 1)]!.to;
  const actual = text.slice(v.from, end);
  const fix = `${match(v.text, 'had')}${actual.slice(v.text.length)}`;
  return draftPresent(v.from, end, actual, fix, 'present perfect');
}

function perfectFollows(lower: readonly string[], at: number): boolean {
  let k = at;
  while (k < lower.length && adverbs.has(lower[k]!)) k++;
  const w = lower[k] ?? '';
  return participles.has(w) || /^[a-z]{3,}ed$/.test(w);
}

function pastDraft(verb: WordToken, now: string | undefined, alone: boolean): TenseDraft {
  return {
    ruleId: 'tense-past-in-present',
    severity: 'warning',
    from: verb.from,
    to: verb.to,
    message: `${q(verb.text)} is past tense in present-tense narration; ${now ? `use ${q(now)}` : 'use the present tense'}.`,
    fixes: now ? [{ kind: 'replace', label: `Use ${q(now)}`, text: match(verb.text, now) }] : [],
    data: alone ? { narration: 'present', alone: 'yes' } : { narration: 'present' },
  };
}

/**
 * The third-person present of a regular past, where the stem is sure: "picked" → "picks", "played" → "plays",
 * "stopped" → "stops"; "hoped" (hop? hope?) gets none.
 */
function presentOf(past: string): string | undefined {
  const base = baseOf(past);
  return base && thirdPerson(base);
}

/** A present -s verb in past narration, with its past where that is sure. */
function simple(v: WordToken): TenseDraft {
  const fix = toPast(v.text.toLowerCase());
  return fix
    ? draftPresent(v.from, v.to, v.text, match(v.text, fix), 'present-tense')
    : { ...draftPresent(v.from, v.to, v.text, '', 'present-tense'), message: `${q(v.text)} is present-tense in past-tense narration; use the past tense.`, fixes: [] };
}

/**
 * A sentence wholly in the other tense, among neighbours in the narration's tense: "The bridge is dark except for
 * the standby lights." between past sentences, "He stood in the doorway." between present ones. The subject is a
 * he / she or a name opening its clause, or "the / a" + one or two words; a verb after a noun phrase must take an
 * object or a place ("the wind picks up", "a drone bumps against the hull"), as a plural noun never does. Quiet on
 * runs (an essay, a general truth, a passage of thought are several sentences in the present), on habits ("he is
 * always late"), generic subjects ("when a man is tired, he…"), right after a question (free indirect thought),
 * on "they" ("they are a proud people"), and, for the past, on past perfects and time words ("She was nine
 * when…"). A name must be one the manuscript uses as a name (checked in finish: `name`).
 */
function standalone(text: string, sentences: readonly SentenceFacts[], done: readonly TenseDraft[]): TenseDraft[] {
  const out: TenseDraft[] = [];
  const covered = (from: number): boolean => done.some((d) => d.from <= from && from < d.to);
  // "14th March. The lime tree is still there. Told Mrs Pryce so.": a diary, letter or thought quoted in the
  // narration (or a first-person narrator's present) speaks in its own present.
  const firstVoice = sentences.some((s) => s.lower.some((w) => /^(?:i|me|my|i['’](?:m|d|ve|ll))$/.test(w)));
  // "SHE: Alec said you'd taught him": a script's speaker label opens speech.
  if (/^\s*\p{Lu}[\p{Lu}.' -]{1,30}:\s/u.test(text)) return out;
  const found = sentences.map((s) => candidates(text, s));
  // "The Divide is now thickly populated. The rich soil yields heavy harvests": a paragraph with two sentences in
  // the present or more is a passage told in the present (an essay, a letter, a coda), not a slip.
  const anyCandidate = found.some((f) => f.present !== undefined);
  // ("She must have been reading that letter for hours" is a past: a pronoun pair with a modal perfect is no present.)
  const presentSentences = anyCandidate ? sentences.filter((s, k) => !s.thought && (found[k]!.present !== undefined || presentVerbs(s) > 0)).length : 0;
  sentences.forEach((s, k) => {
    const f = found[k]!;
    // ("She's tired." is two words and a whole sentence.)
    if (s.thought || s.tokens.length < (/^(?:he|she)['’]s$/.test(s.lower[0] ?? '') ? 2 : 3) || /[?!][”"’_]*\s*$/.test(text.slice(s.start, s.end))) return;
    // "Marilla Adopts Twins": a title-case heading, not narration.
    if (headingOrShouted(text.slice(s.start, s.end))) return;
    const before = sentences[k - 1];
    if (before && (before.thought || /[?!][”"’_]*\s*$/.test(text.slice(before.start, before.end)))) return;
    // "Everybody likes to be appreciated", "when one is young": a generic subject opening a clause.
    // (A general truth is in the present: "Somebody shoved past her" in present narration is still a slip.)
    const generic = s.lower.some((w, i) => GENERIC.has(w) && (i === 0 || /^(?:when|if|as|and|that|but)$/.test(s.lower[i - 1]!))) || /\b(?:a|any|every) (?:man|woman|girl|boy|person|fellow|child)\b/.test(s.lower.join(' '));
    // "if a signalman sleeps on duty, he risks his place", "when you pull the cord, a wheel goes round": a
    // general rule with its condition, or generic "you".
    if (s.lower.includes('you') || ((s.lower.includes('if') || s.lower.includes('when')) && f.present && /\b(?:if|when)\b[^.]*\b(?:(?!(?:was|has|his|this|its|as|us)\b)[a-z]+s|is|are)\b/.test(s.lower.join(' ')))) return;
    const neighbours = [k - 1, k + 1].filter((x) => sentences[x] !== undefined && !sentences[x]!.thought);
    const presentAround = neighbours.some((x) => sentences[x]!.presentPairs > 0 || found[x]!.present !== undefined || finitePresent(sentences[x]!.lower));
    const pastAround = neighbours.some((x) => sentences[x]!.pastPairs > 0 || found[x]!.past !== undefined);
    const { joined } = f;
    // "He is always lying" is a habit; "The queen's solar is cold, as it always was at this hour" is not: the
    // habit word must stand in the present verb's own clause.
    // (A perfect takes "never" and "always" without being a habit: "He has never liked the sea" → "had never".)
    const perfectDraft = f.present?.message.includes('present perfect') === true;
    let present = f.present && !generic && (perfectDraft || !clauseWords(text, s, f.present.from).some((w) => HABITUAL.has(w))) ? f.present : undefined;
    const past = f.past && !s.lower.some((w) => HABITUAL.has(w)) ? f.past : undefined;
    // In a first-person narration (or a diary in the narration) the narrator's present is theirs: only a definite
    // noun phrase with no present-frame word ("The canteen is packed." among past sentences; not "The harbour is
    // still there") can be a slip.
    // (The sentence before counts: "I was in San Francisco two summers ago… Lena's shop is around the corner.")
    // A frame word in the present verb's own clause ("The quay is still there"; not "The solar is cold, as it
    // always was").
    const framed = (f.present ? clauseWords(text, s, f.present.from) : s.lower).some((w) => FRAME.has(w)) || (before?.lower.includes('ago') ?? false);
    const voiceOk = !firstVoice || (present?.data?.['subject'] === 'np' && !framed);
    const mixed = past !== undefined || s.pastPairs > 0;
    // "Tiny lives in a house of her own, and Lena's shop is just around the corner": two present verbs in one
    // sentence are a present passage, not a slip.
    if (present && present.data?.['subject'] !== 'pronoun' && presentVerbs(s) >= 2) present = undefined;
    if (present && !covered(present.from) && (present.data?.['subject'] !== 'indefinite' || joined || mixed)) {
      if (framed) present = { ...present, data: { ...present.data!, framed: 'yes' } };
      if (joined) out.push({ ...present, data: { ...present.data!, joined: 'yes' } });
      else if (voiceOk && past) out.push({ ...present, data: { ...present.data!, alone: 'mixed', ...(firstVoice ? { voice: 'yes' } : {}) } });
      else if (voiceOk && s.presentPairs <= 1 && !presentAround && presentSentences <= 1) out.push({ ...present, data: { ...present.data!, alone: 'yes', ...(firstVoice ? { voice: 'yes' } : {}) } });
    }
    if (past && !covered(past.from) && !s.timeShift && !s.lower.includes('had')) {
      if (past.data?.['alone'] !== 'yes') out.push(past);
      else if (f.present) out.push({ ...past, data: { ...past.data!, alone: 'mixed' } });
      else if (!pastAround) out.push(past);
    }
  });
  return out;
}

/**
 * True when a sentence has a present finite verb of its own: "It is…", "they have gone". Not "He'd have known",
 * "must have", "to have" (a perfect infinitive), nor a relative clause's "which is what she does".
 */
function finitePresent(lower: readonly string[]): boolean {
  return lower.some((w, i) => {
    if (!/^(?:is|are|has|have|does)$/.test(w)) return false;
    const before = lower[i - 1] ?? '';
    if (w === 'have' && (/^(?:would|could|should|might|must|may|will|shall|can|to|not|never)$/.test(before) || /['’]d$/.test(before))) return false;
    return !/^(?:which|what|who|that)$/.test(before);
  });
}

/** A verb's base form that is no past and no participle: "swing", "walk"; not "came", "hurt", "tightened". */
function baseForm(x: string): boolean {
  if (!/^[a-z]{2,}$/.test(x) || /(?:s|ed|ing)$/.test(x) || isIrregularPast(x) || participles.has(x) || /[^e]en$/.test(x)) return false;
  if (/^(?:do|can|will|shall|may|must|might|could|would|should|had|were|was|did|be|been|not|too|also|so)$/.test(x)) return false;
  const past = pastOf(x);
  return past !== undefined && past !== x;
}

/** Words of a narrator's present frame: "The harbour is still there", "She is a grandmother now". */
const FRAME = new Set(['still', 'now', 'today', 'to-day', 'anymore', 'ever', 'since', 'these', 'nowadays', 'always', 'sometimes', 'often', 'remember', 'yet']);

/** The lower-case words of the comma-delimited clause of `s` around offset `at`. */
function clauseWords(text: string, s: SentenceFacts, at: number): string[] {
  const { tokens, lower } = s;
  const k = tokens.findIndex((t) => t.to > at);
  if (k < 0) return [...lower];
  const breaks = (a: number): boolean => /[,;:—–()]|--/.test(text.slice(tokens[a - 1]!.to, tokens[a]!.from));
  let from = k;
  while (from > 0 && !breaks(from)) from--;
  let to = k + 1;
  while (to < tokens.length && !breaks(to)) to++;
  return lower.slice(from, to);
}

/** "The horrid thing seems to bring nothing but murder": the narrator's judgement, in the narrator's present. */
const EVIDENTIAL = /^(?:seems|appears)$/;
/** Determiners that open an object: a noun is seldom followed by one, a verb often ("wipes the counter"). */
const OBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its']);
const INDEFINITE_PERSONS = new Set(['somebody', 'someone', 'nobody', 'everybody', 'everyone', 'anybody', 'anyone']);
// Not "my" / "our": a first-person narrator's "My name is John Carter" speaks from the present.
const POSSESSIVES = new Set(['his', 'her', 'their', 'its']);
const IRREGULAR_PLURALS = new Set(['men', 'women', 'children', 'people', 'feet', 'teeth', 'mice', 'geese', 'gentlemen', 'folk']);
/** Words that open a clause whose subject follows: "as the great doors swing open", "while his hands are full". */
// Not "as" ("as the lodestone attracts iron": a simile) nor "though" ("though the conduct is mistaken": a maxim).
const SUBORDINATORS = new Set(['while', 'when', 'until', 'till', 'because', 'before', 'after']);

/**
 * A present verb after a noun phrase opening its clause: "His stomach is in knots", "The queen's solar is cold",
 * "The deck plates are slick", "as the great doors swing open", "A tall figure ducks beneath the lintel". The
 * phrase is a determiner or possessive (or a possessive name: "Oriel's stone") and up to three adjectives and
 * nouns; the verb agrees with its head ("plates are", "doors swing", "stomach is"). Subjects with "a" / "an" are
 * marked `indefinite` ("A village show is never about the baking" is a general truth unless a past verb shares
 * the sentence). The draft carries `subject: np | indefinite`.
 */
function nounPhraseSubject(text: string, s: SentenceFacts, i: number): TenseDraft | undefined {
  const { tokens, lower } = s;
  const adjacent = (k: number): boolean => k > 0 && k < tokens.length && /^\s+$/.test(text.slice(tokens[k - 1]!.to, tokens[k]!.from));
  const w = lower[i]!;
  const before = lower[i - 1] ?? '';
  const opens = i === 0 || !adjacent(i) || /^(?:and|then|but|so)$/.test(before);
  const possessiveName = /^\p{Lu}\p{Ll}+['’]s$/u.test(tokens[i]!.text);
  const definite = w === 'the' || POSSESSIVES.has(w) || possessiveName;
  const indefinite = w === 'a' || w === 'an';
  /** The first token index at or after `from` (at most `max`) that a comma, semicolon or dash sets off. */
  const clauseEnd = (from: number, max: number): number => {
    let k = from;
    while (k < Math.min(max, tokens.length) && (k === from || !/[,;:—–]/.test(text.slice(tokens[k - 1]!.to, tokens[k]!.from)))) k++;
    return k;
  };
  /** "The soldiers march past the window and disappeared": "and" and a past verb later in the clause share the subject. */
  const joinedPast = (from: number): boolean => {
    const end = clauseEnd(from + 1, from + 10);
    return lower.slice(from + 1, end).some((y, k) => y === 'and' && (/^[a-z]{3,}ed$/.test(lower[from + 2 + k] ?? '') || isIrregularPast(lower[from + 2 + k] ?? '')));
  };
  // "The following is a facsimile", "the following narrative is Jim's": the narrator pointing at the page.
  if (lower[i + 1] === 'following') return undefined;
  const subordinate = !opens && definite && SUBORDINATORS.has(before) && adjacent(i);
  if (!(definite || indefinite) || !(opens || subordinate)) return undefined;
  // "I felt like the proprietor of a performing dog when the tyke has just pulled off his trick": a simile's time.
  if (subordinate && lower.slice(0, i).some((x) => x === 'like' || x === 'though')) return undefined;
  let n = i + 1;
  let head = '';
  let nouns = possessiveName ? 1 : 0;
  for (let words = 0; n < tokens.length && adjacent(n) && words < 4; n++, words++) {
    const x = lower[n]!;
    const tg = s.tag(n);
    const plural = head !== '' && (IRREGULAR_PLURALS.has(head) || (/[^s'’]s$/.test(head) && s.tag(n - 1) === 'NOUN'));
    const after = lower[n + 1] ?? '';
    // "the fresh cut ends of the sticks were marked", "the winter snows penned him", "the savage yells.": a noun,
    // not a verb, when "of", a participle, the sentence's end or a finite verb follows.
    const nounAfter = after === 'of' || !adjacent(n + 1) || /ed$/.test(after) || isIrregularPast(after) || (/^(?:and|or)$/.test(after) && !isPastForm(lower[n + 2] ?? '')) || lower.slice(n + 1, clauseEnd(n + 1, n + 8)).some((y, k) => /^(?:was|were|had|is|are|did|could|would)$/.test(y) || ((/^[a-z]{3,}ed$/.test(y) || isIrregularPast(y)) && s.tag(n + 1 + k) === 'VERB' && lower[n + k] !== 'and'));
    if (nouns > 0) {
      // The verb slot: does `x` agree with the head as a present verb?
      const next = s.tag(n + 1);
      let fix: string | undefined;
      const kind = 'present-tense';
      if (x === 'is' && !plural) fix = 'was';
      else if (x === 'are' && plural) fix = 'were';
      else if ((x === 'has' && !plural) || (x === 'have' && plural)) {
        if (!perfectFollows(lower, n + 1)) return undefined;
        const d = perfect(text, tokens, lower, n);
        return { ...d, data: { ...d.data!, subject: indefinite ? 'indefinite' : 'np' } };
      } else if (!plural && !subordinate && /^[a-z]{3,}s$/.test(x) && !NOT_VERB_S.test(x) && !EVIDENTIAL.test(x) && !nounAfter && (tg === 'VERB' || (indefinite && /^(?:ADP|ADV|PART)$/.test(next)) || (OBJECT_DETERMINERS.has(after) && (i === 0 || !adjacent(i))))) fix = toPast(x);
      // "the doors swing open" (not "her knees came up", "the hairs stand up" after "felt": a bare infinitive, so
      // only a clause that opens a sentence or follows a conjunction).
      else if (plural && baseForm(x) && i === 0 && !nounAfter && (joinedPast(n) || tg === 'VERB' || (isIrregularBase(x) && /^(?:ADJ|ADP|ADV|PART)$/.test(next)))) fix = pastOf(x);
      // (Not "His brother said a lot of things": what was said before the scene.)
      // (Only a phrase opening its sentence or a coordinated clause, and no present verb after it: in "the
      // head-rests covered with linen" and "The laughter heard below becomes doubled" the -ed is a participle.)
      else if (!indefinite && (i === 0 || /^(?:and|but|then|so)$/.test(before)) && tg === 'VERB' && (/^[a-z]{3,}ed$/.test(x) || isIrregularPast(x)) && !/^(?:had|was|were|did|could|would|said|told|asked)$/.test(x) && !lower.slice(n + 1).some((y, k) => /^(?:is|are|has|have|does)$/.test(y) || (/^[a-z]{3,}s$/.test(y) && s.tag(n + 1 + k) === 'VERB'))) {
        // "The door opened", "the wind howled all night" among present sentences: past in present narration.
        const base = baseOf(x);
        return pastDraft(tokens[n]!, base && (plural ? base : thirdPerson(base)), true);
      } else if (tg === 'NOUN' || tg === 'ADJ' || tg === 'PROPN') {
        head = x;
        if (tg !== 'ADJ') nouns++;
        continue;
      } else return undefined;
      const v = tokens[n]!;
      const d = fix ? draftPresent(v.from, v.to, v.text, match(v.text, fix), kind) : { ...draftPresent(v.from, v.to, v.text, '', kind), message: `${q(v.text)} is present-tense in past-tense narration; use the past tense.`, fixes: [] };
      return { ...d, data: { ...d.data!, subject: indefinite ? 'indefinite' : 'np' } };
    }
    if (QUANTITIES.has(x) || tg === 'NUM') return undefined;
    if (tg === 'NOUN' || tg === 'ADJ' || tg === 'PROPN' || /['’]s$/.test(x)) {
      head = x;
      if (tg !== 'ADJ') nouns++;
      continue;
    }
    return undefined;
  }
  return undefined;
}

/**
 * How many present finite verbs a sentence has: "is", "are", "has", "does", a modal's present, and an -s verb the
 * tagger reads as a verb after its subject ("The boy who writes the lyrics stands in the corner").
 */
function presentVerbs(s: SentenceFacts): number {
  const { lower } = s;
  let n = 0;
  lower.forEach((w, i) => {
    const before = lower[i - 1] ?? '';
    // ("She must have been reading that letter for hours": a modal perfect is a past.)
    if (/^(?:is|are|has|does)$/.test(w) && !/^(?:which|what|who)$/.test(before)) n++;
    else if (/^(?:can|will|may|must|shall)$/.test(w) && lower[i + 1] !== 'have') n++;
    else if (w === 'have' && /^(?:they|we|i|you)$/.test(before)) n++;
    else if (/^[a-z]{3,}s$/.test(w) && !NOT_VERB_S.test(w) && s.tag(i) === 'VERB' && /^(?:NOUN|PROPN|PRON)$/.test(s.tag(i - 1))) n++;
  });
  return n;
}

/** The first present verb and the first past verb of one sentence, by subject, for `standalone`. */
function candidates(text: string, s: SentenceFacts): { present?: TenseDraft; past?: TenseDraft; joined?: boolean } {
  const { tokens, lower } = s;
  const adjacent = (i: number): boolean => i > 0 && i < tokens.length && /^\s+$/.test(text.slice(tokens[i - 1]!.to, tokens[i]!.from));
  let present: TenseDraft | undefined;
  let past: TenseDraft | undefined;
  let joined = false;
  let iPresent = false;
  let presentSeen = false;
  for (let i = 0; i < tokens.length; i++) {
    const w = lower[i]!;
    const t = tokens[i]!;
    // "a man counting coins he knows he does not have", "which France has preserved": only a subject that opens
    // its clause.
    // (The parser keeps "came in. She's light" as one sentence: "in." is read as inches.)
    const opens = i === 0 || !adjacent(i) || /^(?:and|then|but|so)$/.test(lower[i - 1]!) || /^(?!(?:mr|mrs|ms|dr|st|rev|capt|col|gen|prof|messrs)\.$)[a-z]+\.$/.test(lower[i - 1]!);
    let v = -1;
    let phrase = false;
    let name: string | undefined;
    if ((w === 'he' || w === 'she') && opens) v = i + 1;
    else if (/^(?:he|she)['’]s$/.test(w) && opens) {
      // "He's wearing the green jumper" → "He was wearing"; "She's light on her feet", "she's tired" → "She was";
      // "she's stopped apologising" → "she'd stopped".
      let k = i + 1;
      while (k < tokens.length && adjacent(k) && (adverbs.has(lower[k]!) || /^[a-z]{3,}ly$/.test(lower[k]!))) k++;
      const nx = lower[k] ?? '';
      const tg = adjacent(k) ? s.tag(k) : 'X';
      if (adjacent(i + 1) && (/^[a-z]{3,}ing$/.test(nx) || tg === 'ADJ' || (tg === 'ADP' && !/^(?:to|of|that)$/.test(nx)))) {
        presentSeen = true;
        present ??= { ...draftPresent(t.from, t.to, t.text, `${t.text.slice(0, -2)} was`, 'present-tense'), data: { narration: 'past', subject: 'pronoun' } };
      } else if (adjacent(i + 1) && (tg === 'VERB' || (tg === 'AUX' && nx === 'been')) && (participles.has(nx) || /^[a-z]{3,}ed$/.test(nx))) {
        presentSeen = true;
        present ??= draftPresent(t.from, t.to, t.text, `${t.text.slice(0, -2)}${t.text.slice(-2, -1)}d`, 'present perfect');
      }
      continue;
    } else if (/^\p{Lu}\p{Ll}+$/u.test(t.text) && opens && !NOT_SUBJECT_NAMES.has(w)) {
      v = i + 1;
      name = t.text;
    } else if ((w === 'i' || w === 'they' || INDEFINITE_PERSONS.has(w)) && opens && adjacent(i + 1) && (/^[a-z]{3,}ed$/.test(lower[i + 1] ?? '') || isIrregularPast(lower[i + 1] ?? '')) && !/^(?:was|were|had|did|could|would|should|might|must)$/.test(lower[i + 1]!) && s.tag(i + 1) === 'VERB') {
      // "I wiped the frost off the panel", "Somebody shoved past her" among present sentences.
      const base = baseOf(lower[i + 1]!);
      const now = base && (w === 'i' || w === 'they' ? base : thirdPerson(base));
      const d = pastDraft(tokens[i + 1]!, now, true);
      past ??= w === 'i' ? { ...d, data: { ...d.data!, first: 'yes' } } : d;
      continue;
    } else if (w === 'i' && /^[a-z]{3,}$/.test(lower[i + 1] ?? '') && !isPastForm(lower[i + 1]!) && !I_NOT_PRESENT.test(lower[i + 1]!) && OBJECTS.has(lower[i + 2] ?? '')) {
      // "I open the door and saw him": the narrator's present.
      iPresent = true;
      continue;
    } else if (w === 'and' && (iPresent || presentSeen) && (isPastForm(lower[i + 1] ?? '') || isIrregularPast(lower[i + 1] ?? '')) && !/^(?:was|were|had)$/.test(lower[i + 1]!)) {
      // "I open the door and saw him", "He walks over and picked up his tea": the second verb shares the present.
      // "A tall figure ducks beneath the lintel and stepped in": one subject, two tenses; the scene's tense says
      // which is the slip ("and tired": an adjective, not a verb).
      const vw = lower[i + 1]!;
      if (presentSeen && present && !iPresent && s.tag(i + 1) === 'VERB') joined = true;
      const now = PAST_TO_PRESENT[vw] ?? presentOf(vw);
      past ??= pastDraft(tokens[i + 1]!, now && iPresent ? plural(now) : now, false);
      continue;
    } else if ((w === 'the' || w === 'a' || w === 'an') && opens) {
      phrase = true;
      // "the light is", "a maintenance drone bumps"
      for (const n of [i + 2, i + 3]) {
        const x = lower[n] ?? '';
        // "a few yards in a bad flood", "the old trees in the garden", "the boys stretched themselves out": a
        // plural noun, not a verb. After "a" the phrase is singular unless it counts; after "the" only a particle
        // ("picks up", "bumps against") shows a verb.
        const inside = lower.slice(i + 1, n);
        if (inside.some((y) => PHRASE_BREAKS.has(y) || QUANTITIES.has(y) || isPastForm(y)) || !adjacent(n)) break;
        const next = lower[n + 1] ?? '';
        // "The boat lurches and I caught the rail": "and" and a past verb of the narrator's.
        const andPast = next === 'and' && SUBJECTS_ANY.has(lower[n + 2] ?? '') && (isPastForm(lower[n + 3] ?? '') || IRREGULAR_PAST.has(lower[n + 3] ?? ''));
        const takes = andPast || (w === 'the' ? PARTICLES_STRICT.has(next) : AFTER_VERB.has(next));
        // "The June roses over the porch were awake": a finite verb later in the clause has the noun as subject.
        const later = lower.slice(n + 1, n + 8).some((y) => /^(?:was|were|had|is|are|did|could|would)$/.test(y));
        // ("The following is a facsimile": the narrator pointing at the page, in the narrator's present.)
        if (inside[0] === 'following') break;
        if (/^(?:is|has)$/.test(x) || (/^[a-z]{3,}s$/.test(x) && takes && adjacent(n + 1) && (andPast || !later))) {
          v = n;
          joined = andPast;
          break;
        }
      }
    }
    if (v < 0 && present === undefined) {
      const np = nounPhraseSubject(text, s, i);
      if (np?.ruleId === 'tense-past-in-present') {
        past ??= np;
        continue;
      }
      if (np) {
        presentSeen = true;
        present = np;
        continue;
      }
    }
    if (v < 0) continue;
    while (v < tokens.length && adjacent(v) && (adverbs.has(lower[v]!) || /^[a-z]{3,}ly$/.test(lower[v]!))) v++;
    if (v >= tokens.length || !adjacent(v)) continue;
    const vw = lower[v]!;
    const verb = tokens[v]!;
    // "A good horse is worth its weight in gold": "a" + noun + "is" is a general truth unless a past verb shares
    // the sentence ("a maintenance drone bumps against the hull" is an event, and stays alone-worthy).
    const named = (d: TenseDraft): TenseDraft =>
      name ? { ...d, data: { ...d.data!, name } } : phrase && w === 'the' ? { ...d, data: { ...d.data!, subject: 'np' } } : phrase && vw === 'is' ? { ...d, data: { ...d.data!, subject: 'indefinite' } } : d;
    if (vw === 'is' && !name) {
      presentSeen = true;
      present ??= named(draftPresent(verb.from, verb.to, verb.text, match(verb.text, 'was'), 'present-tense'));
    } else if (vw === 'is' && name) {
      // "Ilsabet is tired of waiting"; "Grief is a strange animal" is not, as the manuscript never writes "grief"
      // as a name (checked in finish: `name`).
      presentSeen = true;
      present ??= named(draftPresent(verb.from, verb.to, verb.text, match(verb.text, 'was'), 'present-tense'));
    } else if (vw === 'is' || vw === 'are') {
      // "Grief is a strange animal": a capitalised word before "is" may be a noun opening a general truth.
    } else if (vw === 'has' && perfectFollows(lower, v + 1)) {
      presentSeen = true;
      present ??= named(perfect(text, tokens, lower, v));
    } else if (/^[a-z]{3,}s$/.test(vw) && !NOT_VERB_S.test(vw) && (phrase || ((w === 'he' || w === 'she' || OBJECTS.has(lower[v + 1] ?? '')) && adjacent(v + 1)) || (name !== undefined && (i === 0 || !adjacent(i)) && s.tag(v) === 'VERB'))) {
      // ("Brannoch knows that horse", "Quill laughs, a little uncertainly": the tagger reads a verb after a name.)
      presentSeen = true;
      present ??= named(simple(verb));
    } else if (!phrase && (PAST_TO_PRESENT[vw] !== undefined || /^[a-z]{3,}ed$/.test(vw) || isIrregularPast(vw)) && !/^\s*,/.test(text.slice(verb.to, verb.to + 2))) {
      // (not "The reason, Carol insisted, is not…": a tag set off by commas)
      past ??= named(pastDraft(verb, PAST_TO_PRESENT[vw] ?? presentOf(vw), true));
    }
  }
  return { ...(present ? { present } : {}), ...(past ? { past } : {}), joined };
}

const IRREGULAR_PAST = new Set(['caught', 'went', 'saw', 'took', 'came', 'ran', 'sat', 'stood', 'fell', 'held', 'threw', 'grabbed', 'heard', 'felt', 'got', 'left', 'made', 'found', 'gave', 'told', 'knew', 'thought', 'brought', 'bought', 'drove', 'rode', 'spoke', 'woke', 'wrote', 'struck', 'swung', 'hung', 'lay', 'rose', 'shook', 'slid', 'spun', 'stuck', 'tore', 'wore', 'won', 'broke', 'chose', 'drew', 'flew', 'froze', 'grew', 'hid', 'hit', 'led', 'lit', 'lost', 'met', 'paid', 'put', 'read', 'sent', 'set', 'shut', 'slept', 'sought', 'spent', 'swam', 'taught', 'understood']);
const I_NOT_PRESENT = /^(?:am|can|will|must|may|shall|have|had|do|did|was|would|could|should|might|never|still|just|always|also|only|really)$/;
/** Words ending in -s that are never a verb: "afterwards", "sometimes", "themselves", "perhaps". */
const NOT_VERB_S = /(?:ss|us|is|ous|wards|ways|times|selves|ness|less|ics)$|^(?:perhaps|besides|always|whereas|news|series|species)$/;
/** Subjects of a general truth: "Everybody likes to be appreciated", "one knows". */
const GENERIC = new Set(['everybody', 'everyone', 'nobody', 'anybody', 'anyone', 'one', 'people', 'nothing', 'everything', 'somebody', 'someone']);
/** What follows a verb taking an object: "opens her bank app", "lifts the lantern". Not "that" or "this" (nouns take those too). */
const OBJECTS = new Set(['the', 'a', 'an', 'her', 'his', 'their', 'its', 'my', 'your', 'him', 'them', 'me', 'it', 'up', 'down', 'out', 'off', 'over', 'into', 'against', 'across', 'through', 'away', 'back', 'toward', 'towards']);

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
  const base = irregularBaseOfThird(verb) ?? (/[^aeiou]ies$/.test(verb) ? `${verb.slice(0, -3)}y` : /(?:s|x|z|ch|sh)es$/.test(verb) ? verb.slice(0, -2) : verb.slice(0, -1));
  return pastOf(base);
}

function plural(verb: string): string {
  return ({ is: 'are', has: 'have', does: 'do', goes: 'go' } as Record<string, string>)[verb] ?? verb.replace(/s$/, '');
}

function match(model: string, word: string): string {
  return /^\p{Lu}/u.test(model) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}
