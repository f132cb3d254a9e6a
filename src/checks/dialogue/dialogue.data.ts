// Word lists of the `dialogue` check. Lower case.

/** Verbs of a speech tag: "she said", "said Jon", "he whispered". */
export const SPEECH_TAG_VERBS: readonly string[] = [
  'said', 'says', 'asked', 'asks', 'replied', 'replies', 'answered', 'answers', 'whispered', 'whispers',
  'shouted', 'shouts', 'muttered', 'mutters', 'murmured', 'murmurs', 'cried', 'cries', 'called', 'calls',
  'added', 'adds', 'continued', 'continues', 'exclaimed', 'exclaims', 'snapped', 'snaps', 'yelled', 'yells',
  'repeated', 'repeats', 'insisted', 'insists', 'admitted', 'admits', 'began', 'begins', 'went', 'returned',
  'rejoined', 'observed', 'remarked', 'demanded', 'protested', 'sighed', 'laughed', 'whimpered', 'hissed',
];

/** Pronouns that open a speech tag: "“Wait,” she said". */
export const TAG_PRONOUNS: readonly string[] = ['he', 'she', 'they', 'we', 'i', 'you', 'it'];
