import { describe, expect, it } from 'vitest';
import { CHECK_IDS, CHECK_NAMES } from '../contract/diagnostic.js';
import { EMPTY_SETTINGS } from '../contract/manuscript-settings.js';
import { CHECKS, engineConfigFor } from './index.js';

describe('the registry', () => {
  it('holds every check id once, sorted by id, each with a name and a description', () => {
    const ids = CHECKS.map((c) => c.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids)).toEqual(new Set(CHECK_IDS));
    for (const c of CHECKS) {
      expect(CHECK_NAMES[c.id]).toMatch(/^\p{Lu}/u);
      expect(c.description).toMatch(/\.$/);
    }
  });

  it('names every rule a check reports, for the review panel', () => {
    for (const c of CHECKS) {
      expect(Object.keys(c.rules).length).toBeGreaterThan(0);
      for (const [id, name] of Object.entries(c.rules)) {
        expect(id).toMatch(/^[a-z]+(-[a-z0-9]+)+$/);
        expect(name.length).toBeGreaterThan(2);
      }
    }
    expect(CHECKS.find((c) => c.id === 'confusables')!.rules['confusable-its-it-is']).toBe("its / it's");
  });

  it('declares the shared analyses each check reads: fiction only for pov and tense', () => {
    const uses = Object.fromEntries(CHECKS.map((c) => [c.id, (c.uses ?? []).map((a) => a.id)]));
    expect(uses).toEqual({ confusables: [], dialogue: [], pov: ['scenes'], 'repeated-words': [], spelling: ['capitalisation', 'word-counts'], tense: ['scenes', 'capitalisation'] });
  });
});

describe('engineConfigFor', () => {
  it('turns a manuscript’s settings and the host’s preferences into check options', () => {
    const settings = { ...EMPTY_SETTINGS, words: ['Ilsabet'], narration: 'close' as const, povCharacters: { '1.2': 'Jon' } };
    expect(engineConfigFor(settings, { checks: ['spelling', 'pov'], dialect: 'en-GB', personalWords: ['grimble'] })).toEqual({
      checks: ['spelling', 'pov'],
      options: { spelling: { dialect: 'en-GB', words: ['grimble', 'Ilsabet'] }, pov: { narration: 'close', povCharacters: { '1.2': 'Jon' } }, tense: { tense: 'auto' } },
    });
  });

  it('takes the manuscript’s dialect and tense; a dialect the host gives (--dialect) wins', () => {
    const settings = { ...EMPTY_SETTINGS, dialect: 'en-GB' as const, tense: 'present' as const };
    expect(engineConfigFor(settings).options).toMatchObject({ spelling: { dialect: 'en-GB' }, tense: { tense: 'present' } });
    expect(engineConfigFor(settings, { dialect: 'en-US' }).options).toMatchObject({ spelling: { dialect: 'en-US' } });
  });

  it('defaults to every check, auto dialect and automatic narration', () => {
    expect(engineConfigFor(undefined)).toEqual({ options: { spelling: { dialect: 'auto', words: [] }, pov: { narration: 'auto', povCharacters: {} }, tense: { tense: 'auto' } } });
  });
});
