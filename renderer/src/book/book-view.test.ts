import { describe, expect, it } from 'vitest';
import type { BookMap, MapScene } from '../../../src/export/book-report.js';
import { fromSceneBodies, sameElements, stickyColours, castSegments, chapterLabel, countsText, findingsCount, findingsText, povEvidence, povText, sceneFill, sceneLabel, sceneMarks, sceneOffsets, shareUnchanged, UNDETECTED_FILL } from './book-view.js';

const scene = (key: string, extra: Partial<MapScene> = {}): MapScene => ({
  key,
  words: 100,
  narrationWords: 80,
  povSet: false,
  person: 'third',
  tense: 'past',
  omniscient: false,
  findings: {},
  firstLine: 'Mara pushed the door open.',
  present: ['Mara', 'Jon'],
  heads: [],
  ...extra,
});
const map = (scenes: MapScene[][]): BookMap => ({
  title: 'The Letter',
  date: '',
  words: scenes.flat().reduce((n, s) => n + s.words, 0),
  chapters: scenes.map((s, i) => ({ file: 'a.txt', title: `VOLUME I / Chapter ${i + 1}`, scenes: s })),
  cast: [],
  totals: {},
});

describe('the Book panel’s cells', () => {
  it('say whose viewpoint a scene keeps and why, in the hover card and to a screen reader', () => {
    const s = scene('1.1', { pov: 'Mara', heads: ['Mara', 'Jon'], findings: { pov: 1, spelling: 2 } });
    expect(povText(s)).toBe('Mara');
    expect(povEvidence(s)).toBe('Detected from whose perceptions, feelings and thoughts the narration reports. Thoughts reported: Mara, Jon.');
    expect(countsText(s)).toBe('3rd person · past · 100 words');
    expect(findingsText(s)).toBe('Spelling 2 · Point of view 1');
    expect(findingsCount(s)).toEqual({ total: 3, slips: true });
    expect(sceneLabel(s)).toBe('Scene 1.1: POV Mara, 3rd person · past · 100 words, 3 findings');
    expect(povText(scene('1.2', { pov: 'Jon', povSet: true }))).toBe('Jon (set by you)');
    expect(povText(scene('1.3', { povSet: true }))).toBe('No single POV (set by you)');
    expect(povText(scene('1.4', { omniscient: true }))).toBe('Omniscient');
    expect(findingsText(scene('1.5'))).toBe('No findings');
  });

  it('are coloured by viewpoint and marked for person, tense, omniscience and a POV the writer set', () => {
    const colours = new Map([['Mara', '#4e79a7']]);
    expect(sceneFill(scene('1.1', { pov: 'Mara' }), colours)).toBe('#4e79a7');
    expect(sceneFill(scene('1.2'), colours)).toBe(UNDETECTED_FILL);
    expect(sceneMarks(scene('1.3', { person: 'first', tense: 'present', povSet: true, pov: 'I' }))).toEqual({ person: '1st', present: true, omniscient: false, set: true, heads: 0 });
    expect(sceneMarks(scene('1.4', { omniscient: true, heads: ['A', 'B', 'C'] }))).toEqual({ present: false, omniscient: true, set: false, heads: 3 });
    expect(chapterLabel(map([[scene('1.1')]]).chapters[0]!)).toBe('Chapter 1');
  });
});

describe('the panel’s colours', () => {
  it('keep the colour a character already has when a POV set elsewhere reorders the report’s', () => {
    const shown = new Map([['Mara', '#4e79a7'], ['Jon', '#f28e2b']]);
    // Jon now tells more of the book: the report would swap the two colours; the panel keeps them, and Ilsa gets a free one.
    const fresh = new Map([['Jon', '#4e79a7'], ['Mara', '#f28e2b'], ['Ilsa', '#59a14f']]);
    expect([...stickyColours(shown, fresh)]).toEqual([['Jon', '#f28e2b'], ['Mara', '#4e79a7'], ['Ilsa', '#59a14f']]);
    expect([...stickyColours(new Map(), fresh)]).toEqual([...fresh]);
  });
});

describe('the cast strip', () => {
  it('places each scene by its share of the book’s words, with the character’s part in it', () => {
    const m = map([[scene('1.1', { pov: 'Mara', heads: ['Mara', 'Jon'] }), scene('1.2', { words: 200, present: ['Jon'] })], [scene('2.1', { present: [] })]]);
    const offsets = sceneOffsets(m);
    expect(offsets.map((o) => [o.scene.key, o.x, o.width, o.chapter])).toEqual([
      ['1.1', 0, 0.25, 0],
      ['1.2', 0.25, 0.5, 0],
      ['2.1', 0.75, 0.25, 1],
    ]);
    expect(castSegments(offsets, 'Mara')).toEqual([{ key: '1.1', x: 0, width: 0.25, role: 'pov' }]);
    expect(castSegments(offsets, 'Jon').map((s) => [s.key, s.role])).toEqual([
      ['1.1', 'head'],
      ['1.2', 'named'],
    ]);
  });
});

describe('rebuilding the map', () => {
  it('builds the checked file from the scenes’ texts, with scenes and findings moved to match', () => {
    const text = 'Chapter One\n\nMara opened the door.\n\n* * *\n\nJon sat by the fire.';
    const sc = (key: string, from: number, to: number) => ({ key, chapter: 'Chapter One', from, to, words: 4, person: 'third' as const, tense: 'past' as const, povSet: false, omniscient: false, heads: [] });
    const scenes = [sc('1.1', 13, 34), sc('1.2', 43, text.length)];
    const d = (from: number, actual: string) => ({ check: 'spelling' as const, ruleId: 'x', severity: 'warning' as const, from, to: from + actual.length, actual, message: '', fixes: [], fingerprint: actual });
    const file = fromSceneBodies('t', scenes, scenes.map((s) => text.slice(s.from, s.to)), [d(47, 'sat'), d(0, 'Chapter'), d(13, 'Mara')], ['Mara']);
    expect(file.text).toBe('Mara opened the door.\n\nJon sat by the fire.');
    expect(file.scenes.map((s) => [s.from, s.to])).toEqual([[0, 21], [23, 43]]);
    expect(file.diagnostics.map((x) => file.text.slice(x.from, x.to))).toEqual(['Mara', 'sat']);
  });

  it('keeps unchanged chapters (and the whole map when nothing changed) as the same objects', () => {
    const before = map([[scene('1.1')], [scene('2.1')]]);
    const same = map([[scene('1.1')], [scene('2.1')]]);
    expect(shareUnchanged(before, same)).toBe(before);
    const edited = map([[scene('1.1')], [scene('2.1', { words: 101 })]]);
    const shared = shareUnchanged(before, edited);
    expect(shared).not.toBe(before);
    expect(shared.chapters[0]).toBe(before.chapters[0]);
    expect(shared.chapters[1]).toBe(edited.chapters[1]);
  });

  it('takes a status reported again with the same findings as unchanged', () => {
    const a = { id: 1 };
    const prev = [a];
    expect(sameElements(prev, [a])).toBe(prev);
    expect(sameElements(prev, [{ id: 1 }])).not.toBe(prev);
  });
});
