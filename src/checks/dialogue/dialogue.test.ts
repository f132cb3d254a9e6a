import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixed, flags, testEngine } from '../../../tests/support/engine.js';

const engine = testEngine({ checks: ['dialogue'] });
const check = (text: string) => engine.check(text).diagnostics;
const fixture = (name: string): string => readFileSync(new URL(`../../../tests/fixtures/fiction/${name}`, import.meta.url), 'utf8');

describe('dialogue punctuation', () => {
  it('flags each slip in a scene and fixes every one', () => {
    const text = fixture('dialogue-slips.txt');
    const found = check(text);
    expect(flags(found)).toEqual([
      ['Wait.”', 'dialogue-period-before-tag', 'Wait,”'],
      ['He', 'dialogue-capitalised-tag', 'he'],
      ['said', 'dialogue-missing-comma', ','],
      ['he', 'dialogue-lowercase-after-speech', 'He'],
      [' ,', 'dialogue-space-before-comma', ','],
      ['dark.', 'dialogue-unclosed-quote', '”'],
    ]);
    expect(fixed(text, found)).toBe(
      [
        'Chapter Six',
        '',
        '“Wait,” she said. “You forgot your hat.”',
        '',
        '“Did I?” He patted his head. “So I did,” he said, laughing.',
        '',
        'She said, “Take mine, then.”',
        '',
        '“Thanks.” He turned away before she could see his face.',
        '',
        '“I’ll be back by six, I promise,” he called from the gate.',
        '',
        '“Don’t be late, she said. The roads will freeze after dark.”',
        '',
        'Jon waved and was gone.',
        '',
      ].join('\n'),
    );
  });

  it('names the fix in one sentence', () => {
    const [period, capital, comma, lower, space, unclosed] = check(fixture('dialogue-slips.txt'));
    expect(period!.message).toBe('The speech tag after “Wait.” needs a comma instead of the full stop.');
    expect(capital!.message).toBe('The speech tag continues the sentence, so “He” takes a small letter.');
    expect(comma!.message).toBe('Put a comma between the tag and the speech: “said,”.');
    expect(lower!.message).toBe('The speech ends its sentence, so the next sentence starts with a capital: “He”.');
    expect(space!.message).toBe('Remove the space before the comma.');
    expect(unclosed!.message).toBe('This speech opens but never closes; add the closing quote after “dark.”.');
  });

  it('works with straight quotes too', () => {
    const text = '"Wait." she said. "Come here," She said. He said "Now."\n';
    expect(fixed(text, check(text))).toBe('"Wait," she said. "Come here," she said. He said, "Now."\n');
  });

  it('takes “the old man said” for a tag', () => {
    const text = '“Come in.” the old man said. “Sit.” the dog sat.\n';
    expect(flags(check(text))).toEqual([
      ['in.”', 'dialogue-period-before-tag', 'in,”'],
      ['the', 'dialogue-lowercase-after-speech', 'The'],
    ]);
  });

  it('flags a second opening quote before the first closed', () => {
    const text = '“Wait, she said. “Come here.”\n\nHe came.\n';
    expect(flags(check(text))).toEqual([['said.', 'dialogue-unclosed-quote', '”']]);
  });

  it('stays quiet on a dialogue-heavy scene: straight, curly and single quotes, elisions, dashes, ellipses', () => {
    expect(check(fixture('dialogue-heavy.txt'))).toEqual([]);
  });

  it.each([
    ['a question before a tag', '“Where is the boy?” she ejaculated. “Where?”'],
    ['an exclamation before a tag', '“Wait!” she said.'],
    ['speech over several paragraphs', '“It began in October. He came to the house.\n\n“He asked for money.”'],
    ['a name after a tag', '“Come in,” said Jon. “Sit down.”'],
    ['a new sentence after speech', '“I’m done.” She turned away.'],
    ['a tag before a lowercase continuation', '“I think,” she said, “that he knew.”'],
    ['indented verse quoted line by line', 'She read it aloud:\n\n        “For when a lady’s in the case,\n        “You know all other things give place.”'],
    ['a quoted word', 'She called it “the letter” and nothing else.'],
    ['an ellipsis and an em dash', '“Well…,” she began—“no, never mind.”'],
  ])('stays quiet on %s', (_label, text) => {
    expect(check(text)).toEqual([]);
  });

  it('can leave unclosed quotes to the writer', () => {
    const quiet = testEngine({ checks: ['dialogue'], options: { dialogue: { unbalancedQuotes: false } } });
    expect(quiet.check('“Don’t be late, she said.\n\nJon waved.\n').diagnostics).toEqual([]);
  });
});

describe('dialogue: input no writer means (issue 10)', () => {
  it('still finds a slip after a run of 80,000 letters (the tag regex starts only at a word)', () => {
    const text = `${'x'.repeat(80_000)} “Wait.” she said.`;
    expect(testEngine({ checks: ['dialogue'] }).check(text).diagnostics.map((d) => d.ruleId)).toEqual(['dialogue-period-before-tag']);
  });
});
