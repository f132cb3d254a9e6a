import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixed, flags, testEngine } from '../../../tests/support/engine.js';

const engine = testEngine({ checks: ['tense'] });
const check = (text: string) => engine.check(text).diagnostics;
const fixture = (name: string): string => readFileSync(new URL(`../../../tests/fixtures/fiction/${name}`, import.meta.url), 'utf8');

// Past-tense narration around the line under test, so the scene's tense is clear.
const PAST = 'Mara sat at the table and waited. The clock ticked. She poured the tea and pushed the cup across. He took it without a word.';
const inPast = (line: string): string => `${PAST}\n\n${line}\n`;
const PRESENT = 'Mara opens the gate and steps into the lane. The snow is deep, and she walks carefully. She knows the way by heart.';
const inPresent = (line: string): string => `${PRESENT}\n\n${line}\n`;

describe('present in past narration', () => {
  it('flags the issue’s examples and fixes them', () => {
    const text = fixture('past-tense-slips.txt');
    const found = check(text);
    expect(flags(found)).toEqual([
      ['she’s', 'tense-present-in-past', 'she’d'],
      ['has thought', 'tense-present-in-past', 'had thought'],
      ['is', 'tense-present-in-past', 'was'],
    ]);
    expect(found[0]!.message).toBe('“she’s” is present perfect in past-tense narration; use “she’d”.');
    const after = fixed(text, found);
    expect(after).toContain('Even after all the times she’d done this, she still felt like a child');
    expect(after).toContain('He had thought she was joking all along');
    expect(after).toContain('She was tired of secrets, and she told her aunt so.');
  });

  it('keeps a straight apostrophe and plural subjects', () => {
    const text = inPast("They're gone now, and they have known it all along, she realised later. They are late, and they knew it.");
    expect(flags(check(text))).toEqual([['are', 'tense-present-in-past', 'were']]);
    const contraction = inPast("Even after all the times he's done this, he still felt sick.");
    expect(fixed(contraction, check(contraction))).toContain("he'd done this");
  });

  it('flags a present verb sharing a past one’s subject, with the past as the fix where it is sure', () => {
    const text = inPast('She turned away and walks to the door. He stood up and carries the tray out. He looked round and stops. She looked up and plods on.');
    const found = check(text);
    expect(flags(found)).toEqual([
      ['walks', 'tense-present-in-past', 'walked'],
      ['carries', 'tense-present-in-past', 'carried'],
      // "stop" doubles its consonant: a listed verb, so the fix is sure.
      ['stops', 'tense-present-in-past', 'stopped'],
      // "plod": plodded or ploded? Not listed, so no guess.
      ['plods', 'tense-present-in-past', undefined],
    ]);
    expect(found[3]!.message).toBe('“plods” is present-tense in past-tense narration; use the past tense.');
    expect(fixed(text, found)).toContain('She turned away and walked to the door. He stood up and carried the tray out. He looked round and stopped.');
  });

  it.each([
    ['a past verb then "and" with a new subject', 'She turned away, and he follows the rules of the house, she knew.'],
    ['dialogue', '“He has a debt,” she said, “and he’s been too proud to tell you.”'],
    ['free indirect thought (a question)', 'Was he lying? Had he ever told her the truth?'],
    ['free indirect thought (present, unmixed)', 'He is always lying. That is the trouble with him.'],
    ['a tagged thought', 'He is lying, she thought, and she was sure of it.'],
    ['italic thought', '_He is my brother,_ she reminded herself, and she poured more tea.'],
    ['a general truth', 'Water boils at a hundred degrees, and the kettle was already singing.'],
    ['a truth universally acknowledged', 'It is a truth universally acknowledged that a man in possession of a fortune must be in want of a wife.'],
    ['an inverted conditional', 'Could he have seen her face, he would have stopped.'],
    ['“she’s” before an adjective (is or has?)', 'She’s tired, she told herself, and she went on.'],
  ])('stays quiet on %s', (_label, line) => {
    expect(check(inPast(line))).toEqual([]);
  });
});

describe('present in past narration, wherever it stands', () => {
  it.each([
    ['a name and an -s verb beside a past one', 'Corra lifts the latch and stepped into the yard.', ['lifts', 'lifted']],
    ['a sentence wholly in the present between past ones', 'Corra crossed the yard. The gate is open a hand’s width. She pushed it wide.', ['is', 'was']],
    ['a noun phrase and a verb with a particle', 'They reached the ridge at noon. Halfway along, the wind picks up. Corra pulled her hood tight.', ['picks', 'picked']],
    ['a present perfect after a name', 'By the time she finished, Corra has already stopped listening.', ['has already stopped', 'had already stopped']],
    ['a contracted progressive', 'He’s carrying the lamp she had bought him at the fair.', ['He’s', 'He was']],
    ['a present verb joined after an object', 'She took the cup from the shelf and fills it with tea.', ['fills', 'filled']],
    ['an -s verb after a long past clause', 'She stood at the window while the rain came down and the kettle began to sing, and then she opens the door.', ['opens', 'opened']],
  ])('flags %s', (_label, line, [actual, fix]) => {
    // Corra is named three times, so the manuscript knows her for a name.
    expect(flags(check(inPast(`Corra and her brother came home late. Her brother went to bed, but Corra sat up.\n\n${line}`)))).toEqual([[actual, 'tense-present-in-past', fix]]);
  });

  it.each([
    ['a simile’s timeless present', 'He had the look of a man counting coins he knows he does not have.'],
    ['a run of present sentences (an essay)', 'Grief is a strange animal. It waits. It is patient, and it never sleeps.'],
    ['a habit', 'He always touches his collar when he lies.'],
    ['a general rule with its condition', 'She knew that if a signalman sleeps on duty, he risks his place.'],
    ['a plural noun before a preposition', 'The old towers in the valley were dark by then.'],
    ['a counted noun', 'The river moved a few yards in a bad flood.'],
    ['a diary quoted in the narration', '14th March. The lime tree is still there. I told the gardener so, and my sister laughed.'],
    ['a word that only looks like a name', 'Everybody likes to be thanked. Nobody thanked her.'],
  ])('stays quiet on %s', (_label, line) => {
    expect(check(inPast(line))).toEqual([]);
  });

  it('lets a first-person narrator speak from the present, but flags a slip joined to the story', () => {
    const story = 'I walked down to the harbour that morning. I bought bread and I watched the boats come in. My sister waited on the wall.';
    expect(check(`${story}\n\nThe harbour is still there. I walked past it last spring.\n`)).toEqual([]);
    expect(flags(check(`${story}\n\nThe boat lurches and I caught the rail.\n`))).toEqual([['lurches', 'tense-present-in-past', 'lurched']]);
  });
});

describe('issue 16: present verbs in past narration wherever they stand', () => {
  // Written for these tests (not from any fixture): one shape each, in a past scene that names its people.
  const SCENE = 'Wenna and Taddeo rode into the yard at dusk. He tied the horses, and she carried the saddlebags to the door. She was tired, and he was hungry.';
  const inScene = (line: string): string => `${SCENE}\n\n${line}\n\nWenna lit the lamp. Taddeo sat down by the stove, and he pulled off his boots.\n`;
  it.each([
    ['a plural noun phrase and “are”', 'The shutters are closed against the wind.', ['are', 'were']],
    ['a possessive noun phrase and “is”', 'His coat is soaked through to the lining.', ['is', 'was']],
    ['a possessive name and an -s verb joined to a past one', 'Wenna’s mare shakes her head and trotted off to the trough.', ['shakes', 'shook']],
    ['“She’s” and an adjective', 'She’s cold to the bone after the long ride.', ['She’s', 'She was']],
    ['“He’s” and a participle read as a verb', 'He’s forgotten the key again, and he swore under his breath.', ['He’s', 'He’d']],
    ['a present perfect inside another clause', 'It was the second winter in a row he has lost a horse to the cold.', ['has lost', 'had lost']],
    ['a bare plural verb beside a past one', 'They unload the cart and went inside.', ['unload', 'unloaded']],
    ['an irregular plural verb', 'The two of them stood there while the lanterns swing in the wind, and Wenna shivered.', null],
    ['a plural noun phrase and a base verb joined to a past one', 'The riders canter past the gate and vanished into the dusk.', ['canter', 'cantered']],
  ])('flags %s', (_label, line, expected) => {
    const found = flags(check(inScene(line))).filter(([actual]) => line.includes(actual));
    expect(found).toEqual(expected ? [[expected[0], 'tense-present-in-past', expected[1]]] : []);
  });

  it.each([
    ['a general truth with a bare plural subject', 'Horses know the way home in the dark.'],
    ['a maxim with a noun subject', 'Pride makes people say foolish things.'],
    ['a generic “a” subject', 'A tired horse is a stubborn horse.'],
    ['a generic “a” subject with an object', 'A good saddle is worth its weight in silver.'],
    ['a simile with “as”', 'She watched him as a hawk watches a field mouse.'],
    ['a present frame with “now”', 'The farmhouse is a ruin now.'],
    ['a present passage of two sentences', 'The valley is wide and green. The river runs through it.'],
    ['reported thought in the present', 'She thought the road is safer by day.'],
    ['a perfect beside a present frame', 'They have lived in that valley ever since, and Wenna laughed about it later.'],
  ])('stays quiet on %s', (_label, line) => {
    expect(flags(check(inScene(line))).filter(([actual]) => line.includes(actual))).toEqual([]);
  });

  it('lets a first-person narrator speak from the present but flags a definite noun phrase among past sentences', () => {
    const story = 'I walked down to the harbour that morning. I bought bread and I watched the boats come in.';
    expect(check(`${story}\n\nThe quay is crowded. I pushed through to the wall and waited.\n`).map((d) => d.actual)).toEqual(['is']);
    expect(check(`${story}\n\nThe quay is still there. I walked past it last spring.\n`)).toEqual([]);
    expect(check(`${story}\n\nI am older now, and I still remember the smell of tar.\n`)).toEqual([]);
  });

  it.each([
    ['a noun phrase and a past verb', 'The door opened behind her.', ['opened', 'opens']],
    ['“they” and a past verb', 'They walked along the harbour wall.', ['walked', 'walk']],
    ['an irregular past joined to a present', 'He picks up the cup and drank.', ['drank', 'drinks']],
  ])('flags past in present narration: %s', (_label, line, [actual, fix]) => {
    const scene = 'Wenna and Taddeo meet at the quay. She is late, and he is cold. Taddeo waits by the rail, and Wenna runs the last yards.';
    const text = `${scene}\n\n${line}\n\nWenna laughs. Taddeo shakes his head, and he takes her bag.\n`;
    expect(flags(check(text)).filter(([a]) => line.includes(a))).toEqual([[actual, 'tense-past-in-present', fix]]);
  });

  it.each([
    ['what was said before the scene', 'His brother said a lot of things.'],
    ['backstory with a time word', 'The old mill burned down years ago.'],
  ])('stays quiet in present narration on %s', (_label, line) => {
    const scene = 'Wenna and Taddeo meet at the quay. She is late, and he is cold. Taddeo waits by the rail, and Wenna runs the last yards.';
    const text = `${scene}\n\n${line}\n\nWenna laughs. Taddeo shakes his head, and he takes her bag.\n`;
    expect(flags(check(text)).filter(([a]) => line.includes(a))).toEqual([]);
  });

  it.each([
    ['the narrator pointing at the page', 'The following is a copy of the letter.'],
    ['a simile’s “when” clause', 'He felt like a juggler when the last ball has just landed in his hand.'],
  ])('stays quiet in past narration on %s', (_label, line) => {
    const SCENE = 'Wenna and Taddeo rode into the yard at dusk. He tied the horses, and she carried the saddlebags to the door. She was tired, and he was hungry.';
    expect(flags(check(`${SCENE}\n\n${line}\n\nWenna lit the lamp, and he sat down.\n`)).filter(([a]) => line.includes(a))).toEqual([]);
  });

  it('flags the narrator’s own past among present sentences, and someone else’s', () => {
    const present = 'I climb the ladder and lean on the rail. The ship rolls under me. I hold on with both hands.';
    expect(flags(check(`${present}\n\nI wiped the salt off my face with my sleeve. The bell rings below.\n`))).toEqual([['wiped', 'tense-past-in-present', 'wipe']]);
    expect(flags(check(`${present}\n\nSomebody shoved past me toward the stairs. The bell rings below.\n`))).toEqual([['shoved', 'tense-past-in-present', 'shoves']]);
  });
});

describe('past in present narration', () => {
  it.each([
    ['a sentence wholly in the past between present ones', 'He stands at the sink. He stood in the doorway for a moment. He dries his hands.', ['stood', 'stands']],
    ['a first-person present with a past verb joined to it', 'I open the gate and saw the dog asleep on the step.', ['saw', 'see']],
    ['a regular past joined to a present', 'He walks over to the bench and picked up the cup.', ['picked', 'picks']],
  ])('flags %s', (_label, line, [actual, fix]) => {
    expect(flags(check(inPresent(line)))).toEqual([[actual, 'tense-past-in-present', fix]]);
  });

  it.each([
    ['a time word', 'She sat in the car afterwards and wrote the letter.'],
    ['a tag set off by commas', 'The reason, Mara insisted, is not the money.'],
  ])('stays quiet on %s', (_label, line) => {
    expect(check(inPresent(line))).toEqual([]);
  });

  it('flags a past verb beside present ones and offers the present', () => {
    const text = fixture('present-tense.txt');
    const found = check(text);
    expect(flags(found)).toEqual([['walked', 'tense-past-in-present', 'walks']]);
    expect(fixed(text, found)).toContain('She turns and walks on toward the village.');
  });

  it('flags "was" beside a present verb', () => {
    expect(flags(check(inPresent('She opens the door, and she was cold.')))).toEqual([['was', 'tense-past-in-present', 'is']]);
  });

  it.each([
    ['backstory with a time word', 'She was nine when she first walked this lane alone.'],
    ['a whole past sentence', 'Her father had let her go as far as the bridge, no farther.'],
    ['dialogue', '“I walked here yesterday,” she says.'],
  ])('stays quiet on %s', (_label, line) => {
    expect(check(inPresent(line))).toEqual([]);
  });
});

describe('Markdown', () => {
  it('leaves marked thought alone and still flags narration', () => {
    const text = `${PAST}\n\n*He is lying to me, and she knew it all along.* She is tired, and she told him so.\n`;
    expect(flags(engine.check(text, { format: 'markdown' }).diagnostics)).toEqual([['is', 'tense-present-in-past', 'was']]);
    expect(engine.check(text, { format: 'markdown' }).diagnostics[0]!.from).toBe(text.indexOf('She is') + 4);
  });
});

describe('settings', () => {
  it('takes the tense the writer sets over detection', () => {
    // Too short to detect a tense: auto stays quiet, "past" flags.
    const text = 'She is tired, and she was cold.';
    expect(check(text)).toEqual([]);
    const past = testEngine({ checks: ['tense'], options: { tense: { tense: 'past' } } });
    expect(flags(past.check(text).diagnostics)).toEqual([['is', 'tense-present-in-past', 'was']]);
  });
});
