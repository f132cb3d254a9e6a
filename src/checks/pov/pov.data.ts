// Word lists of the `pov` check. Lower case.

/** First-person narration words and the third-person word that replaces each, by the POV character's gender. */
export const FIRST_TO_THIRD: Readonly<Record<string, { readonly f: string; readonly m: string; readonly n: string }>> = {
  i: { f: 'she', m: 'he', n: 'they' },
  me: { f: 'her', m: 'him', n: 'them' },
  my: { f: 'her', m: 'his', n: 'their' },
  myself: { f: 'herself', m: 'himself', n: 'themself' },
  mine: { f: 'hers', m: 'his', n: 'theirs' },
};

/**
 * A narrator's aside set off by commas or dashes is not a person shift: "she was, I believe, the first",
 * "It was, I confess, a mistake".
 */
export const ASIDE_VERBS: readonly string[] = [
  'believe', 'suppose', 'think', 'fear', 'dare', 'am', 'must', 'confess', 'own', 'hope', 'grant', 'trust',
  'imagine', 'say', 'know', 'doubt', 'venture', 'repeat', 'allow', 'admit', 'fancy', 'wish', 'should', 'shall',
];
