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
}

const MOTION =
  'walked|went|came|ran|passed|gone|go|get|got|come|broke|cut|straight|halfway|pushed|peered|drove|rode|climbed|burst|crashed|flew|slipped|squeezed|waded|wandered|looked|stepped|hurried|marched|raced|pressed|fought|plunged|sped|shot|poked';
const PERSONAL = 'i|he|she|we|they';

/** Every set, sorted by id. */
export const CONFUSABLE_SETS: readonly ConfusableSet[] = [
  {
    id: 'accept-except',
    words: ['accept', 'except'],
    note: '“Accept” is a verb, to take or agree to; “except” means “but” or “leaving out”.',
    patterns: [
      "i|he|she|we|they|to|can|could|will|would|'ll|must|should|might|couldn't|can't|won't|wouldn't|didn't|don't|never|not [except] @DET|@POSS|it|this|that|defeat|responsibility|help|money|gifts|apology|him|them|me|us => accept",
      'everyone|everybody|nothing|nobody|none|everything [accept] me|him|her|us|them|you|for|when => except',
    ],
  },
  {
    id: 'advice-advise',
    words: ['advice', 'advise'],
    note: '“Advice” is the noun (the counsel you give); “advise” is the verb (to give it).',
    patterns: [
      "to|can|could|would|will|'d|'ll|should|must|might|i|we [advice] @OBJ|against|caution|that => advise",
      '@ART|@POSS|some|good|bad|any|sound|wise|no|much|little|of|for|free|legal|medical|expert|motherly|fatherly|best|sage|such|your|my [advise] => advice',
    ],
  },
  {
    id: 'affect-effect',
    words: ['affect', 'effect'],
    note: '“Effect” is usually the noun (a result); “affect” is usually the verb (to influence).',
    patterns: [
      '@ART|desired|side|no|any|great|lasting|opposite|same|special|full|little|much|strange|calming|ripple|domino|butterfly|cumulative|profound|immediate|adverse|positive|negative|dramatic|visible|sound|startling|intended|odd|curious|chilling|soothing [affect] !@NOUN => effect',
      'in|into|take|took|takes|taking|taken [affect] !@DET|@POSS|@OBJ|@PROPN => effect',
      '@ART|side|special|sound|personal|visual|lasting|after [affects] => effects',
      "to|can|could|will|would|'ll|'d|must|might|may|shall|should|n't|not|did|does|do [effect] me|him|them|us|everyone|anybody|anyone|people => affect",
      'deeply|badly|greatly|seriously|profoundly|strongly|adversely|visibly|clearly|obviously|hardly|barely|strangely|so [effected] => affected',
      '@BE [effected] by @OBJ|@POSS|this|that|what => affected',
      'it|this|that|he|she [effects] @OBJ|@POSS|everyone|everything => affects',
    ],
  },
  {
    id: 'all-together-altogether',
    words: ['all together', 'altogether'],
    note: '“Altogether” means “completely” or “in total”; “all together” means everyone or everything in one place.',
    patterns: [
      '[all together] different|too|new|unlike|wrong|unexpected|impossible|unclear|certain|clear|fair|pleasant|unpleasant|surprising|true|false|better|worse|another|gone|useless|pointless|so|quite|lost|unnecessary|wonderful|dreadful|improper|absurd|ridiculous => altogether',
      'get|got|getting|gather|gathered|put|sing|sang|lived|live|sat|huddled|crowded|packed|bundled|lumped [altogether] => all together',
    ],
  },
  {
    id: 'an-and',
    words: ['an', 'and'],
    note: '“An” is the article before a vowel sound; “and” joins words and clauses.',
    patterns: [
      '[an] the|he|she|i|they|we|then|his|their|my|your|our|was|were|is|said|so|it|that|this|there|not|when|but|how|then|him|them|me => and',
      'had|have|has|was|is|for|like|such|as|ate|saw|found|took|held|made|gave|heard|felt|wore|carried [and] @VOWEL @NOUN|$|,|of|that => an',
    ],
  },
  {
    id: 'bare-bear',
    words: ['bare', 'bear'],
    note: '“Bare” means uncovered or to uncover; “bear” is the animal, or to carry or endure.',
    patterns: [
      '[bear] feet|foot|handed|faced|chested|headed|minimum|necessities|essentials|bones|shouldered|knuckles|knuckled => bare',
      "can't|cannot|couldn't|can|could|n't [bare] it|to|this|that|thinking|looking|hearing|him|them => bear",
      'to [bare] witness|fruit|children|thinking|looking => bear',
      '[bare] in mind => bear',
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
      'a|the|his|my|your|their|our|its|deep|one|another|long|shaky|sharp|ragged|shuddering|last|each|every|fresh|bated|whole|quick|short|steadying|calming|shallow|slow|of|hot|warm|cold|first|single|trembling|sobbing|gasping|hitching|harsh|sour [breathe] => breath',
      'caught|catch|catching|hold|held|holding|under|beneath|regain|regained|drew|draw|lost|with|catches|save|wasting|waste|waited @POSS [breathe] => breath',
    ],
  },
  {
    id: 'choose-chose',
    words: ['choose', 'chose'],
    note: '“Choose” is the present tense; “chose” is the past tense.',
    patterns: [
      "to|can|could|will|would|'ll|must|should|might|may|didn't|don't|doesn't|can't|couldn't|won't|wouldn't [chose] => choose",
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
    ],
  },
  {
    id: 'course-coarse',
    words: ['course', 'coarse'],
    note: '“Coarse” means rough or crude; “course” is a route, a series, or part of “of course”.',
    patterns: [
      '!of [course] hair|sand|cloth|fabric|wool|grain|grained|texture|linen|salt|gravel|beard|language|laugh|laughter|manners|stubble|fibres|fibers|grass|bread|voice => coarse',
      'so|very|too|rather|more|most [course] $|,|and => coarse',
      'of [coarse] => course',
      'golf|race|main|first|crash|collision|due [coarse] => course',
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
  },
  {
    id: 'feel-fell',
    words: ['feel', 'fell'],
    note: '“Fell” is the past of “fall”; “feel” is to sense or experience.',
    patterns: [
      'he|she|it [feel] asleep|silent|quiet|down|over|into|apart|off|back|from|to|onto|out|behind|away|through|in => fell',
      'i|we|they [feel] asleep|silent|apart => fell',
      "can|could|will|would|'ll|must|should|might|to|don't|didn't|i|you|we|they [fell] good|bad|better|worse|sorry|sad|happy|guilty|tired|fine|okay|alright|strange|weird|awful|terrible|great => feel",
      '[fell] free to => feel',
    ],
  },
  {
    id: 'find-fine',
    words: ['find', 'fine'],
    note: '“Find” is to discover; “fine” means good or well, or a penalty.',
    patterns: ["to|can|could|will|'ll|didn't|don't|can't|couldn't|gonna [fine] out|a way => find"],
  },
  {
    id: 'form-from',
    words: ['form', 'from'],
    note: '“From” marks where something starts; “form” is a shape, a document, or to shape.',
    patterns: [
      'away|far|came|come|comes|coming|apart|different|differs|differ|fell|falls|rose|escaped|heard|hear|aside|stepped|walked|ran|returned|drove|flew|emerged|borrowed|bought|stolen|stole|saved|protect|protected|hid|hide|hidden|keep|kept|far|away|straight|fresh [form] @DET|@POSS|@OBJ|@PROPN|here|there|home => from',
      '@ART [from] of|$|, => form',
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
      "could|would|should|must|might|may|shall|will|'d|couldn't|wouldn't|shouldn't|mustn't|mightn't [of] @VERB|been|had|done|gone|known|seen|thought|said|got|given|taken|made => have",
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
      '^ [hear] is|are|\'s|comes|goes|we|you => here',
      "^ [hear's] => here's",
      '@ADP [here] face|hand|hands|hair|eyes|mouth|head|arm|arms|shoulder|shoulders|cheek|cheeks|lips|mother|father|sister|brother|husband|voice|dress|heart|skin|neck|chin|lap => her',
      '[here] own => her',
    ],
  },
  {
    id: 'its-it-is',
    words: ['its', "it's"],
    note: '“It’s” is “it is” or “it has”; “its” is the possessive (“its tail”).',
    patterns: [
      "[its] a|an|the|been|gonna|so|too|really|no|my|your|his|our|their|raining|snowing|already|almost|probably|because|what|that|nothing|something|quite|about|me|him|you|them|us|hers|mine|yours|okay|alright|fine => it's",
      "[its] going to @VERB => it's",
      "[its] over|true|late|cold|hot|hard|easy|impossible|possible|dark|done|time|true|finished|gone|here|there|enough $|, => it's",
      "[its] hard|easy|impossible|possible|nice|late|important|necessary|useless|strange|odd|funny|dangerous|safe|difficult|enough to|that => it's",
      "of|in|on|at|by|from|into|onto|upon|under|through|within|without [it's] @NOUN|@ADJ => its",
      "[it's] own => its",
      "wagged|shook|lifted|raised|spread|flapped|bared|arched|tossed|ruffled|cocked|folded|stretched|licked|lost|wagging|shaking|flapping [it's] => its",
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
      "there|there's|'s|was|is|with|had|have|has|of|made|make|makes|got|get [know] way|idea|doubt|longer|reason|chance|choice|sign|trace|need|use|point|sense|matter|harm|mistake|good|clue|hope|time => no",
      "don't|didn't|doesn't|dont|didnt [now] what|how|why|whether|if|where|who|when|him|her|them|anything => know",
      'right|by|until|till [know] $|, => now',
      'from [know] on => now',
    ],
  },
  {
    id: 'lay-lie',
    words: ['lay', 'lie'],
    note: '“Lie” is to recline (past “lay”); “lay” is to put something down (past “laid”).',
    patterns: [
      "to|can|could|will|would|should|must|might|may|'ll|let|go|going|gonna|wanna [lay] down|back|still|awake|low|around|there $|,|on|in|for|and|beside|next => lie",
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
      'he|she|it|@PROPN [lead] @DET|@POSS|him|her|them|me|us|away|back|off|out|down|up|into|through|to|toward|towards|across => led',
      "had|has|have|'ve|hadn't|hasn't|haven't|was|were|been|being|is|be|are [lead] away|astray|by|into|to|through|out|off|down|up|back|@OBJ|@DET => led",
      "to|can|could|will|would|shall|should|may|might|must|'ll|didn't|don't|doesn't|can't|won't|couldn't|wouldn't|shouldn't [led] @DET|@OBJ|@POSS|away|into|to|astray => lead",
      'the|take|took|taking|follow|followed|followed [led] $|, => lead',
    ],
  },
  {
    id: 'lightning-lightening',
    words: ['lightning', 'lightening'],
    note: '“Lightning” is the flash in a storm; “lightening” means making lighter.',
    patterns: [
      '[lightening] strike|struck|bolt|bolts|flash|flashed|storm|fast|quick|speed|rod|cracked|split|lit|forked|flickered|streaked|strikes => lightning',
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
      'break|broke|broken|breaking|came|come|comes|coming|cut|cuts|let|set|turned|turn|tore|torn|shook|shake|wriggled|worked|pulled|hang|hung|hanging|running|ran|run|the|a|too|very|fall|fell|shaken|jerked|twisted|wrenched [lose] => loose',
      '@BE [lose] $|,|and => loose',
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
      "@SUBJ|never|always|already|just|barely|hardly|somehow|instantly|@PROPN [new] @ART|@POSS|@OBJ|@WH|better|nothing|everything|something|everyone|enough|exactly|instantly|immediately|it|too|of|all|this|those|these|each => knew",
      '@ART|brand|something|nothing|anything [knew] @NOUN|@ADJ|$ => new',
    ],
  },
  {
    id: 'of-off',
    words: ['of', 'off'],
    note: '“Off” means away or not on (“took off”); “of” links nouns (“a cup of tea”).',
    patterns: [
      'kind|sort|lot|lots|most|because|instead|afraid|full|tired|proud|fond|aware|ahead|capable|think|thinking|consist|consists|consisted|couple|out|none|sick|ashamed|scared|terrified|jealous|envious|certain|sure [off] @DET|@POSS|@OBJ|it|this|that|what|those|these|@PROPN|here|sight|breath|time => of',
      '^ [off] course ,|$ => of',
      'took|taken|taking|turned|switch|switched|switching|shook|shaking|pulled|peeled|slipped|stripped|brushed|wiped|shrugged|broke|tore|ripped|rolled|dozed|nodded|fell|jumped|climbed|stepped|headed|hurried|sped|rode|stormed|dashed|lifted|knocked|blew|backed|drifted|trailed|tailed|faded|scared|warded|fended|shaved|finished|polished|wore|ran|kicked|cast [of] @DET|@POSS|@OBJ|$|, => off',
      '@VERB it|them [of] $ => off',
    ],
  },
  {
    id: 'past-passed',
    words: ['past', 'passed'],
    note: '“Passed” is the past of “pass” (to go by); “past” means earlier times or beyond.',
    patterns: [
      "had|has|have|'ve|'d|having|hadn't|haven't|hasn't [past] @DET|@POSS|@OBJ|away|by|out|on|through|$ => passed",
      'he|she|they|i|we [past] @DET|@POSS|@OBJ|away|by|out => passed',
      'walked|ran|went|drove|rode|hurried|strode|rushed|slipped|brushed|pushed|flew|sped|raced|marched|stalked|stormed|limped|moved|swept|darted|edged|glided|stepped|sailed|looked|stared|glanced|shoved|squeezed|crept|wandered|ambled|trudged|shuffled|staggered|stumbled|filed|streamed|zoomed|whizzed|walk|run|go|drive|ride|hurry|get|got|came|come [passed] @DET|@POSS|@OBJ|@PROPN => past',
      '@ART|@POSS [passed] few|week|weeks|year|years|month|months|day|days|hour|hours|decade|century|night|life|lives|mistakes|summer|winter|generations|ages => past',
      'the [passed] $ => past',
      'half|quarter|ten|five|twenty [passed] @NUM|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|midnight|noon => past',
      "was|is|it's|'s|well|long [passed] midnight|noon|dawn|caring|bedtime => past",
    ],
  },
  {
    id: 'peak-peek-pique',
    words: ['peak', 'peek', 'pique'],
    note: 'A “peek” is a quick look; a “peak” is a summit; to “pique” interest is to arouse it.',
    patterns: [
      'sneak|quick|little|a|another|furtive|brief [peak] at|inside|through|behind|round|around => peek',
      "to|i|he|she|we|they|you|couldn't|could|'d|n't [peak] at|inside|through|behind|round|around|in|into|out|over => peek",
      'i|he|she|we|they|you|@PROPN [peaked] through|behind|inside|around|round|into|over|out|at => peeked',
      '[peaking] through|behind|inside|around|round|into|out => peeking',
      '[peak] @POSS|the interest|curiosity => pique',
      '[peek] @POSS|the interest|curiosity => pique',
      '[peaked] @POSS|the interest|curiosity => piqued',
      '[peeked] @POSS|the interest|curiosity => piqued',
      'the|its|their [peek] of|$ => peak',
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
      ...['poured pored', 'pouring poring', 'pour pore', 'pours pores'].flatMap((pair) => {
        const [wrong, right] = pair.split(' ');
        const reading =
          'book|books|map|maps|letter|letters|papers|documents|notes|pages|accounts|records|files|ledger|ledgers|newspaper|newspapers|paper|manuscript|report|reports|plans|details|diary|journal|contract|scriptures|texts|charts|photographs|photos|list|lists|menu|catalogue|figures|numbers|book\'s|page|evidence|data|clues|blueprints|designs|volumes|tomes';
        return [`[${wrong}] over @ART|@POSS ${reading} => ${right}`, `[${wrong}] over ${reading} => ${right}`];
      }),
    ],
  },
  {
    id: 'principal-principle',
    words: ['principal', 'principle'],
    note: 'A “principal” is a head of school or the main one; a “principle” is a rule or belief.',
    patterns: [
      'school|deputy|assistant|vice|head [principle] => principal',
      "[principle's] office => principal's",
      '@ART [principle] reason|character|characters|cause|source|investor|part|role|concern|objection|dancer|city|aim|goal|office|officer => principal',
      'on|in [principal] $|, => principle',
      'of|moral|guiding|basic|first|high [principal] $|, => principle',
    ],
  },
  {
    id: 'quite-quiet-quit',
    words: ['quite', 'quiet', 'quit'],
    note: '“Quite” means fairly or completely; “quiet” means silent; “quit” means to stop or leave.',
    patterns: [
      '[quiet] sure|right|certain|true|possibly|likely|different|clear|frankly|simply => quite',
      '[quiet] a few|lot|bit => quite',
      'not [quiet] right|sure|certain|what|the|finished|ready|there|done => quite',
      'be|was|were|is|are|been|grew|grow|went|go|fell|fall|kept|keep|stay|stayed|remain|remained|very|so|too|perfectly|absolutely|completely|deathly|strangely|oddly|unusually|suddenly|became|become|seemed [quite] $|and|for|now => quiet',
      '@ART [quite] @NOUN => quiet',
      'peace and [quite] => quiet',
      "to|'ll|will|won't|gonna|wanna [quite] my|his|her|your|their|our|smoking|drinking|school|work|it|now|today|$ => quit",
      "@BE [quit] sure|right|certain|possibly|likely|different|true|clear|so|well|ready|certainly|alone => quite",
    ],
  },
  {
    id: 'rein-reign',
    words: ['rein', 'reign'],
    note: 'A “rein” is the strap that steers a horse (“free rein”, “rein in”); a “reign” is a monarch’s rule.',
    patterns: [
      'free|tight|short|loose|taut [reign] => rein',
      'took|take|taking|taken|grab|grabbed|handed|hand|hold|held|holding|pulled|pull|drew|gathered|seize|seized|tighten|tightened|loosen|loosened|tug|tugged|yank|yanked|slapped|shook|jerked|dropped|flicked @ART|@POSS [reigns] => reins',
      "to|n't|can|could|will|would|must|should|'ll|'d|@SUBJ [reign] in => rein",
      '[reigned] in @OBJ => reined',
      '[rein] of terror|error => reign',
      '[rein] supreme => reign',
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
    ],
  },
  {
    id: 'seem-seen',
    words: ['seem', 'seen'],
    note: '“Seen” is the past participle of “see” (“had seen”); “seem” means to appear to be.',
    patterns: [
      "had|have|has|'ve|having|hadn't|haven't|hasn't [seem] !@ADJ|to|like|as|@ADV => seen",
      "had|have|has|'ve|having|hadn't|haven't|hasn't never|ever|not|just|already|only|once|always [seem] !@ADJ|to|like|as => seen",
      "'d [seem] @ART|anything|nothing|something|everything|before|such|him|them|me|us|it => seen",
      "'d [seem] on|in him|them|me|us|you|her => seen",
      "'d never|ever|not|just|already|only|once|always [seem] !@ADJ|to|like|as => seen",
      "can|could|will|would|shall|should|may|might|must|'ll|doesn't|didn't|don't|to [seen] to|like|@ADJ => seem",
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
      'bushy|fluffy|stumpy|pony|coat|forked|scaly|furry [tale] => tail',
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
      "[their] is|was|were|are|be|would|must|might|could|should|had|has|have|seemed|seems|came|comes|stood|goes|went|appeared|remained|existed|isn't|wasn't|aren't|weren't|won't|'s => there",
      'over|in|out|up|down|from|get|got|go|went|sat|stood|stay|stayed|right|put [their] $|, => there',
      '@BE [their] a|an|any|no|some|anything|nothing|someone|anyone|something|somebody|anybody|nobody|enough|such => there',
      "[their] gonna|so|too|here|gone|done|a|an|the|probably => they're",
      "[their] going to @VERB => they're",
      "!@ADP|to|on|at|in [their] fine|right|wrong|late|safe|sure|ready|okay|here|there|together|happy|married|gone|done $|,|to => they're",
      '[there] own => their',
      'of|in|on|at|by|with|from|into|onto|upon|under|through|within|without|about|for|to [there] @NOUN !@TIME|@ADP|$|, => their',
      'of|in|on|at|by|with|from|into|onto|upon|under|through|within|without|about|for|to [there] @ADJ @NOUN => their',
      '^ [there] @NOUN @VERB|@AUX => their',
      "^|think|hope|guess|know|said|because|if|unless|maybe|sure [there] going|gonna => they're",
      "[they're] own => their",
      "of|in|on|at|by|with|from|into|onto|upon|under|through|within|without [they're] @NOUN|@ADJ => their",
      "^ [they're] is|was|are|were|'s => there",
      "over|in|out|up|from [they're] $ => there",
      "^ [they're] @NOUN @VERB|@AUX => their",
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
    ],
  },
  {
    id: 'then-than',
    words: ['then', 'than'],
    note: '“Than” compares (“taller than”); “then” is about time or sequence (“and then”).',
    patterns: [
      '@CMP [then] @NONVERB => than',
      'and|since|until|till|by|from|just [than] => then',
      '^ [than] , => then',
    ],
  },
  {
    id: 'thing-think',
    words: ['thing', 'think'],
    note: '“Think” is the verb (to have an idea); “thing” is an object or matter.',
    patterns: [
      "@SUBJ|n't|don't|didn't|to|'d|'ll|can|could|would|should|must|might [thing] @SUBJ|that|about|of|so|it => think",
      '@ART|some|every|any|same|first|last|next|other|each [think] => thing',
    ],
  },
  {
    id: 'though-thought-through',
    words: ['though', 'thought', 'through'],
    note: '“Thought” is the past of “think”; “though” means however or although; “through” means in one side and out the other.',
    patterns: [
      "@SUBJ|had|have|'d|'ve|never|always|first|also|once [though] @SUBJ|that|about|of|so|it|for => thought",
      'even [thought] => though',
      'as [thought] @SUBJ|it => though',
      `${MOTION} [though] @DET|@POSS|@OBJ => through`,
      `${MOTION} [thought] @ART|@POSS => through`,
    ],
  },
  {
    id: 'threw-through-thorough',
    words: ['threw', 'through', 'thorough'],
    note: '“Threw” is the past of “throw”; “through” means from one side to the other; “thorough” means complete.',
    patterns: [
      `${PERSONAL} [through] @DET|@POSS|@OBJ|up|away|open|back|down|out|off|herself|himself => threw`,
      `${MOTION}|see|saw|read|halfway [threw] => through`,
      'a|very|most|more|so|too|less [through] @NOUN|@ADJ|$|and => thorough',
      '[thorough] the|his|her|my|it|them|their => through',
    ],
  },
  {
    id: 'to-too-two',
    words: ['to', 'too', 'two'],
    note: '“Too” means also or excessively; “to” is the preposition or marks a verb; “two” is the number.',
    patterns: [
      '^ me|you [to] $ => too',
      '!from|amount|amounted|amounts|come|came|comes|add|added|up|@NUM [to] late|much|many|far|soon|early|bad|hard|easy|tired|big|small|young|old|afraid|busy|dark|cold|hot|close|fast|slow|heavy|loud|high|low|short|tall|thin|fat|weak|strong|proud|scared|sick|quick|quickly|often|deep|quiet|eager|clever|bright|steep|narrow|wide|expensive|difficult|important|dangerous|risky $|,|to|for|and|that|now|already|! => too',
      "want|wanted|wants|going|have|had|has|need|needed|needs|used|try|tried|trying|able|about|ought|hope|hoped|decided|began|started|seemed|seems|refused|meant|planned|wish|wished|happened|forgot|remembered|learned|promised|managed|continued|chose|agreed|expected|tend|tended|deserve|afraid [too] @VERB => to",
      '[too] the|my|your|his|their|our|its|bed|school|church|town => to',
      'one or [to] => two',
      '[to] or three|four => two',
      'the|these|those|@POSS [to] of => two',
      '[two] much|many => too',
      '[two] late|soon $ => too',
      'me [two] $ => too',
    ],
  },
  {
    id: 'waist-waste',
    words: ['waist', 'waste'],
    note: '“Waste” is to squander, or rubbish; the “waist” is the middle of the body.',
    patterns: [
      '[waist] of time|money|energy|effort|space|breath|life|talent|resources => waste',
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
  },
  {
    id: 'week-weak',
    words: ['week', 'weak'],
    note: '“Weak” means lacking strength; a “week” is seven days.',
    patterns: [
      'felt|feel|feels|feeling|too|so|very|grew|growing|became|looked|seemed|knees|went|rather [week] $|,|and|with|from => weak',
      'last|next|per|every|each [weak] => week',
      'a|one|whole|the|this|that [weak] ago|later|earlier|long|end|off => week',
      '[weak] end|ends|day|days|night|nights => week',
    ],
  },
  {
    id: 'were-where',
    words: ['were', "we're", 'where'],
    note: '“Were” is a past form of “be”; “we’re” is “we are”; “where” asks or tells about place.',
    patterns: [
      "^ [Were] @ING|not|late|here|lost|done|sorry|fine|okay|almost|nearly|just|still|never|always|already|ready|finished|home|ok|gonna @STMT => we're",
      'we|they|you [where] @ING|not|going|so|too|very|never|always|already => were',
      '^ [were] are|is|do|does|did|have|has|can|will => where',
      'know|knew|wonder|wondered|wondering|remember|remembered|sure|idea|ask|asked|see|tell|told|show|showed|find|found|matter [were] he|she|i|we|they|it => where',
    ],
  },
  {
    id: 'who-is-whose',
    words: ["who's", 'whose'],
    note: '“Who’s” is “who is” or “who has”; “whose” asks or tells who owns something.',
    patterns: [
      "[who's] @NOUN @VERB|@AUX => whose",
      "[whose] there|that|this|going|gonna|coming|been|not|a|an|the|gone => who's",
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
    ],
  },
  {
    id: 'your-you-are',
    words: ['your', "you're"],
    note: '“You’re” is “you are”; “your” is possessive (“your coat”).',
    patterns: [
      "[your] gonna|kidding|joking|so|too|such|a|an|the|already|probably|supposed|absolutely|completely|quite => you're",
      "[your] going to @VERB => you're",
      "!@ADP|to|on|at|in|of|for|with|from|by|about [your] right|wrong|welcome|sorry|late|early|mad|crazy|dead|fine|okay|safe|free|beautiful|lucky|here|there|gone|sure|done|ready|alone|married $|,|to|that|about|and => you're",
      "of|in|on|at|by|with|from|into|onto|upon|under|through|within|without|for [you're] @NOUN|@ADJ => your",
      "[you're] own => your",
      "^ [you're] @NOUN is|was|has|had|will|'s => your",
    ],
  },
];
