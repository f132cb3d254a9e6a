import { describe, expect, it } from 'vitest';
import { fixed, flags, testEngine } from '../../../tests/support/engine.js';

const engine = testEngine({ checks: ['spelling'] });
const check = (text: string) => engine.check(text).diagnostics;

describe('spelling: real typos', () => {
  it('flags a typo and offers the right word first, keeping case', () => {
    const text = 'She recieved the letter. Teh letter was short.';
    const found = check(text);
    expect(flags(found)).toEqual([
      ['recieved', 'spelling-unknown-word', 'received'],
      ['Teh', 'spelling-unknown-word', 'The'],
    ]);
    expect(fixed(text, found)).toBe('She received the letter. The letter was short.');
    expect(found[0]!.message).toBe('“recieved” is not in the dictionary; did you mean “received”?');
  });

  it('checks words between commas and beside dashes (ignoreLiteral is off)', () => {
    expect(flags(check('“I know, Jonh, that you lied.” She turned—slowely.'))).toEqual([
      ['Jonh', 'spelling-unknown-word', 'John'],
      ['slowely', 'spelling-unknown-word', 'slowly'],
    ]);
  });

  it('does not accept a rare word that is one slip from a common one', () => {
    const found = check('Of corse she was taler than him.');
    expect(flags(found).map((f) => f[0])).toEqual(['corse', 'taler']);
    expect(found[0]!.fixes[0]).toMatchObject({ text: 'course' });
    expect(found[1]!.fixes.map((f) => ('text' in f ? f.text : ''))).toContain('taller');
  });

  it('does not let a derivation hide a one-letter slip', () => {
    expect(flags(check('She waited untill dark.'))).toEqual([['untill', 'spelling-unknown-word', 'until']]);
    expect(flags(check('It was presetly done, carefuly.')).map((f) => f[0])).toEqual(['presetly', 'carefuly']);
  });

  it('checks inside italics markers and reports the word’s own offsets', () => {
    const text = 'It was _definately_ *hers*.';
    const [d] = check(text);
    expect(d?.actual).toBe('definately');
    expect(text.slice(d!.from, d!.to)).toBe('definately');
    expect(d?.fixes[0]).toMatchObject({ text: 'definitely' });
  });

  it('flags a misspelt half of a hyphenated compound', () => {
    expect(flags(check('She was half-aslep by the fire.')).map((f) => f[0])).toEqual(['half-aslep']);
  });

  it('keeps suggesting after many distinct typos (no session-wide cap)', () => {
    const typos = ['recieve', 'beleive', 'wierd', 'freind', 'thier', 'occured', 'seperate', 'untill', 'tommorow', 'wich',
      'becuase', 'accomodate', 'goverment', 'neccessary', 'sucess', 'truely', 'calender', 'begining', 'beggining', 'existance',
      'garantee', 'harrass', 'independant', 'jewelery', 'knowlege', 'liason', 'momento', 'noticable', 'ocasion', 'persue',
      'posession', 'recomend', 'rythm', 'tounge', 'vaccuum', 'wether', 'acheive', 'apparantly', 'arguement', 'basicly'];
    const found = check(typos.map((t) => `She said ${t} twice.`).join(' '));
    expect(found).toHaveLength(typos.length);
    expect(found.find((d) => d.actual === 'wich')?.fixes[0]).toMatchObject({ text: 'which' });
    expect(found.find((d) => d.actual === 'garantee')?.fixes[0]).toMatchObject({ text: 'guarantee' });
    expect(found.filter((d) => d.fixes.length === 0).map((d) => d.actual)).toEqual([]);
  });
});

describe('spelling: names', () => {
  const story = 'Xander ran. She and Xander’s friend saw Xander at the gate, and then xander left with Giles. Later Giles came back.';

  it('learns a capitalised word that recurs mid-sentence as a name, and reports the cast', () => {
    const outcome = engine.check(story);
    expect(flags(outcome.diagnostics)).toEqual([['xander', 'spelling-name-case', 'Xander']]);
    expect(outcome.summaries.spelling?.['cast']).toEqual(['Xander', 'Giles']);
  });

  it('flags a rare variant of a frequent name', () => {
    const text = `${'Darcy smiled. Then Darcy spoke. '.repeat(4)}Later Mr. Darcey left.`;
    expect(flags(check(text))).toEqual([['Darcey', 'spelling-name-variant', 'Darcy']]);
  });

  it('accepts a one-off name mid-sentence when no single slip makes it a word', () => {
    expect(check('They dined at the house of Mr. Haggerston in town.')).toEqual([]);
  });

  it('accepts names in capitals, in the plural and after a particle', () => {
    const text = 'Then Wickham came. I saw Wickham and Wickham saw me.\n\nCHAPTER ONE: WICKHAM\n\nThe Wickhams and Lady de Bourgh dined with Sir Lewis de Bourgh.';
    expect(check(text)).toEqual([]);
  });
});

describe('spelling: fiction stays quiet', () => {
  it.each([
    ['contractions, curly and straight', 'She’d gone. She\'d gone. I\'da told you. \'Course she did. Y\'know, it\'s fine.'],
    ['dropped g in dialect', '“Bleedin’ hell,” he said, “I was just sittin’ there, doin\' nothin\'.”'],
    ['numbers and initialisms', 'The 3rd time, in the 1990s, the FBI called at 2:41pm.'],
    ['period spellings', 'She would not chuse to shew her connexion with them.'],
    ['compounds and derivations', 'A good-natured, kind-hearted girl, unfelt and gentlemanlike; starflowers and tumblerfuls.'],
    ['em dashes and ellipses', 'She paused—listening… then ran.'],
    ['speech with “’tis”', '“’Tis nothing,” she said.'],
    ['elisions inside words', '“I’ll prob’ly come ev’ry day, ne’er fear.”'],
    ['rare literary words', 'A tragical end, in robes of samite; such flummery.'],
  ])('%s', (_label, text) => {
    expect(flags(check(text))).toEqual([]);
  });
});

describe('spelling: dialects and word lists', () => {
  it('en-US flags a lone British spelling; auto accepts a British manuscript', () => {
    expect(flags(check('The colour of the sky.'))).toEqual([['colour', 'spelling-unknown-word', 'color']]);
    const british = 'The colour of honour is the favour of the neighbour.';
    expect(check(british)).toEqual([]);
    expect(engine.check(british).summaries.spelling?.['dialect']).toBe('both');
  });

  it('en-GB flags American spellings', () => {
    const gb = testEngine({ checks: ['spelling'], options: { spelling: { dialect: 'en-GB' } } });
    expect(flags(gb.check('The color of the sky.').diagnostics).map((f) => f[0])).toEqual(['color']);
  });

  it('honours personal and manuscript words, case-aware', () => {
    const words = testEngine({ checks: ['spelling'], options: { spelling: { words: ['grimble', 'Zorvath'] } } });
    expect(words.check('The grimble and the Grimble met zorvath and Zorvath.').diagnostics.map((d) => d.actual)).toEqual(['zorvath']);
  });

  it('period spellings can be switched off', () => {
    const strict = testEngine({ checks: ['spelling'], options: { spelling: { periodSpellings: false } } });
    expect(strict.check('She would not chuse it.').diagnostics.map((d) => d.actual)).toEqual(['chuse']);
  });

  it('never suggests words the dictionary marks NOSUGGEST', () => {
    const [d] = check('Kirke wrote to her.');
    expect(d?.actual).toBe('Kirke');
    expect(d?.fixes.map((f) => ('text' in f ? f.text : ''))).not.toContain('Kike');
  });
});

describe('spelling: input no writer means (issue 10)', () => {
  it('reports an overlong “word” once, without suggestions, and still checks the words around it', () => {
    const long = 'ab'.repeat(4500);
    const found = check(`She typed ${long} and then recieved nothing.`);
    expect(flags(found)).toEqual([
      [long, 'spelling-long-word', undefined],
      ['recieved', 'spelling-unknown-word', 'received'],
    ]);
    expect(found[0]).toMatchObject({ severity: 'info', message: '“abababababab…” is 9,000 letters long, longer than any word Redline checks; check it by eye.' });
  });

  it('leaves words in other scripts alone and still checks Latin words beside them', () => {
    expect(flags(check('“Дом,” she said, and wrote 家 and قلب beside it, then a naïve, speling line.'))).toEqual([['speling', 'spelling-unknown-word', 'spelling']]);
  });
});

describe('spelling: suggestions do not depend on edit history (issue 10)', () => {
  it('ranks by the manuscript as it is now, whatever it was before', () => {
    const tens = `${'Ten men came. '.repeat(10)}He wint left.`;
    const thens = `${'We went. '.repeat(10)}He wint left.`;
    const edited = testEngine({ checks: ['spelling'] });
    const first = (e: ReturnType<typeof testEngine>, text: string) => e.check(text).diagnostics.find((d) => d.actual === 'wint')!.fixes.map((f) => ('text' in f ? f.text : ''));
    const before = first(edited, tens);
    expect(first(edited, thens)).toEqual(first(testEngine({ checks: ['spelling'] }), thens));
    expect(first(edited, tens)).toEqual(before);
  });
});

describe('spelling: a budget for suggestions per check (issue 10)', () => {
  // Distinct non-words no slip turns into a word: "zvbbbqx", "zvbbcqx", …
  const consonants = 'bcdfghjklmnpqrstvwxz';
  const nonWord = (i: number): string => `zv${consonants[Math.floor(i / 400) % 20]}${consonants[Math.floor(i / 20) % 20]}${consonants[i % 20]}qx`;
  const typos = ['recieved', 'beleive', 'freind', 'untill', 'tounge'];
  const sentences = (words: readonly string[]): string => words.map((w) => `She wrote ${w} twice.`).join(' ');

  it('suggests for the first 1,000 distinct unknown words of a text; later ones are flagged without suggestions, saying why', () => {
    const noise = Array.from({ length: 1000 }, (_, i) => nonWord(i));
    const found = check(sentences([...typos, ...noise, ...typos.map((t) => t.toUpperCase()), 'recieved']));
    expect(found).toHaveLength(typos.length * 2 + 1000 + 1);
    // The five typos come first: suggested. "RECIEVED" and the rest come after the 1,000th distinct word: not.
    expect(found.slice(0, 5).map((d) => d.fixes.length > 0)).toEqual([true, true, true, true, true]);
    const late = found.filter((d) => d.note?.startsWith('No suggestions'));
    expect(late.map((d) => d.actual)).toEqual([...noise.slice(995), ...typos.map((t) => t.toUpperCase())]);
    expect(late.every((d) => d.fixes.length === 0 && d.message.endsWith('check the spelling or add it to your dictionary.'))).toBe(true);
    // A word already given suggestions keeps them wherever it comes again.
    expect(found.at(-1)).toMatchObject({ actual: 'recieved', fixes: [{ text: 'received' }] });
  });

  it('counts letters too: words past 10,000 letters get no suggestions', () => {
    const long = Array.from({ length: 300 }, (_, i) => `${nonWord(i)}${'qwzx'.repeat(9)}`); // 43 letters each
    const found = check(sentences([...long, 'recieved']));
    const suggestedFor = found.filter((d) => !d.note).length;
    expect(suggestedFor).toBe(Math.floor(10_000 / 43));
    expect(found.at(-1)).toMatchObject({ actual: 'recieved', fixes: [] });
  });

  it('which words get suggestions depends on the text alone, not on what was checked before', () => {
    const noise = Array.from({ length: 1000 }, (_, i) => nonWord(i));
    const late = sentences([...noise, ...typos]);
    const edited = testEngine({ checks: ['spelling'] });
    edited.check(sentences([...typos, ...noise])); // the typos were first: suggestions remembered
    const after = edited.check(late).diagnostics;
    expect(after).toEqual(testEngine({ checks: ['spelling'] }).check(late).diagnostics);
    expect(after.slice(-5).map((d) => d.fixes.length)).toEqual([0, 0, 0, 0, 0]);
  });
});
