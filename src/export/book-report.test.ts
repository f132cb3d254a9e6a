import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../contract/diagnostic.js';
import type { SceneSummary } from '../contract/summaries.js';
import { bookMap, bookMapSvg, bookReportHtml, bookReportMarkdown, fullTitle, nameWords, povColours, sceneRole } from './book-report.js';

const scene = (key: string, from: number, to: number, pov: string | undefined, extra: Partial<SceneSummary> = {}): SceneSummary => ({
  key,
  chapter: `Chapter ${key.split('.')[0]}`,
  from,
  to,
  words: to - from,
  person: 'third',
  tense: 'past',
  ...(pov ? { pov } : {}),
  povSet: false,
  omniscient: false,
  heads: [],
  ...extra,
});
const hop = (from: number): Diagnostic => ({ check: 'pov', ruleId: 'pov-head-hop', severity: 'warning', from, to: from + 5, actual: 'Jon w', message: '', fixes: [], fingerprint: 'f' });

const TEXT = 'Mara opened the door. Jon was there.\n\n* * *\n\nJon sat alone by the fire, thinking.\n';
const FILE = {
  name: 'ch1.txt',
  text: TEXT,
  scenes: [scene('1.1', 0, 36, 'Mara'), scene('1.2', 45, TEXT.length, 'Jon', { povSet: true, tense: 'present' })],
  diagnostics: [hop(22)],
  cast: ['Mara', 'Jon', 'Ilsabet'],
};

describe('the book map', () => {
  it('places each scene with its viewpoint, findings and the cast named in it', () => {
    const map = bookMap('The Letter', [FILE, { ...FILE, name: 'ch2.txt', scenes: [scene('1.1', 0, 36, 'Mara', { chapter: '' })], diagnostics: [] }], '2026-12-02');
    expect(map.chapters.map((c) => [c.file, c.title, c.scenes.map((s) => [s.key, s.pov, s.present])])).toEqual([
      ['ch1.txt', 'Chapter 1', [['1.1', 'Mara', ['Mara', 'Jon']], ['1.2', 'Jon', ['Jon']]]],
      ['ch2.txt', 'ch2.txt', [['1.1', 'Mara', ['Mara', 'Jon']]]],
    ]);
    expect(map.chapters[0]!.scenes[0]!.findings).toEqual({ pov: 1 });
    expect(map.totals).toEqual({ pov: 1 });
    // Ilsabet is never named: left out. Mara tells two scenes, Jon one; Jon is named in all three.
    expect(map.cast.map((c) => [c.name, c.povScenes, c.presentScenes, c.longestAbsence])).toEqual([
      ['Mara', 2, 2, 1],
      ['Jon', 1, 3, 0],
    ]);
  });

  it('counts viewpoint characters and heads by full name, named wherever their surname is, and the surname not twice', () => {
    // "Mr. Darcy" is the viewpoint; the narration also reports Elizabeth's and Jane's thoughts: three heads.
    const text = 'Mr. Darcy looked at Elizabeth. Jane smiled at Bingley.\n\n* * *\n\nElizabeth walked to Meryton alone.\n';
    const file = {
      name: 'p.txt',
      text,
      scenes: [
        scene('1.1', 0, 54, 'Mr. Darcy', { heads: ['Mr. Darcy', 'Elizabeth', 'Jane'] }),
        scene('1.2', 63, text.length, 'Elizabeth', { heads: ['Elizabeth'] }),
      ],
      diagnostics: [],
      cast: ['Elizabeth', 'Darcy', 'Jane', 'Bingley', 'Meryton'],
    };
    const map = bookMap('P', [file], '2026-12-02');
    expect(map.chapters[0]!.scenes.map((s) => [s.present, s.heads])).toEqual([
      [['Mr. Darcy', 'Elizabeth', 'Jane', 'Bingley'], ['Mr. Darcy', 'Elizabeth', 'Jane']],
      [['Elizabeth', 'Meryton'], ['Elizabeth']],
    ]);
    // "Darcy" is counted under "Mr. Darcy", not as a second character.
    expect(map.cast.map((c) => [c.name, c.povScenes, c.headScenes, c.presentScenes])).toEqual([
      ['Elizabeth', 1, 2, 2],
      ['Mr. Darcy', 1, 1, 1],
      ['Jane', 0, 1, 1],
      ['Bingley', 0, 0, 1],
      ['Meryton', 0, 0, 1],
    ]);
    const [first, second] = map.chapters[0]!.scenes;
    expect(['Mr. Darcy', 'Elizabeth', 'Bingley', 'Meryton'].map((n) => [sceneRole(first!, n), sceneRole(second!, n)])).toEqual([
      ['pov', undefined],
      ['head', 'pov'],
      ['named', undefined],
      [undefined, 'named'],
    ]);
    expect(nameWords('Colonel Fitzwilliam')).toEqual(['Fitzwilliam']);
    expect(nameWords('Mary Lennox')).toEqual(['Mary', 'Lennox']);
  });

  it('gives each viewpoint a stable colour, the most-used first', () => {
    const map = bookMap('The Letter', [FILE], '2026-12-02');
    expect([...povColours(map).keys()]).toEqual(['Jon', 'Mara']);
  });

  it('writes a self-contained HTML page with the map as inline SVG, and Markdown tables', () => {
    const map = bookMap('The <Letter>', [FILE], '2026-12-02');
    const html = bookReportHtml(map);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(html).toContain('The &lt;Letter&gt;');
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
    expect(html).toContain('1.2 · Jon (set) · third person, present');
    const md = bookReportMarkdown(map);
    expect(md).toContain('| Jon | 1 | 1 | 2 | 1–2 | 0 |');
    expect(md).toContain('14 words in 1 chapter.');
    expect(md).toContain('| 1.1 | Chapter 1 | Mara | third | past | 7 | Point of view 1 |');
  });

  it('counts every word of a scene as the status bar does (dialogue too), and keeps the narration words apart', () => {
    const text = '“Come in,” said Mara. “The kettle’s on.”\n\nJon sat.\n';
    const map = bookMap('T', [{ name: 't.txt', text, scenes: [scene('1.1', 0, text.length, 'Mara', { words: 4 })], diagnostics: [], cast: [] }], 'd');
    const s = map.chapters[0]!.scenes[0]!;
    expect([s.words, s.narrationWords, map.words]).toEqual([9, 4, 9]);
  });

  it('carries a volume or part heading to the chapters after it, so two "CHAPTER I" rows are told apart', () => {
    const text = 'A.\n\nB.\n\nC.\n\nD.\n';
    const scenes = [
      scene('1.1', 0, 2, 'Mara', { chapter: 'VOLUME I / CHAPTER I' }),
      scene('2.1', 4, 6, 'Mara', { chapter: 'CHAPTER II' }),
      scene('3.1', 8, 10, 'Jon', { chapter: 'VOLUME II / CHAPTER I' }),
      scene('4.1', 12, 14, 'Jon', { chapter: 'CHAPTER II' }),
    ];
    const map = bookMap('T', [{ name: 't.txt', text, scenes, diagnostics: [], cast: [] }], 'd');
    expect(map.chapters.map((c) => [c.title, c.part, fullTitle(c)])).toEqual([
      ['VOLUME I / CHAPTER I', 'VOLUME I', 'VOLUME I / CHAPTER I'],
      ['CHAPTER II', 'VOLUME I', 'VOLUME I / CHAPTER II'],
      ['VOLUME II / CHAPTER I', 'VOLUME II', 'VOLUME II / CHAPTER I'],
      ['CHAPTER II', 'VOLUME II', 'VOLUME II / CHAPTER II'],
    ]);
    // The SVG has a heading row for each part, above its first chapter: six rows for four chapters.
    const svg = bookMapSvg(map);
    expect(svg.match(/class="part">([^<]*)</g)).toEqual(['class="part">VOLUME I<', 'class="part">VOLUME II<']);
    expect(svg).toContain(`height="${6 * 26 + 8}"`);
    expect(bookReportMarkdown(map)).toContain('| 4.1 | VOLUME II / CHAPTER II | Jon |');
    // A book without parts has none.
    expect(bookMap('T', [FILE], 'd').chapters.every((c) => c.part === undefined)).toBe(true);
  });

  it('labels a heading run holding a table of contents by the heading of the prose after it, and takes no part from a contents list', () => {
    const prose = 'Jeeves came in with the tea. I said nothing at all, and he said less.\n';
    const list = 'ONE  PLAYING PILGRIMS\nTWO  A MERRY CHRISTMAS\nTHREE  THE LAURENCE BOY\n';
    const text = `${list}\n${prose}`;
    const scenes = [
      scene('1.1', 0, list.length, undefined, { chapter: 'CONTENTS / PART 1' }),
      scene('2.1', list.length + 1, text.length, undefined, { chapter: 'CONTENTS / LEAVE IT TO JEEVES / HELPING FREDDIE / LEAVE IT TO JEEVES' }),
    ];
    const map = bookMap('T', [{ name: 't.txt', text, scenes, diagnostics: [], cast: [] }], 'd');
    expect(map.chapters.map((c) => [c.title, c.part])).toEqual([
      ['CONTENTS', undefined],
      ['LEAVE IT TO JEEVES', undefined],
    ]);
  });

  it('leaves places out of the cast: names mostly after "at", "in", "from", never with a title or as a speaker', () => {
    const text = [
      'Emma walked to Randalls. “Dear me,” said Emma. Emma sat at Randalls all morning.',
      'Mr. Knightley came in from Randalls, and Knightley looked at Emma. Emma rose.',
      'They dined at Randalls. Emma was glad of it.',
    ].join('\n\n');
    const map = bookMap('E', [{ name: 'e.txt', text, scenes: [scene('1.1', 0, text.length, 'Emma', { heads: ['Emma', 'Randalls'] })], diagnostics: [], cast: ['Emma', 'Randalls', 'Knightley'] }], 'd');
    expect(map.cast.map((c) => c.name)).toEqual(['Emma', 'Knightley']);
    expect(map.chapters[0]!.scenes[0]!.heads).toEqual(['Emma']);
  });
});
