import { describe, expect, it } from 'vitest';
import { fixed, flags, testEngine } from '../../../tests/support/engine.js';

const engine = testEngine({ checks: ['repeated-words'] });
const check = (text: string) => engine.check(text).diagnostics;

describe('repeated words', () => {
  it('flags "the the" and removes one', () => {
    const text = 'She opened the the door.';
    const found = check(text);
    expect(flags(found)).toEqual([['the the', 'repeated-word', 'the']]);
    expect(found[0]!.message).toBe('“the” is repeated; remove one.');
    expect(fixed(text, found)).toBe('She opened the door.');
  });

  it('finds a repeat across a hard line break and keeps the sentence capital', () => {
    const text = 'He looked at\nthe\nthe window. The the end.';
    expect(fixed(text, check(text))).toBe('He looked at\nthe window. The end.');
  });

  it.each([
    ['had had', 'She had had enough of him.'],
    ['that that', 'He knew that that was wrong.'],
    ['very very in dialogue', '“It was very very good,” she said.'],
    ['interjections', '“Ha ha,” he said. “Bye bye, there there, now now.”'],
    ['object then subject', 'I assure you you are quite mistaken. When I think of it it takes my breath.'],
    ['her her own', 'It will teach her her own insignificance.'],
    ['names', 'Duran Duran played. Bella Bella sang.'],
    ['stutter with a dash', '“I--I know,” she said. “I—I do.”'],
  ])('stays quiet on %s', (_label, text) => {
    expect(check(text)).toEqual([]);
  });

  it('flags "very very" in narration', () => {
    expect(flags(check('It was very very cold outside.'))).toEqual([['very very', 'repeated-word', 'very']]);
  });
});

describe('extra words', () => {
  it('removes an extra determiner before a possessive', () => {
    const text = 'He took the his coat and a the hat.';
    const found = check(text);
    expect(flags(found)).toEqual([
      ['the his', 'extra-determiner', 'his'],
      ['a the', 'extra-determiner', 'the'],
    ]);
    expect(fixed(text, found)).toBe('He took his coat and the hat.');
  });

  it('capitalises the kept word at a sentence start', () => {
    const text = 'The his coat was wet.';
    expect(fixed(text, check(text))).toBe('His coat was wet.');
  });

  it('flags impossible preposition pairs and "to for" after a verb of going', () => {
    const text = 'She climbed into to the loft. They went to for a walk.';
    expect(fixed(text, check(text))).toBe('She climbed to the loft. They went for a walk.');
  });

  it.each([
    ['gave her the book', 'He gave her the book.'],
    ['knew that the', 'She knew that the man had gone.'],
    ['your the best (a confusable, not an extra word)', 'Your the best, she wrote.'],
    ['stranded prepositions', 'Elizabeth was applied to for her approbation. He was spoken of with compassion.'],
    ['for of all', 'I’m glad, for of all faults I detest stinginess.'],
    ['across punctuation', 'It was the, the only one.'],
    ['a title', 'She read The His Dark Materials omnibus.'],
  ])('stays quiet on %s', (_label, text) => {
    expect(check(text)).toEqual([]);
  });
});
