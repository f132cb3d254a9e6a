/**
 * The confusable sets: one row per set, with the context patterns that say which word was meant.
 * Pattern syntax is documented in `pattern.ts`. Each pattern is written to stay quiet on correct prose:
 * when a context is ambiguous ("I wander where…" could be right), it is left out rather than guessed.
 */
export interface ConfusableSet {
  /** Stable kebab-case id; the rule id is `confusable-<id>`. */
  readonly id: string;
  /** The words the set tells apart, as shown in the README. */
  readonly words: readonly string[];
  /** One or two sentences explaining the difference: the diagnostic's `note`. */
  readonly note: string;
  readonly patterns: readonly string[];
  /**
   * Contexts where the written word is right in a sense too rare in the training text for the learned model to
   * know (“the judge will fine him”, “to bare her soul”): the model does not flag the word alone there. Same
   * syntax as `patterns`, the replacement being the flagged word itself.
   */
  readonly keep?: readonly string[];
}

/**
 * Named word lists, written once and used in patterns as `%NAME` (an alternation, as if written out). A `%NAME`
 * that is not here is an error when the patterns compile.
 */
export const LISTS: Readonly<Record<string, string>> = {
  MOTION: 'walked|went|came|ran|passed|gone|go|get|got|come|broke|cut|straight|halfway|pushed|peered|drove|rode|climbed|burst|crashed|flew|slipped|squeezed|waded|wandered|looked|stepped|hurried|marched|raced|pressed|fought|plunged|sped|shot|poked',
  PERSONAL: 'i|he|she|we|they',
  /** Verbs after which "there" is often a place before the object: "found there armed men", "met there old friends". */
  LOCATIVE: 'found|find|finds|saw|see|sees|seen|met|meet|meets|left|leave|keep|placed|put|built|build|established|discovered|noticed|encountered|observed|beheld|behold|lived|stayed|stood|sat|lay|remained|waited|planted|set|laid|buried|erected|raised|made|spent|heard|gathered|assembled|stationed|posted|hid|hidden|stored|housed|held|kept|watched|gave',
  /** Verbs of being or doing somewhere, after which “there” is the place: “made her stand there half an hour”. */
  STAY: 'stand|stands|standing|lie|lies|lying|lay|sit|sits|sitting|work|works|worked|working|play|plays|played|playing|go|goes|went|going|come|comes|came|live|living|stay|stays|staying|wait|waits|waiting|remain|remains|sleep|sleeps|slept|sleeping|sneaking|hiding|skate|skating|swim|swimming',
  /**
   * Verbs that take a clause without "that" ("I think they're lovers", "she whispered it's time"): after one of
   * these a contraction may start a clause, so "they're"/"it's"/"you're" + a noun is left alone.
   */
  CLAUSE: "think|thought|thinks|know|knew|knows|said|say|says|hope|hoped|believe|believed|guess|guessed|suppose|supposed|feel|felt|feels|hear|heard|hears|see|saw|sees|mean|means|meant|realise|realised|realize|realized|notice|noticed|wish|wished|bet|figure|figured|assume|assumed|doubt|doubted|suspect|suspected|found|find|forget|forgot|remember|remembered|understand|understood|told|tell|swear|swore|promise|promised|seems|seemed|admit|admitted|whispered|shouted|yelled|cried|muttered|murmured|replied|answered|added|insisted|warned|explained|claimed|reckon|reckoned|imagine|imagined|pretend|pretended|decided|agreed|learned|learnt|discovered|showed|proved|mind|worried|fear|feared|trust|expect|expected|sure|is|was|are|were|be|been",
  /** Modals a “have” follows (“could have”), which the slip writes as “of”: “could of”, “shouldnt of”. */
  MODAL_HAVE: "could|would|should|must|might|may|shall|will|'d|couldn't|wouldn't|shouldn't|mustn't|mightn't|couldnt|wouldnt|shouldnt|mustnt|mightnt|oughta|coulda|woulda",
  /** States a person is in, after which “their”/“your” is a contraction: “I hope your safe”, “their late again”. */
  STATE: 'fine|right|wrong|welcome|sorry|late|early|mad|crazy|dead|okay|safe|free|beautiful|lucky|sure|done|ready|alone|married|cool|serious|kidding|happy|sad|tired|sick|well|awesome|great|amazing|brilliant|smart|funny|kind|patient|nice|perfect|lovely|busy|right|offline|online|even|late|wonderful|terrible|impossible|hopeless|brave|clever|stupid|silly|mistaken',
  /** Words after which a verb is bare (an infinitive, not a past tense): “They let the pony lead them home”. */
  BARE_INF: 'let|lets|letting|make|makes|made|making|help|helps|helped|helping|watch|watched|saw|see|heard|hear|have|had|bid|would|will|could|can|should|must|might|may|to',
  /** Quantities taken “of” something: “the rest of it’s sound enough” is a part of “it”, not a possessive. */
  PART_OF: 'some|all|most|rest|part|none|much|any|half|more|less|bit|lot|parts|lots',
  /** Words an article often follows (“had an apple”, “such an hour”), where “and” before a vowel is “an”. */
  TAKES_OBJECT: 'had|have|has|was|is|for|like|such|as|ate|saw|found|took|held|made|gave|heard|felt|wore|carried',
  /** What a shop or office “accepts” (not “excepts”): cash, cards, bookings, or someone's. */
  PAYMENTS: "cash|cards|payment|payments|credit|returns|bookings|reservations|applications|donations|submissions|@POSS",
  /** Spans of time that date a choice: “last year I chose”. */
  TIME_SPANS: "year|week|night|month|time|summer|winter|spring|autumn|term|season|yesterday|ago",
  /** A verb or past participle, after which “of” is no “have”: “could have known”. */
  PARTICIPLES: "@VERB|@PAST|been|had|done|gone|known|seen|thought|said|got|given|taken|made",
  /** Things one pores over (reads closely), not pours: books, maps, ledgers, the evidence. */
  READING_MATTER: "book|books|map|maps|letter|letters|papers|documents|notes|pages|accounts|records|files|ledger|ledgers|newspaper|newspapers|paper|manuscript|manuscripts|report|reports|plans|details|diary|journal|contract|scriptures|texts|charts|photographs|photos|list|lists|menu|catalogue|figures|numbers|page|evidence|data|clues|blueprints|designs|volumes|tomes|log|logs|logbook|grammar|score|scroll|scrolls|verses|poems|poem|novel|novels|atlas|almanac|timetable|instructions|recipe|recipes|handwriting|deeds|register|bills|sums|homework|lessons|textbook|textbooks|dictionary|bible|catalogues|article|articles|headlines|column|columns|exam|exams|proofs|drawings|sketches|census|will",
  /** Words after which a clause starts, so “their” there may be “they're”: “I think their late”. */
  CLAUSE_OPENERS: "^|think|heard|said|hope|guess|know|because|if|maybe|sure|like",
  /** Prepositions: after one, “their” is a possessive (“of their own”). */
  PREPOSITIONS: "of|in|on|at|by|with|into|onto|upon|under|through|within|without|about|for|to",
  /** Verbs of giving, which take a person and then a thing: “hand them their coats”. */
  GIVING: "hand|handed|give|gave|pass|passed|bring|brought|send|sent|lend|lent|fetch|fetched|buy|bought|throw|threw|toss|tossed|sell|sold|offer|offered",
  /** What follows “we're” in speech (“we're going”, “we're late”, “we're so proud”), where “were” is the slip. */
  AFTER_WE_RE: "@ING|gonna|going|almost|nearly|just|still|not|all|both|never|always|already|out|late|here|done|ready|fine|okay|lost|sorry|excited|happy|glad|proud|thrilled|so|too",
  /** What a past “led” takes: an object or a direction (“led them away”). */
  LED_OBJECT: "@DET|@OBJ|@POSS|away|back|off|out|down|up|into|through|across",
  /** Things one brings about (“effect the repairs”, “effect their escape”): “effect” is right before them. */
  BRING_ABOUT: 'change|changes|repairs|repair|escape|cure|cures|rescue|transformation|reconciliation|entry|reform|reforms|improvement|improvements|transfer|compromise|savings|landing|arrangement|arrangements|introduction|introductions|release|exchange|settlement|recovery|entrance',
};

/** Every set, sorted by id. */
export const CONFUSABLE_SETS: readonly ConfusableSet[] = [
  {
    id: 'accept-except',
    words: ['accept', 'except'],
    note: '“Accept” is a verb, to take or agree to; “except” means “but” or “leaving out”.',
    patterns: [
      "i|he|she|we|they|to|can|could|will|would|'ll|must|should|might|couldn't|can't|won't|wouldn't|didn't|don't|never|not [except] @DET|@POSS|it|this|that|defeat|responsibility|help|money|gifts|apology|him|them|me|us|@N => accept",
      'everyone|everybody|nothing|nobody|none|everything [accept] me|him|her|us|them|you|for|when => except',
      '[excepts] %PAYMENTS => accepts',
      '[excepted] %PAYMENTS => accepted',
    ],
  },
  {
    id: 'advice-advise',
    words: ['advice', 'advise'],
    note: '“Advice” is the noun (the counsel you give); “advise” is the verb (to give it).',
    patterns: [
      "to|can|could|would|will|'d|'ll|should|must|might|i|we [advice] @OBJ|against|caution|that => advise",
      // Not a verb with its object: “he let her advise him”.
      '@ART|@POSS|some|good|bad|any|sound|wise|no|much|little|of|for|free|legal|medical|expert|motherly|fatherly|best|sage|such|your|my [advise] !@OBJ => advice',
      "@MODAL @SUBJ [advice] @OBJ|to|on|against => advise",
      "always|never|often|usually|to [advice] @POSS => advise",
      "would|always|never|often|usually|'d [advice] to => advise",
      "'s|s' [advise] => advice",
      '!@MODAL&!to&!n\'t better|more [advise] => advice',
      'some|professional|practical|useful|helpful|great|excellent|terrible|wrong|conflicting|parental|financial|career|general|solid|friendly|honest|valuable|unsolicited|following [advise] => advice',
      'how|want|wants|wanted|need|needs|needed|like|able|going|trying|tried|try|used|best|happy|willing|ready|glad|refused|decided|agreed|asked|hired|paid|qualified to [advice] @ART|@POSS|@OBJ|on|against => advise',
      "to|can|could|would|will|'d|'ll|should|must|might [advice] everyone|everybody|anyone|people|customers|readers|parents|students|them|you => advise",
    ],
  },
  {
    id: 'affect-effect',
    words: ['affect', 'effect'],
    note: '“Effect” is usually the noun (a result); “affect” is usually the verb (to influence).',
    patterns: [
      '@ART|desired|side|no|any|great|lasting|opposite|same|special|full|little|much|strange|calming|ripple|domino|butterfly|cumulative|profound|immediate|adverse|positive|negative|dramatic|visible|startling|intended|odd|curious|chilling|soothing [affect] !@NOUN|@DET|@POSS|@OBJ|@PROPN => effect',
      'placebo|snowball|greenhouse|domino|butterfly|ripple|desired|opposite|lasting|halo [affect] => effect',
      'cause and [affect] => effect',
      'knock - on [affect] => effect',
      "@MODAL|n't|not|@ADV [effect] @N&!%BRING_ABOUT => affect",
      // Not a change brought about: “he would effect real change”.
      "@MODAL|n't|not|@ADV [effect] @ADJ @N&!%BRING_ABOUT => affect",
      // One cannot bring about a "how": "The warning may effect how she reads it".
      "@MODAL|n't|not|@ADV [effect] how|whether|what|who|where|why => affect",
      // "will surely effect the final invoice" (but "effect the necessary repairs", "effect their escape").
      "@MODAL|n't|not|@ADV [effect] the|@POSS @ADJ @N&!%BRING_ABOUT|retreat|entrance|exit|union|merger|purpose|change|alteration|alterations|conversion|departure|arrest|capture|sale|purchase|removal|marriage => affect",
      "tended|started|seemed|going|trying|able|likely|unlikely|begun|began|beginning|continue|continued|designed|enough|tend|start|begin|seem|seems to [effect] @N&!%BRING_ABOUT|@POSS => affect",
      "@MODAL|n't|not|@ADV|to [effect] @ART|@POSS !%BRING_ABOUT&!@ADJ => affect",
      "@N&!side|sound|special|visual|cause|butterfly|ripple|greenhouse|domino|placebo|snowball|halo|knock|net|after|long|term [effect] @POSS|@OBJ => affect",
      "@N&!sound|special|side|visual|personal|ill|after|lasting|stage|cause|the|@POSS|it|this|that|he|she [effects] @POSS|@N&!%BRING_ABOUT => affects",
      'in|into|take|took|takes|taking|taken [affect] !@DET|@POSS|@OBJ|@PROPN => effect',
      '@ART|side|special|sound|personal|visual|lasting|after [affects] !@DET|@POSS|@OBJ|@PROPN => effects',
      "to|can|could|will|would|'ll|'d|must|might|may|shall|should|n't|not|did|does|do [effect] me|him|them|us|everyone|anybody|anyone|people => affect",
      'deeply|badly|greatly|seriously|profoundly|strongly|adversely|visibly|clearly|obviously|hardly|barely|strangely|so [effected] => affected',
      '@BE [effected] by @OBJ|@POSS|this|that|what => affected',
      'it|this|that|he|she [effects] @OBJ|@POSS|everyone|everything => affects',
      '[effected] me|him|them|us|everyone|everybody|people => affected',
      '[effected] her !@N&!@ADJ&!@ED&!@PROPN&!own => affected',
      // "The sound affect remains" (but "properties of sound affect human focus": a verb with its object).
      'side|sound|special|visual|lighting|audio|light|stage [affect] !@DET&!@POSS&!@OBJ&!@N&!@PROPN&!@ADJ&!@NUM => effect',
      'side|sound|special|visual|lighting|audio|light|stage [affects] !@DET&!@POSS&!@OBJ&!@N&!@PROPN&!@ADJ&!@NUM => effects',
      "@MODAL|n't|not [effect] @PROPN @N => affect",
      '@ADJ&!flat|blunted|blunt|restricted|labile|constricted|positive|negative [affect] on|upon => effect',
    ],
    keep: [
      '[effect] %BRING_ABOUT => effect',
      '[effect] @DET|@POSS %BRING_ABOUT => effect',
      '[effect] @DET|@POSS @ADJ %BRING_ABOUT => effect',
      'flat|blunted|blunt|restricted|labile|inappropriate|shallow [affect] => affect',
    ],
  },
  {
    id: 'all-together-altogether',
    words: ['all together', 'altogether'],
    note: '“Altogether” means “completely” or “in total”; “all together” means everyone or everything in one place.',
    patterns: [
      '[all together] different|too|new|unlike|wrong|unexpected|impossible|unclear|certain|clear|fair|pleasant|unpleasant|surprising|true|false|better|worse|another|gone|useless|pointless|so|quite|lost|unnecessary|wonderful|dreadful|improper|absurd|ridiculous => altogether',
      'put|get|got|bring|brought|keep|kept it|them|everything|everyone|us [altogether] => all together',
      // Not before what it qualifies: “you are getting altogether too handsome”.
      'get|got|getting|gather|gathered|put|sing|sang|lived|live|sat|huddled|crowded|packed|bundled|lumped [altogether] !@ADJ&!@ADV&!too&!more&!less => all together',
      'sat|sit|sitting|gathered|gather|gathering|huddled|crowded down|around|round|up [altogether] => all together',
      'sing|sang|say|said|play|played|lift|lifted|push|pushed|pull|pulled|shout|shouted|chant|chanted it|them|this|that [altogether] => all together',
      '[all together] sure|convinced|happy|comfortable|right|honest|bad|satisfied|pleased|serious|sensible|reasonable|accurate|correct|normal|unknown|rare|uncommon => altogether',
    ],
  },
  {
    id: 'allowed-aloud',
    words: ['allowed', 'aloud'],
    note: '“Aloud” means out loud; “allowed” means permitted.',
    patterns: [
      "@BE|been|not|n't|never|get|got|'re|'m [aloud] to|in|here|there|back|inside|outside|out => allowed",
      'read|said|say|saying|wondered|wonder|think|thinking|thought|laughed|laugh|cried|muttered|spoke|speak|mused|sing|sang|counted|count|prayed|recited|reading|out [allowed] => aloud',
      'read|reading|reads|recited|sang|spoke @DET|@POSS @N [allowed] $|,|so|and|for|while|as => aloud',
      '@BE @SUBJ [aloud] to|in|here|there|out|back => allowed',
    ],
  },
  {
    id: 'an-and',
    words: ['an', 'and'],
    note: '“An” is the article before a vowel sound; “and” joins words and clauses.',
    patterns: [
      '[an] @VERB&@CONS => and',
      '[an] the|he|she|i|they|we|then|his|their|my|your|our|was|were|is|said|so|it|that|this|there|not|when|but|how|then|him|them|me => and',
      // An adjective after the slip needs its noun: not “easy to work for and awful easy”, “business-like and artistic.”
      '%TAKES_OBJECT [and] @VOWEL&!@ADJ !@VERB|@AUX|@CCONJ => an',
      '%TAKES_OBJECT [and] @VOWEL&@ADJ @N|@NUM => an',
      // Not a plural possessive: “off to an officers’ training camp”.
      "[an] @PL !'&!’ => and",
      'waited|spent|took|needed|paid|cost|costs|lasted|ordered [and] @VOWEL&!@ADJ !@VERB|@AUX|@CCONJ => an',
      'waited|spent|took|needed|paid|cost|costs|lasted|ordered [and] @VOWEL&@ADJ @N|@NUM => an',
    ],
  },
  {
    id: 'bare-bear',
    words: ['bare', 'bear'],
    note: '“Bare” means uncovered or to uncover; “bear” is the animal, or to carry or endure.',
    patterns: [
      '@ART [bear] boards|floor|floors|walls|branches|earth|ground|wood|rock|stone|patch|shelves|cupboards|mattress|hillside|trees|brick|plaster|stone => bare',
      '[bear] feet|foot|handed|faced|chested|headed|minimum|necessities|essentials|bones|shouldered|knuckles|knuckled => bare',
      "can't|cannot|couldn't|can|could|n't [bare] it|to|this|that|thinking|looking|hearing|him|them => bear",
      'to [bare] witness|fruit|children|thinking|looking => bear',
      '[bare] in mind => bear',
      '[bare] with me|us => bear',
    ],
    keep: [
      "to|@MODAL|n't|not [bare] @POSS => bare",
    ],
  },
  {
    id: 'brake-break',
    words: ['brake', 'break'],
    note: '“Brake” slows a vehicle; “break” means to smash or split, or a pause.',
    patterns: [
      'hit|slammed|slam|pressed|press|pumped|jammed|stamped|stomped|released|applied|tapped @ART|@POSS [break] => brake',
      'slammed|jammed|stamped|stomped|hit|put|pumped|stood on|on the [breaks] => brakes',
      '[break] pedal|pedals|lever|fluid|pads|cable|lights => brake',
      'lunch|coffee|tea|spring|summer|winter|lucky|clean|commercial|jail|prison [brake] => break',
      'take|took|taking|need|needed|have|had a [brake] => break',
      '[brake] free|loose|apart|even => break',
      '[brake] @POSS heart|neck|arm|leg|promise|word|fall|spirit => break',
      'slammed|stamped|stomped|jammed|stood on @ART|@POSS [break] => brake',
    ],
  },
  {
    id: 'breath-breathe',
    words: ['breath', 'breathe'],
    note: '“Breath” is the noun (the air you take in); “breathe” is the verb (to take it in).',
    patterns: [
      "to|can|could|can't|couldn't|cannot|will|would|'ll|must|didn't|don't|doesn't|barely|hardly|try|trying|tried [breath] => breathe",
      'let|help|made|make me|him|her|us|them [breath] => breathe',
      "@SUBJ [breath] in|out|deeply|heavily|easier|easy|again|slowly => breathe",
      "i|you|we|they|always|never|should|shall [breath] $|,|in|out|deeply|heavily|easier|again|slowly|through|the|a => breathe",
      'a|the|his|my|your|their|our|its|deep|one|another|long|shaky|sharp|ragged|shuddering|last|each|every|fresh|bated|whole|quick|short|steadying|calming|shallow|slow|of|hot|warm|cold|first|single|trembling|sobbing|gasping|hitching|harsh|sour [breathe] => breath',
      'caught|catch|catching|hold|held|holding|under|beneath|regain|regained|drew|draw|lost|with|catches|save|wasting|waste|waited @POSS [breathe] => breath',
      '^ just|please|now [breath] ,|! => breathe',
      "let|lets|letting|help|helps|helped|helping|made|make|makes|allow|allows @POSS|@ART @N&!'s [breath] !@N => breathe",
    ],
  },
  {
    id: 'choose-chose',
    words: ['choose', 'chose'],
    note: '“Choose” is the present tense; “chose” is the past tense.',
    patterns: [
      "to|can|could|will|would|'ll|must|should|might|may|didn't|don't|doesn't|can't|couldn't|won't|wouldn't|help|helped|helps|helping [chose] => choose",
      "did|do|does|didn't|don't|doesn't @SUBJ [chose] => choose",
      'did|does|do [chose] => choose',
      '%TIME_SPANS @SUBJ [choose] => chose',
      '%TIME_SPANS , @SUBJ [choose] => chose',
      '!should|would|could|may|might|must|will|shall|let|make|made|that|insist|insisted|demand|demanded|if he|she [choose] @DET|@POSS|to|between|not|@OBJ => chose',
      "did|do|does|didn't|doesn't|don't @ART|@POSS @N [chose] => choose",
    ],
  },
  {
    id: 'cloths-clothes',
    words: ['cloths', 'clothes'],
    note: '“Clothes” are garments; “cloths” are pieces of fabric.',
    patterns: [
      'put|putting|took|taking|change|changed|changing|wear|wore|wearing|tore|packed|fold|folded|washed|iron|ironed|stripped|shed|borrowed|soaked|ruined @POSS [cloths] => clothes',
      '@POSS [cloths] on|off|were|clung|smelled|hung => clothes',
      'dish|table|polishing|cleaning|dust|bar [clothes] => cloths',
    ],
  },
  {
    id: 'compliment-complement',
    words: ['compliment', 'complement'],
    note: '“Compliment” is praise; “complement” is something that completes or suits another thing.',
    patterns: [
      '[complement] me|him|her|them|us|you on|for => compliment',
      '[complemented] me|him|her|them|us|you on|for => complimented',
      'backhanded|lovely|nice|sweet|kind|pretty|charming|gracious|rare|high|fine [complement] => compliment',
      '[complements] to the => compliments',
      'full [compliment] of => complement',
      'paid|pay|pays|paying @OBJ a [complement] !of => compliment',
      'paid|pay|pays|paying a [complement] !of => compliment',
    ],
  },
  {
    id: 'course-coarse',
    words: ['course', 'coarse'],
    note: '“Coarse” means rough or crude; “course” is a route, a series, or part of “of course”.',
    patterns: [
      '!of [course] hair|sand|cloth|fabric|wool|grain|grained|texture|linen|salt|gravel|beard|language|laugh|laughter|manners|stubble|fibres|fibers|grass|bread|voice => coarse',
      'so|very|too|rather|more|most [course] $|,|and => coarse',
      'was|were|is|are|felt|looked|grew [course] $|,|and => coarse',
      // Not the adjective with its noun: “out of coarse feelings”, “a kind of coarse red”.
      'of [coarse] !@N&!@ADJ => course',
      'golf|race|main|first|crash|collision|due [coarse] => course',
      '!of [course] salt|sand|sea|hair|fabric|cloth|grain|grains|ground|texture|gravel|sandpaper|wool|linen|language|laugh|humour|humor => coarse',
    ],
    keep: [
      '@ART [coarse] ,|and => coarse',
      '@NOUN [coarse] from|with|and|, => coarse',
    ],
  },
  {
    id: 'desert-dessert',
    words: ['desert', 'dessert'],
    note: '“Dessert” is the sweet course; “desert” is dry land, or to abandon.',
    patterns: [
      'for|ate|eat|eating|serve|served|chocolate|skip|skipped|order|ordered|pudding [desert] $|, => dessert',
      '[desert] menu|spoon|fork|plate|trolley|cart => dessert',
      '[dessert] island|storm|sand|sands|heat|wind|rat|rats|floor|sun|air|nomads|plains => desert',
      "to|n't|never|would|will|'ll|could [dessert] @ART|@POSS|@OBJ => desert",
      'just [desserts] => deserts',
      "'s|is|was for [desert] $|,|tonight|?|today => dessert",
      'crossed|cross|across|crossing|crosses @ART [dessert] => desert',
      '[dessert] me|him|her|us|them|you => desert',
    ],
  },
  {
    id: 'dual-duel',
    words: ['dual', 'duel'],
    note: '“Duel” is a fight between two; “dual” means double or twofold.',
    patterns: [
      'to|@ART [dual] $|,|with|at => duel',
      'fought|fight|challenged|challenge|won|lost|accepted a|the [dual] => duel',
      '[duel] purpose|role|nationality|citizenship|carriageway|personality|personalities|meaning|identity|identities|nature|function|degree|income|aspect => dual',
    ],
  },
  {
    id: 'emigrate-immigrate',
    words: ['emigrate', 'immigrate'],
    note: 'You emigrate from a country and immigrate to one.',
    patterns: [
      '[immigrate] from => emigrate',
      '[immigrated] from => emigrated',
      '[immigrating] from => emigrating',
      '[emigrated] into => immigrated',
      '[emigrate] into => immigrate',
      '[immigrate] out|away => emigrate',
      '[immigrated] out|away => emigrated',
    ],
  },
  {
    id: 'eminent-imminent',
    words: ['eminent', 'imminent'],
    note: '“Imminent” means about to happen; “eminent” means distinguished.',
    patterns: [
      '[eminent] danger|death|arrival|departure|threat|attack|doom|collapse|invasion|disaster|storm|war|destruction|demise|peril|return|execution|birth|defeat => imminent',
      '[imminent] scientist|doctor|physician|surgeon|scholar|professor|lawyer|judge|writer|author|historian|man|men|woman|women|person|figure|family|people|guests|visitor|critic|composer|architect|politician|statesman|philosopher|artist|painter|poet|domain => eminent',
    ],
  },
  {
    id: 'envelop-envelope',
    words: ['envelop', 'envelope'],
    note: '“Envelope” is the paper cover for a letter; “envelop” is the verb, to wrap or surround.',
    patterns: [
      '@ART|@POSS|sealed|brown|white|manila|stamped|small|large|thick|thin|fat|each|unopened|torn [envelop] => envelope',
      "to|can|could|will|would|'ll|'d|seemed|seem|began|threatened [envelope] @ART|@POSS|@OBJ|everything|everyone => envelop",
      '[envelope] him|them|us|me|everything|everyone => envelop',
      'it|darkness|mist|fog|silence|smoke|he|she [envelopes] => envelops',
    ],
  },
  {
    id: 'every-day-everyday',
    words: ['every day', 'everyday'],
    note: '“Everyday” is an adjective (ordinary, “everyday clothes”); “every day” means each day.',
    patterns: [
      '[everyday] $|,|for|at|since|until|this|that|of|in|after|before|now|without => every day',
      'an|the|our|my|his|her|their|your [every day] life|lives|clothes|things|objects|routine|language|speech|use|world|people|matters|tasks|wear|items|existence|occurrence|event|business|chores => everyday',
      'an [every day] => everyday',
    ],
  },
  {
    id: 'fair-fare',
    words: ['fair', 'fare'],
    note: '“Fare” is the price of a journey (or to get on); “fair” means just, pale, or a market.',
    patterns: [
      'paid|pay|paying|pays|afford|collected|charged @ART|@POSS [fair] => fare',
      'bus|taxi|cab|train|plane|air|tram|subway|ferry|coach|return [fair] => fare',
      '[fair] thee|ye well => fare',
      '[fare] enough|play|share|game|trade|haired|skinned|weather|maiden|lady|deal|chance|fight|trial|warning|point => fair',
      "@BE|not|n't|hardly|very|quite|so|too [fare] $|,|to|and|on|of => fair",
    ],
    keep: [
      "how|did|would|will|to|n't [fare] => fare",
      '[fare] well|badly|better|worse|ill => fare',
    ],
  },
  {
    id: 'feel-fell',
    words: ['feel', 'fell'],
    note: '“Fell” is the past of “fall”; “feel” is to sense or experience.',
    patterns: [
      'he|she|it [feel] asleep|silent|quiet|down|over|into|apart|off|back|from|to|onto|out|behind|away|through|in => fell',
      'i|we|they [feel] asleep|silent|apart => fell',
      "can|could|will|would|'ll|must|should|might|to|don't|didn't|i|you|we|they [fell] good|bad|better|worse|sorry|sad|happy|guilty|tired|fine|okay|alright|strange|weird|awful|terrible|great|comfortable|uncomfortable|confident|safe|welcome|lucky|stupid|lonely|nervous|anxious|excited|hungry|dizzy => feel",
      '[fell] free to => feel',
      "can|could|will|would|'ll|must|should|might|may|don't|didn't|doesn't|not [fell] !@DET|@POSS => feel",
      'i|we|they|you [fell] that @SUBJ|@DET|it => feel',
      "i|we|they|you|personally|maybe|really|also|still|sometimes|often|always [fell] i|you|we|they|he|she|it|it's|i'm|you're|we're|they're => feel",
      'i|we|they|you [fell] like i|it|@ING => feel',
      "do|does|don't|doesn't @SUBJ [fell] => feel",
      'he|she [feel] straight|flat|headlong|backwards|backward|forward|heavily|hard|down => fell',
    ],
    keep: [
      'one [fell] swoop => fell',
      'to|@MODAL [fell] @DET|@POSS|all|trees => fell',
    ],
  },
  {
    id: 'find-fine',
    words: ['find', 'fine'],
    note: '“Find” is to discover; “fine” means good or well, or a penalty.',
    patterns: [
      "to|can|could|will|'ll|didn't|don't|can't|couldn't|gonna [fine] out => find",
      "to|can|could|will|'ll|didn't|don't|can't|couldn't|gonna [fine] a way => find",
      "was|is|be|'s|'m|am|are|were|'re [find] $|,|and|for|with|now|here|there|not => fine",
      "was|is|be|'s|'m|am|are|were|'re|been|being|seems|seemed|looks|looked|sounds|sounded|worked|works|work|working|feel|feels|felt|turned [find] !-&!out => fine",
      "can't|couldn't|cannot|can|could|to|'ll|will|n't|never|help|gonna [fine] @DET|@POSS|any|some key|keys|button|file|files|way|answer|words|courage|strength|exit|path|information|solution|time|place|job|book|door|setting|settings|option|menu|link|page|phone|wallet|glasses => find",
      "can't|couldn't|cannot|n't [fine] it|them|anything|anyone|anybody|something|someone $|,|anywhere|somewhere => find",
      "can't|couldn't|cannot|n't [fine] @DET|@POSS @N @N anywhere|somewhere|everywhere => find",
      "can't|couldn't|cannot|n't [fine] @DET|@POSS @N anywhere|somewhere|everywhere => find",
      'hefty|heavy|parking|speeding|steep|stiff [find] => fine',
      'charged|paid|pay|owe|owed|issued|imposed|slapped|levied a|the [find] => fine',
    ],
    keep: [
      "@MODAL|to|n't|not|@NOUN|@PROPN [fine] @OBJ|@PROPN|@POSS => fine",
      "@MODAL|to|n't|not|@NOUN|@PROPN [fine] @DET @N&!something&!anything&!nothing => fine",
      '@ART|great|such|lucky|rare|real [find] $|,|of|!|.|? => find',
    ],
  },
  {
    id: 'form-from',
    words: ['form', 'from'],
    note: '“From” marks where something starts; “form” is a shape, a document, or to shape.',
    patterns: [
      'away|far|came|come|comes|coming|apart|different|differs|differ|fell|falls|rose|escaped|heard|hear|aside|stepped|walked|ran|returned|drove|flew|emerged|borrowed|bought|stolen|stole|saved|protect|protected|hid|hide|hidden|keep|kept|far|away|straight|fresh [form] @DET|@POSS|@OBJ|@PROPN|here|there|home => from',
      '@ART [from] of|$|, => form',
      'letter|email|message|call|note|gift|card|parcel|visit|news|word|postcard|text [form] @POSS|the|@PROPN => from',
      'attached [from] => form',
      'you|he|she|they|we|i|are|is|come|comes|came [form] ,|?|$ => from',
    ],
  },
  {
    id: 'hanger-hangar',
    words: ['hangar', 'hanger'],
    note: 'A “hangar” houses aircraft; a “hanger” holds clothes.',
    patterns: [
      'aircraft|airplane|aeroplane|plane|planes|airship|zeppelin|helicopter|jet|jets|shuttle|docking [hanger] => hangar',
      '[hanger] doors|door|bay|deck|floor => hangar',
      'coat|clothes|wire|wooden|plastic|padded|metal|velvet [hangar] => hanger',
    ],
  },
  {
    id: 'have-of',
    words: ['have', 'of'],
    note: 'After “could”, “would”, “should” and the like, the word is “have” (“could’ve”), not “of”.',
    patterns: [
      "%MODAL_HAVE [of] %PARTICIPLES => have",
      // “would never of guessed”, “could just of asked”: an adverb between the modal and the slip.
      '%MODAL_HAVE never|not|just|really|probably|definitely|certainly|surely|easily|already|still|even|only|maybe|totally|ever [of] %PARTICIPLES => have',
      // A person and a modal leave no room for the preposition: “Ye should of telt us”, “u shouldnt of come”
      // (“he would of course”, “it must of necessity” are right: not “it”, and never before those).
      "@SUBJ|ye|u|ya|y'all|who|nobody|somebody|someone|anybody|anyone|everyone %MODAL_HAVE [of] !course&!itself&!himself&!herself&!themselves&!myself&!yourself&!necessity&!right&!old&!late&!all&!@DET&!@POSS&!$&!,&!— => have",
      // “I’d of known”, “she’d of come”: after a contraction’s “’d” the preposition cannot follow.
      // “They ought to of worked on the farm.”
      'ought to [of] %PARTICIPLES => have',
      "'d [of] !course&!itself&!himself&!herself&!themselves&!myself&!yourself&!necessity&!right&!old&!late&!all&!@DET&!@POSS&!$&!,&!— => have",
    ],
  },
  {
    id: 'her-hear-here',
    words: ['her', 'hear', 'here'],
    note: '“Hear” is to perceive a sound; “here” is this place; “her” is the pronoun.',
    patterns: [
      "can|could|can't|couldn't|cannot|will|would|'ll|to|didn't|don't|doesn't|won't|wouldn't [here] @OBJ|@ART|what|that|from|about|something|anything|nothing|voices|footsteps|music => hear",
      'did|do|can|could|would|will|didn\'t|don\'t @SUBJ [here] @OBJ|@ART|what|that|from|about|anything|something|$ => hear',
      "i|you|we|they [here] me|him|them|us|what|that|something|anything|footsteps|voices => hear",
      'come|came|over|right|stay|stayed|get|back [hear] $|, => here',
      // Not “Hear you got a good crowd” (“I hear”): after “you”/“we” only a verb of “here you are”.
      '^ [hear] is|are|\'s|comes|goes => here',
      "^ [hear] we|you are|go|come|were|'re|'ll|see => here",
      "^ [hear's] => here's",
      '@ADP [here] face|hand|hands|hair|eyes|mouth|head|arm|arms|shoulder|shoulders|cheek|cheeks|lips|mother|father|sister|brother|husband|voice|dress|heart|skin|neck|chin|lap => her',
      '[here] own => her',
      'come|over|right|from|up|down [hear] $|,|and|!|? => here',
    ],
  },
  {
    id: 'its-it-is',
    words: ['its', "it's"],
    note: '“It’s” is “it is” or “it has”; “its” is the possessive (“its tail”).',
    patterns: [
      "[its] a|an|the|been|gonna|no|my|your|his|our|their|raining|snowing|because|what|that|nothing|something|me|him|you|them|us|hers|mine|yours => it's",
      // An adverb may start the possessive's noun phrase after a verb or a preposition: “increase its already grim
      // reputation”, “with its really tragic account”, “its fine formation”.
      "!@ADP&!@VERB [its] so|too|really|already|almost|probably|quite|about|okay|alright|fine => it's",
      "%CLAUSE [its] so|too|really|already|almost|probably|quite|about|okay|alright|fine !@NOUN => it's",
      "[its] going to @VERB|@AUX => it's",
      "[it's] various|numerous|entire|original|previous|own => its",
      // “for” as a conjunction (“, for it’s half past four”) starts a clause.
      "!^|, for [it's] @NOUN&!time|nothing|all|no => its",
      "!@ADP [its] not !@ING|being => it's",
      "[its] only @DET => it's",
      "^|because|since|think|hope|guess|assume|doubt|thinks|know|suppose|said [its] @ADJ to|for|that|if|$|, => it's",
      "think|hope|guess|assume|doubt|thinks|believe|suppose|know|sure [its] @PROPN|@DET|not|been|true => it's",
      "[its] got|had|anybody|anyone|everyone|everything|somebody|somewhere|nobody|anywhere|anything|someone|everybody|nowhere => it's",
      "^ [its] called|named|said|known|like => it's",
      "^ [it's] @N are|were|have|is|was => its",
      "[its] over|true|late|cold|hot|hard|easy|impossible|possible|dark|done|time|true|finished|gone|here|there|enough $|, => it's",
      "[its] hard|easy|impossible|possible|nice|late|important|necessary|useless|strange|odd|funny|dangerous|safe|difficult|enough to|that => it's",
      // Not a part of “it”: “the rest of it’s sound enough”, “some of it’s mathematical”.
      "!%PART_OF of|in|on|at|by|from|into|onto|upon|under|through|within|without [it's] @N|@ADJ => its",
      "%PART_OF of [it's] @N !@ADV&!@ADJ => its",
      "[it's] own => its",
      "wagged|shook|lifted|raised|spread|flapped|bared|arched|tossed|ruffled|cocked|folded|stretched|licked|lost|wagging|shaking|flapping [it's] => its",
      "[its] worth @DET|@POSS|it|every|a|$|,|noting|mentioning|trying|remembering|asking|checking|considering => it's",
      `@VERB|@PAST&!%CLAUSE [it's] @N&!@TIME&!time|nothing|all|no|worth|enough|fine|okay|like => its`,
      "[it's] @ADJ @N&!@TIME are|were|have|had|has|is|was|will|would|could|can|did|does => its",
      "[it's] @N&!@PROPN&!@TIME&!@INGW&!time are|were|have|had|has|will|would|could|can|did|does => its",
      ",|and|but|so|honestly|well|now|yes|no|oh|help [its] @ADJ&!own|best|worst|usual|full|first|last|only|main|chief|true|real|whole|entire|own|very|new|old to|for|that|if|$ => it's",
      "[it's] @NSG&!@ADJ&!@ING&!@INGW&!@TIME&!@PROPN&!time|trouble|worth|nothing|all|fate|luck|lunch|dinner|breakfast|tea|war|love|money|business|home|bedtime|midnight|noon|dawn|me|him|her|us|them|gonna|gotta|wanna|outta|kinda|sorta @PAST|@VERB|is|was&!@INGW&!@ED => its",
    ],
  },
  {
    id: 'know-no-now',
    words: ['know', 'no', 'now'],
    note: '“Know” is to be aware of; “no” is the negative; “now” means at this time.',
    patterns: [
      "don't|didn't|doesn't|dont|didnt [no] what|how|why|whether|if|where|who|when|that|it|him|her|them|you|me|anything|everything|nothing|about|$|, => know",
      "to|can|could|will|would|'ll|should|must|might [no] what|how|why|whether|if|where|who|when|that|him|her|them|you|me|anything|everything|about => know",
      'do|did|does @SUBJ [no] @WH|@OBJ|it|anything|about|$|, => know',
      "i|you|we|they [no] what|how|why|whether|if|who|it|that|him|them|$ => know",
      "@SUBJ|it [no] nothing|anything|everything|better => know",
      "there|there's|'s|was|is|with|had|have|has|of|made|make|makes|got|get [know] way|idea|doubt|longer|reason|chance|choice|sign|trace|need|use|point|sense|matter|harm|mistake|good|clue|hope|time => no",
      "don't|didn't|doesn't|dont|didnt [now] what|how|why|whether|if|where|who|when|him|her|them|anything => know",
      'right|by|until|till [know] $|, => now',
      'from [know] on => now',
      "does|do|did|doesn't|don't|didn't anyone|anybody|everyone|somebody|someone [no] how|what|where|why|when|who|if|whether|that|about|of|anything|it => know",
      'leave|go|come|stop|start|begin|eat [know] $|, => now',
      'let me|us [no] => know',
      'years|months|days|weeks|hours|ago [know] $|, => now',
      "i|we|they|you [now] you're|it's|that|he's|she's|they're|we're|i'm|what|how|why|where => know",
    ],
  },
  {
    id: 'lay-lie',
    words: ['lay', 'lie'],
    note: '“Lie” is to recline (past “lay”); “lay” is to put something down (past “laid”).',
    patterns: [
      "to|can|could|will|would|should|must|might|may|'ll|let|go|going|gonna|wanna [lay] down|back|still|awake|low|around|there $|,|on|in|for|and|beside|next => lie",
      'go|come and [lay] down|back $|,|on|in|for|before|until => lie',
      'he|she|i|we|they [laid] down|back|awake|still|there $|,|on|in|for|beside => lay',
      '@BE [laying] down|there|awake|still|around|about|face|flat => lying',
      '[laying] on @POSS back|side|stomach|bed|belly => lying',
      '[laying] in bed => lying',
      '[lie] it|them|him down|out|aside|flat|on|there => lay',
    ],
  },
  {
    id: 'lead-led',
    words: ['lead', 'led'],
    note: '“Led” is the past of “lead”; “lead” is the present, or the metal.',
    patterns: [
      // "The old dog lead them to the cave" (but "They let the pony lead them home": a bare infinitive).
      '!%BARE_INF @ART|@POSS @SG [lead] %LED_OBJECT => led',
      '!%BARE_INF @ART|@POSS @ADJ @SG [lead] %LED_OBJECT => led',
      '@ART @SG [lead] to|into|through|down|up|back|out|across|toward|towards|away => led',
      // Not after “let” and the like: “Tom let Huck lead up to the subject.”
      '!let|lets|letting|make|makes|made|making|help|helps|helped|watch|watched|saw|see|heard|hear|bid|have|had he|she|it|@PROPN [lead] @DET|@POSS|him|her|them|me|us|away|back|off|out|down|up|into|through|to|toward|towards|across => led',
      "had|has|have|'ve|hadn't|hasn't|haven't|was|were|been|being|is|be|are [lead] away|astray|by|into|to|through|out|off|down|up|back|@OBJ|@DET => led",
      "to|can|could|will|would|shall|should|may|might|must|'ll|didn't|don't|doesn't|can't|won't|couldn't|wouldn't|shouldn't [led] @DET|@OBJ|@POSS|away|into|to|astray => lead",
      'the|take|took|taking|follow|followed|followed [led] $|, => lead',
      '^ who [lead] @OBJ => led',
      'made of [led] $|,|and|pipes|paint|weights => lead',
    ],
    keep: [
      '@ART|of|with|like|molten|red|white [lead] => lead',
    ],
  },
  {
    id: 'lightning-lightening',
    words: ['lightning', 'lightening'],
    note: '“Lightning” is the flash in a storm; “lightening” means making lighter.',
    patterns: [
      '[lightening] strike|struck|bolt|bolts|flash|flashed|storm|fast|quick|speed|rod|cracked|split|lit|forked|flickered|streaked|strikes => lightning',
      'thunder and [lightening] => lightning',
      'of|and|thunder|like|by|with|sheet|forked|the [lightening] $|,|and|struck|flashed|cracked|split|lit|was|flickered => lightning',
    ],
  },
  {
    id: 'lose-loose',
    words: ['lose', 'loose'],
    note: '“Lose” is to misplace or fail to win; “loose” means not tight or free.',
    patterns: [
      "to|can|could|will|would|might|may|must|should|shall|'ll|cannot|didn't|don't|doesn't|won't|wouldn't|couldn't|can't|never|gonna|not [loose] track|sight|control|weight|interest|heart|hope|touch|face|everything|nothing|you|him|me|us|it|my|your|our|their|his|money|count|patience|consciousness|faith|focus|sleep|anything|any|one|this|that => lose",
      "i|we|they [loose] => lose",
      "don't|didn't|doesn't|can't|couldn't|won't|wouldn't|might|'ll|will [loose] the|a => lose",
      // Nothing is let loose at the end of "to loose": "it would be a pity to loose".
      "to|n't [loose] $ => lose",
      'to [loose] her|his temper|mind|nerve|way|grip|balance|footing|job|life|place|head|patience|voice => lose',
      'break|broke|broken|breaking|came|come|comes|coming|cut|cuts|let|set|turned|turn|tore|torn|shook|shake|wriggled|worked|pulled|hang|hung|hanging|running|ran|run|the|a|too|very|fall|fell|shaken|jerked|twisted|wrenched [lose] => loose',
      '@BE [lose] $|,|and => loose',
      'you [loose] @DET|@POSS|it|them|him|her|me|us|track|sight|control|weight|interest|everything => lose',
      'afford|hate|scared|afraid|fear|likely|unlikely|bound|tend|tends|deserve|deserves|going|gonna to [loose] => lose',
      '@BE [lose] !- => loose',
      '@BE @ADV [lose] $|,|and|now|again => loose',
      'else|anyone|anybody|everyone|everybody|someone|somebody|nobody [loose] @POSS|@DET|it|them|track|sight|weight|interest => lose',
      'got|get|gets|getting [lose] !- => loose',
    ],
    keep: [
      "to|@MODAL|n't|let|set|cut [loose] @DET|@POSS|@OBJ => loose",
    ],
  },
  {
    id: 'mourning-morning',
    words: ['morning', 'mourning'],
    note: '“Morning” is the early part of the day; “mourning” is grief for the dead.',
    patterns: [
      'good|this|every|next|one|each|yesterday|tomorrow|following|sunday|monday|tuesday|wednesday|thursday|friday|saturday|bright|sunny|crisp|chilly [mourning] => morning',
      '[mourning] sun|light|air|mist|paper|coffee|tea|star|glory|sickness|after|prayers|chores => morning',
      'in deep|full [morning] => mourning',
      'period|state|year|weeks|months|days of [morning] => mourning',
    ],
  },
  {
    id: 'new-knew',
    words: ['new', 'knew'],
    note: '“Knew” is the past of “know”; “new” means recently made or not seen before.',
    patterns: [
      "@SUBJ|never|always|already|just|barely|hardly|somehow|instantly|often|usually|sometimes|clearly|suddenly|finally|immediately|still|@PROPN [new] @ART|@POSS|@OBJ|@WH|better|nothing|everything|something|everyone|enough|exactly|instantly|immediately|it|too|of|all|this|those|these|each|he|she|i|we|they|you => knew",
      '@ART|brand [knew] @NOUN|@ADJ|$ => new',
      'something|nothing|anything [knew] => new',
      '@N|everyone|everybody|nobody|someone|somebody&!something|nothing|anything|everything|what [new] about|that|what|how|why|where|who|it|him|them => knew',
      'my|his|your|our|their|its [knew] @N|@ADJ|$ => new',
      'he|she|i|we|they|you [new] every|each|no|half|most|exactly => knew',
    ],
  },
  {
    id: 'of-off',
    words: ['of', 'off'],
    note: '“Off” means away or not on (“took off”); “of” links nouns (“a cup of tea”).',
    patterns: [
      'kind|sort|lot|lots|most|because|instead|afraid|full|tired|proud|fond|aware|ahead|capable|think|thinking|consist|consists|consisted|couple|out|none|sick|ashamed|scared|terrified|jealous|envious|certain|sure [off] @DET|@POSS|@OBJ|it|this|that|what|those|these|@PROPN|here|sight|breath|time => of',
      '^ [off] course|coarse ,|$ => of',
      'kind|sort|lot|lots|tired|full|afraid|because|instead|sick|scared|fond [off] @NOUN|@ADJ|@ING|@ADV => of',
      'dozed|nodded|dozing [of] => off',
      'better|worse [of] @ING|$|,|now|with|without|at|if|before|not|than|in|here|there|alone|dead|can|could|will|would|and|financially => off',
      'rid [off] => of',
      'on top [off] => of',
      'know|knew|knows|known|think|thought|thinking|heard [off] !-&!the => of',
      'yes|, [off] course => of',
      'took|turned|switch|switched|switching|shook|pulled|peeled|slipped|brushed|wiped|shrugged|broke|tore|ripped|rolled|dozed|nodded|fell|jumped|climbed|stepped|headed|hurried|sped|rode|stormed|dashed|lifted|knocked|blew|backed|drifted|trailed|tailed|faded|warded|fended|shaved|finished|polished|wore|ran|kicked [of] @DET|@POSS|@OBJ|$|, => off',
      '@VERB it|them [of] $ => off',
      'brushed|wiped|dusted|scraped|knocked|flicked @ART|@POSS @N [of] @POSS|him|her|them|me|us => off',
      '^ get [of] @POSS|me|him|them|us|the => off',
      'get|got|getting|gets|jumped|hopped|climbed|stepped|fell [of] the|@POSS bus|train|plane|boat|bike|horse|couch|sofa|bed|floor|phone|computer|stage|ship|ferry|lawn|grass|property|land|porch|roof|ladder|wall|fence|table => off',
      'knocked|swept|brushed|kicked|shoved|pushed|flicked|threw @ART|@POSS @N [of] the|@POSS shelf|table|desk|counter|ledge|windowsill|sill|mantel|mantelpiece|bed|chair|roof|wall|hook|bench|dresser|shelves|cliff|bridge|boat|pier|dock|edge => off',
      'one|some|many|none|each|any|both|several|most|all|part|half|rest [off] the|@POSS few|best|worst|most|many|first|last|only|greatest|biggest|finest|oldest|youngest|main|major|other|others => of',
      '^ turn|switch [of] the|@POSS @N&!century|tide|year|years|events|phrase|screw|fortune|decade|millennium|season|seasons|page|road|key|wheel|head|night|day|month|hour => off',
      'to switch|turn [of] the|@POSS|it|them|autoplay|notifications|everything => off',
      'turning|switching [of] by|$|,|automatically|itself|randomly|again => off',
      '^ take [of] them|those|these|your|yer => off',
      'cup|pot|glass|bottle|mug|jug|pint|bowl|plate|packet|tin [off] tea|coffee|water|wine|beer|milk|soup|ale|cocoa|juice|sugar|whisky|whiskey|brandy|gin|rum|cider => of',
    ],
  },
  {
    id: 'past-passed',
    words: ['past', 'passed'],
    note: '“Passed” is the past of “pass” (to go by); “past” means earlier times or beyond.',
    patterns: [
      "had|has|have|'ve|'d|having|hadn't|haven't|hasn't [past] @DET|@POSS|@OBJ|@ADV|away|by|out|on|through|$|,|since|for|and|but => passed",
      '!the|our|my|his|her|your|their|@ADJ [past] away => passed',
      'he|she|they|i|we [past] @DET|@POSS|@OBJ|away|by|out => passed',
      'hour|hours|minute|minutes|year|years|day|days|week|weeks|month|months|moment|moments|time|night|nights|midnight|noon|decade|century|while|age|ages [past] before|quickly|slowly|swiftly|unnoticed|uneventfully|and => passed',
      '^ @ART @SG [past] @DET|@POSS|@OBJ @NOVERB => passed',
      '^ @ART @ADJ @SG [past] @DET|@POSS|@OBJ @NOVERB => passed',
      'walked|ran|went|drove|rode|hurried|strode|rushed|slipped|brushed|pushed|flew|sped|raced|marched|stalked|stormed|limped|moved|swept|darted|edged|glided|stepped|sailed|looked|stared|glanced|shoved|squeezed|crept|wandered|ambled|trudged|shuffled|staggered|stumbled|filed|streamed|zoomed|whizzed|walk|run|go|drive|ride|hurry|get|got|came|come [passed] @DET|@POSS|@OBJ|@PROPN => past',
      '@ART|@POSS [passed] few|week|weeks|year|years|month|months|day|days|hour|hours|decade|century|night|life|lives|mistakes|summer|winter|generations|ages => past',
      'the [passed] $|, => past',
      'half|quarter|ten|five|twenty [passed] @NUM|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|midnight|noon => past',
      "was|is|it's|'s|well|long [passed] midnight|noon|dawn|caring|bedtime => past",
    ],
  },
  {
    id: 'peak-peek-pique',
    words: ['peak', 'peek', 'pique'],
    note: 'A “peek” is a quick look; a “peak” is a summit; to “pique” interest is to arouse it.',
    patterns: [
      'sneak [peak] => peek',
      'sneak|quick|little|a|another|furtive|brief [peak] at|inside|through|behind|round|around => peek',
      "to|i|he|she|we|they|you|couldn't|could|'d|n't [peak] at|inside|through|behind|round|around|in|into|out|over => peek",
      'i|he|she|we|they|you|@PROPN [peaked] through|behind|inside|around|round|into|over|out|at => peeked',
      '[peaking] through|behind|inside|around|round|into|out => peeking',
      '[peak] @POSS|the interest|curiosity => pique',
      '[peek] @POSS|the interest|curiosity => pique',
      '[peaked] @POSS|the interest|curiosity => piqued',
      '[peeked] @POSS|the interest|curiosity => piqued',
      'the|its|their [peek] of|$ => peak',
      "do|don't|no [peak] $|,|! => peek",
    ],
  },
  {
    id: 'piece-peace',
    words: ['peace', 'piece'],
    note: '“Peace” is calm or the end of war; “piece” is a part of something.',
    patterns: [
      '[piece] and quiet => peace',
      '[piece] of mind => peace',
      'rest|lie in [piece] => peace',
      'at [piece] $|,|with => peace',
      'make|made|making|keep|kept|keeping|disturb|disturbed|disturbing|breach|breaking|inner|world [piece] => peace',
      '[piece] treaty|talks|offering|pipe|process|keeping|keeper|keepers|maker|time|accord => peace',
      'a|one|another|each|every|this|that|little|small|large|big [peace] of => piece',
      '[peace] by piece|peace => piece',
    ],
    keep: [
      '[piece] together|it|them|things|@POSS => piece',
    ],
  },
  {
    id: 'plain-plane',
    words: ['plain', 'plane'],
    note: 'A “plane” is an aircraft or a flat surface; “plain” means simple, clear, or flat open land.',
    patterns: [
      '[plain] crash|crashed|ticket|tickets|ride|flight|landed|wing|wings|engine|engines|pilot|hangar|lands|landing|crashes|taxied => plane',
      'boarded|board|boarding|catch|caught|missed|miss|catching|fly|flew|flying|crashed|landed @ART|@POSS [plain] => plane',
      'by|private|jet|paper|cargo|fighter|passenger|model|toy|commercial [plain] => plane',
      '[plane] sight|english|truth|language|speech|clothes|jane|fact|food|wrapper => plain',
      '[plane] to see => plain',
      '@ART [plane] grey|gray|white|black|brown|blue|wooden|cotton|linen|woollen|woolen|simple|old|little @N => plain',
      '[plane] and simple => plain',
    ],
  },
  {
    id: 'poured-pored',
    words: ['poured', 'pored'],
    note: 'To “pore over” is to study closely; to “pour” is to make a liquid flow.',
    patterns: [
      '[pored] @DET|@POSS|@OBJ|himself|herself|themselves|myself|out|down|in|into|from|forth|onto|across => poured',
      '[pore] @ART|it|them|out|himself|herself|myself => pour',
      '[poring] @ART|@POSS|it|out|down|himself|herself => pouring',
      '[poured] over @ART|@POSS %READING_MATTER => pored',
      '[poured] over @ART|@POSS @WORD %READING_MATTER => pored',
      '[poured] over %READING_MATTER => pored',
      '[pouring] over @ART|@POSS %READING_MATTER => poring',
      '[pouring] over @ART|@POSS @WORD %READING_MATTER => poring',
      '[pouring] over %READING_MATTER => poring',
      '[pour] over @ART|@POSS %READING_MATTER => pore',
      '[pour] over @ART|@POSS @WORD %READING_MATTER => pore',
      '[pour] over %READING_MATTER => pore',
      '[pours] over @ART|@POSS %READING_MATTER => pores',
      '[pours] over @ART|@POSS @WORD %READING_MATTER => pores',
      '[pours] over %READING_MATTER => pores',
    ],
  },
  {
    id: 'principal-principle',
    words: ['principal', 'principle'],
    note: 'A “principal” is a head of school or the main one; a “principle” is a rule or belief.',
    patterns: [
      'school|deputy|assistant|vice|head [principle] => principal',
      "[principle's] office => principal's",
      '@POSS|this|the|a|our [principle] @NOUN&!of|behind => principal',
      '@ART [principle] reason|character|characters|cause|source|investor|part|role|concern|objection|dancer|city|aim|goal|office|officer => principal',
      // A principle does not walk into a room or speak: "The principle came into the classroom".
      'the|our|my|his|her|their|school|new|old [principle] said|came|walked|called|smiled|asked|told|frowned|stood|sat|sighed|nodded|looked|shouted|announced|entered|glared|shook|cleared|waved|laughed|knocked|arrived|peered|summoned|expelled|suspended|cleared|strode|marched|rang|phoned => principal',
      // "Her principle worry was the rent": a noun (by itself, whatever the tagger says in context) then its verb.
      '@POSS|this|the|a|our [principle] @N @VERB|@AUX => principal',
      "[principles] office|desk|secretary|voice|study => principal's",
      'no|moral|without|high|firm|strong|religious|basic|guiding|first|core|ethical [principals] => principles',
      'on|in [principal] $|, => principle',
      'of|moral|guiding|basic|first|high [principal] $|, => principle',
      'matter|point|question of [principal] => principle',
      '@ART [principal] of @ADJ|@ADV|@INGW|@NOUN&!@PROPN => principle',
    ],
  },
  {
    id: 'quite-quiet-quit',
    words: ['quite', 'quiet', 'quit'],
    note: '“Quite” means fairly or completely; “quiet” means silent; “quit” means to stop or leave.',
    patterns: [
      '[quiet] sure|right|certain|true|possibly|likely|different|clear|frankly|simply => quite',
      '[quiet] a few|lot|bit => quite',
      "n't|not|never|cannot [quiet] @VERB|right|sure|understand|know|get|make|fit|read|see => quite",
      "n't|cannot [quiet] $|@WORD&!@DET&!@POSS&!@OBJ&!@ADP&!@PROPN&!down|up => quite",
      '@BE|it [quiet] @ADJ&!enough $|,|and|to|that => quite',
      '[quiet] often|possibly|simply|frankly|literally => quite',
      'not [quiet] right|sure|certain|what|the|finished|ready|there|done => quite',
      'be|was|were|is|are|been|grew|grow|went|go|fell|fall|kept|keep|stay|stayed|remain|remained|very|so|too|perfectly|absolutely|completely|deathly|strangely|oddly|unusually|suddenly|became|become|seemed [quite] $|and|for|now => quiet',
      '@ART [quite] @N => quiet',
      'peace and [quite] => quiet',
      'very|so|too|really|perfectly|completely|strangely|oddly|unusually|deathly|eerily|suspiciously [quite] $|,|here|there|now|and|in|at|for => quiet',
      "to|'ll|will|won't|gonna|wanna [quite] my|his|her|your|their|our|smoking|drinking|school|work|it|now|today|$ => quit",
      "@BE [quit] sure|right|certain|possibly|likely|different|true|clear|so|well|ready|certainly|alone => quite",
      '@BE|very|so|too [quite] after|until|before|while|except|again|once|today|tonight|inside|outside => quiet',
      '@SUBJ [quite] @POSS|the|smoking|drinking|school|work|today => quit',
      '@SUBJ finally|just|eventually|never|almost|nearly|recently|already [quite] @POSS|the|smoking|drinking|school|work => quit',
    ],
    keep: [
      "to|@MODAL|n't|tried|try [quiet] @OBJ|@DET|@POSS => quiet",
      'lay|lie|lies|lying|sat|sit|sits|sitting|stood|kept|keep|keeps|stay|stays|stayed|remained|fell|grew|went|go|goes|gone|going [quiet] !@ADJ => quiet',
    ],
  },
  {
    id: 'rein-reign',
    words: ['rein', 'reign'],
    note: 'A “rein” is the strap that steers a horse (“free rein”, “rein in”); a “reign” is a monarch’s rule.',
    patterns: [
      'free|tight|short|loose|taut [reign] => rein',
      'took|take|taking|taken|grab|grabbed|handed|hand|hold|held|holding|pulled|pull|drew|gathered|seize|seized|tighten|tightened|loosen|loosened|tug|tugged|yank|yanked|slapped|shook|jerked|dropped|flicked @ART|@POSS [reigns] => reins',
      // Reining in takes an object (“rein in her temper”); reigning is in a place (“better to reign in hell”).
      "to|n't|can|could|will|would|must|should|'ll|'d|@SUBJ [reign] in @POSS|@OBJ|spending|costs|expenses|prices|inflation => rein",
      '[reigned] in @OBJ => reined',
      '[rein] of terror|error => reign',
      '[rein] supreme => reign',
      'on|pulled|hauled|tugged|held|took|grabbed|gathered|dropped|slackened|loosened|tightened @ART|@POSS [reigns] => reins',
    ],
  },
  {
    id: 'role-roll',
    words: ['role', 'roll'],
    note: 'A “role” is a part someone plays; to “roll” is to turn over, and a “roll” is bread or a list.',
    patterns: [
      'leading|title|starring|supporting|major|minor|key|pivotal|central|lead [roll] => role',
      '@ART|@POSS [roll] as|model|models => role',
      'played|plays|play|playing|assume|assumed|fill|filled @ART|@POSS|this|that [roll] => role',
      "to|can|could|will|would|'ll|'d|n't|let|he|she|i|we|they [role] over|up|down|away|back|out|off|around|onto|across|his|her|my|their|your|the|a|it|eyes|dice => roll",
      '[role] call => roll',
      'egg|sausage|spring|bread|toilet|paper|drum [role] => roll',
      '[role] the|@POSS|a dice|die|ball|window|windows|eyes|sleeves|carpet|rug|dough|cigarette|joint|pastry|car => roll',
    ],
    keep: [
      '[roll] - => roll',
    ],
  },
  {
    id: 'seem-seen',
    words: ['seem', 'seen'],
    note: '“Seen” is the past participle of “see” (“had seen”); “seem” means to appear to be.',
    patterns: [
      "had|have|has|'ve|having|hadn't|haven't|hasn't [seem] !@ADJ|to|like|as|@ADV => seen",
      "had|have|has|'ve|having|hadn't|haven't|hasn't never|ever|not|just|already|only|once|always [seem] !@ADJ|to|like|as => seen",
      "had|have|has @SUBJ [seem] !@ADJ|to|like|as|@ADV => seen",
      "'d [seem] @DET @N before|once|twice|somewhere|already|often|there|here => seen",
      "'d [seem] anything|nothing|something|everything|before|such|him|them|me|us|it => seen",
      "'d [seem] on|in him|them|me|us|you|her => seen",
      "'d never|ever|not|just|already|only|once|always [seem] !@ADJ|to|like|as => seen",
      "can|could|will|would|shall|should|may|might|must|'ll|doesn't|didn't|don't|to [seen] to|like|that|@ADJ|@ADV => seem",
      'i|you|we|they|he|she|it [seen] @ADJ $|,|to|that|and|today|lately|now|tonight => seem',
      // "The results seen to confirm…" (but "He was seen to leave", "The man seen to leave was arrested").
      '@N|they|we|you|i|he|she|it [seen] to @VERB @NOVERB => seem',
      "had|have|has|hadn't|haven't|hasn't anyone|anybody|everyone|somebody|someone|nobody|you|they [seem] !@ADJ|to|like|as|@ADV => seen",
      '@PL [seen] unclear|clear|strange|odd|impossible|likely|unlikely|fine|okay|wrong|right|important|obvious|different|familiar|real|true|simple|easy|hard|difficult|tired|happy|sad|upset|angry|worried|nervous|calm|quiet|unsure|uncertain|confused|excited|bored|pleased => seem',
    ],
  },
  {
    id: 'shone-shown',
    words: ['shone', 'shown'],
    note: '“Shone” is the past of “shine”; “shown” is the past participle of “show”.',
    patterns: [
      '@BE [shone] to|around|how|that|what => shown',
      '@HAVE [shone] me|him|them|us|you|how|that|what => shown',
      'sun|moon|light|lamp|lamps|lantern|eyes|stars|star|fire|torch|candle|face|windows|water|sky|moonlight|sunlight|lamplight|firelight [shown] brightly|bright|down|through|on|upon|in|like|with|out|from|dimly|softly|silver|white|golden|across => shone',
    ],
  },
  {
    id: 'sight-site-cite',
    words: ['sight', 'site', 'cite'],
    note: '“Sight” is seeing or something seen; a “site” is a place; to “cite” is to quote.',
    patterns: [
      'building|camp|web|construction|burial|landing|archaeological|dig|excavation|caravan|camping|picnic|crash [sight] => site',
      'at first [site] => sight',
      'out of [site] => sight',
      'lost|lose|catch|caught|catching|in [site] of => sight',
      '[site] for sore eyes => sight',
      '[site] examples|evidence|sources|reasons|precedent => cite',
      '[site] @POSS|the sources|source|references|reference|evidence|example|examples|study|studies|authors|author => cite',
    ],
  },
  {
    id: 'sole-soul',
    words: ['sole', 'soul'],
    note: '“Sole” means only (or the bottom of a foot or shoe); “soul” is the spirit.',
    patterns: [
      '[soul] purpose|reason|heir|survivor|owner|responsibility|aim|source|occupant|exception|beneficiary|proprietor|custody|charge|intention|object|focus|breadwinner|guardian => sole',
      '[sole] mate|mates|searching|music|food|sister|brother|destroying|crushing => soul',
      'not a|one [sole] => soul',
      'living|kindred|immortal|tortured|brave|gentle|bless [sole] => soul',
      'bless|upon my|his|her|your [sole] => soul',
    ],
  },
  {
    id: 'stationary-stationery',
    words: ['stationary', 'stationery'],
    note: '“Stationery” is writing paper and envelopes; “stationary” means not moving.',
    patterns: [
      '[stationary] shop|store|cupboard|drawer|box|supplies|paper|case|cabinet|drawer => stationery',
      'her|his|my|headed|writing|personal|hotel|office|embossed|monogrammed|scented [stationary] => stationery',
      '@BE|remained|remain|stood|stand|kept|stay|stayed|sat|perfectly|completely|totally|almost|still [stationery] => stationary',
      '[stationery] car|bike|bicycle|object|target|vehicle|position|train|front => stationary',
    ],
  },
  {
    id: 'tale-tail',
    words: ['tale', 'tail'],
    note: 'A “tale” is a story; a “tail” is the end of an animal or thing.',
    patterns: [
      'fairy|tall|cautionary|folk|sorry|moral|bedtime|ghost|horror|wives|adventure|morality|traveller\'s [tail] => tale',
      'wagged|wagging|swished|swishing|thumped|twitched|lashed|flicked|tucked|curled|chased|chasing|chase|wag @POSS|the [tale] => tail',
      "bushy|fluffy|stumpy|pony|coat|forked|scaly|furry|cat's|dog's|horse's|fox's|cow's|mouse's|rat's|squirrel's|bird's|lion's|tiger's|wolf's|pig's|monkey's|lizard's|comet's|kite's|peacock's|rabbit's|donkey's [tale] => tail",
      '[tale] between => tail',
      'heads or [tales] => tails',
      '[tale] end|gate|light|lights|feathers|fin => tail',
    ],
  },
  {
    id: 'their-there-they-are',
    words: ['their', 'there', "they're"],
    note: '“Their” is possessive; “there” is a place or starts “there is”; “they’re” is “they are”.',
    patterns: [
      "[their] is|was|were|are|be|would|must|could|should|had|has|have|seemed|seems|came|comes|stood|goes|went|appeared|remained|existed|isn't|wasn't|aren't|weren't|won't|'s => there",
      'over|in|out|up|down|from|get|got|go|went|sat|stood|stay|stayed|right|put [their] $|, => there',
      '@BE [their] a|an|any|no|some|anything|nothing|someone|anyone|something|somebody|anybody|nobody|enough|such => there',
      "[their] gonna|so|too|here|gone|done|a|an|the|probably => they're",
      "[their's] @DET|no|another|enough|something|nothing|always|only|still|more|@ADJ => there's",
      "[theyre] own => their",
      "[theyre] => they're",
      '[their] will|can|may be => there',
      // Not the noun: “with all their might”, “arising in their might”.
      '!all&!@ADP [their] might => there',
      '@VERB|@AUX|@NOUN|@ADV|@ADJ|over [their] $|,|@ADP|@CCONJ|to|again|until !- => there',
      "^ [their] @ADP&!of !- => they're",
      "^|think|hope|guess|know|because|if|when|sure|said [their] %STATE $|,|?|!|here|there|to|that|about|and|now|with|right|again => they're",
      'said|say|says|heard|think|know|hope|guess [there] @INGW&!being => they\'re',
      "%CLAUSE_OPENERS [their] @INGW @NOVERB => they're",
      "%CLAUSE_OPENERS [their] just @ING => they're",
      "%CLAUSE_OPENERS [their] not|still|always|already|never|probably|really|far|supposed !-&!being => they're",
      "%CLAUSE_OPENERS|them [their] @ADJ&!own|best|worst|utmost|many|few|other|only|first|last|next|usual|very|late|invited|supposed|allowed|expected|required|married|finished|done|offline|online $|,|to|for|about|with|and|now|here|there => they're",
      // Not an existential "there": "She said there need be no hurry."
      '@VERB&!%STAY [there] @NOUN&!@TIME&!need|needs|remains|remain|stands|lies|lives|comes|follows|rests|hangs|sits|exists|seems|appears|arises|goes|runs|falls|grows => their',
      // Not a time: “to skate there next winter”; not “worth”: “in there worth seeing”.
      `@VERB&!%LOCATIVE&!%STAY [there] @ADJ&!next&!last&!every&!each&!worth @NOUN => their`,
      // The tagger reads a plural noun after "there" as a verb ("The sisters shook there heads"): ask the noun by itself.
      // Only before a full stop, comma, "and" or a preposition: not "to shew there need not be despair", "there remains a".
      '@VERB&!%STAY [there] @N&!@TIME&!summers|winters|nights|evenings|mornings|afternoons|weekends|hours|ages|remains|remain|stands|lies|lives|comes|follows|rests|hangs|sits|exists|seems|appears|arises|goes|runs|falls|grows $|,|and|@ADP&!to => their',
      // A possessive never ends a clause: "I’ll wait for you their," he promised.
      "@PRON&!their|theirs [their] $|, => there",
      // "their" + a participle + a preposition is a clause, not a possessive: "Tell them their invited to the meeting".
      "[their] @ED to|by|with|about|at|in|for|from|of|$|, => they're",
      // A noun that is the subject of its own verb: "I think they're house is the blue one".
      "[they're] @N&!@ADJ&!@ING is|was|has|had|were|are => their",
      // A possessive never stands before "to": "Their to blame for it" (but "their to-do list").
      "[their] to !- => they're",
      "@VERB|@ADP [they're] @SG&!family|trouble|home|friends|twins|kin|kind|sort @VERB|@AUX|@ADP|@ADV|@ADJ => their",
      "!@ADP [their] going to @VERB|@AUX => they're",
      "^|think|know|hope|guess|because|if|when|maybe|unless [their] @ING|not @NOVERB => they're",
      "!@ADP|to|on|at|in [their] fine|right|wrong|late|safe|sure|ready|okay|here|there|together|happy|married|gone|done|lost $|,|to => they're",
      '!@NOUN|@PROPN [there] own !@DET&!@POSS&!@OBJ&!all => their',
      // Not "from": "From there buses run every hour".
      '%PREPOSITIONS [there] @N&!@TIME&!worth !@TIME|@ADP => their',
      '%PREPOSITIONS [there] @ADJ&!next&!last&!every&!each&!worth @NOUN => their',
      '^ [there] @N @VERB|@AUX => their',
      "^|think|hope|guess|know|said|because|if|unless|maybe|sure [there] going|gonna => they're",
      // "I think there not coming": an adverb and a participle make a clause (but "There not being any hope, …").
      "^|think|hope|guess|know|said|because|if|unless|maybe|sure [there] not|never|always|still|just|probably|really|already @ING&!being|having => they're",
      "[they're] own => their",
      "of|in|on|at|by|with|from|into|onto|upon|under|through|within|without|about|to [they're] @N|@ADJ => their",
      `@VERB&!%CLAUSE [they're] @N|@ADJ @N => their`,
      `@VERB&!%CLAUSE [they're] @N&!family|trouble|home|friends|twins|kin|kind|sort|here|there => their`,
      "is|are|was|were [they're] @N|@ADJ => their",
      "^ [they're] is|was|are|were|'s => there",
      "over|in|out|up|from [they're] $|,|@ADP|and => there",
      "^ [they're] @N @VERB|@AUX => their",
      // A contraction never ends a clause: "Is anybody they're?", "to get they're before dark" (but "they're late").
      "[they're] $ => there",
      "get|got|went|drove|walked|ran|moved|lived|sat|stood|arrived|flew|sailed|rode [they're] before|early|first|in|at|by|yet|already|soon|tomorrow|today|tonight|now|again|$|, => there",
      "^|think|hope|guess|know|because|if|when|unless|sure|said [there] fine|wrong|welcome|sorry|late|mad|crazy|dead|okay|safe|beautiful|lucky|done|ready|married|cool|serious|kidding|happy|sad|tired|sick|awesome|great|amazing|brilliant|smart|funny|kind|patient|nice|perfect|lovely|busy|wonderful|terrible|hopeless|brave|clever|stupid|silly|mistaken|lying|right $|,|?|!|to|that|about|and|now|with => they're",
      "^|think|hope|guess|know|said|because|if|unless|maybe|sure|but [there] actually|clearly|obviously|definitely|currently|constantly|honestly|literally|basically|really|just|still|probably @ING&!being|having => they're",
      "of|at|with|from|into|onto|upon|within|without|to|between|among|toward|towards|against|despite [they're] @ADV|@ED => their",
      `@VERB&!%CLAUSE [they're] @ED @N => their`,
      // Not after a verb that takes a place: "they found there armed men", "she saw there painted ships".
      `@VERB&!%LOCATIVE&!%STAY [there] @ED @NOUN => their`,
      "%GIVING @OBJ [they're] @N&!@TIME => their",
      "%GIVING @OBJ [there] @N&!@TIME => their",
      '@NOUN and [there] @ADJ @NOUN @NOVERB => their',
      'of|in|on|at|by|with|into|onto|upon|about|for|to [there] past|future $|,|and|or => their',
      'of|at|with|into|onto|upon|within|without|to|between|among|toward|towards|against|despite [there] most|least|very|recently|newly @ADJ|@ED|@ADV|@N => their',
      '^ [there] relatively|extremely|incredibly|surprisingly|fairly|unusually|remarkably @ADJ @N => their',
      "is|was|are|were|isn't|wasn't|aren't|weren't [they're] a|an|any|no|some|anything|nothing|someone|anyone|something|enough|more|much|many => there",
      ", [there] ready|able|likely|supposed|gonna|done|finished|busy|sorry|lucky|safe|late|fine to|for|$|,|now|and => they're",
      "[they're] @NSG&!@ADJ&!@ING&!@TIME&!trouble|family|home|kind|sort|worth|welcome|lucky|right|wrong|twins|friends|here|there|gonna|gotta|wanna|outta|kinda|sorta @PAST|@VERB&!@INGW&!@ED => their",
      "if|when|while|because|since|unless|whether [their] @INGW&!being|having @CLAUSEEND => they're",
      "swear|swears|swore|say|says [there] not|never|always|still|just|probably|really|already @ING&!being|having => they're",
      "[they're] will|would|can|could|must|should|might|shall|has|had|have|is|was|isn't|wasn't|are|were|'s => there",
    ],
  },
  {
    id: 'them-then',
    words: ['them', 'then'],
    note: '“Then” means next or at that time; “them” is the pronoun.',
    patterns: [
      'until|till [them] $|, => then',
      'and [them] he|she|i|we|they @VERB => then',
      'told|gave|asked|showed|helped|thanked|warned|kissed|followed|killed|hated|loved|trusted|taught|sent|fed|bought|brought|tell|ask|show|thank|warn|kiss|follow|kill|teach|send|feed|bring|heard|joined|hugged|ignored|woke [then] $ => them',
      'of|with [then] all|both|$ => them',
      'gave|give|handed|hand|sent|send|offered|showed|show|bought|brought|thanked [then] @DET|@POSS => them',
      '^ tell|thank|let [then] => them',
    ],
  },
  {
    id: 'then-than',
    words: ['then', 'than'],
    note: '“Than” compares (“taller than”); “then” is about time or sequence (“and then”).',
    patterns: [
      // "taller then than she does now": a "then" already followed by its "than".
      '@CMP [then] @NONVERB&!than => than',
      'more|less @ADJ|@ADV [then] @NONVERB => than',
      'said [then] done => than',
      'rather|other [then] => than',
      'and|since|until|till|by|from|just [than] => then',
      'late [then] never => than',
      'rather @VERB [then] => than',
      '^ [than] , => then',
      "^|, [than] why|let's|suddenly|finally|afterwards => then",
      // Not ", than she entered": "No sooner had she gone, than she entered…".
      ', [than] fold|add|stir|mix|pour|bake|cook|serve|place|remove|turn|click|press|select|restart|install|save|type|enter|cut|slice|season|cover|drain|whisk|repeat|check|copy|paste|delete|drag|tap|swipe|scroll|log|sprinkle|simmer|reduce|unplug|reboot|refresh => then',
      '@CMP @N [then] any|anyone|anybody|anything|ever|usual|expected|mine|yours|hers|ours|theirs => than',
    ],
  },
  {
    id: 'thing-think',
    words: ['thing', 'think'],
    note: '“Think” is the verb (to have an idea); “thing” is an object or matter.',
    patterns: [
      "@SUBJ|n't|don't|didn't|to|'d|'ll|can|could|would|should|must|might [thing] @SUBJ|that|about|of|so|it => think",
      // Not “some think you dress too well” (“some” is the subject there).
      '@ART|every|same|first|last|next [think] => thing',
      'some|any|other|each [think] !@SUBJ&!that&!it&!so&!of&!about&!@PROPN => thing',
      // An article and an adjective want the noun: "the only think that mattered", "a good think she came".
      // Only after an article: "Only think what fun!", "You little think how" are right.
      '@ART|this|that|such|what only|whole|worst|best|funniest|strangest|oddest|odd|funny|strange|good|important|right|wrong|real|little|certain|very [think] @WORD => thing',
      '@ART|these|those|such|many|few [thinks] => things',
      "can|could|will|would|shall|should|must|might|may|'ll|'d|cannot|won't|wouldn't|couldn't|shouldn't|can't|sometimes|usually|often|always|never [thing] => think",
      // "I thing", "we thing", "they thing": a subject pronoun is never followed by the noun ("I thing the storm will pass").
      "i|we|they [thing] @WORD => think",
      // An adverb between subject and verb: "Do you really thing she'll come?"
      "@SUBJ really|honestly|truly|actually|still|also|just|ever|even [thing] => think",
      // "Let me thing it over": "let me" wants a verb.
      "let me|us [thing] => think",
      "to [thing] @ADP|@WH|that|so|about|of|it|i|you|he|she|we|they|there => think",
      "do|does|did @SUBJ|@PRON|everyone|everybody|anyone|anybody [thing] => think",
      "i|you|we|they|anyone|everyone|anybody|everybody [thing] @SUBJ|that|about|of|so|it|@WH|there|something|to|$ => think",
      '!no|every|any|some|makes|make|made|let|lets|would|will|may|might|can|could|should|does|did one|another [think] to|is|was|: => thing',
    ],
  },
  {
    id: 'though-thought-through',
    words: ['though', 'thought', 'through'],
    note: '“Thought” is the past of “think”; “though” means however or although; “through” means in one side and out the other.',
    patterns: [
      "i|he|she|we|they|had|have|'d|'ve|never|always|first|also|once [though] @SUBJ|that|about|of|so|it|for => thought",
      // "where you though it was" (but "I can tell you though that…": an object "you").
      "!@VERB&!@ADP&!@AUX you [though] @SUBJ|it|that|about|of|so => thought",
      // Only where a clause follows: not “Mary even thought she saw him”, “never even thought of the ring”.
      '^|,|;|—|but|yet even [thought] @SUBJ|it|there|this|that|@DET|@POSS|@PROPN|so|if => though',
      'second [though] => thought',
      'as [thought] @SUBJ|it => though',
      `%MOTION [though] @DET|@POSS|@OBJ => through`,
      `%MOTION [thought] @ART|@POSS => through`,
    ],
  },
  {
    id: 'threw-through-thorough',
    words: ['threw', 'through', 'thorough'],
    note: '“Threw” is the past of “throw”; “through” means from one side to the other; “thorough” means complete.',
    patterns: [
      `%PERSONAL [through] @DET|@POSS|@OBJ|up|away|open|back|down|out|off|herself|himself => threw`,
      `%MOTION|see|saw|read|halfway [threw] => through`,
      'a|very|most|more|so|too|less [through] @NOUN|@ADJ|$|and => thorough',
      '[thorough] the|his|her|my|it|them|their => through',
    ],
    keep: [
      '@BE [thorough] ,|and|in|about => thorough',
    ],
  },
  {
    id: 'to-too-two',
    words: ['to', 'too', 'two'],
    note: '“Too” means also or excessively; “to” is the preposition or marks a verb; “two” is the number.',
    patterns: [
      '^ me|you [to] $ => too',
      '!from|amount|amounted|amounts|amounting|come|came|comes|add|added|adds|up|early|morning|dawn|young|first|@NUM [to] much @ADP|$|,|to|for|that => too',
      // Not after a noun or an object: “subject her to dangerous labour”, “put the tea to steep”.
      '!from|amount|amounted|amounts|amounting|come|came|comes|add|added|adds|up|early|morning|dawn|young|first|@NUM|@NOUN|@OBJ|@ADJ [to] late|much|many|far|soon|early|bad|hard|easy|tired|big|small|young|old|afraid|busy|dark|cold|hot|close|fast|slow|heavy|loud|high|low|short|tall|thin|fat|weak|strong|proud|scared|sick|quick|quickly|often|deep|quiet|eager|clever|bright|steep|narrow|wide|expensive|difficult|important|dangerous|risky $|,|to|for|and|that|now|already|! => too',
      "want|wanted|wants|going|have|had|has|need|needed|needs|used|try|tried|trying|able|about|ought|hope|hoped|decided|began|started|seemed|seems|refused|meant|planned|wish|wished|happened|forgot|remembered|learned|promised|managed|continued|chose|agreed|expected|tend|tended|deserve|afraid [too] @VERB => to",
      '[too] the|my|your|his|their|our|its|bed|school|church|town => to',
      'one or [to] => two',
      'gone|went|going|go|goes|taken|take|took|pushed|carried|way [to] far !-&!@N => too',
      'way [to] much|many|far|long|big|small|late|early|complicated|hard|difficult|easy|expensive|slow|fast|young|old|high|low|loud|little|soon => too',
      'way [to] @ADJ to|$|,|for|and|that|now => too',
      '@BE [to] much @N|$|,|!|for => too',
      'too @WORD [too] be|@VERB|@AUX => to',
      "is|was|seems|seemed|looks|looked|sounds|sounded|are|were|'s|be [to] @ADJ to|for|$|,|that|and => too",
      'speak|spoke|come|came|left|leave|arrived|arrive|ended|end|go|went|died|celebrate [to] soon !after => too',
      ', [to] $ => too',
      'going|go|went|come|came|get|got|give|gave [too] @ART|@OBJ|@POSS => to',
      'give|gave|send|sent|hand|handed|show|showed|bring|brought|take|took it|them|this|that [too] @OBJ|@POSS|@ART|@PROPN => to',
      '[to] or three|four => two',
      'the|these|those|@POSS [to] of => two',
      '[two] much|many => too',
      '[two] late|soon $ => too',
      'me [two] $ => too',
      // A number of things: "calls for to cups of flour", "After too weeks at sea" (but "from days to weeks").
      'for|after|about|the|these|those|only|just|nearly|almost|within|last|first|next|every|than|over|need|needs|needed|bought|buy|buys|had|has|ate|eat|drank|spent|spend|waited|lasted [to] seconds|minutes|hours|days|weeks|months|years|decades|centuries|nights|cups|spoons|tablespoons|teaspoons|miles|feet|inches|yards|metres|meters|kilometres|kilometers|pounds|dollars|euros|times|people|men|women|children|kids|boys|girls|things|ways|options|pages|chapters|rooms|steps|shots|glasses|bottles|eggs|cars|dogs|cats|horses|sisters|brothers|sons|daughters|friends|weeks => two',
      '[too] seconds|minutes|hours|days|weeks|months|years|decades|centuries|nights|cups|spoons|tablespoons|teaspoons|miles|feet|inches|yards|metres|meters|kilometres|kilometers|pounds|dollars|euros|people|men|women|children|kids|boys|girls|pages|chapters|rooms|steps|eggs|sisters|brothers|sons|daughters|friends => two',
      '@VERB [two] the|my|your|his|their|our|its|bed|school|town|church|work => to',
      // "Not to put to fine a point on it": "to" + an adjective + "a" is "too".
      '[to] big|good|great|small|long|large|heavy|serious|important|dangerous|difficult|young|old|bad|nice|deep|steep|rich|poor|proud|busy|clever|smart|fat|tall|grand|fancy|pretty|precious|costly|expensive|cheap|risky|hard|easy|high|strong|weak|far|early|much a|an @N => too',
      // The idiom: "not to put too fine a point on it".
      'put|putting|puts [to] fine a point => too',
      // "I don't want you to worried about it": a feeling in -ed after "to" and before its complement.
      '[to] worried|tired|scared|frightened|upset|stressed|nervous|anxious|excited|exhausted|busy|concerned|embarrassed|ashamed|shocked|surprised|afraid about|of|to|$|,|for|that|with => too',
      // "Hand those letters two the postman" (but "chapter two the hero…", "gave them two the same day").
      '@NOUN&!chapter|part|act|scene|book|volume|number|page|level|room|platform|gate|step|day|week|year|phase|stage|round|season|episode|figure|table|line|row|column|box|item|verse|track|game|match|floor|bus|route|category|class|grade|size|type|version|option|plan|door|unit|station [two] the|my|your|his|their|our => to',
      '!me|you|him|her|us|them|,|and [too] @PL => two',
      // Not a height or an hour: “six foot two,”, “the clock chime two.”
      '!@NUM @NOUN&!chapter|part|act|scene|book|volume|number|page|level|room|platform|gate|step|day|week|year|phase|stage|round|season|episode|figure|table|line|row|column|box|item|verse|track|game|match|floor|bus|route|category|class|grade|size|type|version|option|plan|door|unit|station|times|groups|pairs|rows|teams|chime|chimes|strike|strikes|clock|bell|bells [two] $|, => too',
      '^ me|you [to] ,|! => too',
      'bought|buy|buys|need|needs|needed|ate|eat|drank|spent|spend|ordered|order|booked|book|grabbed|sold|won|lost|found [to] @PL => two',
    ],
  },
  {
    id: 'waist-waste',
    words: ['waist', 'waste'],
    note: '“Waste” is to squander, or rubbish; the “waist” is the middle of the body.',
    patterns: [
      '[waist] of time|money|energy|effort|space|breath|life|talent|resources => waste',
      'what|such a [waist] of => waste',
      'total|complete|utter|terrible|awful|sinful|criminal|shameful|dreadful [waist] => waste',
      "to|can|could|will|would|'ll|n't|don't [waist] @POSS|@ART|it|time|money|away => waste",
      '[waist] land|paper|basket|bin|water|disposal => waste',
      'around|round|about|at @POSS|the [waste] => waist',
      'slender|narrow|tiny|slim|trim|wasp|nipped|thick [waste] => waist',
      '[waste] band|coat|coats|line|high|deep|length|belt|chain|sash => waist',
    ],
  },
  {
    id: 'wander-wonder',
    words: ['wander', 'wonder'],
    note: 'To “wonder” is to be curious; to “wander” is to walk without a fixed course.',
    patterns: [
      "@SUBJ|can't|n't|just|often|always|to|'s [wander] if|whether|what|why|how|who => wonder",
      '[wandered] if|whether|why|how|who|aloud => wondered',
      '[wandering] if|whether|why|how|aloud => wondering',
      'no|in|with [wander] $|, => wonder',
      '[wonder] off|around|aimlessly|away|along|round => wander',
      '[wondered] off|around|aimlessly|away|along|round|into => wandered',
      '[wondering] off|around|aimlessly|away|along|round => wandering',
      '[wondered] through|into|along|across|off|away|down|up => wandered',
      '[wondering] through|into|along|across|off|away|down|up => wandering',
    ],
    keep: [
      '[wander] about|around|off|away|through|along|aimlessly|over|into|out|back|among => wander',
    ],
  },
  {
    id: 'want-wont',
    words: ['want', "won't"],
    note: '“Won’t” is “will not”; “want” is to wish for.',
    patterns: [
      "@SUBJ [want] be|go|let|stop|happen|last|hurt|matter|mind|say|tell|forget => won't",
      "[won't] to => want",
      "@SUBJ [wont] be|go|do|have|let|stop|happen|make|get|come|take|tell|say|hurt|last|leave|ever|even|need => won't",
      '@SUBJ [wont] to|some|a|an|the|more|any|it|that|this|you|him|her|them|me => want',
      "do|did|does|don't|didn't @SUBJ [wont] => want",
      'as was @POSS [want] => wont',
    ],
  },
  {
    id: 'wary-weary',
    words: ['wary', 'weary'],
    note: '“Wary” means cautious; “weary” means tired.',
    patterns: [
      '[wary] traveller|traveler|travellers|travelers|sigh|bones|limbs|feet|legs|soul => weary',
      'bone|world|battle|war|travel - [wary] => weary',
      '[weary] eye on => wary',
      'be|stay|remain [weary] of => wary',
    ],
  },
  {
    id: 'weather-whether',
    words: ['weather', 'whether'],
    note: '“Whether” introduces alternatives (“whether or not”); “weather” is rain, sun and wind.',
    patterns: [
      '[weather] or not => whether',
      '!what|which|@DET|@ADJ|@POSS [weather] @SUBJ @VERB|@AUX|would|could|was|had => whether',
      'know|wonder|wondered|wondering|sure|decide|decided|ask|asked|matter|see|tell|doubt|question|knowing [weather] => whether',
      'the|bad|good|fine|cold|hot|warm|wet|stormy|foul|nice|rainy|windy [whether] => weather',
    ],
    keep: [
      "to|@MODAL|n't|not|could|help|helped [weather] @DET|@POSS|it => weather",
    ],
  },
  {
    id: 'week-weak',
    words: ['week', 'weak'],
    note: '“Weak” means lacking strength; a “week” is seven days.',
    patterns: [
      'felt|feel|feels|feeling|too|so|very|grew|growing|became|looked|seemed|knees|went|rather [week] $|,|and|with|from|after => weak',
      '@BE [week] with|from => weak',
      'last|next|per|every|each [weak] => week',
      'a|one|whole|the|this|that [weak] ago|later|earlier|long|end|off => week',
      '[weak] end|ends|day|days|night|nights => week',
      'went|go|goes|going|feel|feeling|felt|grew|grow|so|very|too|is|was [week] $|,|and|when|with|at|from => weak',
    ],
  },
  {
    id: 'were-where',
    words: ['were', "we're", 'where'],
    note: '“Were” is a past form of “be”; “we’re” is “we are”; “where” asks or tells about place.',
    patterns: [
      "^ [Were] @ING|not|late|here|lost|done|sorry|fine|okay|almost|nearly|just|still|never|always|already|ready|finished|home|ok|gonna @STMT => we're",
      '^ we|they|you [where] !$ => were',
      // "Where not leaving without you": "where" + a participle makes no question; "we're" was meant.
      "^ [Where] going|leaving|coming|staying|almost|nearly|already|gonna|getting|trying|done|finished|ready|late|lost|sorry|fine|okay @STMT => we're",
      "^ [Where] not @ING|going|gonna|sure|ready|done|finished|leaving|afraid @STMT => we're",
      // "This is the room were my father died": a place, then a clause of its own (not "if the room were mine").
      // Only after "is", "was", "found", …: "appearance of the bed were the only indications" is right.
      "is|was|'s|reached|found|remembered|showed|knew|saw|visited|marked @ART|this|that room|place|house|spot|town|city|village|street|corner|field|door|window|bed|table|hill|river|road|cave|church|hall|inn|kitchen|garden|yard|shop|farm|island|country [were] @SUBJ|@POSS|@ART => where",
      // "The boys where soaked to the skin": a subject, then "where" and a participle.
      "^ @ART|@POSS @PL [where] @ED|@ADJ to|by|with|in|at|from|and|$|, => were",
      "know|knew|see|saw|tell|told|showed|show|me [were] @DET @N @VERB|@AUX => where",
      "know|knew|see|saw|tell|told|showed|show|me [were] @DET @ADJ @N @VERB|@AUX => where",
      'forgot|forget|found|find|check|checked|showed|show|shows|remember|wonder|wondered|asked|go|went|idea|sure [were] @SUBJ|@DET|@PROPN => where',
      '^ [Where] you|they|we|he|she|it|i able|supposed|aware|sure|happy => were',
      'we|they|you [where] @ING|not|going|so|too|very|never|always|already|right|wrong|late|lucky|sure => were',
      // "They where tired and cross" (but "I'll show you where dead men lie"): an adjective ending the phrase.
      'we|they|you [where] @ADJ|@ED $|,|and|to|by|with|at|in|of|for|about => were',
      '^ [were] are|is|do|does|did|have|has|can|will => where',
      'know|knew|wonder|wondered|wondering|remember|remembered|sure|idea|ask|asked|see|tell|told|show|showed|find|found|matter [were] he|she|i|we|they|it => where',
      // "The children where playing in the snow": a subject, then "where" and a participle (not "where dancing was held").
      '^ @ART|@POSS @PL [where] @INGW !@VERB&!@AUX&!@NOUN => were',
      'to|into|toward|towards|from|reached|returned @ART|@POSS|this|that room|place|house|spot|town|city|village|street|corner|field|door|window|bed|table|hill|river|road|cave|church|hall|inn|kitchen|garden|yard|shop|farm|island|country|valley|house|office|building|school|hospital|station|beach|park [were] he|she|i|we|they|you|@POSS|@ART => where',
      // "Were excited to announce…", "Were a good team.": a statement, so "we're" ("Were they ready?" asks).
      "^ [Were] excited|thrilled|happy|glad|proud|pleased|delighted|sad|able|so|really|very|both|out|off|too|back|getting|looking|hoping|working|trying|planning @STMT => we're",
      "^ [Were] a|an @NOVERB @STMT => we're",
      "^ [Were] the best|only|first|last|same|ones|champions|winners @NOVERB @STMT => we're",
      "^|, i think|hope|guess|bet|suppose|reckon [were] %AFTER_WE_RE => we're",
      "because|if|maybe|unless [were] %AFTER_WE_RE => we're",
      // "The doors we're locked when the police came" (but "The room we're locked in").
      "^ @ART|@POSS @PL [we're] @ED|@ADJ when|by|$|,|and|before|after|because|until => were",
      "^|if|when|because|but|as|since|though|while|unless|and|that i|we|they|you|he|she [we're] => were",
      "^ [we're] you|they|he|she|i|we => were",
      // “We’re there.” is right; “We’re there any letters?” is not.
      "^ [we're] there !$&!,&!yet&!now&!already&!soon&!again&!too&!at&!in&!by => were",
      "^ [Were] definitely|probably|certainly|totally|actually|finally|officially|currently|now|also|proud|honored|honoured|sorry|glad @STMT => we're",
      '^ [Where] there any|many|several => were',
      'mark|find|show|reach|visit|remember|see|know|marked|reached @ART|this|that room|place|house|spot|town|city|village|street|corner|field|door|window|bed|table|hill|river|road|cave|church|hall|inn|kitchen|garden|yard|shop|farm|island|country|point|line|area [were] @SUBJ|@POSS|@ART => where',
      'know|knew|see|saw|tell|told|showed|show|ask|asked|wonder|wondered|me|him|her|us|them [were] @DET @PROPN @N @VERB|@AUX => where',
      '^ @ART|@POSS @PL [where] @ED|@ADJ long|before|after|when|until|because|but|so|all|now => were',
      // Inversion never takes a modal ("were I to go", not "were I can"): "a shop were I can get it mended".
      '[were] i|we|you|he|she|they @MODAL => where',
    ],
  },
  {
    id: 'who-is-whose',
    words: ["who's", 'whose'],
    note: '“Who’s” is “who is” or “who has”; “whose” asks or tells who owns something.',
    patterns: [
      "[who's] @N @VERB|@AUX => whose",
      "[whose] there|that|this|going|gonna|coming|been|not|a|an|the|gone => who's",
      "^ [whose] @ADP&!of => who's",
    ],
  },
  {
    id: 'whole-hole',
    words: ['whole', 'hole'],
    note: 'A “hole” is an opening or gap; “whole” means entire.',
    patterns: [
      '@ART|@POSS [hole] day|night|week|time|world|thing|life|family|house|town|village|body|story|point|year|lot|bunch|place|way|morning|afternoon|evening|summer|winter|crowd|group|affair|business|room|school|country|street|truth|new => whole',
      '[hole] heartedly|hearted|heap => whole',
      'a|the [whole] in|through => hole',
      'gaping|black|rabbit|bullet|plot|mouse|sink|pot|fox|swimming|watering|worm|arm|peep|cubby|bore|key|button|dug [whole] => hole',
      'dug|dig|digging|digs|drilled|drill|drilling|burned|burnt|punched|poked|blew|tore|bored|kicked @ART [whole] !@N => hole',
      'the|a [hole] day|night|week|time|thing|world|family|town|house|cake|pie|bottle|story|truth|lot|way|year|class|team|country|school|village|street => whole',
    ],
    keep: [
      '[hole] up => hole',
    ],
  },
  {
    id: 'your-you-are',
    words: ['your', "you're"],
    note: '“You’re” is “you are”; “your” is possessive (“your coat”).',
    patterns: [
      "[your] gonna|kidding|joking|such|a|an|the|already|probably|supposed|absolutely|completely|quite => you're",
      // Not before a noun: “as your so great Shakespeare says”, “in your so expressive idiom”, “your so-called brother”.
      "[your] so|too @WORD&!own !@NOUN&!@PROPN&!- => you're",
      // Not a gerund after a preposition: “I hear about your going to start a society”.
      "!@ADP [your] going to @VERB|@AUX => you're",
      "^ [your] really|very|so|totally @ADJ&!own $|,|?|!|and|to|at|with => you're",
      "^ [your] really|totally|so|too @WORD&!own $|,|?|! => you're",
      "^|hope|think|guess|bet|know|sure|assume|hoping|suppose|because|if|when|since [your] %STATE $|,|?|!|here|there|to|that|about|and|now|with => you're",
      "when|if|since|because|as|before|after|until|unless|while|hope|think|know|guess|sure|^ [your] out|in|at|on|not|totally|always|never|still|also|probably|clearly|obviously|such !-&!own&!being => you're",
      // Not before a noun: “Your net and box would have told me” (the tagger reads “net” as an adjective).
      "^ [your] @ADJ&!own|best|worst|only|first|last|next|usual|new|old $|,|?|!|to => you're",
      "^ [your] @ADJ&!own|best|worst|only|first|last|next|usual|new|old and @ADJ&!@N => you're",
      "hope|think|guess|bet|know|sure|assume|hoping|suppose [your] @ADJ here|there|$|,|to|that|and|about|with|out|over|now => you're",
      // Not a letter's close: “Your loving sister, Martha”.
      "^|think|know|hope|guess|because|if|when|maybe|unless [your] not|@ING&!loving&!adoring&!doting&!willing&!darling @NOVERB => you're",
      // Not after a verb or a quantifier: “I deny your right to criticise”, “all your wrong, fascinating theories”,
      // “heavenly kind as was your welcome to me”.
      "!@ADP|@VERB|@AUX|@DET|to|on|at|in|of|for|with|from|by|about|all [your] right|wrong|welcome|sorry|late|early|mad|crazy|dead|fine|okay|safe|free|beautiful|lucky|here|there|gone|sure|done|ready|alone|married $|,|to|that|about|and => you're",
      // Not “that”: “There’s a chance that you’re right.”
      "of|in|on|at|by|with|from|into|onto|upon|under|through|within|without|for|is|was|this|put|on [you're] @N => your",
      "[you're] own => your",
      "^ [you're] @N is|was|has|had|will|'s => your",
      // A noun that is the subject of its own verb: "I wish you're father was here".
      "[you're] @N&!@ADJ&!@ING is|was|has|had|were => your",
      // An acronym the tagger calls a name: "if you're PR was merged".
      "if|when|because|since [you're] @PROPN&@CAP is|was|has|had|were => your",
      "if|when|while|because|since|unless|hope|think|guess [your] @INGW&!being|having @CLAUSEEND => you're",
      `@VERB&!%CLAUSE [you're] @N&!home|here|there|back|family|trouble|friends|kind|sort|twins|nuts|mine|ours|yours|welcome|worth|@TIME => your`,
      "up|down|out|off [you're] @N @N => your",
      "^ [your] very|so|really|too|totally|always|extremely|incredibly|super very|so|really|too|totally|@ADJ&!own @WORD&!own $|,|?|! => you're",
      "^ [your] very|extremely|incredibly|super patient|kind|sweet|welcome|lucky|brave|clever|smart|funny|rude|quiet|good|beautiful|pretty|right|wrong|late|early|young|old|tall|strong $|,|?|! => you're",
      "[your] new to|at|here|$|, => you're",
      "[you're] @NSG&!@ADJ&!@ING&!@TIME&!trouble|family|home|kind|sort|worth|welcome|lucky|right|wrong|twins|friends|here|there|mine|man|woman|fool|dog|boss|gonna|gotta|wanna|outta|kinda|sorta @PAST|@VERB&!@INGW&!@ED => your",
    ],
  },
];
