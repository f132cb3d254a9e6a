// Word lists of the `tense` check. Lower case.

/** Irregular past participles: "she's done" / "he has thought" are present perfect before these. */
export const IRREGULAR_PARTICIPLES: readonly string[] = [
  'done', 'been', 'gone', 'seen', 'known', 'taken', 'given', 'got', 'gotten', 'made', 'had', 'thought', 'told',
  'said', 'found', 'left', 'come', 'become', 'written', 'spoken', 'broken', 'forgotten', 'eaten', 'fallen', 'felt',
  'heard', 'held', 'kept', 'lost', 'meant', 'met', 'paid', 'put', 'run', 'sent', 'shown', 'sat', 'stood',
  'understood', 'won', 'worn', 'begun', 'brought', 'bought', 'caught', 'drawn', 'driven', 'grown', 'hidden',
  'ridden', 'risen', 'shaken', 'thrown', 'woken', 'slept', 'taught', 'fought', 'sought', 'spent', 'built', 'read',
  'let', 'hit', 'cut', 'quit', 'set', 'shut', 'hurt', 'dreamt', 'learnt', 'burnt',
];

/** Adverbs that may stand inside a perfect: "she has never thought", "he's always done". */
export const PERFECT_ADVERBS: readonly string[] = ['never', 'always', 'already', 'just', 'ever', 'often', 'long', 'not', 'only', 'now', 'since', 'also', 'still', 'really'];

/** Words that put a past event inside present narration on purpose: "she was five when he left", "years ago". */
export const TIME_SHIFTS: readonly string[] = ['ago', 'before', 'yesterday', 'last', 'once', 'when', 'used', 'earlier', 'since', 'until', 'while', 'after', 'remembers', 'remember', 'recalls', 'as', 'afterwards', 'afterward', 'later', 'then'];

/** Simple past → present (third person singular) for the reverse slip in present-tense narration. */
export const PAST_TO_PRESENT: Readonly<Record<string, string>> = {
  was: 'is', were: 'are', had: 'has', did: 'does', went: 'goes', came: 'comes', said: 'says', saw: 'sees',
  took: 'takes', made: 'makes', knew: 'knows', thought: 'thinks', felt: 'feels', ran: 'runs', sat: 'sits',
  stood: 'stands', told: 'tells', found: 'finds', left: 'leaves', got: 'gets', gave: 'gives', held: 'holds',
  kept: 'keeps', began: 'begins', heard: 'hears', turned: 'turns', looked: 'looks', walked: 'walks',
  smiled: 'smiles', opened: 'opens', closed: 'closes', pulled: 'pulls', pushed: 'pushes', wanted: 'wants',
};
