import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixed, flags, testEngine } from '../../../tests/support/engine.js';

const engine = testEngine({ checks: ['pov'] });
const check = (text: string) => engine.check(text).diagnostics;
const fixture = (name: string): string => readFileSync(new URL(`../../../tests/fixtures/fiction/${name}`, import.meta.url), 'utf8');

// A close-third scene told from Mara: enough of her mind for the narration to be hers.
const MARA = [
  'Chapter One',
  '',
  'Mara pushed the door open and stood in the cold kitchen. She knew the house was empty before she called out. Mara wondered where Jon had gone.',
  '',
  'Jon came in stamping snow off his boots. Mara watched him hang his coat on the hook. She remembered the last time he had looked at her like that.',
  '',
].join('\n');
const withMara = (...lines: string[]): string => `${MARA}\n${lines.join('\n\n')}\n`;

describe('head-hopping', () => {
  it('flags a hop in a second verb that shares the sentence’s subject', () => {
    const found = check(withMara('Jon studied her face and wondered whether she had found the letter.'));
    expect(flags(found)).toEqual([['Jon studied her face and wondered whether she had found the letter.', 'pov-head-hop', undefined]]);
  });

  it.each([
    ['a new subject after "and"', 'Jon looked away, and she wondered what he knew.'],
    ['the POV character after "and"', 'Jon said nothing and Mara knew he was lying.'],
    ['a clause in between', 'Jon said that the snow was deep and wondered aloud about the bus.'],
  ])('stays quiet on %s', (_label, line) => {
    expect(check(withMara(line)).filter((d) => d.ruleId === 'pov-head-hop')).toEqual([]);
  });

  it('flags a run of sentences in another head, naming both characters, and a later pronoun hop', () => {
    const text = fixture('close-third-head-hops.txt');
    const found = check(text);
    expect(flags(found)).toEqual([
      ['Jon wondered whether she had found the letter. He knew he should have burned it.', 'pov-head-hop', undefined],
      ['He was sure she had seen the envelope.', 'pov-head-hop', undefined],
    ]);
    expect(found[0]!.message).toBe('These sentences report Jon’s thoughts in a scene told from Mara’s point of view.');
    expect(found[1]!.message).toBe('This sentence reports Jon’s thoughts in a scene told from Mara’s point of view.');
    expect(found[1]!.note).toBe(
      'Show it from outside, as Mara could see or hear it: what Jon does or says, or how he looks (“Jon frowned, as if…”); or start a new scene from Jon’s point of view. Confidence 76%: Jon is the only man on stage, and the viewpoint holds 90% of the scene’s evidence.',
    );
  });

  it('flags another character’s mind in first-person narration', () => {
    expect(flags(check(fixture('first-person.txt')))).toEqual([
      ['Jon wondered how much she had already guessed. He decided to tell her the truth.', 'pov-head-hop', undefined],
    ]);
  });

  it('flags a hop by name', () => {
    const text = withMara('Jon wanted to tell her about the letter.');
    expect(flags(check(text))).toEqual([['Jon wanted to tell her about the letter.', 'pov-head-hop', undefined]]);
  });

  it.each([
    ['observable behaviour', 'Jon frowned and turned the cup round in his hands. His knuckles were white.'],
    ['appearance', 'Jon looked tired, his face grey in the lamplight.'],
    ['“seemed”', 'Jon seemed to know what she was thinking.'],
    ['“as if”', 'Jon stared at the fire as if he knew something she did not.'],
    ['“must have”', 'Jon must have known all along.'],
    ['“looked worried”', 'Jon looked worried, and he wanted, she guessed, to be left alone.'],
    ['the POV character perceiving another', 'She saw him realise she had found it.'],
    ['the POV character knowing another’s mind', 'Mara knew that Jon wanted to leave.'],
    ['dialogue', '“Jon thinks I’m a fool,” she said. “He knows I saw the letter.”'],
    ['a reported thought', 'She said Jon knew about the debt.'],
    ['a mind voiced in the same sentence', 'Jon hoped so, he said, and went out to the barn.'],
    ['“remembered to”, an action', 'Jon remembered to lock the door behind him.'],
    ['marked direct thought', '_Jon knows,_ she thought. *He has always known.*'],
    ['a pronoun that may be Mara', 'She wondered whether he had read it. She hoped not.'],
    ['“God knows”', 'God knows what he had been doing out there.'],
    ['free indirect thought (an exclamation)', 'Yet Jon wanted to stay, of all the foolish things!'],
    ['free indirect thought (a question)', 'Did Jon really think she would not notice?'],
  ])('stays quiet on %s', (_label, line) => {
    expect(check(withMara(line))).toEqual([]);
  });

  it('flags the mind of a woman named only in dialogue in a man’s scene, with her pronoun', () => {
    const text = [
      'Osric climbed the stairs to the office and let himself in. He knew the room was not empty before he saw the client. Osric wondered how long she had been waiting.',
      '“You’re late,” said the woman in the chair. “I’m Mrs. Pell.”',
      'She wondered whether he could smell the smoke on her gloves.',
    ].join('\n\n');
    const found = check(text);
    expect(found.map((d) => [d.actual, d.ruleId])).toEqual([['She wondered whether he could smell the smoke on her gloves.', 'pov-head-hop']]);
    expect(found[0]!.message).toBe('This sentence reports another woman’s thoughts in a scene told from Osric’s point of view.');
  });

  it.each([
    ['necessity inferred from outside', 'He had been to the farm a hundred times; he had to know the gate was locked.'],
    ['a message quoted line by line', 'The phone lit up.\nJon: he knew about the farm\nJon: he always knew'],
    ['a place standing for its people', 'All Harrowgate knew the farm had been sold.'],
  ])('stays quiet on %s', (_label, line) => {
    expect(check(withMara(line)).filter((d) => d.ruleId === 'pov-head-hop')).toEqual([]);
  });

  it.each([
    ['a given name before the surname', 'Down in the yard, Jon Aske remembered the winter the well froze.'],
    ['a second verb after a comma and "and"', 'Jon went back to the stove, a little stiff, and wished she would stop watching him.'],
  ])('flags a hop with %s', (_label, line) => {
    expect(check(withMara(line)).map((d) => d.ruleId)).toEqual(['pov-head-hop']);
  });

  it('flags a mind after an adverb that opens its clause', () => {
    const found = check(withMara('Jon looked at the stove for a long moment, and privately he thought it was the ugliest thing in the house.'));
    expect(found.map((d) => d.ruleId)).toEqual(['pov-head-hop']);
  });

  it('takes "he" for the only man on stage, however long ago he was named', () => {
    const found = check(withMara('The snow fell all afternoon.', 'The kettle boiled dry.', 'He knew he should have burned it.'));
    expect(found.map((d) => [d.actual, d.severity])).toEqual([['He knew he should have burned it.', 'warning']]);
    expect(found[0]!.note).toContain('Jon is the only man on stage');
  });

  it('stays quiet on a close-third scene with dialogue, em dashes, ellipses and italics', () => {
    expect(check(fixture('close-third-clean.txt'))).toEqual([]);
  });

  it('reports an omniscient scene once, as info, and flags no head-hops in it', () => {
    const found = check(fixture('omniscient.txt'));
    expect(found.map((d) => [d.ruleId, d.severity, d.actual])).toEqual([
      ['pov-omniscient', 'info', 'The village of Ashby had three shops, one church and a great many opinions.'],
    ]);
    expect(found[0]!.message).toBe('This scene enters the minds of Ellen, Tom and Mrs. Hale, so it reads as omniscient and head-hops are not flagged in it.');
    expect(found[0]!.note).toContain('scene 1.1');
  });
});

describe('Markdown', () => {
  const md = (extra: string): string =>
    `# The Farm\n\n${MARA.split('\n').slice(2).join('\n')}\n*Jon knows,* she thought. _He has always known._\n\n*I’m dreaming again…*\n\n${extra}---\n\nLater, Mara slept.\n`;

  it('reads marked thought, headings and breaks from the source', () => {
    const outcome = engine.check(md(''), { format: 'markdown' });
    expect(outcome.diagnostics).toEqual([]);
    const { scenes } = outcome.summaries.pov!;
    expect(scenes.map((x) => [x.key, x.chapter, x.pov])).toEqual([
      ['1.1', 'The Farm', 'Mara'],
      ['1.2', 'The Farm', undefined],
    ]);
  });

  it('still flags a head-hop, with offsets into the source', () => {
    const text = md('Jon wanted to tell her about the letter.\n\n');
    expect(flags(engine.check(text, { format: 'markdown' }).diagnostics)).toEqual([['Jon wanted to tell her about the letter.', 'pov-head-hop', undefined]]);
  });
});

describe('editing', () => {
  it('flags a head-hop typed into a scene, re-analysing only that paragraph', () => {
    const typing = testEngine({ checks: ['pov'] });
    const before = withMara('Jon sat down by the stove.');
    expect(typing.check(before).diagnostics).toEqual([]);
    const after = before.replace('Jon sat down by the stove.', 'Jon sat down by the stove. He wondered what she knew.');
    const outcome = typing.check(after);
    expect(outcome.analysed).toBe(1);
    expect(flags(outcome.diagnostics)).toEqual([['He wondered what she knew.', 'pov-head-hop', undefined]]);
  });
});

describe('settings', () => {
  it('takes the POV character the writer sets for a scene', () => {
    const text = fixture('close-third-head-hops.txt');
    const asJon = testEngine({ checks: ['pov'], options: { pov: { povCharacters: { '1.1': 'Jon' } } } });
    const found = asJon.check(text).diagnostics;
    // Told from Jon, Mara's mind is the hop: her named sentences and the "she" that can only be hers.
    expect(found.map((d) => d.message)).toContain('This sentence reports Mara’s thoughts in a scene told from Jon’s point of view.');
    expect(found.some((d) => d.actual.startsWith('Jon wondered'))).toBe(false);
  });

  it('is silent on head-hops when the manuscript is set to omniscient, and flags them when set to close', () => {
    const text = fixture('omniscient.txt');
    const omniscient = testEngine({ checks: ['pov'], options: { pov: { narration: 'omniscient' } } });
    expect(omniscient.check(fixture('close-third-head-hops.txt')).diagnostics).toEqual([]);
    const close = testEngine({ checks: ['pov'], options: { pov: { narration: 'close' } } });
    const found = close.check(text).diagnostics;
    expect(found.every((d) => d.ruleId === 'pov-head-hop')).toBe(true);
    expect(found.length).toBeGreaterThanOrEqual(2);
  });

  it('"" for a scene means no single POV: no head-hop flags there', () => {
    const none = testEngine({ checks: ['pov'], options: { pov: { povCharacters: { '1.1': '' } } } });
    expect(none.check(fixture('close-third-head-hops.txt')).diagnostics.map((d) => d.actual)).toEqual(['He was sure she had seen the envelope.']);
  });

  it('flags the narrator named in the third person in a first-person scene', () => {
    const text = 'Chapter 1\n\nI had not slept. I knew the letter was in his coat, and I watched the door all night. My hands shook.\n\nMara knew she had to read it.\n';
    const named = testEngine({ checks: ['pov'], options: { pov: { povCharacters: { '1.1': 'Mara' } } } });
    const found = named.check(text).diagnostics;
    expect(flags(found)).toEqual([['Mara', 'pov-person-shift', 'I']]);
    expect(fixed(text, found)).toContain('I knew she had to read it.');
  });
});

describe('summary', () => {
  it('lists each scene with its key, narration and POV, marking the writer’s settings', () => {
    const text = fixture('close-third-head-hops.txt');
    const set = testEngine({ checks: ['pov'], options: { pov: { povCharacters: { '1.2': 'Mara' } } } });
    const { scenes } = set.check(text).summaries.pov!;
    expect(scenes.map(({ key, chapter, person, tense, pov, povSet, omniscient }) => ({ key, chapter, person, tense, pov, povSet, omniscient }))).toEqual([
      { key: '1.1', chapter: 'Chapter One', person: 'third', tense: 'past', pov: 'Mara', povSet: false, omniscient: false },
      { key: '1.2', chapter: 'Chapter One', person: 'third', tense: 'past', pov: 'Mara', povSet: true, omniscient: false },
    ]);
    // The minds each scene enters: what the app offers when the writer sets the POV character.
    expect(scenes.map((s) => s['heads'])).toEqual([
      ['Mara', 'Jon'],
      ['Mara', 'Jon'],
    ]);
  });
});

describe('viewpoint from all the evidence', () => {
  // Corra's scene, told through her senses and feelings with hardly a "she knew"; Bram is the only man on stage.
  const corra = (...lines: string[]): string =>
    [
      'Chapter Two',
      '',
      'The cold bit through Corra’s gloves. By the top of the hill Corra’s thighs were burning, and her breath came short. She hated that he could still make her blush.',
      '',
      'Bram was waiting at the gate with his collar turned up. He nodded to her and said nothing. Corra felt the old anger rise in her throat, and she heard the dogs in the yard behind him.',
      '',
      'She followed Bram into the kitchen. The fire had burned low. Corra watched Bram set two cups on the table, and her stomach tightened.',
      '',
      ...lines.flatMap((l) => [l, '']),
    ].join('\n');

  it('finds the viewpoint from perception, sensation and feeling, and flags the other mind with whose it is', () => {
    const found = check(corra('Bram wondered whether she had read the letter already.'));
    expect(found.map((d) => [d.actual, d.ruleId, d.severity])).toEqual([['Bram wondered whether she had read the letter already.', 'pov-head-hop', 'warning']]);
    expect(found[0]!.message).toBe('This sentence reports Bram’s thoughts in a scene told from Corra’s point of view.');
    expect(found[0]!.confidence).toBeGreaterThanOrEqual(0.65);
  });

  it.each([
    ['a pronoun when he is the only man on stage', 'He hated that she had come, and he hated that she was kind.'],
    ['a hop inside a longer sentence', 'Bram shrugged, though he privately thought the plan was madness.'],
    ['a hedge that governs another clause', 'Perhaps it was only the draught, but Bram was more frightened than he had ever been.'],
    ['a mind in the progressive', 'Bram was thinking of his brother, who had drowned off the point.'],
    ['a decision', 'Bram had already made up his mind to sell the farm.'],
    ['a concessive clause after a phrase', 'Bram grinned, though underneath the grin he was already dreading the question.'],
    ['what he wanted', 'Bram had been up since five, and all he wanted was to sleep.'],
  ])('flags %s', (_label, line) => {
    expect(check(corra(line)).map((d) => [d.actual, d.ruleId, d.severity])).toEqual([[line, 'pov-head-hop', 'warning']]);
  });

  it.each([
    ['a hedge in the same clause', 'Bram frowned, as if he knew what she meant.'],
    ['a visible body', 'Bram’s hands tightened on the cup.'],
    ['his senses', 'Bram watched her over the rim of his cup.'],
  ])('stays quiet on %s', (_label, line) => {
    expect(check(corra(line)).filter((d) => d.ruleId === 'pov-head-hop')).toEqual([]);
  });

  it('follows a viewpoint character who takes singular they', () => {
    const text = [
      'Chapter Three',
      '',
      'Oru climbed the ladder hand over hand, their breath loud in the helmet. Their left shoulder ached where they had struck the hatch. Oru pulled themself through and caught the rail.',
      '',
      'They didn’t let themself think about the seal. Oru knew the numbers already. Dray was strapped into the command chair with his helmet off, and Oru watched Dray for a long moment.',
      '',
      'Dray wondered whether the hull would hold.',
      '',
    ].join('\n');
    const found = check(text).filter((d) => d.ruleId === 'pov-head-hop');
    expect(found.map((d) => [d.actual, d.severity])).toEqual([['Dray wondered whether the hull would hold.', 'warning']]);
    expect(found[0]!.message).toBe('This sentence reports Dray’s thoughts in a scene told from Oru’s point of view.');
  });

  it('keeps a guessed pronoun at info level', () => {
    const text = withMara('Tom came in after Jon. Tom shook the snow off his coat, and Mara took it from Tom.', 'He wanted to leave at once.');
    const hops = check(text).filter((d) => d.ruleId === 'pov-head-hop');
    expect(hops.every((d) => d.severity === 'info')).toBe(true);
  });

  it('treats a retrospective first-person narrator’s report of another mind as info, a present-tense one as a warning', () => {
    const past = check(fixture('first-person.txt')).filter((d) => d.ruleId === 'pov-head-hop');
    expect(past.map((d) => d.severity)).toEqual(['info']);
    const now = 'Chapter 1\n\nI open the door. I know the letter is in his coat, and I watch him all evening. My hands shake.\n\nI sit down across from Jon. Jon pours the tea. I watch Jon. Jon is terrified that I will ask about the letter.\n';
    expect(check(now).filter((d) => d.ruleId === 'pov-head-hop').map((d) => d.severity)).toEqual(['warning']);
  });
});

describe('person shifts', () => {
  it('flags first-person narration in a third-person scene and offers the POV character’s pronoun', () => {
    const text = withMara('She crossed to the window, and I followed her with the lamp.');
    const found = check(text);
    expect(flags(found)).toEqual([['I', 'pov-person-shift', 'she']]);
    expect(found[0]!.message).toBe('“I” is first-person narration in a third-person scene; use the third person, or mark it as thought or speech.');
  });

  it('flags second-person narration in a third-person scene and offers the POV character’s pronoun', () => {
    const text = withMara('She set the lamp down. You walked to the window and looked out at the harbour.');
    const found = check(text);
    expect(flags(found)).toEqual([['You', 'pov-person-shift', 'She']]);
    expect(found[0]!.message).toBe('“You” is second-person narration in a third-person scene; use the third person, or mark it as thought or speech.');
    expect(fixed(text, found)).toContain('She walked to the window');
  });

  it.each([
    ['generic you with a modal', 'You could not have seen a prettier sight than the harbour that morning.'],
    ['generic you after "whence"', 'The east window, whence you got a glimpse of the orchard, stood open.'],
    ['you in dialogue', '“You walked all that way?” she asked.'],
    ['you in the present', 'You know how it is with old houses.'],
  ])('stays quiet on %s', (_label, line) => {
    expect(check(withMara(line))).toEqual([]);
  });

  it('hints to italicise a standalone line of direct thought, not a POV slip', () => {
    const text = withMara('I’m dreaming again…');
    const found = check(text);
    expect(found.map((d) => [d.actual, d.ruleId, d.severity])).toEqual([['I’m dreaming again…', 'pov-unmarked-thought', 'info']]);
    expect(fixed(text, found)).toContain('_I’m dreaming again…_');
  });

  it.each([
    ['dialogue', '“I know,” she said. “I always know.”'],
    ['British single-quoted dialogue', '‘I know,’ she said. ‘I always know.’'],
    ['a narrator’s aside', 'It was, I believe, the coldest night of the year.'],
    ['italicised thought', '_I can’t stay here,_ she thought.'],
    ['tagged thought', 'Good riddance, thought Mara--I never liked him anyway.'],
    ['an address to someone', 'Ah, Jon, I wish you had seen her face.'],
    ['a narrator’s own speech tag', '“You may go,” said I, and turned back to the fire.'],
    ['a narrator’s confession', 'I confess I watched her go with some relief.'],
  ])('stays quiet on %s', (_label, line) => {
    expect(check(withMara(line))).toEqual([]);
  });

  it.each([
    ['a narrator commenting from the present', 'He did his best with the boys, but I don’t think he enjoyed a minute of it.'],
    ['a narrator correcting a name', 'As Miss Hale . . . I beg her pardon, Mrs. Oakes . . . came down the steps, the band struck up.'],
    ['a narrator’s opinion', 'There were many tired children in the town that night, but it is my private opinion that Jon was the tiredest, for he slept until noon.'],
    ['a quoted phrase', 'He liked to talk about ‘the men of my year’, as he called them.'],
    ['an exclamation', 'She had made so many mistakes, but, dear me, how hard she had tried.'],
    ['a play script’s speaker label', 'MARA: I never think about the money. Jon can keep it.'],
    ['generic you inside a sentence', 'The town was small; that was all you saw from the road.'],
  ])('stays quiet on %s', (_label, line) => {
    expect(check(withMara(line))).toEqual([]);
  });

  it('flags "I" with a past verb or a past modal', () => {
    expect(flags(check(withMara('She knelt by the stove. I could feel the heat on my face.')))).toEqual([
      ['I', 'pov-person-shift', 'She'],
      ['my', 'pov-person-shift', 'her'],
    ]);
  });

  it('keeps a first-person book’s narrator even in a scene where they mostly watch others', () => {
    const narrator = 'I had come to the farm in the spring. I remember the wind, and I remember my first sight of the river. My uncle met me at the gate.';
    const watching = [
      'Chapter Two',
      '',
      'Grandmother looked anxiously at the sky. She had hung the washing out at dawn, and she meant to have it in before the storm. He brought the cows down early; he was worried about the creek.',
      '',
      'She called the dog in. He shut the barn. I had never seen them so quiet.',
    ].join('\n');
    const text = `Chapter One\n\n${[narrator, narrator, narrator, narrator, narrator].join('\n\n')}\n\n${watching}\n`;
    expect(check(text).filter((d) => d.ruleId === 'pov-person-shift')).toEqual([]);
  });

  it('reads a scene told in the second person as second person, not as slips', () => {
    const text = 'Chapter One\n\nYou cross the kitchen and fill the kettle. You stand at the window while it boils. You walked this road every day last winter, and he walked it with you.\n\nYou set two cups out. You wait.\n';
    expect(check(text).filter((d) => d.ruleId === 'pov-person-shift')).toEqual([]);
  });

  it('stays quiet on a letter and an epigraph quoted in third-person narration', () => {
    expect(check(fixture('letters-epigraph.txt'))).toEqual([]);
  });

  it('stays quiet on first-person narration', () => {
    const text = 'Chapter 1\n\nI had not slept. I knew the letter was in his coat, and I watched the door all night. My hands shook when I finally opened it.\n';
    expect(check(text)).toEqual([]);
  });
});
