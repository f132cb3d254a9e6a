import type { Sentence } from 'nlcst';
import type { Analysis, Paragraph, ParagraphInput } from '../contract/check.js';
import { stripPossessive } from '../engine/case.js';
import { spanLookup, speechSpans, within, wordTokens, type WordToken } from '../engine/nlcst.js';
import { capitalisation, nameEvidence, type WordUse } from './cast.js';
import {
  BODY_PARTS,
  COGNITION_VERBS,
  EMOTION_VERBS,
  FEELINGS,
  INNER_SENSATIONS,
  FEMALE_NAMES,
  HEDGE_PHRASES,
  HEDGES,
  INFERENCE_MODALS,
  CLAUSE_OPENERS,
  MALE_NAMES,
  NOT_CHARACTERS,
  PERCEPTION_VERBS,
  STATE_ADJECTIVES,
  TITLES,
} from './scenes.data.js';

/*
 * Chapters, scenes and narration. The `scenes` analysis computes a paragraph's narration facts once (cached by paragraph
 * text, like every scan) and assembles scenes from them on every check: no re-parsing. Offsets are UTF-16
 * code units; a `ParagraphNarration` counts from its paragraph's start, a `Scene` from the text's start.
 */

/** `m` / `f` / `n`: the pronoun a character takes (he / she / singular they). */
export type Gender = 'm' | 'f' | 'n';

/** A sentence outside dialogue that reports a mind: a subject and a cognition or perception verb. */
export interface MindClause {
  /** `I`, `he`, `she`, `we`, `they`, or a name as written (`Mr. Knightley`, `Jon`). */
  readonly subject: string;
  /** The capitalised word that must be a known name for `subject` to be a character (`Knightley`). */
  readonly nameWord?: string;
  /** Gender implied by a title ("Mrs. Weston") or a pronoun. */
  readonly gender?: Gender;
  /**
   * `cognition`: thought, knowledge, wish, and states of mind ("was sure", "was more frightened than");
   * `emotion`: feeling toward something ("hated that she had come"); `perception`: the senses ("watched");
   * `sensation`: the body felt from inside ("Tam's knees were aching", "heat climbed up her throat").
   */
  readonly kind: 'cognition' | 'emotion' | 'perception' | 'sensation';
  /** The verb (or state adjective: "was sure"). */
  readonly verbFrom: number;
  readonly verbTo: number;
  /** The sentence, trimmed of leading white space. */
  readonly sentenceFrom: number;
  readonly sentenceTo: number;
  /** Inference from outside ("seemed", "as if", "must have", "looked"), or free indirect thought (a question or an exclamation). */
  readonly hedged: boolean;
  /** Reported by another mind or voice in the same sentence: "Emma knew Harriet wanted", "she said Jon knew". */
  readonly embedded: boolean;
}

/** A name used in narration (outside dialogue). */
export interface Mention {
  readonly name: string;
  /** The word the name's status rests on (`Knightley` in `Mr. Knightley`). */
  readonly nameWord: string;
  readonly from: number;
  readonly gender?: Gender;
  /** Looks like the subject of its clause: first in its sentence or followed by a verb. */
  readonly subject: boolean;
  /** A speech tag's subject ("Brisa said", "said Jon"): a voice, not who the narration follows. */
  readonly speaks?: boolean;
}

/** Narration facts of one paragraph, outside dialogue and marked thought. Offsets relative to the paragraph. */
export interface ParagraphNarration {
  /** First-person pronouns (I, me, my, myself, mine). */
  readonly first: number;
  /** Third-person singular pronouns (he, she, him, her, his, himself, herself). */
  readonly third: number;
  /** "you" opening a sentence or following "and" before a verb: second-person narration ("You cross the room"). */
  readonly second: number;
  /** Pronoun subjects followed by a past / present verb ("she was", "he walks"). */
  readonly past: number;
  readonly present: number;
  /** Narration words. */
  readonly words: number;
  readonly mentions: readonly Mention[];
  readonly minds: readonly MindClause[];
  /** Evidence for a name's gender: the he/she that follows it. */
  readonly genderVotes: ReadonlyArray<readonly [string, Gender]>;
  /** Names that speak or think here ("said Jon", "Mara knew"): characters, not places. */
  readonly agents: readonly string[];
  /**
   * Sentences of narration whose subject is a pronoun opening them ("She sat in the car", "He didn't look up"):
   * who acts and is followed through the scene. Offsets relative to the paragraph.
   */
  readonly pronounSubjects: ReadonlyArray<{ readonly pronoun: 'he' | 'she' | 'they'; readonly from: number }>;
  /** The he / she opening the paragraph's first sentence, when narration opens the paragraph ("She turned…"). */
  readonly openingPronoun?: 'he' | 'she';
  /** The named subject of the paragraph's last narration sentence, when it had one: "…Wren had been there for hours." */
  readonly closingSubject?: string;
}

/** A mind clause placed in the manuscript, with its subject resolved to a character where that is safe. */
export interface PlacedMind extends MindClause {
  /** The character: a name, `I` for a first-person narrator, or undefined when unknown. */
  readonly character?: string;
  /** The subject was a pronoun (resolved to the nearest named subject of its gender). */
  readonly byPronoun: boolean;
  /**
   * The character is certain: named, the narrator's "I", or a pronoun when only one character of its gender has
   * been named in the scene so far ("he" with Torvald the only man on stage). False for a pronoun resolved to the
   * nearest named subject of its gender among several.
   */
  readonly sure: boolean;
}

/** How a scene is told. */
export interface Scene {
  /**
   * Stable key `"<chapter>.<scene>"`, both 1-based; chapter `0` is prose before the first heading. A key
   * changes only when a heading or scene break is added or removed before the scene. User settings (the POV
   * character per scene) are keyed by it.
   */
  readonly key: string;
  /** The chapter's heading lines joined with " / " (`"VOLUME I / CHAPTER I"`), or `""`. */
  readonly chapter: string;
  /** `[from, to)` of the scene's prose in the text. */
  readonly from: number;
  readonly to: number;
  /** Indexes into the manuscript's paragraphs: `[firstParagraph, endParagraph)`. */
  readonly firstParagraph: number;
  readonly endParagraph: number;
  /** Words of narration (outside dialogue, marked thought and indented letters or verse). */
  readonly words: number;
  readonly person: 'first' | 'second' | 'third' | 'unknown';
  readonly tense: 'past' | 'present' | 'unknown';
  /** The POV character detected (a name, or `I`), when one mind clearly dominates. */
  readonly pov?: string;
  readonly povGender?: Gender;
  /**
   * How clearly the narration keeps to `pov`, 0–1: its share of the viewpoint evidence against the next mind,
   * 1 when no other mind is entered. 0 without a POV.
   */
  readonly povConfidence: number;
  /** The narration enters many heads. */
  readonly omniscient: boolean;
  /** Characters whose minds the narration reports, most first (unhedged, not embedded; a named mind counts 2, a pronoun 1). */
  readonly heads: ReadonlyArray<{ readonly name: string; readonly count: number }>;
  readonly minds: readonly PlacedMind[];
}

const cognition = new Set(COGNITION_VERBS);
const emotion = new Set(EMOTION_VERBS);
const feelings = new Set(FEELINGS);
const bodyParts = new Set(BODY_PARTS);
const innerSensations = new Set(INNER_SENSATIONS);
/** Punctuation that ends a clause for a hedge: "Perhaps it was the lantern, but her hands shook". */
const CLAUSE_BREAK = /[,;:—–()]|--/;
const perception = new Set(PERCEPTION_VERBS);
const states = new Set(STATE_ADJECTIVES);
const hedges = new Set(HEDGES);
const modals = new Set(INFERENCE_MODALS);
const notCharacters = new Set(NOT_CHARACTERS);
const clauseOpeners = new Set(CLAUSE_OPENERS);
/** Words that start another clause inside a sentence, so a later "and <verb>" may not share its opening subject. */
const SHARED_SUBJECT_BREAKS = new Set(['that', 'who', 'whom', 'which', 'when', 'while', 'because', 'as', 'if', 'whether', 'though', 'although', 'until', 'till', 'before', 'after', 'where', 'since', 'but', 'or', 'and', 'said', 'thought']);
const female = new Set(FEMALE_NAMES);
const male = new Set(MALE_NAMES);

const FIRST = new Set(['i', 'me', 'my', 'myself', 'mine']);
const INNER_ORGANS = new Set(['stomach', 'chest', 'heart', 'throat', 'gut', 'lungs', 'breastbone', 'ribs', 'pulse', 'belly']);
const NOT_NAMES = new Set(['i', 'he', 'she', 'it', 'we', 'they', 'you', 'his', 'her', 'their', 'its', 'our', 'your', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'there', 'then', 'when', 'what', 'who', 'yes', 'no', 'not', 'but', 'and', 'so', 'if', 'oh',
  // Words that open sentences in capitals and never name anyone: "Or she wondered…", "Still, Jon knew".
  'or', 'nor', 'yet', 'still', 'now', 'once', 'perhaps', 'maybe', 'only', 'even', 'just', 'instead', 'besides',
  'meanwhile', 'later', 'then', 'there', 'here', 'somehow', 'sometimes', 'why', 'how', 'where', 'which', 'whatever']);
/** "He'd known it", "she’d", "they'd": a subject pronoun with its auxiliary. */
const CONTRACTED_SUBJECT = /^(i|he|she|we|they)['’](?:d|s|ll|ve|m|re)$/;
const THIRD = new Set(['he', 'she', 'him', 'her', 'his', 'himself', 'herself', 'hers']);
const SUBJECT_PRONOUNS = new Set(['i', 'he', 'she', 'we', 'they']);
const PRONOUN_GENDER: Readonly<Record<string, Gender>> = { he: 'm', him: 'm', his: 'm', himself: 'm', she: 'f', herself: 'f', they: 'n', themself: 'n' };
// Words that may stand between a subject and its verb: "she had always known", "Jon did not want".
const BETWEEN = new Set([
  'had', 'has', 'have', 'did', 'does', 'do', 'not', 'never', 'also', 'still', 'only', 'just', 'already', 'then',
  'now', 'all', 'both', 'too', 'even', 'ever', 'half', 'almost', 'hardly', 'scarcely', 'could', 'would', 'should',
  'must', 'might', 'may', 'can', 'will', 'shall', 'soon', 'once', 'again', 'no', 'longer', "didn't", "didn’t",
  "hadn't", "hadn’t", "couldn't", "couldn’t", "wouldn't", "wouldn’t", "don't", "don’t", "doesn't", "doesn’t",
  'began', 'begun', 'to', 'seemed', 'tried', 'came', 'quite', 'well', 'instantly', 'immediately',
]);
const BE = new Set(['was', 'were', 'is', 'are', 'am', 'be', 'been', 'being', "wasn't", "wasn’t", "isn't", "isn’t", 'felt']);
const STATE_BETWEEN = new Set(['already', 'just', 'privately', 'secretly', 'not', 'quite', 'very', 'so', 'perfectly', 'now', 'still', 'never', 'fully', 'suddenly', 'entirely', 'half', 'really', 'always', 'no', 'longer', 'too', 'more', 'less', 'hardly', 'scarcely', 'all', 'well']);
const SPEECH_VERBS = /^(said|says|say|told|tells|tell|replied|answered|asked|cried|wrote|writes|declared|exclaimed|added|observed|whispered|shouted|explained|insisted|promised|admitted|confessed|assured)$/;
const PAST_WORDS = new Set(['was', 'were', 'had', 'did', 'said', 'went', 'came', 'saw', 'knew', 'thought', 'felt', 'took', 'made', 'gave', 'got', 'could', 'would', 'should', 'might', 'told', 'found', 'left', 'ran', 'sat', 'stood', 'began', 'kept', 'held', 'heard', 'brought', 'meant', 'spoke', 'wrote', 'became', 'seemed', 'looked', "wasn't", "wasn’t", "didn't", "didn’t", "hadn't", "hadn’t", "couldn't", "couldn’t", "wouldn't", "wouldn’t"]);
const PRESENT_WORDS = new Set(['is', 'are', 'am', 'has', 'have', 'does', 'do', 'says', 'goes', 'can', 'will', 'shall', 'may', 'must', "isn't", "isn’t", "doesn't", "doesn’t", "don't", "don’t", "can't", "can’t", "won't", "won’t"]);
const NOT_VERB_S = /(ss|us|is|ous|'s|’s)$/;
const NAME = /^\p{Lu}[\p{L}'’-]*$/u;

/** True when `word` is a past-tense form that follows a pronoun subject ("was", "walked"). */
export function isPastForm(word: string): boolean {
  const w = word.toLowerCase();
  return PAST_WORDS.has(w) || (/[a-z]ed$/.test(w) && w.length > 3);
}

/** True when `word` is a present-tense form that follows a pronoun subject ("is", "walks"). */
export function isPresentForm(word: string, subject: string): boolean {
  const w = word.toLowerCase();
  if (PRESENT_WORDS.has(w)) return true;
  const third = subject === 'he' || subject === 'she' || subject === 'it';
  return third && /^[a-z]+[^s]s$/.test(w) && !NOT_VERB_S.test(w) && w.length > 3;
}

/** Spans of marked direct thought or emphasis: `_I am dreaming_`, `*Now*`. Offsets into `text`. */
export function markedSpans(text: string): Array<readonly [number, number]> {
  const spans: Array<readonly [number, number]> = [];
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])([_*])(?=\S)[^_*]*?\S\1(?![\p{L}\p{N}])/gu)) {
    spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

/**
 * Speech in single quotes, as British fiction writes it: ‘Wait,’ she said. An opening quote starts the text or
 * follows white space, a dash or an opening bracket and comes before a letter; a closing one comes after
 * speech's last punctuation (‘’Course I will.’ — the elision is inside). Offsets into `text`.
 */
export function singleQuoteSpans(text: string): Array<readonly [number, number]> {
  const spans: Array<readonly [number, number]> = [];
  for (const m of text.matchAll(/(?<=^|[\s—–(])[‘'](?=['’‘]?\p{L})[\s\S]*?[,.!?…—–-][’'](?=$|[\s\p{P}])/gu)) {
    spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

/** Word tokens of narration, outside dialogue and marked thought, grouped by sentence, in order. */
export function narrationSentences(input: ParagraphInput): Array<{ sentence: Sentence; tokens: WordToken[] }> {
  const speech = [...speechSpans(input.text), ...singleQuoteSpans(input.text), ...markedSpans(input.text)];
  // "And that is all that I can recollect of it--but it is very clever.”: speech carried on from an earlier
  // paragraph (after quoted verse, or where the source lost its opening quote) closes with no opener.
  const firstQuote = /[“”"]/.exec(input.text);
  if (firstQuote?.[0] === '”') speech.push([0, firstQuote.index + 1]);
  const out: Array<{ sentence: Sentence; tokens: WordToken[] }> = [];
  const inSpeech = spanLookup(speech);
  for (const token of wordTokens(input.tree)) {
    if (inSpeech(token.from, token.to)) continue;
    const last = out[out.length - 1];
    if (last && last.sentence === token.sentence) last.tokens.push(token);
    else out.push({ sentence: token.sentence, tokens: [token] });
  }
  return out;
}

/** The narration facts of one paragraph. Pure and cheap: one pass over the paragraph's word tokens. */
export function narrationOf(input: ParagraphInput): ParagraphNarration {
  const { text } = input;
  let first = 0;
  let third = 0;
  let second = 0;
  let past = 0;
  let present = 0;
  let words = 0;
  const mentions: Mention[] = [];
  const minds: MindClause[] = [];
  const genderVotes: Array<readonly [string, Gender]> = [];
  const agents: string[] = [];
  const pronounSubjects: Array<{ pronoun: 'he' | 'she' | 'they'; from: number }> = [];
  let openingPronoun: 'he' | 'she' | undefined;
  let firstSentence = true;
  let pendingVote: string | undefined;
  // The token index of the named subject `pendingVote` was set at, in the current sentence (-1: none).
  let pendingAt = -1;
  // The named subject of the last sentence that had one, and whether another name came after it.
  let lastSubject: string | undefined;
  // The sentence before (and this one) has "him" / an object "her": someone else of that gender is in play.
  let lastHim = false;
  let lastHer = false;
  let sentenceHim = false;
  let sentenceHer = false;
  let lastThem = false;
  let sentenceThem = false;
  let sentenceSubject: string | undefined;

  for (const { sentence, tokens } of narrationSentences(input)) {
    // Only the sentence just before: in "Teague had stopped. He noticed the woman. She was sitting…" the "she"
    // is not Teague (a sentence with a pronoun subject breaks the chain).
    lastSubject = sentenceSubject || undefined;
    sentenceSubject = undefined;
    lastHim = sentenceHim;
    lastHer = sentenceHer;
    lastThem = sentenceThem;
    sentenceThem = tokens.some((x) => /^(?:them|those|these|both|all)$/i.test(x.text));
    sentenceHim = tokens.some((x) => /^(?:him|himself)$/i.test(x.text));
    sentenceHer = tokens.some((x, c) => /^her$/i.test(x.text) && !determinerBefore(tokens[c + 1]?.text.toLowerCase() ?? ''));
    const opening = firstSentence;
    firstSentence = false;
    pendingAt = -1;
    const sentenceFrom = tokens[0]!.from;
    const sentenceTo = sentence.position?.end.offset ?? tokens[tokens.length - 1]!.to;
    const sentenceText = text.slice(sentence.position?.start.offset ?? sentenceFrom, sentenceTo).toLowerCase();
    const lower = tokens.map((t) => t.text.toLowerCase());
    // "Yet Matthew wished to keep her, of all unaccountable things!": an exclamation or a question in narration
    // is the POV character's free indirect thought about another, not the narration entering that mind.
    const exclaimed = /[!?][”"’_]*\s*$/.test(sentenceText);
    // A hedge governs its own clause only: in "Perhaps it was only the wind, but Tam was more afraid than she had
    // ever been" the "perhaps" doubts the wind, not Tam's fear. Clauses here are the stretches between commas,
    // semicolons, colons, dashes and brackets; a hedge set off alone ("Jon, perhaps, knew") governs its neighbours.
    const clauseOf: number[] = [];
    let clause = 0;
    for (let c = 0; c < tokens.length; c++) {
      if (c > 0 && CLAUSE_BREAK.test(text.slice(tokens[c - 1]!.to, tokens[c]!.from))) clause++;
      clauseOf.push(clause);
    }
    const hedgedClauses = new Set<number>();
    lower.forEach((w, c) => {
      if (!hedges.has(w)) return;
      hedgedClauses.add(clauseOf[c]!);
      const alone = clauseOf.filter((x) => x === clauseOf[c]).length <= 2;
      if (alone) {
        hedgedClauses.add(clauseOf[c]! - 1);
        hedgedClauses.add(clauseOf[c]! + 1);
      }
    });
    for (const phrase of HEDGE_PHRASES) {
      const [a, b] = phrase.split(' ');
      for (let c = 0; c + 1 < lower.length; c++) if (lower[c] === a && lower[c + 1] === b) hedgedClauses.add(clauseOf[c]!);
    }
    const hedgedAt = (c: number): boolean => exclaimed || hedgedClauses.has(clauseOf[c]!);
    // "Jon hoped so, he said", "Jon wanted to go, and said so", "she told him Jon knew": a mind the sentence
    // also voices is reported speech, not the narration entering that head.
    // A speech verb before the mind ("she told him Jon knew") is handled in order below.
    // "Marilla wanted to know." beside her question asks aloud.
    let reported = /,\s*(?:he|she|they|i|[a-z]+)\s+(?:said|added|replied|answered|told (?:her|him|them))\b|\band said so\b|\bwanted to know\b/.test(sentenceText);
    let mindBefore = false;
    const adjacent = (i: number): boolean => i > 0 && /^\s*$/.test(text.slice(tokens[i - 1]!.to, tokens[i]!.from));

    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const w = lower[i]!;
      words++;
      if (FIRST.has(w)) first++;
      if (THIRD.has(w)) third++;
      // "Jon came in stamping snow off his boots", "Mara braced herself": a reflexive or "his" in the clause
      // of a named subject tells its gender. A following "she" does not ("Jon wondered whether she…").
      if ((w === 'his' || w === 'himself' || w === 'herself' || w === 'themself') && pendingVote) {
        // "Oru pulled themself through the hatch": singular they.
        // In the name's own clause: twice the weight of a pronoun opening the next sentence.
        const g = w === 'herself' ? 'f' : w === 'themself' ? 'n' : 'm';
        genderVotes.push([pendingVote, g], [pendingVote, g]);
        pendingVote = undefined;
      }
      // "Ilsabet slid her thumb under the seal", "Torvald … He didn't look up": a possessive "her" in the clause
      // of a named subject, or a he / she opening the next sentence, co-refers with the name more often than
      // not; the manuscript's votes decide (learnGenders wants a clear majority).
      // "Ilsabet slid her thumb under the seal": "her" as a determiner (before a noun, not "handed her the
      // letter") in a named subject's clause.
      else if (pendingVote && w === 'her' && i + 1 < tokens.length && adjacent(i + 1) && (bodyParts.has(lower[i + 1]!) || determinerBefore(lower[i + 1]!))) {
        genderVotes.push([pendingVote, 'f'], [pendingVote, 'f']);
      }
      // "Vey shrugged off their own pack": "their" in one named subject's clause is singular they. Not after
      // "and" ("Jon and Mara took their seats") or another name.
      // "Vireo folded their arms": "their" right after a named subject and its verb.
      else if (pendingVote && w === 'their' && i + 1 < tokens.length && (lower[i + 1] === 'own' || (pendingAt >= 0 && i - pendingAt <= 3 && determinerBefore(lower[i + 1]!))) && !lower.slice(0, i).includes('and')) {
        genderVotes.push([pendingVote, 'n'], [pendingVote, 'n']);
      }
      // "Sunniva found him in the corridor. He had a bag of ice": not a vote when the sentence before had an
      // object pronoun of that gender, which the he / she may take up instead.
      if ((w === 'he' || w === 'she') && i === 0 && lastSubject && !(w === 'he' ? lastHim : lastHer)) genderVotes.push([lastSubject, w === 'he' ? 'm' : 'f']);
      // "Vey sighed. They checked the straps again.": singular they, or a plural the manuscript's other votes outweigh.
      if (w === 'they' && i === 0 && lastSubject && !lastThem) genderVotes.push([lastSubject, 'n']);
      if (i === 0 && (w === 'he' || w === 'she' || w === 'they' || CONTRACTED_SUBJECT.test(w))) {
        const p = w.replace(/['’].*$/, '');
        if (p === 'he' || p === 'she' || p === 'they') {
          pronounSubjects.push({ pronoun: p, from: t.from });
          if (opening && p !== 'they' && text.slice(0, t.from).trim() === '') openingPronoun = p;
        }
      }
      if (w === 'he' || w === 'she' || w === 'her' || w === 'him') pendingVote = undefined;
      if (w === 'you' && (i === 0 || lower[i - 1] === 'and') && i + 1 < tokens.length && adjacent(i + 1) && !/^(?:know|see|must|may|might|can|could|would|should|will)$/.test(lower[i + 1]!)) second++;
      if (SUBJECT_PRONOUNS.has(w) || w === 'it' || (w === 'you' && i === 0)) {
        // "she still felt", "he never knows"
        let v = i + 1;
        while (v < tokens.length && adjacent(v) && /^(?:still|never|always|just|only|also|then|now|[a-z]{3,}ly)$/.test(lower[v]!)) v++;
        const next = tokens[v];
        if (next && adjacent(v)) {
          if (isPastForm(next.text)) past++;
          else if (isPresentForm(next.text, w)) present++;
          // "I open the door", "we watch him": a first-person present takes the bare verb.
          else if ((w === 'i' || w === 'we') && /^[a-z]{3,}$/.test(next.text) && !/(?:ly|ing|en)$/.test(next.text) && !/^(?:could|would|should|might|must|had|did|never|always|still|just|only|also|really|then|now|too|alone|both|all)$/.test(next.text) && /^(?:the|a|an|my|his|her|their|him|them|it|at|to|in|into|on|over|up|down|out|back|across|through|for|with|from|that)$/.test(lower[v + 1] ?? '')) present++;
        }
      }
      // A name: "Jon", "Mr. Knightley", "Mrs. Weston's".
      const bare = stripPossessive(t.text);
      // "He", "She", "They" open sentences in capitals, and a short scene may never write them otherwise.
      if (NAME.test(bare) && TITLES[w] === undefined && !notCharacters.has(bare) && !NOT_NAMES.has(w.replace(/['’].*$/, ''))) {
        const previous = i > 0 && adjacent(i) ? lower[i - 1]! : '';
        // "Mrs. Weston", not "in general Charlotte": a title is capitalised.
        const title = previous && /^\p{Lu}/u.test(tokens[i - 1]!.text) ? TITLES[previous] : undefined;
        const titled = title !== undefined;
        const name = titled ? `${tokens[i - 1]!.text} ${bare}` : bare;
        const next = lower[i + 1];
        // "by the time Dacian got to the café": a name followed by a past verb is its clause's subject.
        const subject = t.initial || (titled && tokens[i - 1]!.initial) || (next !== undefined && adjacent(i + 1) && (isPastOrAux(next) || isPastForm(next)));
        const speaks = (next !== undefined && SPEECH_VERBS.test(next)) || SPEECH_VERBS.test(titled ? (lower[i - 2] ?? '') : previous);
        mentions.push({ name, nameWord: bare, from: titled ? tokens[i - 1]!.from : t.from, ...(title ? { gender: title } : {}), subject, ...(speaks ? { speaks } : {}) });
        if (subject) {
          pendingVote = name;
          pendingAt = i;
        }
        if (subject && sentenceSubject === undefined) sentenceSubject = name;
        else if (sentenceSubject !== name) sentenceSubject = '';
        // "Mara opened the letter": a name that acts is a character ("London was" stays without a gender, so
        // no pronoun ever resolves to it).
        // "Bram was waiting at the gate" acts too; "London was large" does not.
        const acts = next !== undefined && adjacent(i + 1) && (isPastOrAux(next) || isPastForm(next) || (isPresentForm(next, 'he') && next !== 'is' && next !== 'has')) && ((next !== 'was' && next !== 'is') || /^[a-z]{3,}ing$/.test(lower[i + 2] ?? ''));
        if (acts) agents.push(name);
        // "said Emma", "cried Mrs. Weston"
        if (SPEECH_VERBS.test(titled ? (lower[i - 2] ?? '') : previous)) agents.push(name);
      }
      if (SPEECH_VERBS.test(w)) {
        if (lower[i - 1] !== 'to') reported = true;
        // "Emma said", "Mr. Knightley replied"
        const m = mentions[mentions.length - 1];
        if (m && i > 0 && adjacent(i) && stripPossessive(tokens[i - 1]!.text) === m.nameWord) agents.push(m.name);
      }

      // "Ilsabet's thighs were burning", "heat climbed up her throat": the body felt from inside. Evidence of
      // whose senses the narration lives in; by name it is also a hop ("Tam's knees had been killing her").
      if (bodyParts.has(w) && i > 0 && adjacent(i)) {
        const owner = tokens[i - 1]!;
        const ow = lower[i - 1]!;
        const possessive = /['’]s$/.test(owner.text) ? stripPossessive(owner.text) : undefined;
        const mention = possessive ? mentions.find((m) => m.from <= owner.from && m.nameWord === possessive && owner.to - m.from <= m.name.length + 2) : undefined;
        // "his stomach did something complicated": an organ as a clause's subject is felt from inside.
        const organ = INNER_ORGANS.has(w) && i + 1 < tokens.length && adjacent(i + 1) && (isPastOrAux(lower[i + 1]!) || isPastForm(lower[i + 1]!));
        const felt = organ || lower.some((x, c) => innerSensations.has(x) && clauseOf[c] === clauseOf[i]);
        if (felt && (ow === 'her' || ow === 'his' || ow === 'their' || mention)) {
          minds.push({
            subject: mention ? mention.name : ow === 'her' ? 'she' : ow === 'their' ? 'they' : 'he',
            ...(mention ? { nameWord: mention.nameWord } : {}),
            ...(mention?.gender ? { gender: mention.gender } : !mention ? { gender: ow === 'her' ? 'f' : ow === 'their' ? 'n' : 'm' } : {}),
            kind: 'sensation',
            verbFrom: t.from,
            verbTo: t.to,
            sentenceFrom,
            sentenceTo,
            hedged: hedgedAt(i),
            // Only the clause's owner: "Heat climbed up her throat" is hers; "she touched his face" is not his.
            embedded: !mention && i >= 2 && lower.slice(0, i - 1).some((x) => SUBJECT_PRONOUNS.has(x) || x === 'touched' || x === 'took'),
          });
          if (mention) agents.push(mention.name);
        }
      }

      // "was sure", "felt certain", "was determined": a state of mind after a form of "be".
      const afterBe = BE.has(lower[i - 1] ?? '') || (STATE_BETWEEN.has(lower[i - 1] ?? '') && BE.has(lower[i - 2] ?? ''));
      // "was thinking of her brother", "was already dreading the question": a mind at work in the progressive.
      const progressive = afterBe && /ing$/.test(w) && w.length > 5 && (cognition.has(w) || emotion.has(w));
      // "Tam had already made up her mind": a decision.
      const madeUp = /^(?:made|make|makes)$/.test(w) && lower[i + 1] === 'up' && /^(?:her|his|their)$/.test(lower[i + 2] ?? '') && lower[i + 3] === 'mind';
      const kind =
        states.has(w) && afterBe ? 'state'
        : progressive || madeUp || (cognition.has(w) && !afterBe) ? 'cognition'
        : emotion.has(w) && !afterBe ? 'emotion'
        // "felt a sudden, unwelcome pity", "felt sick": a feeling, reported from inside.
        : /^(?:felt|feel|feels|feeling)$/.test(w) && lower.slice(i + 1, i + 5).some((x, c) => feelings.has(x) && clauseOf[i + 1 + c] === clauseOf[i] || (feelings.has(x) && c <= 2)) ? 'emotion'
        : perception.has(w) ? 'perception' : undefined;
      // "for a long moment", "as long as": the adjective, not "she longed for".
      if (w === 'long' && !/^(?:to|for)$/.test(lower[i + 1] ?? '')) continue;
      const before = mindBefore;
      if (kind || w === 'find' || w === 'found') mindBefore = true;
      if (!kind) continue;
      // "was supposed to", "were seen": a passive is not a mind at work.
      if (kind !== 'state' && afterBe && !progressive) continue;
      // "Jon remembered to lock the door", "forgot to call": an action, not a mind at work.
      if (/^(remember|remembers|remembered|forget|forgets|forgot|forgotten)$/.test(w) && lower[i + 1] === 'to') continue;
      // "was persuaded to think", "was sure to come": not a state of mind; "was determined to go" is.
      if (kind === 'state' && lower[i + 1] === 'to' && w !== 'determined' && w !== 'resolved') continue;
      // Walk back to the subject: "she had always known", "Jon was not sure".
      let j = i - 1;
      let modal = false;
      while (j >= 0 && adjacent(j + 1) && i - j <= 5) {
        const b = lower[j]!;
        if (!(kind === 'state' || progressive ? BE.has(b) || STATE_BETWEEN.has(b) || BETWEEN.has(b) : BETWEEN.has(b) || /^[a-z]+ly$/.test(b))) break;
        // "Jorah could feel it through his boots": "could" before the senses is ability, not a guess.
        if (modals.has(b) && !(kind === 'perception' && b === 'could')) modal = true;
        // "she had to know it wasn't", "he has to be thinking": necessity inferred from outside, like "must".
        if (b === 'to' && /^(?:had|has|have)$/.test(lower[j - 1] ?? '')) modal = true;
        j--;
      }
      // "Tobias studied her face and wondered whether…": a second verb sharing the sentence's subject. Only
      // when the sentence opens with that subject and its verb, and no other clause starts before "and".
      let shared: { index: number; mention?: Mention } | undefined;
      // "Lom went back to the bar, maybe a little tired, and wished…": a comma before "and" too.
      if (j > 1 && lower[j] === 'and' && adjacent(j + 1) && (adjacent(j) || /^\s*,\s*$/.test(text.slice(tokens[j - 1]!.to, tokens[j]!.from)))) {
        const title = TITLES[lower[0]!] !== undefined && tokens.length > 1 && NAME.test(tokens[1]!.text) ? 1 : 0;
        const head = tokens[title]!;
        const mention = mentions.find((m) => m.from === tokens[0]!.from && m.subject);
        const opener = SUBJECT_PRONOUNS.has(lower[title]!) || (mention !== undefined && stripPossessive(head.text) === head.text);
        const between = lower.slice(title + 1, j);
        if (opener && isPastOrAux(lower[title + 1] ?? '') && !between.some((b) => SUBJECT_PRONOUNS.has(b) || SHARED_SUBJECT_BREAKS.has(b))) {
          shared = { index: title, ...(mention ? { mention } : {}) };
        }
      }
      if (shared) j = shared.index;
      // "Tom, for his part, thought": step over one parenthesis set off by commas.
      const comma = (a: number): boolean => a >= 0 && a + 1 < tokens.length && /^\s*,\s*$/.test(text.slice(tokens[a]!.to, tokens[a + 1]!.from));
      if (shared) {
        // the subject opens the sentence: nothing to step over
      } else if (j >= 0 && comma(j)) {
        for (let k = j - 1; k >= 0 && k >= j - 8; k--) {
          if (!comma(k)) continue;
          if (SUBJECT_PRONOUNS.has(lower[k]!) || NAME.test(tokens[k]!.text)) j = k;
          break;
        }
        if (!comma(j) || tokens[j]!.to > tokens[i]!.from) continue;
      } else if (j < 0 || !adjacent(j + 1)) continue;
      const s = tokens[j]!;
      const sw = lower[j]!;
      let subject: string | undefined;
      let nameWord: string | undefined;
      let subjectGender: Gender | undefined;
      const contracted = CONTRACTED_SUBJECT.exec(sw)?.[1];
      if (SUBJECT_PRONOUNS.has(sw) || contracted) {
        const p = contracted ?? sw;
        subject = p === 'i' ? 'I' : p;
        subjectGender = PRONOUN_GENDER[p];
      } else {
        const mention = shared?.mention ?? mentions[mentions.length - 1];
        const bareSubject = stripPossessive(s.text);
        if (mention && mention.nameWord === bareSubject && bareSubject === s.text && NAME.test(bareSubject)) {
          subject = mention.name;
          nameWord = mention.nameWord;
          subjectGender = mention.gender;
        }
      }
      if (!subject) continue;
      // "All Avonlea knew", "the whole of Highbury thought": a place standing for its people, not a mind.
      if (nameWord && j >= 1 && (lower[j - 1] === 'all' || (lower[j - 1] === 'of' && lower[j - 2] === 'whole'))) continue;
      if (nameWord) agents.push(subject);
      // The subject must open its clause: "Jon knew", "; and he wondered", not "when he knew", "that Jon thought".
      // "Down in the hall, Tobiah Fensom remembered": a given name before the surname is part of the subject.
      const given = nameWord !== undefined && !subject.includes(' ') && j >= 1 && adjacent(j) && NAME.test(tokens[j - 1]!.text) && !NOT_NAMES.has(lower[j - 1]!) && TITLES[lower[j - 1]!] === undefined;
      const k = (nameWord && subject.includes(' ')) || given ? j - 1 : j;
      // "; and he wondered" opens a clause; "Mr. and Mrs. Weston did think" does not.
      // "Ren shrugged, though he privately thought the plan was madness": a concessive clause asserts its mind
      // ("when he knew" only times it). "and all he wanted was to go home" reports what he wanted.
      // "though underneath the grin he was already dreading it": a short phrase of place or time may come first.
      let c = k - 1;
      for (let back = k - 2; back >= Math.max(0, k - 6); back--) {
        if (/^(?:though|although|whereas)$/.test(lower[back]!) && /^(?:underneath|under|beneath|behind|inside|in|at|for|after|despite|beyond|below|within|deep)$/.test(lower[back + 1] ?? '')) {
          c = back;
          break;
        }
      }
      const concessive = c >= 0 && /^(?:though|although|whereas)$/.test(lower[c]!) && (c === 0 || !adjacent(c));
      const allWanted = k >= 1 && lower[k - 1] === 'all' && (k - 1 === 0 || !adjacent(k - 1) || lower[k - 2] === 'and') && /^(?:was|is)$/.test(lower[i + 1] ?? '');
      // "and privately she thought", "but secretly Jon hoped": an adverb of manner between the opener and the subject.
      const adverbed = k >= 2 && /^[a-z]{3,}ly$/.test(lower[k - 1]!) && adjacent(k) && (!adjacent(k - 1) || clauseOpeners.has(lower[k - 2]!));
      const opensClause = shared !== undefined || k <= 0 || !adjacent(k) || concessive || allWanted || adverbed || (clauseOpeners.has(lower[k - 1]!) && (k - 1 === 0 || !adjacent(k - 1)));
      minds.push({
        subject,
        ...(nameWord ? { nameWord } : {}),
        ...(subjectGender ? { gender: subjectGender } : {}),
        kind: kind === 'perception' || kind === 'emotion' ? kind : 'cognition',
        verbFrom: t.from,
        verbTo: t.to,
        sentenceFrom,
        sentenceTo,
        hedged: hedgedAt(i) || (j >= 0 && hedgedAt(j)) || modal,
        // "Emma knew Harriet wanted", "no reason to suppose Mr. Elton thought", "she said Jon knew".
        embedded: reported || before || !opensClause,
      });
    }
  }
  // Not after "found him" / "handed her the cup": the next paragraph's he / she may be that one.
  const closingSubject = sentenceHim || sentenceHer ? undefined : sentenceSubject || undefined;
  return {
    first, third, second, past, present, words, mentions, minds, genderVotes, agents, pronounSubjects,
    ...(openingPronoun ? { openingPronoun } : {}),
    ...(closingSubject ? { closingSubject } : {}),
  };
}

// Words that never follow a determiner "her": "handed her the letter", "told her that", "watched her go".
const NOT_AFTER_DETERMINER = new Set([
  'the', 'a', 'an', 'to', 'that', 'this', 'these', 'those', 'and', 'or', 'but', 'in', 'on', 'at', 'with', 'for', 'from',
  'up', 'down', 'out', 'off', 'back', 'away', 'over', 'into', 'by', 'as', 'so', 'again', 'once', 'some', 'his', 'her',
  'their', 'my', 'your', 'its', 'what', 'how', 'why', 'when', 'where', 'if', 'whether', 'not', 'too', 'all', 'more',
  'go', 'come', 'be', 'do', 'is', 'was', 'had', 'any', 'no', 'now', 'then', 'there', 'here', 'about', 'through',
  'across', 'around', 'under', 'against', 'like', 'than', 'until', 'before', 'after', 'who', 'which', 'it', 'he',
  'she', 'they', 'him', 'them', 'one', 'anything', 'something', 'nothing', 'everything', 'very', 'just', 'still',
  'behind', 'beside', 'toward', 'towards', 'onto', 'upon', 'near', 'inside', 'outside', 'along', 'past', 'among',
  'between', 'without', 'within', 'round', 'below', 'above', 'beneath', 'during', 'since', 'because', 'while',
  'though', 'although', 'whom', 'whose', 'said', 'feel', 'see', 'know', 'think', 'want', 'make', 'let', 'have',
  'get', 'take', 'give', 'tell', 'ask', 'keep', 'leave', 'were', 'are', 'would', 'could', 'should', 'might', 'will',
  'can', 'must', 'did', 'has', 'been', 'being',
]);
/** True when `next` can follow a determiner "her" (a noun or an adjective: "her thumb", "her own"). */
function determinerBefore(next: string): boolean {
  return /^[a-z][a-z-]*$/.test(next) && !NOT_AFTER_DETERMINER.has(next) && !/(?:ly|ed)$/.test(next);
}

const AFTER_SUBJECT = /^(was|were|had|has|is|did|could|would|should|might|must|said|went|came|felt|saw|knew|thought|made|gave|looked|turned|took|began|kept|stood|sat|ran|walked|smiled|laughed|cried|replied|answered|asked|herself|himself|too|only|always|never|then|also|now|still)$/;
function isPastOrAux(word: string): boolean {
  return AFTER_SUBJECT.test(word) || /^[a-z]{3,}ed$/.test(word);
}

const HEADING = /^(?:(?:chapter|volume|book|part|prologue|epilogue|interlude|act)\b.{0,60}|[IVXLC]{1,7}\.?|\d{1,3}\.?)$/i;

/**
 * True when the line holding offset `from` starts with two or more spaces before it: a letter, verse, an
 * epigraph or a block quotation set off from the narration.
 */
export function isIndented(source: string, from: number): boolean {
  const lineStart = source.lastIndexOf('\n', from - 1) + 1;
  return from - lineStart >= 2 && /^\s+$/.test(source.slice(lineStart, from));
}

/** True for a scene-break line: `***`, `* * *`, `#`, `~~~`, `*** *** ***`, a centred ornament (no letters). */
export function isSceneBreak(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= 40 && !/[\p{L}\p{N}]/u.test(t) && !/^[.…,;:!?'"“”‘’()-]+$/u.test(t);
}

/** True for a heading line: "CHAPTER IV", "Chapter 12: The Storm", "VOLUME II", "Prologue", a Markdown heading. */
export function isHeading(text: string, source: string, from: number): boolean {
  const t = text.trim();
  if (t.includes('\n')) return false;
  const lineStart = source.lastIndexOf('\n', from - 1) + 1;
  if (/^\s{0,3}#{1,6}\s*$/.test(source.slice(lineStart, from))) return true;
  if (HEADING.test(t)) return true;
  // "THE WEDDING": a short line in capitals with no closing punctuation.
  // "“MY DEAR FRIEND,--" opens a letter: quotes, commas and dashes never appear in a heading line.
  return t.length <= 50 && /\p{Lu}{2}/u.test(t) && t === t.toUpperCase() && !/[“”"‘,;:!?]|--|[.—]$/.test(t) && t.split(/\s+/).length <= 6;
}

/**
 * Splits the manuscript into chapters and scenes and decides each scene's narration. `narration[i]` belongs to
 * `paragraphs[i]`; `source` is the text before Markdown masking (breaks and headings are read from it).
 * `capitalised` decides which capitalised words are characters' names (as spelling learns the cast).
 */
export function scenesOf(
  paragraphs: readonly Paragraph[],
  written: readonly ParagraphNarration[],
  source: string,
  capitalised: ReadonlyMap<string, WordUse>,
  files?: ReadonlyArray<{ readonly from: number; readonly name: string }>,
): Scene[] {
  const narration = sameCharacter(written.map((n) => inTitleCase(n, capitalised)));
  const agents = new Set(narration.flatMap((n) => n.agents));
  // Names the narration itself gives a mind ("Tobiah Fensom remembered", "Orlette's knees had been killing her").
  const thinkers = new Set(narration.flatMap((n) => n.minds.filter((m) => m.nameWord !== undefined).map((m) => m.subject)));
  // A character: a titled name ("Mrs. Weston"), or a name the cast list would learn that speaks or thinks
  // somewhere in the manuscript. "London" and "Enscombe" are names but never characters.
  const isName = (name: string, word: string): boolean => {
    if (notCharacters.has(word)) return false;
    if (name.includes(' ')) return true;
    // "the Woodhouses": a family, not one mind.
    if (/s$/.test(word) && (capitalised.get(word.slice(0, -1))?.mid ?? 0) >= 2) return false;
    // The cast rule spelling uses, at "three times anywhere" or more.
    if (nameEvidence(capitalised.get(word)) >= 2 && agents.has(name)) return true;
    // A name the draft uses rarely ("…and Quillane had been standing there an hour. She pulled her scarf up"):
    // capitalised inside a sentence ("Heat climbed up her throat" opens one), never in lower case, acting, and
    // given a he / she / they by co-reference.
    const use = capitalised.get(word);
    if (use !== undefined && use.mid >= 1 && use.lower === 0 && agents.has(name) && learned.has(name)) return true;
    // A capitalised word never written in lower case that the narration gives a mind is someone: "Heat climbed"
    // and "Rain came" act, but nothing that is not a person "remembered" or "wished".
    return use !== undefined && use.lower === 0 && thinkers.has(name);
  };
  const genders = learnGenders(narration);
  const learned = new Set(learnedNames(narration));
  // A first-person book: its narrator's "I" is common across the whole manuscript (My Ántonia, a Holmes story).
  // Then a scene where the narrator watches others ("Grandmother looked anxiously at grandfather. … I thought
  // his prayer remarkable.") is still the narrator's, however few its "I"s.
  let bookFirst = 0;
  let bookThird = 0;
  for (const n of narration) {
    bookFirst += n.first;
    bookThird += n.third;
  }
  const firstPersonBook = bookFirst >= 30 && bookFirst >= 0.3 * bookThird;
  const indented = paragraphs.map((p) => isIndented(source, p.from));

  const scenes: Scene[] = [];
  // A book of chapter files: each file numbers its chapters and scenes as it would alone, keyed "<file>:<c>.<s>".
  let file = -1;
  let prefix = '';
  let chapterNumber = 0;
  let chapterTitle: string[] = [];
  let sceneNumber = 0;
  let start = -1;
  let lastEnd = 0;
  const close = (end: number): void => {
    if (start >= 0 && end > start) {
      sceneNumber++;
      scenes.push(sceneOf(`${prefix}${chapterNumber}.${sceneNumber}`, chapterTitle.join(' / '), start, end, paragraphs, narration, isName, genders, indented, source, firstPersonBook));
    }
    start = -1;
  };
  let headingRun = false;
  paragraphs.forEach((p, i) => {
    if (files && file + 1 < files.length && p.from >= files[file + 1]!.from) {
      close(i);
      while (file + 1 < files.length && p.from >= files[file + 1]!.from) file++;
      prefix = `${file + 1}:`;
      chapterNumber = 0;
      sceneNumber = 0;
      chapterTitle = [files[file]!.name];
      headingRun = false;
    }
    // A break the Markdown masking hid: a `***` or `---` line between two paragraphs.
    const gap = source.slice(lastEnd, p.from);
    lastEnd = p.to;
    // Whole lines only: the gap's first and last pieces belong to the paragraphs' own lines (a masked "*"
    // that opens "*Jon knows,* she thought" is not a break).
    if (gap.split('\n').slice(1, -1).some((line) => isSceneBreak(line) || /^\s{0,3}(?:[-*_]\s*){3,}$/.test(line))) close(i);
    if (isSceneBreak(p.text)) {
      close(i);
      headingRun = false;
      return;
    }
    if (isHeading(p.text, source, p.from)) {
      close(i);
      if (!headingRun) {
        chapterNumber++;
        chapterTitle = [];
        sceneNumber = 0;
      }
      chapterTitle.push(p.text.trim());
      headingRun = true;
      return;
    }
    headingRun = false;
    if (start < 0) start = i;
  });
  close(paragraphs.length);
  return scenes;
}

/** A paragraph's narration facts with every character name passed through `fix`. */
function renamed(n: ParagraphNarration, fix: (name: string) => string): ParagraphNarration {
  return {
    ...n,
    mentions: n.mentions.map((m) => ({ ...m, name: fix(m.name), nameWord: fix(m.nameWord) })),
    minds: n.minds.map((m) => ({ ...m, subject: fix(m.subject), ...(m.nameWord ? { nameWord: fix(m.nameWord) } : {}) })),
    genderVotes: n.genderVotes.map(([name, g]) => [fix(name), g] as const),
    agents: n.agents.map(fix),
    ...(n.closingSubject ? { closingSubject: fix(n.closingSubject) } : {}),
  };
}

/**
 * "MARILLA came briskly forward": a name set in capitals (a chapter's first word, a sign) is the same character as
 * "Marilla" when the manuscript writes that form inside sentences. Other words in capitals ("MOTH", "FBI") stay.
 */
function inTitleCase(n: ParagraphNarration, capitalised: ReadonlyMap<string, WordUse>): ParagraphNarration {
  const fix = (word: string): string => {
    if (!/\p{Lu}{2}/u.test(word)) return word;
    const words = word.split(' ').map((w) => {
      if (w.length < 2 || w !== w.toUpperCase()) return w;
      const t = w.charAt(0) + w.slice(1).toLowerCase();
      return (capitalised.get(t)?.mid ?? 0) >= 1 ? t : w;
    });
    return words.join(' ');
  };
  if (!n.mentions.some((m) => /\p{Lu}{2}/u.test(m.name))) return n;
  return renamed(n, fix);
}

/**
 * "Newland Archer … Archer … Newland": a given name written right before a surname in the narration is the same
 * character; each is renamed to whichever of the two the narration uses more, so his thoughts under one name are
 * never a hop in a scene told under the other.
 */
function sameCharacter(narration: readonly ParagraphNarration[]): readonly ParagraphNarration[] {
  const uses = new Map<string, number>();
  const pairs = new Map<string, Map<string, number>>();
  for (const n of narration) {
    n.mentions.forEach((m, i) => {
      uses.set(m.name, (uses.get(m.name) ?? 0) + 1);
      const next = n.mentions[i + 1];
      if (next && !m.name.includes(' ') && !next.name.includes(' ') && next.from === m.from + m.name.length + 1 && m.name !== next.name) {
        const p = pairs.get(m.name) ?? new Map<string, number>();
        p.set(next.name, (p.get(next.name) ?? 0) + 1);
        pairs.set(m.name, p);
      }
    });
  }
  // "Elizabeth Bennet", "Jane Bennet": a surname several given names share is a family's, not one character's.
  const givenNames = new Map<string, number>();
  for (const surnames of pairs.values()) for (const surname of surnames.keys()) givenNames.set(surname, (givenNames.get(surname) ?? 0) + 1);
  const alias = new Map<string, string>();
  for (const [given, surnames] of pairs) {
    // "Newland Archer" twice at least, and "Newland" before no other surname.
    if (surnames.size !== 1) continue;
    const [surname, times] = [...surnames][0]!;
    if (times < 2 || givenNames.get(surname) !== 1) continue;
    const [from, to] = (uses.get(given) ?? 0) > (uses.get(surname) ?? 0) ? [surname, given] : [given, surname];
    alias.set(from, to);
  }
  if (alias.size === 0) return narration;
  return narration.map((n) => renamed(n, (name) => alias.get(name) ?? name));
}

/** Names with co-reference votes of their own (not only a name list's prior). */
function learnedNames(narration: readonly ParagraphNarration[]): string[] {
  const names = new Set<string>();
  narration.forEach((n, i) => {
    for (const [name] of n.genderVotes) names.add(name);
    const before = narration[i - 1]?.closingSubject;
    if (before && n.openingPronoun) names.add(before);
  });
  return [...names];
}

/** The gender of each name from the manuscript's co-reference votes, with the name lists as priors. */
export function learnGenders(narration: readonly ParagraphNarration[]): Map<string, Gender> {
  const votes = new Map<string, { m: number; f: number; n: number }>();
  // Names a writer commonly uses start from their usual gender; the manuscript overrides them only clearly.
  for (const name of female) votes.set(name, { m: 0, f: 3, n: 0 });
  for (const name of male) votes.set(name, { m: 3, f: 0, n: 0 });
  const vote = (name: string, g: Gender): void => {
    const v = votes.get(name) ?? { m: 0, f: 0, n: 0 };
    v[g]++;
    votes.set(name, v);
  };
  narration.forEach((n, i) => {
    for (const [name, g] of n.genderVotes) vote(name, g);
    // "…and Wren had been there for five of them. ¶ She sat in the driver's seat": a paragraph that opens with
    // he / she continues the subject the one before closed on.
    const before = narration[i - 1]?.closingSubject;
    if (before && n.openingPronoun) vote(before, n.openingPronoun === 'he' ? 'm' : 'f');
  });
  const out = new Map<string, Gender>();
  for (const [name, v] of votes) {
    // "Jon … his" three times to one: he. A close split leaves the name without a gender.
    // A single vote with none against is enough for a name no list knows ("Fenn had been on his feet").
    if ((v.f >= 2 && v.f >= 2 * (v.m + v.n)) || (v.f === 1 && v.m + v.n === 0)) out.set(name, 'f');
    else if ((v.m >= 2 && v.m >= 2 * (v.f + v.n)) || (v.m === 1 && v.f + v.n === 0)) out.set(name, 'm');
    // Singular they only from "themself" or a clear majority: "they" is plural far more often.
    // Singular they only from "themself", "their own", "Vireo folded their arms" or a following "They": a writer
    // keeps to it, so it wins a plain majority (the he / she votes near such a name are mostly someone else's).
    else if (v.n >= 2 && v.n >= v.m + v.f) out.set(name, 'n');
  }
  return out;
}

function sceneOf(
  key: string,
  chapter: string,
  firstParagraph: number,
  endParagraph: number,
  paragraphs: readonly Paragraph[],
  narration: readonly ParagraphNarration[],
  isName: (name: string, word: string) => boolean,
  genders: ReadonlyMap<string, Gender>,
  indented: readonly boolean[],
  source: string,
  firstPersonBook: boolean,
): Scene {
  let first = 0;
  let secondPerson = 0;
  let third = 0;
  let past = 0;
  let present = 0;
  let words = 0;
  const listed = (name: string, given?: Gender): Gender | undefined =>
    given ?? genders.get(name) ?? (female.has(name) ? 'f' : male.has(name) ? 'm' : undefined);
  // One candidate per pronoun, for gender too: "Ilsabet" is the scene's only subject of unknown gender, every
  // other character named is a man, and "she" opens sentence after sentence: she is Ilsabet.
  const inferred = new Map<string, Gender>();
  {
    const unknown = new Set<string>();
    const known: Record<Gender, number> = { m: 0, f: 0, n: 0 };
    const pronouns: Record<Gender, number> = { m: 0, f: 0, n: 0 };
    for (let i = firstParagraph; i < endParagraph; i++) {
      if (indented[i]) continue;
      for (const mention of narration[i]!.mentions) {
        if (!isName(mention.name, mention.nameWord)) continue;
        const g = listed(mention.name, mention.gender);
        if (g) known[g]++;
        else if (mention.subject) unknown.add(mention.name);
      }
      for (const p of narration[i]!.pronounSubjects) if (p.pronoun !== 'they') pronouns[p.pronoun === 'he' ? 'm' : 'f']++;
    }
    const open = (['m', 'f'] as const).filter((g) => pronouns[g] >= 3 && known[g] === 0);
    if (unknown.size === 1 && open.length === 1) inferred.set([...unknown][0]!, open[0]!);
  }
  const genderOf = (name: string, given?: Gender): Gender | undefined => listed(name, given) ?? inferred.get(name);
  // The nearest named subject of each gender, and the paragraph it was named in.
  const last: Partial<Record<Gender, { readonly name: string; readonly paragraph: number; readonly from: number }>> = {};
  // Characters of each gender named so far in the scene: with one on stage, "he" is him.
  const onStage: Record<Gender, Set<string>> = { m: new Set(), f: new Set(), n: new Set() };
  // The focal subject: the first character named as a subject in the scene's opening paragraphs.
  let focal: string | undefined;
  let narrationParagraphs = 0;
  // Characters of each gender named anywhere in the scene: "She sat in the car … Wren" before the name.
  const cast: Record<Gender, Set<string>> = { m: new Set(), f: new Set(), n: new Set() };
  for (let i = firstParagraph; i < endParagraph; i++) {
    if (indented[i]) continue;
    for (const mention of narration[i]!.mentions) {
      const g = genderOf(mention.name, mention.gender);
      if (g && isName(mention.name, mention.nameWord)) cast[g].add(mention.name);
    }
  }
  // Salience: how often each character is the subject of the narration's sentences (a name 1, a pronoun that
  // can only be them 1, a guessed one 0.5), with the offset where it was counted. The focal character of close
  // third is the one the narration follows.
  const subjects: Array<{ readonly name: string; readonly weight: number; readonly at: number }> = [];
  const salience = new Map<string, number>();
  const follow = (name: string, weight: number, at: number): void => {
    subjects.push({ name, weight, at });
    salience.set(name, (salience.get(name) ?? 0) + weight);
  };
  const stage = (mention: Mention, i: number): void => {
    const g = genderOf(mention.name, mention.gender);
    if (!g || !isName(mention.name, mention.nameWord)) return;
    onStage[g].add(mention.name);
    if (mention.subject) {
      last[g] = { name: mention.name, paragraph: i, from: mention.from + paragraphs[i]!.from };
      if (focal === undefined && narrationParagraphs <= 2) focal = mention.name;
      if (!mention.speaks) follow(mention.name, 1, mention.from + paragraphs[i]!.from);
    }
  };
  /**
   * Whose a he / she / singular they is: the only character of that gender on stage (or in the whole scene, before
   * they are named) is sure; among several, the nearest named subject of that gender a paragraph back at most,
   * else the one the scene has followed most, is a guess.
   */
  const resolve = (pronoun: string, sentenceFrom: number, i: number): { character?: string; sure: boolean } => {
    const g: Gender | undefined = pronoun === 'he' ? 'm' : pronoun === 'she' ? 'f' : pronoun === 'they' ? 'n' : undefined;
    if (!g) return { sure: false };
    if (onStage[g].size === 1) return { character: [...onStage[g]][0]!, sure: true };
    if (onStage[g].size === 0) return cast[g].size === 1 ? { character: [...cast[g]][0]!, sure: true } : { sure: false };
    if (g === 'n') return { sure: false };
    const referent = last[g];
    // "Fenn had been on his feet since six, and all he wanted was…": the subject named earlier in the sentence.
    if (referent && referent.from >= sentenceFrom) return { character: referent.name, sure: true };
    // "He understood what would be welcome" three paragraphs after the last named man: the nearest is too far.
    if (referent && i - referent.paragraph <= 1) return { character: referent.name, sure: false };
    const followed = [...onStage[g]].sort((a, b) => (salience.get(b) ?? 0) - (salience.get(a) ?? 0))[0];
    return followed ? { character: followed, sure: false } : { sure: false };
  };
  const minds: PlacedMind[] = [];
  for (let i = firstParagraph; i < endParagraph; i++) {
    // An indented paragraph is a letter, verse or an epigraph the narration quotes, not the narration.
    if (indented[i]) continue;
    const n = narration[i]!;
    const at = paragraphs[i]!.from;
    first += n.first;
    secondPerson += n.second;
    third += n.third;
    past += n.past;
    present += n.present;
    words += n.words;
    if (n.words > 0) narrationParagraphs++;
    const marked = n.minds.length > 0 ? sourceMarks(source, paragraphs[i]!) : [];
    // Names, pronoun subjects and minds in text order: each resolves against what came before it.
    type Event = { at: number; order: number; run: () => void };
    const events: Event[] = [];
    for (const mention of n.mentions) events.push({ at: mention.from, order: 0, run: () => stage(mention, i) });
    for (const p of n.pronounSubjects) {
      events.push({
        at: p.from,
        order: 1,
        run: () => {
          const r = resolve(p.pronoun, p.from + at, i);
          if (r.character) follow(r.character, r.sure ? 1 : 0.5, p.from + at);
        },
      });
    }
    for (const mind of n.minds) {
      events.push({
        at: mind.verbFrom,
        order: 2,
        run: () => {
          // Markdown masks "*Jon knows,*" to spaces in the prose: marked thought is read from the source.
          if (within(marked, mind.verbFrom + at, mind.verbTo + at)) return;
          let character: string | undefined;
          let sure = false;
          const byPronoun = mind.nameWord === undefined;
          if (mind.subject === 'I') {
            character = 'I';
            sure = true;
          } else if (mind.subject === 'he' || mind.subject === 'she' || mind.subject === 'they') {
            const r = resolve(mind.subject, mind.sentenceFrom + at, i);
            character = r.character;
            sure = r.sure;
          } else if (mind.nameWord && isName(mind.subject, mind.nameWord)) {
            character = mind.subject;
            sure = true;
          }
          const gender = byPronoun ? mind.gender : character ? genderOf(character, mind.gender) : undefined;
          minds.push({
            ...mind,
            ...(gender ? { gender } : {}),
            verbFrom: mind.verbFrom + at,
            verbTo: mind.verbTo + at,
            sentenceFrom: mind.sentenceFrom + at,
            sentenceTo: mind.sentenceTo + at,
            ...(character ? { character } : {}),
            byPronoun,
            sure,
          });
        },
      });
    }
    events.sort((a, b) => a.at - b.at || a.order - b.order);
    for (const e of events) e.run();
  }
  const counts = new Map<string, number>();
  for (const mind of minds) {
    if (!mind.character || mind.hedged || mind.embedded) continue;
    // A name is sure evidence; a pronoun resolved to "the nearest named subject" is half as sure ("she" in
    // Emma's scene may follow a sentence about Harriet and still be Emma).
    counts.set(mind.character, (counts.get(mind.character) ?? 0) + (mind.byPronoun ? 1 : 2));
  }
  const heads = [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  // "You cross the kitchen. You fill the kettle.": second-person narration, with "you" as its subject again and again.
  const person =
    first >= 3 && first >= 0.4 * third ? 'first'
    : firstPersonBook && first >= 1 ? 'first'
    : secondPerson >= 3 && secondPerson >= 0.3 * third ? 'second'
    : third >= 3 ? 'third' : 'unknown';
  const tense = past >= 2 && past >= 1.5 * present ? 'past' : present >= 2 && present >= 1.5 * past ? 'present' : 'unknown';
  let pov: string | undefined;
  let omniscient = false;
  let povConfidence = 0;
  if (person === 'first') {
    pov = 'I';
    povConfidence = 1;
  } else {
    const view = viewpoint(minds, heads, focal, subjects, paragraphs[firstParagraph]!.from, paragraphs[endParagraph - 1]!.to);
    omniscient = view.omniscient;
    if (view.pov) {
      pov = view.pov;
      povConfidence = view.confidence;
    }
  }
  const povGender = pov && pov !== 'I' ? genderOf(pov) : undefined;
  return {
    key,
    chapter,
    from: paragraphs[firstParagraph]!.from,
    to: paragraphs[endParagraph - 1]!.to,
    firstParagraph,
    endParagraph,
    words,
    person,
    tense,
    ...(pov ? { pov } : {}),
    ...(povGender ? { povGender } : {}),
    povConfidence,
    omniscient,
    heads,
    minds,
  };
}

/** How much one sentence with a character as its subject weighs against one report of their mind (1). */
const SUBJECT_WEIGHT = 0.5;

/**
 * Whose viewpoint a third-person scene keeps, from all the evidence a reader uses: whose thoughts, feelings,
 * senses and body the narration reports (a name counts 2, a sure pronoun 1.5, a guessed one 1), with the
 * scene's opening counting double and the focal subject of its first paragraphs a bonus. A viewpoint the
 * opening establishes is kept: a later run of another mind ("Torvald wondered…" halfway through Ilsabet's scene)
 * is a hop, not a rival. Omniscient only when three minds or two in balance are entered and the opening already
 * enters more than one.
 */
function viewpoint(
  minds: readonly PlacedMind[],
  heads: ReadonlyArray<{ readonly name: string; readonly count: number }>,
  focal: string | undefined,
  subjects: ReadonlyArray<{ readonly name: string; readonly weight: number; readonly at: number }>,
  from: number,
  to: number,
): { pov?: string; confidence: number; omniscient: boolean } {
  const opening = from + (to - from) * 0.4;
  const whole = new Map<string, number>();
  const early = new Map<string, number>();
  // The opening's minds alone (no focal bonus, no subjects): "several minds from the start" for omniscience.
  const earlyMinds = new Map<string, number>();
  const add = (map: Map<string, number>, name: string, n: number): void => {
    map.set(name, (map.get(name) ?? 0) + n);
  };
  for (const m of minds) {
    if (!m.character || m.character === 'I' || m.hedged || m.embedded) continue;
    const weight = !m.byPronoun ? 2 : m.sure ? 1.5 : 1;
    add(whole, m.character, weight);
    if (m.sentenceFrom < opening) {
      add(whole, m.character, weight);
      add(early, m.character, weight);
      add(earlyMinds, m.character, weight);
    }
  }
  if (focal) {
    add(whole, focal, 2);
    add(early, focal, 2);
  }
  // The character the narration follows as its subject: half a mind each time, doubled in the opening.
  // Only in the opening: later, a character the viewpoint watches is the subject of what it sees ("Brisa pushed
  // her hood back") as often as the viewpoint is.
  for (const s of subjects) {
    if (s.name === 'I' || s.at >= opening) continue;
    add(whole, s.name, SUBJECT_WEIGHT * s.weight);
    add(early, s.name, SUBJECT_WEIGHT * s.weight);
  }
  const rank = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const all = rank(whole);
  const first = rank(early);
  const top = all[0];
  if (!top) return { confidence: 0, omniscient: false };
  // Omniscient: several minds entered across the scene (counted as before: a named mind 2, a pronoun 1), and
  // more than one of them already in the opening ("The Pryces were dining. Mrs. Pryce thought … Her husband wished …").
  const lead = heads[0];
  const strong = lead ? heads.filter((h) => h.count >= Math.max(2, lead.count * 0.3)) : [];
  const balanced = heads[1] !== undefined && lead !== undefined && heads[1].count >= 6 && heads[1].count >= 0.6 * lead.count;
  const openingMinds = [...earlyMinds.values()].filter((n) => n >= 2).length;
  // Spread evenly: a lead with more than twice the next mind's reports is a viewpoint with a few hops.
  const even = lead !== undefined && heads[1] !== undefined && heads[1].count >= 0.5 * lead.count;
  if ((strong.length >= 3 || balanced) && openingMinds >= 2 && even) return { confidence: 0, omniscient: true };
  const rival = all[1]?.[1] ?? 0;
  // Established early: the opening's clear lead keeps the scene even if another mind is entered later on.
  const opener = first[0];
  const openerRival = first[1]?.[1] ?? 0;
  let pov: string | undefined;
  // Or the whole scene's: clearly ahead (two thirds of the evidence of the two leaders) on enough of it.
  if (opener && opener[1] >= 3 && opener[1] >= 2 * openerRival) pov = opener[0];
  else if (top[1] >= 4 && top[1] >= 2 * rival) pov = top[0];
  else if (top[1] >= 8 && top[1] >= 1.8 * rival && opener?.[0] === top[0]) pov = top[0];
  if (!pov) return { confidence: 0, omniscient: (strong.length >= 3 || balanced) && even };
  const score = whole.get(pov) ?? 0;
  const other = Math.max(0, ...all.filter(([n]) => n !== pov).map(([, n]) => n));
  return { pov, confidence: Math.min(1, score / (score + other) + (score >= 8 ? 0.1 : 0)), omniscient: false };
}

/**
 * Emphasis spans (`*…*`, `_…_`) of a paragraph as the source writes them, in absolute offsets: Markdown masks
 * the markers in the prose, so marked thought must be read here. Empty unless the source has a marker.
 */
export function sourceMarks(source: string, paragraph: Paragraph): Array<readonly [number, number]> {
  const from = Math.max(0, paragraph.from - 1);
  const slice = source.slice(from, paragraph.to + 1);
  if (!/[*_]/.test(slice)) return [];
  return markedSpans(slice).map(([a, b]) => [a + from, b + from] as const);
}

/** The span (sorted, non-overlapping `[from, to)`) containing offset `at`, by binary search. */
export function spanAt<T extends { readonly from: number; readonly to: number }>(spans: readonly T[], at: number): T | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (at < s.from) hi = mid - 1;
    else if (at >= s.to) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** The paragraph containing offset `at`. */
export const paragraphAt: (paragraphs: readonly Paragraph[], at: number) => Paragraph | undefined = spanAt;

/** The scene containing offset `at`. */
export const sceneAt: (scenes: readonly Scene[], at: number) => Scene | undefined = spanAt;

/**
 * Chapters and scenes in order, each with its narration (person, tense, POV character, omniscience) and the
 * mind clauses of its narration. Paragraph facts are cached like scans, so assembling scenes costs no parsing;
 * computed only for checks that declare it (`pov`, `tense`).
 */
export const scenes: Analysis<ParagraphNarration, readonly Scene[]> = {
  id: 'scenes',
  uses: [capitalisation],
  paragraph: narrationOf,
  manuscript: (facts, context) => scenesOf(context.paragraphs, facts, context.source, context.get(capitalisation), context.files),
};
