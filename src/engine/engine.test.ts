import { describe, expect, it } from 'vitest';
import { flags, testEngine } from '../../tests/support/engine.js';

describe('engine', () => {
  it('re-analyses only the paragraphs that changed', () => {
    const engine = testEngine();
    const paragraphs = Array.from({ length: 20 }, (_, i) => `Paragraph ${i} has the the slip and a recieved letter.`);
    const first = engine.check(paragraphs.join('\n\n'));
    expect(first.paragraphs).toBe(20);
    expect(first.analysed).toBe(20);
    paragraphs[7] = 'Paragraph seven was rewritten without slips.';
    const second = engine.check(paragraphs.join('\n\n'));
    expect(second.analysed).toBe(1);
    expect(second.diagnostics).toHaveLength(38);
    const again = engine.check(paragraphs.join('\n\n'));
    expect(again.analysed).toBe(0);
  });

  it('reports offsets into the text, after CRLF is normalised', () => {
    const engine = testEngine();
    const text = 'First line.\r\n\r\nShe recieved it.\r\n';
    const [d] = engine.check(text).diagnostics;
    const normalised = text.replace(/\r\n/g, '\n');
    expect(normalised.slice(d!.from, d!.to)).toBe('recieved');
    expect(d!.actual).toBe('recieved');
  });

  it('keeps fingerprints stable when text elsewhere changes', () => {
    const engine = testEngine();
    const a = engine.check('One.\n\nShe recieved it.').diagnostics[0]!;
    const b = engine.check('A new opening paragraph here.\n\nShe recieved it.').diagnostics[0]!;
    expect(b.from).not.toBe(a.from);
    expect(b.fingerprint).toBe(a.fingerprint);
    const c = engine.check('One.\n\nHe recieved it.').diagnostics[0]!;
    expect(c.fingerprint).not.toBe(a.fingerprint);
  });

  it('checks only the prose of Markdown, with offsets into the source', () => {
    const engine = testEngine();
    const source = [
      '---',
      'title: Teh Draft',
      '---',
      '# Chapter Onne',
      '',
      'She *recieved* a [letter](http://exmaple.com/teh) and `codde` too.',
      '',
      '```',
      'nott prose',
      '```',
    ].join('\n');
    const found = engine.check(source, { format: 'markdown' }).diagnostics;
    expect(flags(found).map((f) => f[0])).toEqual(['Onne', 'recieved']);
    for (const d of found) expect(source.slice(d.from, d.to)).toBe(d.actual);
  });

  it('keeps the cache when only the word list changes', () => {
    const engine = testEngine();
    const text = 'The grimble sat. She recieved it.';
    expect(engine.check(text).diagnostics.map((d) => d.actual)).toEqual(['grimble', 'recieved']);
    engine.configure({ options: { spelling: { words: ['grimble'] } } });
    const after = engine.check(text);
    expect(after.analysed).toBe(0);
    expect(after.diagnostics.map((d) => d.actual)).toEqual(['recieved']);
  });

  it('runs only the checks asked for', () => {
    const engine = testEngine({ checks: ['repeated-words'] });
    expect(engine.check('She recieved the the letter.').diagnostics.map((d) => d.check)).toEqual(['repeated-words']);
  });

  it('checks a range first: only findings no manuscript-wide step can drop, and the whole check reuses its work', () => {
    const engine = testEngine();
    // "Bennet" is a name only because the rest of the book says so; "the the" and "could of" stand alone.
    const paragraphs = [
      'Elizabeth said the the words to Bennet, and she could of gone.',
      'Mr. Bennet was quiet. Mrs. Bennet was not. Bennet sighed.',
      ...Array.from({ length: 10 }, (_, i) => `Paragraph ${i} has a recieved letter for Bennet.`),
    ];
    const text = paragraphs.join('\n\n');
    const first = engine.checkRange(text, { from: 0, to: 10 });
    expect(first).toMatchObject({ paragraphs: 1, total: 12, analysed: 1 });
    expect(flags(first.diagnostics)).toEqual([
      ['the the', 'repeated-word', 'the'],
      ['of', 'confusable-have-of', 'have'],
    ]);
    expect(engine.checkRange(text, { from: 0, to: 10 }, { safeOnly: true }).diagnostics).toEqual(first.diagnostics);
    const whole = engine.check(text);
    expect(whole.analysed).toBe(11);
    // Everything shown early is in the whole check, at the same place.
    for (const d of first.diagnostics) expect(whole.diagnostics).toContainEqual(d);
    expect(whole.diagnostics.map((d) => d.actual)).not.toContain('Bennet');
  });
});
