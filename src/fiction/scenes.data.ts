// Word lists for narration analysis (scenes.ts). Lower case unless noted.

/** Verbs that report a mind from inside: every form a narrator uses. "Jon wondered", "Mara had known". */
export const COGNITION_VERBS: readonly string[] = [
  'think', 'thinks', 'thought', 'thinking',
  'know', 'knows', 'knew', 'known', 'knowing',
  'realise', 'realises', 'realised', 'realising', 'realize', 'realizes', 'realized', 'realizing',
  'wonder', 'wonders', 'wondered', 'wondering',
  'assume', 'assumes', 'assumed',
  'understand', 'understands', 'understood',
  'suppose', 'supposes', 'supposed',
  'decide', 'decides', 'decided',
  'remember', 'remembers', 'remembered',
  'recall', 'recalls', 'recalled',
  'want', 'wants', 'wanted',
  'hope', 'hopes', 'hoped',
  'fear', 'fears', 'feared',
  'believe', 'believes', 'believed',
  'doubt', 'doubts', 'doubted',
  'suspect', 'suspects', 'suspected',
  'wish', 'wishes', 'wished',
  'long', 'longs', 'longed',
  'imagine', 'imagines', 'imagined',
  'forget', 'forgets', 'forgot', 'forgotten',
  'guess', 'guesses', 'guessed',
  'resolve', 'resolves', 'resolved',
  'determine', 'determines', 'determined',
  'regret', 'regrets', 'regretted',
  'dread', 'dreads', 'dreaded',
  'reflect', 'reflects', 'reflected',
];

/** Adjectives of inner state after "was" / "is": "Jon was sure", "she was unaware". */
export const STATE_ADJECTIVES: readonly string[] = [
  'sure', 'unsure', 'aware', 'unaware', 'certain', 'uncertain', 'convinced', 'hungry', 'thirsty', 'afraid',
  'ashamed', 'determined', 'resolved', 'conscious', 'persuaded',
  // feelings a reader takes from inside: "he was more frightened than he had ever been", "she was relieved"
  'frightened', 'terrified', 'scared', 'relieved', 'furious', 'miserable', 'homesick', 'desperate', 'jealous',
  'embarrassed', 'humiliated', 'nervous', 'anxious', 'dreading', 'tempted',
];

/**
 * Verbs of feeling toward something: "He hated that she had come", "Jon resented the delay". A mind from inside,
 * like cognition; "loved" is left out (narrators report a love from outside: "everybody loved her").
 */
export const EMOTION_VERBS: readonly string[] = [
  'hate', 'hates', 'hated', 'hating', 'loathe', 'loathes', 'loathed', 'loathing', 'resent', 'resents', 'resented',
  'resenting', 'despise', 'despises', 'despised', 'envy', 'envies', 'envied', 'dreading', 'regretting', 'fearing',
  'wondering', 'thinking', 'hoping', 'wishing', 'longing', 'remembering', 'imagining', 'worrying', 'worry',
  'worries', 'worried',
];

/** Body parts felt from inside when a sensation word is in the clause: "her thighs were burning". */
export const BODY_PARTS: readonly string[] = [
  'throat', 'chest', 'stomach', 'belly', 'gut', 'heart', 'thighs', 'knees', 'legs', 'feet', 'shoulders', 'back',
  'ribs', 'breastbone', 'lungs', 'jaw', 'temples', 'skull', 'head', 'hands', 'fingers', 'wrist', 'wrists',
  'cheeks', 'face', 'skin', 'eyes', 'mouth', 'spine', 'neck', 'breath', 'pulse', 'muscles', 'bones',
];

/** Sensations of the body felt from inside: "burning", "ached", "tightened", "killing her". */
export const INNER_SENSATIONS: readonly string[] = [
  // felt, not seen: "her hands tightened on the clasp" and "his hands were shaking" are what anyone could see
  'burning', 'burned', 'burnt', 'ached', 'aching', 'ache', 'pounded', 'pounding', 'hammered', 'hammering',
  'sting', 'stung', 'stinging', 'throbbed', 'throbbing', 'numb', 'prickled', 'prickling', 'churned', 'churning',
  'lurched', 'knotted', 'sore', 'killing', 'hurt', 'hurting', 'heat', 'cramped', 'cramping', 'fluttered',
  'fluttering', 'pressure', 'tingling', 'raw', 'tightness', 'loosened', 'racing', 'raced', 'sank',
];

/** Perception verbs: evidence for whose senses the narration uses, never a head-hop by themselves. */
export const PERCEPTION_VERBS: readonly string[] = [
  'see', 'sees', 'saw', 'seen', 'hear', 'hears', 'heard', 'notice', 'notices', 'noticed', 'watch', 'watches',
  'watched', 'feel', 'feels', 'felt', 'smell', 'smells', 'smelled', 'smelt', 'observe', 'observes', 'observed',
  'perceive', 'perceives', 'perceived', 'glimpse', 'glimpsed', 'sense', 'senses', 'sensed',
];

/**
 * Words that turn a report of a mind into an inference from outside: "Jon seemed to think", "as if he
 * knew", "he must have known", "perhaps she hoped". A sentence with one of these is never a head-hop.
 */
export const HEDGES: readonly string[] = [
  'seem', 'seems', 'seemed', 'seeming', 'appear', 'appears', 'appeared', 'perhaps', 'probably', 'evidently',
  'apparently', 'doubtless', 'presumably', 'maybe', 'looked', 'looks', 'clearly', 'obviously', 'surely',
  'visibly', 'likely', 'plainly', 'supposedly',
];

/** Phrases of inference, anywhere in the sentence: "as if he knew", "she must have known". */
export const HEDGE_PHRASES: readonly string[] = ['as if', 'as though', 'must have', 'might have', 'may have', 'could have', 'no doubt'];

/** Modals right before a mind verb make it a guess: "he must know", "she might want". */
export const INFERENCE_MODALS: readonly string[] = ['must', 'might', 'may', 'could', 'would', 'should'];

/**
 * Words that put a subject and its mind verb inside another clause: "when he knew", "that Jon thought", "how
 * much she wanted". Only a main clause reports a mind on the narration's own authority.
 */
export const CLAUSE_OPENERS: readonly string[] = ['and', 'but', 'yet', 'so', 'then', 'or', 'nor', 'now', 'still', 'soon'];

/** Titles before a name, with the gender they imply (`m`, `f`, or `''` when none). */
export const TITLES: Readonly<Record<string, 'm' | 'f' | ''>> = {
  'mr.': 'm', mr: 'm', 'mrs.': 'f', mrs: 'f', miss: 'f', 'ms.': 'f', ms: 'f', lady: 'f', sir: 'm', lord: 'm',
  colonel: '', captain: '', 'dr.': '', dr: '', aunt: 'f', uncle: 'm', mother: 'f', father: 'm', 'st.': '',
  madame: 'f', mademoiselle: 'f', monsieur: 'm', master: 'm', mistress: 'f', king: 'm', queen: 'f',
  prince: 'm', princess: 'f', general: '', major: '', professor: '', reverend: 'm', 'rev.': 'm',
};

/** Capitalised words that are never a character's name in "X knew": "God knows", "Heaven knows". */
export const NOT_CHARACTERS: readonly string[] = [
  'God', 'Heaven', 'Lord', 'Providence', 'Nature', 'Fate', 'Fortune', 'Christ', 'Jesus', 'Goodness',
  'Nobody', 'Everybody', 'Everyone', 'Somebody', 'Someone', 'Anybody', 'Anyone', 'Nothing', 'Something',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Christmas', 'English',
  'French', 'Lady', 'Sir', 'Madam', 'Mamma', 'Papa', 'Mama', 'Chapter', 'Volume',
];

/** Given names whose gender the narration may not show before a head-hop (the manuscript can override). */
export const FEMALE_NAMES: readonly string[] = [
  'Anna', 'Anne', 'Alice', 'Amy', 'Beth', 'Clara', 'Claire', 'Ella', 'Emily', 'Emma', 'Grace', 'Hannah',
  'Jane', 'Julia', 'Kate', 'Laura', 'Lucy', 'Maria', 'Mara', 'Mary', 'Nora', 'Rose', 'Ruth', 'Sara', 'Sarah',
  'Sophie', 'Lena', 'Ada', 'Eva', 'Ivy', 'Iris', 'Elena', 'Leah', 'Maya', 'Nina', 'Olivia', 'Tess', 'Zoe',
];

/** See {@link FEMALE_NAMES}. */
export const MALE_NAMES: readonly string[] = [
  'Adam', 'Ben', 'Charles', 'Daniel', 'David', 'Edward', 'Frank', 'George', 'Harry', 'Henry', 'Jack', 'James',
  'John', 'Jon', 'Joseph', 'Luke', 'Mark', 'Matthew', 'Michael', 'Paul', 'Peter', 'Robert', 'Sam', 'Thomas',
  'Tom', 'William', 'Will', 'Owen', 'Eli', 'Leo', 'Hugo', 'Felix', 'Tobias', 'Simon', 'Nathan', 'Oliver',
];

/**
 * Feelings named as nouns or adjectives: after "felt" they report an emotion from inside ("the inspector felt a
 * sudden, unwelcome pity", "she felt sick with shame"), not a touch ("she felt the cold rail").
 */
export const FEELINGS: readonly string[] = [
  'pity', 'shame', 'guilt', 'fear', 'dread', 'anger', 'rage', 'fury', 'relief', 'joy', 'grief', 'envy', 'jealousy',
  'hatred', 'contempt', 'sympathy', 'longing', 'regret', 'remorse', 'despair', 'hope', 'panic', 'surprise',
  'embarrassment', 'resentment', 'gratitude', 'affection', 'tenderness', 'sorrow', 'sadness', 'unease', 'disgust',
  'alarm', 'terror', 'horror', 'loneliness', 'triumph', 'pride', 'annoyance', 'irritation', 'impatience',
  'disappointment', 'love', 'desire', 'suspicion', 'doubt', 'certainty', 'curiosity', 'tenderness', 'warmth',
  'sick', 'guilty', 'ashamed', 'afraid', 'sorry', 'foolish', 'stupid', 'small', 'useless', 'lonely', 'angry',
  'happy', 'sad', 'glad', 'proud', 'jealous', 'helpless', 'hopeless', 'grateful', 'uneasy', 'awkward', 'humiliated',
  'betrayed', 'cheated', 'sure', 'certain', 'uncertain', 'confident', 'responsible', 'old', 'young', 'tired',
];
