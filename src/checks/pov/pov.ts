import type { Fix } from '../../contract/diagnostic.js';
import type { PovSummary, SceneSummary } from '../../contract/summaries.js';
import { matchCase } from '../../engine/case.js';
import { markedSpans, narrationSentences, paragraphAt, sceneAt, scenes as scenesAnalysis, sourceMarks, type Gender, type PlacedMind, type Scene } from '../../fiction/scenes.js';
import { FEMALE_NAMES, MALE_NAMES } from '../../fiction/scenes.data.js';
import { speechSpans, within, type WordToken } from '../../engine/nlcst.js';
import type { CheckDefinition, Draft, ManuscriptContext } from '../../contract/check.js';
import { ASIDE_VERBS, FIRST_TO_THIRD } from './pov.data.js';

export type { SceneSummary };

/** How the manuscript is narrated, when the writer says so (auto-detection is only a default). */
export type NarrationMode = 'auto' | 'close' | 'omniscient';

/** Options of the `pov` check. */
export interface PovOptions {
  /**
   * `auto` (default): each scene's narration is detected, and a scene that enters many heads is treated as
   * omniscient (one `info`, no head-hop flags). `close`: every scene keeps to one head; head-hops are flagged
   * even where many heads are entered. `omniscient`: no head-hop flags anywhere.
   */
  readonly narration: NarrationMode;
  /**
   * The POV character of a scene, by scene key (`"<chapter>.<scene>"`, both 1-based, chapter 0 before the first
   * heading; see `Scene.key`): `{"3.1": "Jon"}`. Overrides detection; `""` means "no single POV: never flag
   * head-hops here". In a first-person scene, naming the narrator also flags the narrator by name. Default `{}`.
   */
  readonly povCharacters: Readonly<Record<string, string>>;
}

/** What a person-shift draft remembers between scan and finish: the word, and whether it starts a sentence. */
interface PovData {
  readonly [key: string]: string | boolean;
  readonly word: string;
  readonly initial: boolean;
}
type PovDraft = Draft<PovData>;

const asides = new Set(ASIDE_VERBS);
/** "you" as the subject of narration becomes the POV character's subject pronoun. */
const SUBJECT_YOU = { f: 'she', m: 'he', n: 'they' } as const;
const female = new Set(FEMALE_NAMES);
const male = new Set(MALE_NAMES);
// Not "mine": "a mine of felicity".
const FIRST_PERSON = /^(i|me|my|myself|i['’](m|ve|d|ll))$/;
// "Yes, good man!--thought Emma--but what has…": unmarked direct thought with its tag.
const THOUGHT_TAG = /\b(?:thought|wondered|mused)\s+(?:she|he|\p{Lu}\p{L}+)\b|\b(?:she|he|\p{Lu}\p{L}+)\s+(?:thought|wondered|mused)\s*[,.;!?—–-]/u;
// "MY DEAR MADAM,", "My dearest Lizzy,": a letter opens.
const SALUTATION = /(?:^|\n)\W*(?:my\s+)?(?:dear|dearest)\b/i;
const THIRD_PERSON = /^(he|she|him|his|her|herself|himself|they|them)$/;

const q = (s: string): string => `“${s}”`;

/**
 * The `pov` check: head-hops into a mind other than the scene's POV character, person shifts, unmarked direct
 * thought, and one `info` per omniscient scene. Scenes and their narration come from the `scenes` analysis
 * (src/fiction); its summary lists them.
 */
export const pov: CheckDefinition<PovOptions, PovData, PovSummary> = {
  id: 'pov',
  uses: [scenesAnalysis],
  description: 'Point-of-view slips: head-hopping into a character other than the scene’s POV, and person shifts.',
  rules: {
    'pov-head-hop': 'Head-hop',
    'pov-person-shift': 'Person shift',
    'pov-unmarked-thought': 'Unmarked direct thought',
    'pov-omniscient': 'Omniscient scene',
  },
  defaults: { narration: 'auto', povCharacters: {} },
  setup(options) {
    let scenes: SceneSummary[] = [];
    return {
      scan({ text, tree }) {
        const sentences = narrationSentences({ text, tree });
        return [...personCandidates(text, sentences), ...secondPersonCandidates(text, sentences)];
      },
      finish(drafts, context) {
        scenes = context.get(scenesAnalysis).map((scene) => {
          const view = viewOf(options, scene);
          const set = options.povCharacters[scene.key];
          return {
            key: scene.key,
            chapter: scene.chapter,
            from: scene.from,
            to: scene.to,
            words: scene.words,
            person: scene.person,
            tense: scene.tense,
            ...(view.pov ? { pov: view.pov } : {}),
            povSet: set !== undefined,
            omniscient: view.omniscient,
            heads: scene.heads.map((h) => h.name).filter((name) => name !== 'I'),
          };
        });
        return finishPov(options, drafts, context);
      },
      summary() {
        return { scenes };
      },
    };
  },
};

type Sentences = ReturnType<typeof narrationSentences>;

// First-person words in narration, and a standalone line of direct thought. Whether they are slips depends
// on the scene (finish): in a first-person scene they are the narration.
function personCandidates(text: string, sentences: Sentences): PovDraft[] {
  const tokens = sentences.flatMap((s) => s.tokens);
  if (THOUGHT_TAG.test(text) || SALUTATION.test(text) || /:[-—–]*$/.test(text.trim())) return [];
  // "ROSALIND: Mother, I never think about money.": a play script's speaker label opens speech, not narration.
  if (SPEAKER_LABEL.test(text)) return [];
  const all = tokens.filter((t) => FIRST_PERSON.test(t.text.toLowerCase()));
  // Only a sentence that tells what "I" did or felt then ("and I followed her", "I could feel the cold") slips
  // into a character's first person. A narrator speaking from the present ("I don't think he found it easy",
  // "I beg her pardon", "I have said they were close", "it is my private opinion") comments on the story, and a
  // "my" with no "I" ("dear me", "'my children', as he called them") quotes or exclaims.
  const own = all.filter((t) => !aside(text, t, sentences));
  if (own.length === 0) return [];
  const trimmed = text.trim();
  const start = text.indexOf(trimmed);
  const thirds = tokens.filter((t) => THIRD_PERSON.test(t.text.toLowerCase()));
  // "I'm dreaming again…" on a line of its own: unmarked direct thought, not narration.
  if (speechSpans(text).length === 0 && markedSpans(text).length === 0 && tokens.length <= 25 && thirds.length === 0 && !trimmed.includes('\n')) {
    return [
      {
        ruleId: 'pov-unmarked-thought',
        severity: 'info',
        from: start,
        to: start + trimmed.length,
        message: `${q(trimmed)} reads as direct thought; italicise it so it is not taken for first-person narration.`,
        fixes: [{ kind: 'replace', label: 'Italicise', text: `_${trimmed}_` }],
      },
    ];
  }
  // Three first-person words or more outside dialogue: a letter, a journal, or first-person narration; the
  // scene decides. A single "I" in third-person narration is the slip this rule is for.
  if (all.length >= 3) return [];
  return own.filter((t) => tellsPast(text, sentenceOf(t, sentences))).map((t) => ({
    ruleId: 'pov-person-shift',
    severity: 'warning',
    from: t.from,
    to: t.to,
    message: '',
    fixes: [],
    data: { word: t.text, initial: t.initial },
  }));
}

// "You walked to the window" in third-person narration: the narration slipped into the second person. Only
// "you" as the subject of a plain past-tense verb: generic "you" ("you could not have seen a prettier sight",
// "you know") takes a modal or the present, and a sentence that also says "I" is speech or a letter.
function secondPersonCandidates(text: string, sentences: Sentences): PovDraft[] {
  const out: PovDraft[] = [];
  for (const s of sentences) {
    if (s.tokens.some((u) => FIRST_PERSON.test(u.text.toLowerCase()))) continue;
    for (const t of s.tokens) {
      if (t.text.toLowerCase() !== 'you') continue;
      const next = wordAfter(text, t.to);
      if (!PAST_VERB.test(next) || NOT_NARRATIVE_PAST.has(next)) continue;
      // "the east one, whence you got a glimpse of the bloom": generic "you" in a description (Anne).
      if (GENERIC_LEAD.test(wordBefore(text, t.from))) continue;
      // "You crouched down beside the body" narrates; "that was all you saw", "as you sat in her window, you
      // caught sight of" describe what anyone there would have seen. Only "you" opening its sentence, or a clause
      // after "and" / "then", is the narration's subject.
      const at = s.tokens.indexOf(t);
      if (at > 0 && !/^(?:and|then)$/.test(s.tokens[at - 1]!.text.toLowerCase())) continue;
      out.push({ ruleId: 'pov-person-shift', severity: 'warning', from: t.from, to: t.to, message: '', fixes: [], data: { word: t.text, initial: t.initial } });
    }
  }
  return out;
}

// "HE: I'd better go.", "MRS. CONNAGE: Well, you can show him": a speaker label in capitals and a colon.
// "Maelis: he knew I was struggling": a name and a colon opening a line quotes a message or a script.
const SPEAKER_LABEL = /(?:^|\n)\s*(?:\p{Lu}[\p{Lu}.' -]{1,30}|\p{Lu}\p{Ll}+):\s/u;

function sentenceOf(t: WordToken, sentences: Sentences): Sentences[number] {
  return sentences.find((s) => s.tokens.includes(t))!;
}

// "I followed", "I could feel", "I had never seen", "I'd turned": "I" as the subject of a past-tense verb.
function tellsPast(text: string, sentence: Sentences[number]): boolean {
  const ts = sentence.tokens;
  for (let i = 0; i < ts.length; i++) {
    const w = ts[i]!.text.toLowerCase();
    if (w === 'i’d' || w === "i'd") return true;
    if (w !== 'i') continue;
    let k = i + 1;
    while (k < ts.length && /^(?:never|still|only|just|then|also|not|almost|nearly|[a-z]{3,}ly)$/.test(ts[k]!.text.toLowerCase())) k++;
    const next = ts[k]?.text.toLowerCase() ?? '';
    if (k < ts.length && /^\s+$/.test(text.slice(ts[k - 1]!.to, ts[k]!.from)) && (PAST_VERB.test(next) || /^(?:was|were|had|did|could|would)$/.test(next))) return true;
  }
  return false;
}

// "walked", "turned", and the common irregular pasts of narration.
const PAST_VERB = /^(?:[a-z]{2,}ed|saw|went|came|felt|knew|took|found|gave|heard|left|made|ran|sat|stood|told|thought|held|kept|began|fell|got|met|slept|spoke|woke|wrote|drove|rode|caught|brought|bought|threw|swam|sang|shook|hid)$/;
// Past forms that are not narration: "you need", "you used to", "you indeed".
const NOT_NARRATIVE_PAST = new Set(['need', 'indeed', 'used', 'supposed', 'pleased', 'tired', 'interested', 'concerned', 'engaged', 'married', 'obliged', 'satisfied', 'mistaken', 'prepared', 'determined', 'allowed', 'inclined']);

// "she was, I believe, the first", "I wish I could say, for the sake of her family": the narrator's aside,
// not a slip into a character's "I" (that is "I turned", "I saw"). "Ah! Mr. Knightley, I wish you had the
// benefit of this": addressed to someone, so unquoted thought or speech, not narration.
function aside(text: string, t: WordToken, sentences: Sentences): boolean {
  const sentence = sentences.find((s) => s.tokens.includes(t))!;
  if (sentence.tokens.some((u) => FIRST_PERSON.test(u.text.toLowerCase()) && asides.has(wordAfter(text, u.to)))) return true;
  // "“Come in,” said I.", "cried I", "thought I": a first-person narrator's own speech tag is never a slip.
  if (sentence.tokens.some((u, k) => u.text === 'I' && k > 0 && INVERTED_TAG.test(sentence.tokens[k - 1]!.text.toLowerCase()))) return true;
  return sentence.tokens.some((u) => /^(you|your|yours|yourself|thee|thou)$/i.test(u.text));
}

// A speech or thought verb before "I" tags the narrator's own words: "said I", "answered I", "thought I".
const INVERTED_TAG = /^(?:said|says|cried|replied|answered|asked|returned|rejoined|continued|added|thought|whispered|exclaimed|observed|quoth)$/;

// Words after which "you" is the generic "one": "whence you got a glimpse", "if you looked closely".
const GENERIC_LEAD = /^(?:whence|where|wherever|which|that|when|whenever|if|as|unless|till|until|before|after|though|although|once|whereby|than)$/;

function wordBefore(text: string, at: number): string {
  return /([\p{L}'’]+)[\s,]*$/u.exec(text.slice(Math.max(0, at - 24), at))?.[1]?.toLowerCase() ?? '';
}

function wordAfter(text: string, at: number): string {
  return /^\s+([\p{L}'’]+)/u.exec(text.slice(at, at + 20))?.[1]?.toLowerCase() ?? '';
}

function finishPov(options: PovOptions, drafts: readonly PovDraft[], context: ManuscriptContext): PovDraft[] {
  const scenes = context.get(scenesAnalysis);
  const out: PovDraft[] = [];
  const povOf = (scene: Scene) => viewOf(options, scene);

  for (const d of drafts) {
    const scene = sceneAt(scenes, d.from);
    if (!scene || scene.person !== 'third') continue;
    // Marked thought in Markdown ("*I'm dreaming again…*"): the prose lost the markers, the source has them.
    const paragraph = paragraphAt(context.paragraphs, d.from);
    if (paragraph && within(sourceMarks(context.source, paragraph), d.from, d.to)) continue;
    // An indented line is verse, a letter's heading or a block quotation: "    My first doth affliction denote".
    const lineStart = context.source.lastIndexOf('\n', d.from - 1) + 1;
    if (/^\s{2,}/.test(context.source.slice(lineStart, d.from + 1))) continue;
    if (d.ruleId === 'pov-unmarked-thought') {
      out.push(d);
      continue;
    }
    const view = povOf(scene);
    if (view.omniscient) continue;
    const word = d.data?.word ?? '';
    const second = word.toLowerCase() === 'you';
    const swap = second ? SUBJECT_YOU : FIRST_TO_THIRD[word.toLowerCase()];
    // "and I followed" → "and she followed"; "I" is capitalised anywhere, "she" only first in a sentence.
    const model = word === 'I' && d.data?.initial !== true ? 'i' : word;
    const fixes: Fix[] = swap && view.gender ? [{ kind: 'replace', label: `Use ${q(swap[view.gender])}`, text: matchCase(model, swap[view.gender]) }] : [];
    out.push({
      ...d,
      message: `${q(word)} is ${second ? 'second' : 'first'}-person narration in a third-person scene; use the third person, or mark it as thought or speech.`,
      fixes,
    });
  }

  for (const scene of scenes) {
    const view = povOf(scene);
    if (view.omniscient) {
      if (options.narration === 'omniscient') continue;
      const names = scene.heads.slice(0, 3).map((h) => (h.name === 'I' ? 'the narrator' : h.name));
      const to = firstSentenceEnd(context.text, scene.from, scene.to);
      out.push({
        ruleId: 'pov-omniscient',
        severity: 'info',
        from: scene.from,
        to,
        message: `This scene enters the minds of ${list(names)}, so it reads as omniscient and head-hops are not flagged in it.`,
        note: `If it should keep to one character’s point of view, set that character for scene ${scene.key} in the POV settings.`,
        fixes: [],
      });
      continue;
    }
    if (!view.pov) continue;
    const sure = options.povCharacters[scene.key] !== undefined || options.narration === 'close' ? 1 : scene.povConfidence;
    out.push(...headHops(scene, view.pov, view.gender, sure, context));
    // First person with the narrator named by the writer: "Mara knew" in Mara's own narration.
    if (scene.person === 'first' && options.povCharacters[scene.key]) {
      const narrator = options.povCharacters[scene.key]!;
      for (const m of scene.minds) {
        // The narrator's name need not be in the cast list: the writer named them.
        if (m.hedged || (m.subject !== narrator && m.character !== narrator)) continue;
        const at = context.text.indexOf(narrator, m.sentenceFrom);
        if (at < 0 || at >= m.verbFrom) continue;
        out.push({
          ruleId: 'pov-person-shift',
          severity: 'warning',
          from: at,
          to: at + narrator.length,
          message: `${q(narrator)} narrates this scene in the first person; write “I” here.`,
          fixes: [{ kind: 'replace', label: 'Use “I”', text: 'I' }],
        });
      }
    }
  }
  return out.sort((a, b) => a.from - b.from || a.to - b.to);
}

/** The POV in effect for a scene: the writer's setting first, then the manuscript mode, then detection. */
function viewOf(options: PovOptions, scene: Scene): { pov?: string; gender?: Gender; omniscient: boolean } {
  const set = options.povCharacters[scene.key];
  if (set !== undefined) return set === '' ? { omniscient: false } : { pov: set, ...genderOf(set, scene), omniscient: false };
  if (options.narration === 'omniscient') return { omniscient: true };
  if (options.narration === 'close') {
    const pov = scene.pov ?? scene.heads[0]?.name;
    return pov ? { pov, ...genderOf(pov, scene), omniscient: false } : { omniscient: false };
  }
  if (scene.omniscient) return { omniscient: true };
  return scene.pov ? { pov: scene.pov, ...(scene.povGender ? { gender: scene.povGender } : {}), omniscient: false } : { omniscient: false };
}

function genderOf(name: string, scene: Scene): { gender?: Gender } {
  const known = scene.minds.find((m) => m.character === name && !m.byPronoun && m.gender)?.gender;
  const first = name.split(' ')[0]!;
  const gender = known ?? (female.has(first) ? 'f' : male.has(first) ? 'm' : undefined);
  return gender ? { gender } : {};
}

/**
 * Sentences that report the mind of someone other than the POV character, by name or by a pronoun that can
 * only be theirs ("he" in a scene told from a woman's point of view, the nearest named "he"). A run of such
 * sentences about one character is one finding.
 */
function headHops(scene: Scene, pov: string, povGender: Gender | undefined, povSure: number, context: ManuscriptContext): PovDraft[] {
  const hops: PlacedMind[] = [];
  // Minds whose pronoun names no one on stage but cannot be the viewpoint's: "she wondered whether he could smell
  // the smoke" in Teague's scene, where the woman is named only in dialogue.
  const unnamed = new Set<PlacedMind>();
  for (const found of scene.minds) {
    let m = found;
    if (!m.character && m.byPronoun && pov !== 'I' && povGender && povGender !== 'n' && (m.gender === 'm' || m.gender === 'f') && m.gender !== povGender) {
      m = { ...m, character: m.gender === 'f' ? 'another woman' : 'another man' };
      unnamed.add(m);
    }
    if (m.hedged || m.embedded || !m.character || m.character === pov) continue;
    // Thought, feeling and states of mind are hops; the senses are not ("Jon watched her" is what Mara sees him
    // do); the body felt from inside only by name ("Tam's knees had been killing her").
    if (m.kind === 'perception' || (m.kind === 'sensation' && m.byPronoun)) continue;
    if (m.character === 'I') continue;
    // "she wondered" in Mara's scene may be Mara: only a pronoun of the other gender is unambiguous.
    // A sure pronoun ("Fenn had been on his feet since six, and all he wanted was…") is that character's.
    if (m.byPronoun && !m.sure && pov !== 'I' && (!povGender || m.gender === povGender || !m.gender)) continue;
    // "Jon wondered" where the writer set Jon as "Mr. Jon Hale": same person.
    if (pov.split(' ').includes(m.character) || m.character.split(' ').includes(pov)) continue;
    if (hops[hops.length - 1]?.sentenceFrom === m.sentenceFrom) continue;
    // "Amy wants the rest of the page, so I must stop.": a letter or diary quoted in a third-person scene tells
    // its writer's world in its own first person.
    if (pov !== 'I' && firstVoice(context, m.sentenceFrom)) continue;
    // "Maelis: he knew I was struggling": a message or a script's line, quoted, not narrated.
    const lineStart = context.text.lastIndexOf('\n', m.sentenceFrom - 1) + 1;
    if (SPEAKER_LABEL.test(context.text.slice(lineStart, m.verbFrom))) continue;
    hops.push(m);
  }
  const drafts: PovDraft[] = [];
  const povName = pov === 'I' ? 'the narrator' : pov;
  for (let i = 0; i < hops.length; ) {
    const first = hops[i]!;
    let last = first;
    let j = i + 1;
    // "Jon wondered… He knew…": consecutive sentences about the same mind are one finding.
    while (j < hops.length && hops[j]!.character === first.character && /^[\s\p{P}]*$/u.test(context.text.slice(last.sentenceTo, hops[j]!.sentenceFrom))) {
      last = hops[j]!;
      j++;
    }
    const other = first.character!;
    const they = first.gender === 'f' ? 'she' : first.gender === 'm' ? 'he' : 'they';
    // (singular "they" takes "look", as an unknown gender does)
    // How sure the finding is: who the mind belongs to (a name, the only man or woman on stage, or a guess from
    // the nearest named subject), what kind of report it is, and how clearly the scene keeps to its viewpoint.
    const run = hops.slice(i, j);
    const identity = Math.max(...run.map((h) => (!h.byPronoun ? 0.9 : h.sure ? 0.8 : unnamed.has(h) ? 0.65 : 0.55) * (h.kind === 'sensation' ? 0.85 : 1)));
    const paragraph = paragraphAt(context.paragraphs, first.sentenceFrom);
    const sentence = context.text.slice(first.sentenceFrom, first.sentenceTo);
    // "Dorcas reflected. “Miss Cynthia has a green dress.”": a short beat beside the character's own speech is
    // a pause anyone could see, as much as a mind.
    const beat = j - i === 1 && sentence.split(/\s+/).length <= 6 && /[“”"‘]/.test(paragraph?.text ?? '');
    // A narrator telling the story afterwards may have learned what others thought ("Jake was sure he could get
    // through"); one telling it as it happens cannot ("Brannoc is terrified that I'll ask").
    // But not a mind at work as the narrator watched: "Quenby was thinking about her sister", "Sable was already
    // regretting it", which only that mind could have told from inside.
    // ("Jake, feeling responsible for it, flared up" is a participle: what anyone saw him feel.)
    const atWork = run.some(
      (h) =>
        !h.byPronoun &&
        (h.kind === 'cognition' || h.kind === 'emotion') &&
        /ing$/.test(context.text.slice(h.verbFrom, h.verbTo)) &&
        /\b(?:was|were|is|are|been)\s+(?:(?:already|still|just|now|[a-z]+ly)\s+)?$/.test(context.text.slice(Math.max(0, h.verbFrom - 30), h.verbFrom)),
    );
    const hindsight = pov === 'I' && scene.tense !== 'present' && !atWork;
    // A viewpoint that holds less than 60% of the scene's evidence is contested ("Mrs. Hurst's" chapter of
    // Pride and Prejudice at 40%): the hop is only as sure as the viewpoint it breaks.
    const contested = povSure < 0.6 ? povSure / 0.6 : 1;
    const confidence = Math.round(identity * (0.5 + 0.5 * povSure) * contested * (beat ? 0.75 : 1) * (hindsight ? 0.6 : 1) * 100) / 100;
    const span = (unnamed.has(first) ? undefined : wholeParagraph(scene, first, last, other, povGender, context)) ?? { from: first.sentenceFrom, to: last.sentenceTo };
    // "another woman frowned" reads badly: an unnamed mind is shown with its pronoun.
    const shown = unnamed.has(first) ? they.charAt(0).toUpperCase() + they.slice(1) : other;
    const many = j - i > 1 || span.from < first.sentenceFrom || span.to > last.sentenceTo;
    const what = run.every((h) => h.kind === 'cognition') ? 'thoughts' : 'feelings';
    drafts.push({
      ruleId: 'pov-head-hop',
      severity: confidence >= 0.6 ? 'warning' : 'info',
      confidence,
      from: span.from,
      to: span.to,
      message: `${many ? 'These sentences report' : 'This sentence reports'} ${other}’s ${what} in a scene told from ${povName}’s point of view.`,
      note: `Show it from outside, as ${povName} could see or hear it: what ${other} does or says, or how ${they} ${they === 'they' ? 'look' : 'looks'} (“${shown} frowned, as if…”); or start a new scene from ${unnamed.has(first) ? (first.gender === 'f' ? 'her' : 'his') : `${other}’s`} point of view. ${sureness(confidence, first, povSure)}`,
      fixes: [],
    });
    i = j;
  }
  return drafts;
}

/** "Confidence 82%: Torvald is named, and the scene keeps to Ilsabet's viewpoint (92% of its evidence)." */
function sureness(confidence: number, first: PlacedMind, povSure: number): string {
  const one = first.gender === 'f' ? 'woman' : first.gender === 'm' ? 'man' : 'character who takes “they”';
  const who = first.character?.startsWith('another ') ? 'not the viewpoint by the pronoun' : !first.byPronoun ? 'named' : first.sure ? `the only ${one} on stage` : `only the likeliest ${one} for the pronoun`;
  const view = povSure >= 1 ? 'the viewpoint is set' : `the viewpoint holds ${Math.round(povSure * 100)}% of the scene’s evidence`;
  return `Confidence ${Math.round(confidence * 100)}%: ${first.character} is ${who}, and ${view}.`;
}

function firstVoice(context: ManuscriptContext, at: number): boolean {
  const paragraph = paragraphAt(context.paragraphs, at);
  if (!paragraph) return false;
  const outside = paragraph.text.replace(/[“"][^”"]*[”"]?/g, ' ');
  return (outside.match(/\b(?:I|me|my|I['’](?:m|d|ve|ll))\b/g) ?? []).length >= 2;
}

/**
 * A paragraph told wholly from inside the other character is one finding: every sentence of it names them or
 * uses their pronoun, which the POV character's gender cannot share ("Tam had not told him about the other
 * letter. She had read it twice. She wondered whether he could smell the smoke." in a man's scene). Undefined
 * when the paragraph holds dialogue or a sentence about someone else.
 */
function wholeParagraph(scene: Scene, first: PlacedMind, last: PlacedMind, other: string, povGender: Gender | undefined, context: ManuscriptContext): { from: number; to: number } | undefined {
  if (!povGender || !first.gender || first.gender === povGender) return undefined;
  const paragraph = paragraphAt(context.paragraphs, first.sentenceFrom);
  if (!paragraph || paragraph.to < last.sentenceTo || /[“”"‘]/.test(paragraph.text)) return undefined;
  // Two reports of their mind or senses at least: "Jon sat down by the stove. He wondered what she knew." is
  // one hop after an action anyone could see.
  const inside = scene.minds.filter((m) => m.character === other && !m.embedded && m.verbFrom >= paragraph.from && m.verbTo <= paragraph.to);
  if (inside.length < 2) return undefined;
  const pronoun = first.gender === 'f' ? /\b(?:she|her|herself)\b/i : first.gender === 'n' ? /\b(?:they|them|their|themself)\b/i : /\b(?:he|him|his|himself)\b/i;
  const name = other.split(' ').pop()!;
  const sentences = paragraph.text.trim().split(/(?<=[.!?…])\s+/);
  if (sentences.length < 2 || !sentences.every((x) => x.includes(name) || pronoun.test(x))) return undefined;
  const from = paragraph.from + paragraph.text.indexOf(paragraph.text.trim());
  return { from, to: from + paragraph.text.trim().length };
}

function firstSentenceEnd(text: string, from: number, to: number): number {
  const slice = text.slice(from, Math.min(to, from + 200));
  // "Every body who had ever visited Mr. Woodhouse…": "Mr." does not end the sentence.
  const m = /(?<!\b(?:Mr|Mrs|Ms|Dr|St))[.!?…](?:[”"’']|_)?(?=\s|$)/u.exec(slice);
  const end = m ? from + m.index + m[0].length : from + (slice.indexOf('\n') >= 0 ? slice.indexOf('\n') : slice.length);
  return end;
}

function list(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
