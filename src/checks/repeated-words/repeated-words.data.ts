/**
 * Word lists for the repeated-words check.
 */

/**
 * Words that legitimately come twice in a row anywhere: reduplicated interjections and set phrases
 * ("ha ha", "bye bye", "there there", "knock knock", "come come"). retext-repeated-words already allows
 * "had had", "that that" and "can can".
 */
export const ALWAYS_REPEATABLE: readonly string[] = [
  'ah', 'aha', 'ba', 'blah', 'etc', 'etc.', 'boo', 'bye', 'chop', 'come', 'dum', 'go', 'ha', 'hah', 'hear', 'hee', 'hey',
  'ho', 'hoo', 'hush', 'knock', 'la', 'meow', 'mm', 'na', 'night', 'no', 'now', 'oh', 'pooh', 'there',
  'tick', 'tsk', 'tut', 'well', 'yes', 'yum',
];

/** Intensifiers people repeat when they speak ("very very", "so so", "far far"): quiet inside dialogue. */
export const SPOKEN_REPEATABLE: readonly string[] = [
  'again', 'ever', 'far', 'long', 'many', 'more', 'much', 'never', 'please', 'really', 'so', 'too', 'very',
  'way', 'wait', 'help', 'stop', 'quick', 'run',
];

/** A word that can start a noun phrase where a second determiner is a slip ("the his coat"). */
export const DETERMINER_FIRST: readonly string[] = ['a', 'an', 'the', 'my', 'our'];
// "your the best" is "you're the best" (a confusable, not an extra word); "her the book" ("gave her the
// book"), "that the" ("knew that the"), "in his the consciousness" and "his the greatest zeal" (his as a
// pronoun, Emma) and "their the" ("there the") are grammatical or another slip, so none of them start a pair.

/** A determiner or possessive that cannot follow one of {@link DETERMINER_FIRST}. */
export const DETERMINER_SECOND: readonly string[] = [
  'a', 'an', 'the', 'my', 'your', 'his', 'her', 'its', 'our', 'their', 'this', 'these', 'those',
];

/** Possessives: when one of a doubled pair is possessive, it is the word the writer meant to keep. */
export const POSSESSIVES: readonly string[] = ['my', 'your', 'his', 'her', 'its', 'our', 'their'];

/**
 * Preposition pairs that are slips in any context, the first word being the extra one ("the edge at of the
 * wood", "climbed into to the loft"). Pairs that can be grammatical are deliberately absent: a stranded
 * preposition runs into the next phrase all the time ("was applied to for her approbation", "spoken of with
 * compassion", "for of all faults I detest…", in Austen and Montgomery).
 */
export const PREPOSITION_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['at', 'of'],
  ['from', 'of'],
  ['with', 'of'],
  ['into', 'to'],
  ['onto', 'to'],
  ['to', 'of'],
];

/**
 * "to for" is a slip after a verb of going ("went to for a walk"), and grammatical after a stranded
 * preposition ("applied to for", "put the horses to for such a little way"): flagged only after these.
 */
export const GOING_VERBS: readonly string[] = [
  'go', 'goes', 'going', 'went', 'gone', 'come', 'comes', 'coming', 'came', 'walk', 'walks', 'walked',
  'run', 'runs', 'ran', 'head', 'heads', 'headed', 'drive', 'drove', 'driven', 'ride', 'rode', 'hurry',
  'hurried', 'return', 'returned', 'get', 'got',
];
