import { readFileSync } from 'node:fs';
import { ParseEnglish } from 'parse-english';
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../engine/paragraphs.js';
import { isHeading, isSceneBreak, learnGenders, narrationOf, scenesOf, type Scene } from './scenes.js';
import { capitalisation } from './cast.js';

const parser = new ParseEnglish();
const fixture = (name: string): string => readFileSync(new URL(`../../tests/fixtures/fiction/${name}`, import.meta.url), 'utf8');

/** Scenes of a text, built the way the engine builds them (paragraph facts, then the manuscript). */
function scenes(text: string): Scene[] {
  const paragraphs = splitParagraphs(text);
  const inputs = paragraphs.map((p) => ({ text: p.text, tree: parser.parse(p.text) }));
  const capitalised = capitalisation.manuscript(inputs.map(capitalisation.paragraph), undefined as never);
  return [...scenesOf(paragraphs, inputs.map(narrationOf), text, capitalised)];
}

describe('chapters and scenes', () => {
  it.each(['***', '* * *', '#', '~~~', '*** *** ***', '❦', '          * * * * *', '§'])('splits scenes at the break line %j', (line) => {
    const text = `Chapter 1\n\nMara left.\n\n${line}\n\nJon stayed.\n`;
    expect(scenes(text).map((s) => [s.key, text.slice(s.from, s.to)])).toEqual([
      ['1.1', 'Mara left.'],
      ['1.2', 'Jon stayed.'],
    ]);
  });

  it('numbers chapters from headings, merging a volume heading with its first chapter', () => {
    const text = 'EMMA\n\nBy Jane Austen\n\nVOLUME I\n\nCHAPTER I\n\nEmma was rich.\n\nCHAPTER II\n\nMr. Weston married.\n';
    expect(scenes(text).map((s) => [s.key, s.chapter])).toEqual([
      ['1.1', 'EMMA'],
      ['2.1', 'VOLUME I / CHAPTER I'],
      ['3.1', 'CHAPTER II'],
    ]);
  });

  it('reads Markdown headings and thematic breaks from the source', () => {
    const text = '# The Farm\n\nMara left.\n\n---\n\nJon stayed.\n';
    // The engine masks Markdown markup to spaces; scenes read the breaks and headings from the source.
    const masked = text.replace('# ', '  ').replace('---', '   ');
    const paragraphs = splitParagraphs(masked);
    const narration = paragraphs.map((p) => narrationOf({ text: p.text, tree: parser.parse(p.text) }));
    const found = scenesOf(paragraphs, narration, text, new Map());
    expect(found.map((s) => [s.key, s.chapter, text.slice(s.from, s.to)])).toEqual([
      ['1.1', 'The Farm', 'Mara left.'],
      ['1.2', 'The Farm', 'Jon stayed.'],
    ]);
  });

  it('joins hard-wrapped lines into one paragraph of one scene', () => {
    const text = 'Chapter 1\n\nMara pushed the door open with her shoulder and stood in\nthe cold kitchen. She knew the house was empty before she\ncalled out.\n';
    const [scene] = scenes(text);
    expect(scene!.endParagraph - scene!.firstParagraph).toBe(1);
  });

  it.each([
    ['a sentence', 'It was over.', false],
    ['a letter opening', '“MY DEAR FRIEND,--', false],
    ['CHAPTER XII', 'CHAPTER XII', true],
    ['Chapter 3: The Storm', 'Chapter 3: The Storm', true],
    ['a roman numeral', 'IV.', true],
  ])('knows %s is a heading or not', (_label, line, expected) => {
    expect(isHeading(line, line, 0)).toBe(expected);
  });

  it('does not take an ellipsis or a dash for a scene break', () => {
    expect(isSceneBreak('…')).toBe(false);
    expect(isSceneBreak('--')).toBe(false);
    expect(isSceneBreak('* * *')).toBe(true);
  });
});

describe('narration', () => {
  it('finds close third, past tense, told from Mara', () => {
    const [scene] = scenes(fixture('close-third-clean.txt'));
    expect(scene).toMatchObject({ person: 'third', tense: 'past', pov: 'Mara', povGender: 'f', omniscient: false });
  });

  it('finds first person, with the narrator as POV', () => {
    const [scene] = scenes(fixture('first-person.txt'));
    expect(scene).toMatchObject({ person: 'first', tense: 'past', pov: 'I' });
  });

  it('finds present tense', () => {
    expect(scenes(fixture('present-tense.txt'))[0]).toMatchObject({ person: 'third', tense: 'present' });
  });

  it('reports a scene that enters many heads as omniscient, with no POV', () => {
    const [scene] = scenes(fixture('omniscient.txt'));
    expect(scene!.omniscient).toBe(true);
    expect(scene!.pov).toBeUndefined();
    expect(scene!.heads.map((h) => h.name).slice(0, 3).sort()).toEqual(['Ellen', 'Mrs. Hale', 'Tom']);
  });

  it('keeps an indented letter out of the narration', () => {
    const found = scenes(fixture('letters-epigraph.txt'));
    const chapter = found.find((s) => s.key === '1.1')!;
    expect(chapter).toMatchObject({ person: 'third', pov: 'Mara' });
  });

  it('does not count hedged or reported minds', () => {
    const text = 'Mara watched him. Jon seemed to know. He must have known. She said Jon knew. Mara knew that Jon wanted it.';
    const minds = scenes(text)[0]!.minds.map((m) => [m.subject, text.slice(m.verbFrom, m.verbTo), m.hedged || m.embedded]);
    expect(minds).toEqual([
      ['Mara', 'watched', false],
      ['Jon', 'know', true],
      ['he', 'known', true],
      ['Jon', 'knew', true],
      ['Mara', 'knew', false],
      ['Jon', 'wanted', true],
    ]);
  });
});

describe('a book of chapter files joined into one text', () => {
  it('numbers each file’s chapters and scenes as the file alone would, prefixed by its place in the book', () => {
    const one = 'Chapter 1\n\nMara left.\n\n* * *\n\nJon stayed.\n';
    const two = 'Mara came back.\n\nChapter 3\n\nJon left.';
    const text = `${one}\n\n${two}`;
    const paragraphs = splitParagraphs(text);
    const inputs = paragraphs.map((p) => ({ text: p.text, tree: parser.parse(p.text) }));
    const capitalised = capitalisation.manuscript(inputs.map(capitalisation.paragraph), undefined as never);
    const files = [
      { from: 0, name: 'one.txt' },
      { from: one.length + 2, name: 'two.txt' },
    ];
    const alone = scenes(two).map((s) => s.key);
    const book = scenesOf(paragraphs, inputs.map(narrationOf), text, capitalised, files).map((s) => [s.key, s.chapter, text.slice(s.from, s.to)]);
    expect(book).toEqual([
      ['1:1.1', 'Chapter 1', 'Mara left.'],
      ['1:1.2', 'Chapter 1', 'Jon stayed.'],
      ['2:0.1', 'two.txt', 'Mara came back.'],
      ['2:1.1', 'Chapter 3', 'Jon left.'],
    ]);
    expect(alone).toEqual(['0.1', '1.1']);
  });
});

describe('viewpoint from the evidence a reader uses', () => {
  // Invented names no list knows; the viewpoint character never "thinks" or "knows" by name: she is followed as the
  // subject of the opening, perceives and feels, and her gender comes only from the manuscript's co-reference.
  const scene = [
    'The ferry was late, and Quillane had been standing on the slipway for an hour.',
    'She pulled her scarf up over her chin. The wind off the estuary smelled of diesel and weed, and her fingers had gone numb inside her gloves.',
    'A horn sounded, and Brevik came down the ramp with a crate on his shoulder. He set it on the stones and straightened slowly.',
    '“You’re the surveyor,” he said.',
    'She watched him wipe his hands on his trousers. She hated being looked at like that, as if she were freight.',
    'He wondered whether she had brought the map.',
  ].join('\n\n');

  it('learns genders from co-reference, across paragraphs too', () => {
    const paragraphs = splitParagraphs(scene);
    const facts = paragraphs.map((p) => narrationOf({ text: p.text, tree: parser.parse(p.text) }));
    const genders = learnGenders(facts);
    expect([genders.get('Quillane'), genders.get('Brevik')]).toEqual(['f', 'm']);
  });

  it('takes the opening’s focal subject as the viewpoint, and the only man on stage as “he”', () => {
    const [s] = scenes(scene);
    expect(s!.pov).toBe('Quillane');
    const hop = s!.minds.find((m) => m.subject === 'he' && m.kind === 'cognition');
    expect([hop?.character, hop?.sure]).toEqual(['Brevik', true]);
  });

  it('learns singular they from “their” right after the name and its verb', () => {
    const text = 'Vireo folded their arms and waited. Sela crossed the room. She sat down.\n\nVireo found their gloves on the bench. They pulled them on slowly.';
    const paragraphs = splitParagraphs(text);
    const facts = paragraphs.map((p) => narrationOf({ text: p.text, tree: parser.parse(p.text) }));
    expect([learnGenders(facts).get('Vireo'), learnGenders(facts).get('Sela')]).toEqual(['n', 'f']);
  });

  it('gives the scene’s one subject of unknown gender the pronoun no other character on stage takes', () => {
    // No vote says what Nerys is (every "she" is a paragraph away from her name), but the only other character
    // is a man, and "she" keeps opening sentences.
    const text = [
      'Nerys crossed the square before the bells. The cold kept Nerys awake. Nerys counted the strokes. The fountain was frozen.',
      'The arcade was dark. She had not slept. She wondered whether the courier had come. She kept to the shadow.',
      'Oskar stood by the well with his collar up.',
      'The wind dropped. She hated that he was early. She was sure he had read the letter.',
    ].join('\n\n');
    const [scene] = scenes(text);
    expect(scene!.minds.filter((m) => m.subject === 'she').map((m) => m.character)).toEqual(['Nerys', 'Nerys', 'Nerys']);
  });

  it('does not take up a pronoun after an object pronoun of that gender as a vote', () => {
    const text = 'Sunnoe found him by the door.\n\nHe had a bag of ice against his shoulder.';
    const paragraphs = splitParagraphs(text);
    const facts = paragraphs.map((p) => narrationOf({ text: p.text, tree: parser.parse(p.text) }));
    expect(learnGenders(facts).get('Sunnoe')).toBeUndefined();
  });
});

describe('names set in capitals', () => {
  it('takes a chapter’s first word in capitals for the character the manuscript names in title case', () => {
    const text = [
      'Chapter 1',
      'ORLA wondered whether the fox had been back. The cows were restless, and Orla knew she would have to sit up for it.',
      'Later that week Orla mended the fence, and she was sure the gap had been made on purpose.',
    ].join('\n\n');
    expect(scenes(text)[0]!.heads).toEqual([{ name: 'Orla', count: 4 }]);
  });
});

describe('one character under two names', () => {
  it('takes a given name written before a surname for the same character', () => {
    const text = [
      'Tamsin Vell came home late. Tamsin Vell was tired, and Vell knew the house was cold.',
      'Tamsin wondered whether the stove had gone out, and Vell was sure it had.',
    ].join('\n\n');
    expect(scenes(text)[0]!.heads.map((h) => h.name)).toEqual(['Vell']);
  });
});
