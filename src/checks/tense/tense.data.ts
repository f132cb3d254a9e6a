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
export const TIME_SHIFTS: readonly string[] = ['ago', 'before', 'yesterday', 'last', 'once', 'when', 'used', 'earlier', 'since', 'until', 'while', 'after', 'remembers', 'remember', 'recalls', 'as', 'afterwards', 'afterward', 'later'];

/** Simple past → present (third person singular) for the reverse slip in present-tense narration. */
export const PAST_TO_PRESENT: Readonly<Record<string, string>> = {
  was: 'is', were: 'are', had: 'has', did: 'does', went: 'goes', came: 'comes', said: 'says', saw: 'sees',
  took: 'takes', made: 'makes', knew: 'knows', thought: 'thinks', felt: 'feels', ran: 'runs', sat: 'sits',
  stood: 'stands', told: 'tells', found: 'finds', left: 'leaves', got: 'gets', gave: 'gives', held: 'holds',
  kept: 'keeps', began: 'begins', heard: 'hears', turned: 'turns', looked: 'looks', walked: 'walks',
  smiled: 'smiles', opened: 'opens', closed: 'closes', pulled: 'pulls', pushed: 'pushes', wanted: 'wants',
};

/**
 * Irregular verbs as `base past participle`, for fixes in both directions ("swing" → "swung", "knew" → "knows",
 * "has forgotten" → "had forgotten"). One verb a line of the string, space-separated.
 */
export const IRREGULAR_VERBS: readonly (readonly [string, string, string])[] = `
arise arose arisen|awake awoke awoken|bear bore borne|beat beat beaten|become became become|begin began begun
bend bent bent|bet bet bet|bind bound bound|bite bit bitten|bleed bled bled|blow blew blown|break broke broken
breed bred bred|bring brought brought|build built built|burn burnt burnt|burst burst burst|buy bought bought
cast cast cast|catch caught caught|choose chose chosen|cling clung clung|come came come|cost cost cost
creep crept crept|cut cut cut|deal dealt dealt|dig dug dug|do did done|draw drew drawn|dream dreamt dreamt
drink drank drunk|drive drove driven|eat ate eaten|fall fell fallen|feed fed fed|feel felt felt|fight fought fought
find found found|flee fled fled|fling flung flung|fly flew flown|forbid forbade forbidden|forget forgot forgotten
forgive forgave forgiven|freeze froze frozen|get got got|give gave given|go went gone|grind ground ground
grow grew grown|hang hung hung|have had had|hear heard heard|hide hid hidden|hit hit hit|hold held held
hurt hurt hurt|keep kept kept|kneel knelt knelt|know knew known|lay laid laid|lead led led|lean leant leant
leap leapt leapt|leave left left|lend lent lent|let let let|lie lay lain|light lit lit|lose lost lost
make made made|mean meant meant|meet met met|pay paid paid|put put put|quit quit quit|read read read
ride rode ridden|ring rang rung|rise rose risen|run ran run|say said said|see saw seen|seek sought sought
sell sold sold|send sent sent|set set set|shake shook shaken|shine shone shone|shoot shot shot|show showed shown
shrink shrank shrunk|shut shut shut|sing sang sung|sink sank sunk|sit sat sat|sleep slept slept|slide slid slid
sling slung slung|slip slipped slipped|speak spoke spoken|speed sped sped|spend spent spent|spin spun spun
spit spat spat|split split split|spread spread spread|spring sprang sprung|stand stood stood|steal stole stolen
stick stuck stuck|sting stung stung|stink stank stunk|stride strode stridden|strike struck struck
string strung strung|strive strove striven|swear swore sworn|sweep swept swept|swim swam swum|swing swung swung
take took taken|teach taught taught|tear tore torn|tell told told|think thought thought|throw threw thrown
thrust thrust thrust|tread trod trodden|understand understood understood|wake woke woken|wear wore worn
weave wove woven|weep wept wept|win won won|wind wound wound|wring wrung wrung|write wrote written
stop stopped stopped|drop dropped dropped|grab grabbed grabbed|nod nodded nodded|step stepped stepped
tug tugged tugged|hug hugged hugged|drag dragged dragged|shrug shrugged shrugged|grin grinned grinned
pat patted patted|tap tapped tapped|rub rubbed rubbed|slam slammed slammed|trip tripped tripped
wrap wrapped wrapped|snap snapped snapped|stir stirred stirred|plan planned planned|beg begged begged
pin pinned pinned|upset upset upset|beset beset beset|broadcast broadcast broadcast|forecast forecast forecast|shed shed shed|spot spotted spotted|jog jogged jogged|knot knotted knotted|dip dipped dipped|hop hopped hopped
`.trim().split(/[|\n]/).map((line) => line.trim().split(' ') as unknown as readonly [string, string, string]);
