import { describe, expect, it } from 'vitest';
import { EMPTY_SETTINGS, parseSettings } from './manuscript-settings.js';

describe('parseSettings', () => {
  it('reads words, ignores, the narration and the POV character per scene', () => {
    const json = JSON.stringify({ version: 1, words: ['Maren'], ignored: ['fp'], ignoredRules: ['repeated-word'], narration: 'close', povCharacters: { '1.1': 'Mara', '2.3': '' } });
    expect(parseSettings(json)).toEqual({ ...EMPTY_SETTINGS, words: ['Maren'], ignored: ['fp'], ignoredRules: ['repeated-word'], narration: 'close', povCharacters: { '1.1': 'Mara', '2.3': '' } });
  });

  it('reads the dialect, the tense and what each ignored finding was', () => {
    const note = { ruleId: 'spelling-unknown-word', actual: 'zorbled', context: 'the wind had zorbled everything' };
    const json = JSON.stringify({ ignored: ['fp'], ignoredNotes: { fp: note, gone: note, bad: { ruleId: 3 } }, dialect: 'en-GB', tense: 'present' });
    expect(parseSettings(json)).toEqual({ ...EMPTY_SETTINGS, ignored: ['fp'], ignoredNotes: { fp: note }, dialect: 'en-GB', tense: 'present' });
    // An unknown dialect is no dialect (the app's default); an unknown tense is auto.
    expect(parseSettings(JSON.stringify({ dialect: 'en-AU', tense: 'future' }))).toEqual(EMPTY_SETTINGS);
  });

  it('is lenient: missing keys take defaults, wrong entries are dropped', () => {
    expect(parseSettings('{}')).toEqual(EMPTY_SETTINGS);
    expect(parseSettings(JSON.stringify({ words: ['a', 3], narration: 'second-person', povCharacters: { '1.1': ' Jon ', chapter: 'Mara', '2.1': 7 } }))).toEqual({
      ...EMPTY_SETTINGS,
      words: ['a'],
      povCharacters: { '1.1': 'Jon' },
    });
    expect(parseSettings(JSON.stringify({ povCharacters: ['Mara'] }))?.povCharacters).toEqual({});
  });

  it('refuses text that is not a JSON object', () => {
    expect(parseSettings('not json')).toBeUndefined();
    expect(parseSettings('[1]')).toBeUndefined();
  });
});
