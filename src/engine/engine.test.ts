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

  describe('in two phases (scanParagraphs in one engine, adopt and check in another)', () => {
    // A scene with names, dialogue, a head-hop and a tense slip, a scene break, and typos: every analysis has facts.
    const story = [
      'Chapter One',
      'Mara crossed the yard. “Your late,” she said, and Jon laughed, though he knew she was right.',
      'Jon wondered whether Mara would ever forgive him. She recieved the the letter and walks away.',
      '* * *',
      'Torvald waited by the gate. He had waited since noon, and the gate would not open for him.',
      'Mara crossed the yard. “Your late,” she said, and Jon laughed, though he knew she was right.',
    ].join('\n\n');

    it('gives the same outcome as one engine doing both, doing no paragraph work itself', () => {
      const scanner = testEngine({}, true);
      const scans = structuredClone(scanner.scanParagraphs(scanner.paragraphsOf(story)));
      expect(scans.paragraphs.map((p) => p.text)).toEqual(story.split('\n\n'));
      const checker = testEngine({}, true);
      checker.adopt(scans);
      const outcome = checker.check(story);
      expect(outcome.analysed).toBe(0);
      const { analysed: _a, ...expected } = testEngine({}, true).check(story);
      const { analysed: _b, ...actual } = outcome;
      expect(actual).toEqual(expected);
      expect(flags(actual.diagnostics).map((f) => f[0])).toContain('recieved');
    });

    it('scans into plain data that survives structured cloning unchanged', () => {
      const engine = testEngine({}, true);
      expect(engine.analyses()).toEqual(['capitalisation', 'scenes', 'word-counts']);
      const scans = engine.scanParagraphs(engine.paragraphsOf(story));
      expect(structuredClone(scans)).toEqual(scans);
      const first = scans.paragraphs[1]!;
      expect(Object.keys(first.facts)).toEqual(['capitalisation', 'scenes', 'word-counts']);
      expect(Object.keys(first.drafts)).toEqual(['confusables', 'dialogue', 'pov', 'repeated-words', 'spelling', 'tense']);
    });

    it('leaves the scanning engine’s caches alone and reuses a repeated paragraph', () => {
      const engine = testEngine();
      const scans = engine.scanParagraphs(['She recieved it.', 'She recieved it.']);
      expect(scans.paragraphs[1]).toBe(scans.paragraphs[0]);
      expect(engine.check('She recieved it.').analysed).toBe(1);
    });

    it('refuses scans from an engine with other checks or options', () => {
      const scans = testEngine({ checks: ['spelling'] }).scanParagraphs(['She recieved it.']);
      expect(() => testEngine().adopt(scans)).toThrow(/other checks or options/);
      const worded = testEngine({ options: { spelling: { words: ['grimble'] } } }).scanParagraphs(['The grimble sat.']);
      expect(() => testEngine().adopt(worded)).toThrow(/other checks or options/);
    });

    it('paragraphsOf splits as check does: CRLF normalised, Markdown masked', () => {
      const engine = testEngine();
      expect(engine.paragraphsOf('One.\r\n\r\nTwo.\r\n')).toEqual(['One.', 'Two.']);
      expect(engine.paragraphsOf('# Head\n\nShe *said* so.', { format: 'markdown' })).toEqual(['Head', 'She  said  so.']);
    });
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

