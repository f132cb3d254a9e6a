// Which text the learned confusables model may learn from, and which sets it learns. Shared by the training
// script (tests/scripts/train-confusables.ts) and the accuracy bench (tests/bench/accuracy.ts).

/** Whole novels of ../shared/corpus kept out of training: per-set thresholds are fitted on these. */
export const CALIBRATION_NOVELS: readonly string[] = ['main-street', 'little-women'];

/** Whole novels of ../shared/corpus kept out of training and calibration: the bench's unseen text. */
export const EVALUATION_NOVELS: readonly string[] = ['the-sea-wolf', 'the-age-of-innocence', 'the-secret-garden', 'treasure-island'];

/**
 * The sets the model learns (ids of the pattern sets, members as the tokenizer lowers them). A word may be in more
 * than one ("of" in of-off and have-of); each set learns on its own. Sets whose rarest member has under 40
 * training examples stay pattern-only (the script says which). Tried and left to the patterns: have/of ("could
 * of": the calibration novels' clean "of" kept its threshold near 20, 2% of swaps caught, 96k features; Main
 * Street writes its dialogue's "could of", "I'd of" on purpose) and lay/lie (11% of swaps: the verbs' tenses
 * overlap).
 */
export const MODEL_SETS: ReadonlyArray<{ readonly id: string; readonly words: readonly string[] }> = [
  { id: 'accept-except', words: ['accept', 'except'] },
  { id: 'affect-effect', words: ['affect', 'effect'] },
  { id: 'allowed-aloud', words: ['allowed', 'aloud'] },
  { id: 'an-and', words: ['an', 'and'] },
  { id: 'bare-bear', words: ['bare', 'bear'] },
  { id: 'brake-break', words: ['brake', 'break'] },
  { id: 'breath-breathe', words: ['breath', 'breathe'] },
  { id: 'choose-chose', words: ['choose', 'chose'] },
  { id: 'course-coarse', words: ['course', 'coarse'] },
  { id: 'fair-fare', words: ['fair', 'fare'] },
  { id: 'feel-fell', words: ['feel', 'fell'] },
  { id: 'find-fine', words: ['find', 'fine'] },
  { id: 'form-from', words: ['form', 'from'] },
  { id: 'her-hear-here', words: ['her', 'hear', 'here'] },
  { id: 'its-it-is', words: ['its', "it's"] },
  { id: 'know-no-now', words: ['know', 'no', 'now'] },
  { id: 'lead-led', words: ['lead', 'led'] },
  { id: 'lose-loose', words: ['lose', 'loose'] },
  { id: 'mourning-morning', words: ['morning', 'mourning'] },
  { id: 'new-knew', words: ['new', 'knew'] },
  { id: 'of-off', words: ['of', 'off'] },
  { id: 'past-passed', words: ['past', 'passed'] },
  { id: 'piece-peace', words: ['peace', 'piece'] },
  { id: 'plain-plane', words: ['plain', 'plane'] },
  { id: 'quite-quiet-quit', words: ['quite', 'quiet', 'quit'] },
  { id: 'role-roll', words: ['role', 'roll'] },
  { id: 'seem-seen', words: ['seem', 'seen'] },
  { id: 'sole-soul', words: ['sole', 'soul'] },
  { id: 'tale-tail', words: ['tale', 'tail'] },
  { id: 'their-there-they-are', words: ['their', 'there', "they're"] },
  { id: 'them-then', words: ['them', 'then'] },
  { id: 'then-than', words: ['then', 'than'] },
  { id: 'thing-think', words: ['thing', 'think'] },
  { id: 'though-thought-through', words: ['though', 'thought', 'through'] },
  { id: 'threw-through-thorough', words: ['threw', 'through', 'thorough'] },
  { id: 'to-too-two', words: ['to', 'too', 'two'] },
  { id: 'waist-waste', words: ['waist', 'waste'] },
  { id: 'wander-wonder', words: ['wander', 'wonder'] },
  { id: 'want-wont', words: ['want', "won't"] },
  { id: 'weather-whether', words: ['weather', 'whether'] },
  { id: 'week-weak', words: ['week', 'weak'] },
  { id: 'were-where', words: ['were', "we're", 'where'] },
  { id: 'who-is-whose', words: ["who's", 'whose'] },
  { id: 'whole-hole', words: ['whole', 'hole'] },
  { id: 'sight-site-cite', words: ['sight', 'site', 'cite'] },
  { id: 'your-you-are', words: ['your', "you're"] },
  // The rarer sets, added in session 5: each is learned only where the text holds 40 or more examples of its
  // rarer member (the script reports the rest as pattern-only), cross-fitted like the other rare sets, and flags
  // alone only from 500 measured uses; below that its model confirms or disputes its patterns.
  { id: 'advice-advise', words: ['advice', 'advise'] },
  { id: 'cloths-clothes', words: ['cloths', 'clothes'] },
  { id: 'compliment-complement', words: ['compliment', 'complement'] },
  { id: 'desert-dessert', words: ['desert', 'dessert'] },
  { id: 'dual-duel', words: ['dual', 'duel'] },
  { id: 'eminent-imminent', words: ['eminent', 'imminent'] },
  { id: 'emigrate-immigrate', words: ['emigrate', 'immigrate'] },
  { id: 'envelop-envelope', words: ['envelop', 'envelope'] },
  { id: 'hanger-hangar', words: ['hangar', 'hanger'] },
  { id: 'lightning-lightening', words: ['lightning', 'lightening'] },
  { id: 'peak-peek-pique', words: ['peak', 'peek', 'pique'] },
  { id: 'poured-pored', words: ['poured', 'pored'] },
  { id: 'principal-principle', words: ['principal', 'principle'] },
  { id: 'rein-reign', words: ['rein', 'reign'] },
  { id: 'shone-shown', words: ['shone', 'shown'] },
  { id: 'stationary-stationery', words: ['stationary', 'stationery'] },
  { id: 'wary-weary', words: ['wary', 'weary'] },
];
