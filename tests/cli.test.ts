import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, readdir, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDocumentService } from '../main/files/documents.js';
import { createRecoveryStore } from '../main/files/recovery.js';
import { createHandlers } from '../main/ipc/handlers.js';
import { openSettingsStore } from '../main/settings/app-settings.js';
import { run } from '../src/cli/main.js';
import { ok } from '../src/contract/result.js';
import { personalDictionaryPath } from '../src/formats/personal-dictionary.node.js';
import { acceptAll, makeDocx, part, plainText } from './support/docx.js';
import { canMountTmpfs, withTmpfs } from './support/tmpfs.js';

let dir: string;
const env = { XDG_CONFIG_HOME: '/nonexistent' };

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s), env });
  return { code, out, err };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'redline-cli-'));
});

const file = async (name: string, content: string | Uint8Array): Promise<string> => {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
};

describe('redline check', () => {
  it('prints ESLint-style lines and exits 1 when something is found', async () => {
    const path = await file('ch1.txt', 'It was a dark night.\nShe recieved the the letter.\n');
    const { code, out } = await cli('check', path);
    expect(code).toBe(1);
    expect(out.split('\n')).toEqual([
      `${path}:2:5   error    “recieved” is not in the dictionary; did you mean “received”?  spelling-unknown-word`,
      `${path}:2:14  error    “the” is repeated; remove one.  repeated-word`,
      '',
      '2 problems (2 errors, 0 warnings, 0 info) in 1 file.',
      '',
    ]);
  });

  it('exits 0 on clean prose', async () => {
    const path = await file('clean.txt', '“Wait,” she said, and the door closed.\n');
    expect(await cli('check', path)).toMatchObject({ code: 0, out: 'No problems found in 1 file.\n' });
  });

  it('prints JSON with line and column, and honours --checks', async () => {
    const path = await file('ch2.txt', 'She recieved the the letter.');
    const { code, out } = await cli('check', path, '--format', 'json', '--checks', 'repeated-words');
    expect(code).toBe(1);
    const json = JSON.parse(out) as { files: Array<{ path: string; diagnostics: Array<Record<string, unknown>> }> };
    expect(json.files[0]!.path).toBe(path);
    expect(json.files[0]!.diagnostics).toEqual([
      expect.objectContaining({ check: 'repeated-words', ruleId: 'repeated-word', actual: 'the the', from: 13, to: 20, line: 1, column: 14 }),
    ]);
  });

  it('honours the manuscript’s word list and ignores beside the file', async () => {
    const path = await file('ch3.txt', 'The grimble recieved it.');
    await writeFile(`${path}.redline.json`, JSON.stringify({ words: ['grimble'], ignoredRules: [] }));
    const { out } = await cli('check', path);
    expect(out).toContain('recieved');
    expect(out).not.toContain('grimble');
  });

  it('a word the app adds to the shared personal dictionary silences the CLI; the manuscript’s dialect applies', async () => {
    const path = await file('shared.txt', 'The wind had zorbled the colour of the sea.\n');
    const config = join(dir, 'xdg');
    const shared = { XDG_CONFIG_HOME: config };
    const check = async (...args: string[]) => {
      let out = '';
      const code = await run(['check', ...args, path], { stdout: (s) => (out += s), stderr: () => undefined, env: shared });
      return { code, out };
    };
    expect((await check()).out).toContain('zorbled');
    // The app's host, started with the same environment, reads and writes the same file.
    const { invoke } = createHandlers({
      host: 'serve',
      documents: createDocumentService({ watch: null }),
      recovery: createRecoveryStore(join(dir, 'app-data', 'recovery')),
      settings: await openSettingsStore(join(dir, 'app-data', 'settings.json')),
      engineData: async () => ({ lexicon: '', wordRanks: [], vocabulary: [] }),
      dialogs: { open: async () => undefined, saveAs: async () => ok(undefined), exportAs: async () => ok(undefined) },
      dictionaryPath: personalDictionaryPath(shared, '/nonexistent-home'),
    });
    expect(await invoke('dictionary:update', { change: { kind: 'add', word: 'zorbled' } })).toMatchObject({ ok: true });
    expect(await readFile(join(config, 'redline', 'dictionary.txt'), 'utf8')).toBe('zorbled\n');
    expect((await check()).out).not.toContain('zorbled');

    // A British manuscript: "colour" is flagged in American English, unless its settings say en-GB (--dialect wins).
    expect((await check()).out).toContain('colour');
    await writeFile(`${path}.redline.json`, JSON.stringify({ dialect: 'en-US' }));
    expect((await check()).out).toContain('colour');
    await writeFile(`${path}.redline.json`, JSON.stringify({ dialect: 'en-GB' }));
    expect(await check()).toMatchObject({ code: 0 });
    expect((await check('--dialect', 'en-US')).out).toContain('colour');
  });

  it('honours the POV character and narration set in the manuscript’s settings', async () => {
    // The first scene of the head-hop fixture: Mara's scene, with one run of Jon's thoughts.
    const fixture = await readFile(new URL('fixtures/fiction/close-third-head-hops.txt', import.meta.url), 'utf8');
    const story = fixture.slice(0, fixture.indexOf('* * *'));
    const path = await file('pov.txt', story);
    const hops = async (): Promise<string[]> => {
      const { out } = await cli('check', path, '--format', 'json', '--checks', 'pov');
      const json = JSON.parse(out) as { files: Array<{ diagnostics: Array<{ ruleId: string; message: string }>; summaries: { pov?: { scenes: Array<{ key: string; pov?: string; povSet: boolean }> } } }> };
      return json.files[0]!.diagnostics.filter((d) => d.ruleId === 'pov-head-hop').map((d) => d.message);
    };
    expect(await hops()).toEqual(['These sentences report Jon’s thoughts in a scene told from Mara’s point of view.']);
    await writeFile(`${path}.redline.json`, JSON.stringify({ povCharacters: { '1.1': 'Jon' } }));
    expect(await hops()).toEqual([
      'This sentence reports Mara’s thoughts in a scene told from Jon’s point of view.',
      'This sentence reports Mara’s thoughts in a scene told from Jon’s point of view.',
    ]);
    await writeFile(`${path}.redline.json`, JSON.stringify({ povCharacters: { '1.1': '' } }));
    expect(await hops()).toEqual([]);
    await writeFile(`${path}.redline.json`, JSON.stringify({ narration: 'omniscient' }));
    expect(await hops()).toEqual([]);
    const { code, out } = await cli('fix', path, '--checks', 'pov');
    expect({ code, out }).toEqual({ code: 0, out: story });
  });

  it.each([
    ['a missing file', async () => join(dir, 'nope.txt'), /nope\.txt does not exist/],
    ['a folder with no manuscript files', async () => {
      await mkdir(join(dir, 'no-chapters'), { recursive: true });
      return join(dir, 'no-chapters');
    }, /no-chapters has no manuscript files \(\.txt, \.md or \.docx\)/],
    ['a binary file', async () => file('image.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13])), /image\.png is a binary file/],
    ['invalid UTF-8', async () => file('latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a])), /latin1\.txt is not valid UTF-8 \(byte 0xe9 at line 1, column 4\)/],
    ['an empty file', async () => file('empty.txt', ''), /empty\.txt is empty/],
    ['a 50 MB file', async () => {
      const path = await file('huge.txt', '');
      await truncate(path, 50 * 1024 * 1024);
      return path;
    }, /huge\.txt is 50\.0 MB, larger than the 20 MB Redline opens/],
  ])('gives one clear line and exit 2 for %s', async (_label, make, message) => {
    const { code, out, err } = await cli('check', await make());
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
    expect(err.trim().split('\n')).toHaveLength(1);
  });

  it('rejects unknown options and checks with exit 2', async () => {
    const path = await file('x.txt', 'Fine.');
    expect((await cli('check', path, '--checks', 'grammar')).code).toBe(2);
    expect((await cli('check', path, '--frobnicate')).code).toBe(2);
    expect((await cli('frob')).code).toBe(2);
  });
});

describe('redline fix', () => {
  it('writes the corrected text with -o, keeping BOM and CRLF, and never touches the input', async () => {
    const original = '\ufeffShe recieved the the letter.\r\nTeh end.\r\n';
    const path = await file('fixme.txt', original);
    const out = join(dir, 'fixed.txt');
    const result = await cli('fix', path, '-o', out);
    expect(result.code).toBe(0);
    expect(await readFile(out, 'utf8')).toBe('\ufeffShe received the letter.\r\nThe end.\r\n');
    expect(await readFile(path, 'utf8')).toBe(original);
    expect(result.out).toContain(`${path}:1:5  spelling-unknown-word  “recieved” → “received”`);
    expect(result.out).toContain('3 fixes applied; wrote');
  });

  it('refuses to overwrite the input without --in-place, and overwrites with it', async () => {
    const path = await file('inplace.txt', 'A the cat.\n');
    expect((await cli('fix', path, '-o', path)).code).toBe(2);
    expect(await readFile(path, 'utf8')).toBe('A the cat.\n');
    expect((await cli('fix', path, '--in-place')).code).toBe(0);
    expect(await readFile(path, 'utf8')).toBe('The cat.\n');
  });

  it('prints to stdout without -o, and filters by --rules', async () => {
    const path = await file('rules.txt', 'She recieved the the letter.');
    const { out, err } = await cli('fix', path, '--rules', 'repeated-word');
    expect(out).toBe('She recieved the letter.');
    expect(err).toContain('1 fix applied.');
  });

  it('reports a read-only folder and leaves nothing behind', async () => {
    if (process.getuid?.() === 0) return; // root writes anywhere; the fs error mapping is unit-tested via fsError
    const ro = join(dir, 'ro');
    await mkdir(ro);
    const path = await file('ro-src.txt', 'Teh end.');
    await chmod(ro, 0o555);
    const { code, err } = await cli('fix', path, '-o', join(ro, 'out.txt'));
    expect(code).toBe(2);
    expect(err).toMatch(/permission denied/);
    expect(await readdir(ro)).toEqual([]);
  });
});

describe('redline with .docx', () => {
  const story = () =>
    makeDocx([
      { heading: 1, runs: ['Chapter One'] },
      { runs: ['She had ', { text: 'recieved', italics: true }, ' the the letter.'] },
      'Teh end.',
    ]);

  it('checks a .docx, giving paragraph numbers as lines', async () => {
    const path = await file('story.docx', await story());
    const { code, out } = await cli('check', path);
    expect(code).toBe(1);
    expect(out).toContain(`${path}:2:9   error    “recieved” is not in the dictionary; did you mean “received”?  spelling-unknown-word`);
    expect(out).toContain(`${path}:3:1   error    “Teh” is not in the dictionary`);
  });

  it('writes tracked changes and an HTML change report, leaving the input alone', async () => {
    const original = await story();
    const path = await file('tracked-in.docx', original);
    const out = join(dir, 'tracked-out.docx');
    const report = join(dir, 'changes.html');
    const result = await cli('fix', path, '-o', out, '--track-changes', '--report', report);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toContain('3 fixes applied as tracked changes; wrote');
    const xml = part(new Uint8Array(await readFile(out)));
    expect(xml.match(/<w:ins w:id="\d+" w:author="Redline"/g)).toHaveLength(2);
    expect(xml.match(/<w:del w:id="\d+" w:author="Redline"/g)).toHaveLength(3);
    expect(plainText(acceptAll(xml))).toBe('Chapter One\n\nShe had received the letter.\n\nThe end.');
    expect(new Uint8Array(await readFile(path))).toEqual(original);
    const html = await readFile(report, 'utf8');
    expect(html).toContain('<del>recieved</del><ins>received</ins>');
    expect(html).toContain('paragraph 2, column 9');
  });

  it('writes a corrected .docx, a .txt, and a Markdown report', async () => {
    const path = await file('plain-in.docx', await story());
    expect((await cli('fix', path, '-o', join(dir, 'plain-out.docx'), '--report', join(dir, 'changes.md'))).code).toBe(0);
    expect(part(new Uint8Array(await readFile(join(dir, 'plain-out.docx'))))).not.toMatch(/<w:(ins|del)\b/);
    expect(await readFile(join(dir, 'changes.md'), 'utf8')).toContain('## Left open');
    expect((await cli('fix', path, '-o', join(dir, 'plain-out.txt'))).code).toBe(0);
    expect(await readFile(join(dir, 'plain-out.txt'), 'utf8')).toBe('Chapter One\n\nShe had received the letter.\n\nThe end.');
    expect((await cli('fix', path, '-o', join(dir, 'plain-out.md'))).code).toBe(0);
    expect(await readFile(join(dir, 'plain-out.md'), 'utf8')).toBe('## Chapter One\n\nShe had *received* the letter.\n\nThe end.\n');
  });

  it('corrects a .docx in place only when asked', async () => {
    const path = await file('in-place.docx', await story());
    expect((await cli('fix', path, '--in-place', '--track-changes')).code).toBe(0);
    expect(plainText(acceptAll(part(new Uint8Array(await readFile(path)))))).toBe('Chapter One\n\nShe had received the letter.\n\nThe end.');
  });

  it('turns a text manuscript into a .docx with tracked changes', async () => {
    const path = await file('draft.txt', 'She recieved the the letter.\r\n');
    const out = join(dir, 'draft.docx');
    expect((await cli('fix', path, '-o', out, '--track-changes', '--comments')).code).toBe(0);
    const bytes = new Uint8Array(await readFile(out));
    expect(plainText(acceptAll(part(bytes)))).toBe('She received the letter.');
    expect(part(bytes, 'word/comments.xml')).toContain('repeated-word');
  });

  it('warns about tracked changes already in the file', async () => {
    const { docxFromBody } = await import('./support/docx.js');
    const path = await file(
      'edited.docx',
      docxFromBody('<w:p><w:r><w:t xml:space="preserve">She </w:t></w:r><w:ins w:id="1" w:author="Ed" w:date="2026-01-01T00:00:00Z"><w:r><w:t>left.</w:t></w:r></w:ins></w:p>'),
    );
    const { code, err } = await cli('check', path);
    expect(code).toBe(0);
    expect(err).toBe(`redline: warning: ${path} already has tracked changes (1 insertion); Redline checked the text as if they were accepted, kept them as they are in a .docx it writes, and skips fixes inside them.\n`);
  });

  it.each([
    ['a renamed .doc', () => Object.assign(new Uint8Array(512), { 0: 0xd0, 1: 0xcf, 2: 0x11, 3: 0xe0, 4: 0xa1, 5: 0xb1, 6: 0x1a, 7: 0xe1 }), /old\.docx is an old Word 97–2003 \.doc file/],
    ['a corrupt zip', () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9, 9, 9]), /old\.docx is damaged: it is not a readable zip archive/],
    ['an image', () => new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), /old\.docx is a JPEG image, not a Word document/],
  ])('refuses %s with one line, exit 2, and writes nothing', async (_label, make, message) => {
    const path = await file('old.docx', make());
    const out = join(dir, 'never.docx');
    const { code, out: stdout, err } = await cli('fix', path, '-o', out, '--track-changes', '--report', join(dir, 'never.html'));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(err).toMatch(message);
    expect(err.trim().split('\n')).toHaveLength(1);
    await expect(stat(out)).rejects.toThrow();
    await expect(stat(join(dir, 'never.html'))).rejects.toThrow();
  });

  it('rejects --track-changes without a .docx to write, and reports in unknown formats', async () => {
    const path = await file('opts.txt', 'Teh end.');
    expect((await cli('fix', path, '-o', join(dir, 'opts.out.txt'), '--track-changes')).code).toBe(2);
    expect((await cli('fix', path, '--report', join(dir, 'r.pdf'))).code).toBe(2);
    expect((await cli('fix', path, '-o', join(dir, 'x.docx'), '--comments')).code).toBe(2);
  });
});

describe('bin/redline.js', () => {
  it('runs the built CLI as a user would', async () => {
    const path = await file('bin.txt', 'She recieved it.');
    await stat(new URL('../out/node/cli/main.js', import.meta.url)); // built by `npm test` / `npm install`
    const result: { code?: number; stdout: string } = await promisify(execFile)(process.execPath, ['bin/redline.js', 'check', path, '--format', 'json']).catch((e: { code: number; stdout: string }) => e);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).files[0].diagnostics[0].actual).toBe('recieved');
  });
});

// Issue 10's reproduction: `redline fix book.txt --in-place` on a nearly full disk (a 1 MB tmpfs). It used to
// exit 0 with "wrote …" and leave 450,560 of 595,200 bytes. Needs root to mount a tmpfs (CI runs as root).
describe.skipIf(!canMountTmpfs)('redline fix on a full disk', () => {
  it('exits 2 with a clear message and leaves the manuscript byte for byte', async (ctx) => {
    await withTmpfs(
      () => ctx.skip(),
      async (mnt) => {
        const line = 'She new the man at the door, and the the kettle was warm on the stove behind her.\n';
        const old = line.repeat(Math.ceil(595_200 / line.length)).slice(0, 595_200);
        const path = join(mnt, 'book.txt');
        await writeFile(path, old);
        const { code, err } = await cli('fix', path, '--in-place', '--checks', 'repeated-words');
        expect(code).toBe(2);
        expect(err).toMatch(/book\.txt: the disk is full \(nothing was changed\)/);
        expect(await readFile(path, 'utf8')).toBe(old);
        expect(await readdir(mnt)).toEqual(['book.txt']);
      },
    );
  });
});


describe('redline --help', () => {
  it('prints usage and exits 0, for the command and for each subcommand', async () => {
    for (const argv of [['--help'], ['check', '--help'], ['fix', '-h'], ['check', 'book.txt', '--help']]) {
      const { code, out, err } = await cli(...argv);
      expect({ argv, code, err }).toEqual({ argv, code: 0, err: '' });
      expect(out).toMatch(/^Usage:\n {2}redline check <file\.\.\. \| folder>/);
      expect(out).toContain('redline serve');
    }
  });
});

describe('a folder of chapter files', () => {
  it('checks each chapter with the book’s settings (book.redline.json) added to its own, POVs by its own scene keys', async () => {
    const folder = join(dir, 'book-settings');
    await mkdir(folder, { recursive: true });
    const fixture = await readFile(new URL('./fixtures/fiction/three-chapters.txt', import.meta.url), 'utf8');
    const story = `${fixture.split('Chapter Two')[0]!.split('* * *')[0]!.trimEnd()}\n\nShe hated zorbled snow.\n`;
    await writeFile(join(folder, 'chapter-10.txt'), 'Chapter Ten\n\nThe zorbled end.\n');
    await writeFile(join(folder, 'chapter-2.txt'), story);
    const lines = async () => (await cli('check', folder, '--format', 'json')).out;
    const before = JSON.parse(await lines()) as { files: Array<{ path: string; diagnostics: Array<{ ruleId: string }> }> };
    expect(before.files.map((f) => f.path.slice(folder.length + 1))).toEqual(['chapter-2.txt', 'chapter-10.txt']);
    expect(before.files.flatMap((f) => f.diagnostics.map((d) => d.ruleId))).toEqual(expect.arrayContaining(['spelling-unknown-word', 'pov-head-hop']));
    await writeFile(join(folder, 'book.redline.json'), JSON.stringify({ words: ['zorbled'], chapters: { 'chapter-2.txt': { povCharacters: { '1.1': '' } } } }));
    const after = JSON.parse(await lines()) as typeof before;
    expect(after.files.flatMap((f) => f.diagnostics.map((d) => d.ruleId))).toEqual([]);
    // A chapter's own settings still count: its own ignored rule beside the book's words.
    await writeFile(join(folder, 'chapter-10.txt'), 'Chapter Ten\n\nThe the zorbled end.\n');
    expect((await cli('check', join(folder, 'chapter-10.txt'))).out).toContain('repeated-word');
    await writeFile(join(folder, 'chapter-10.txt.redline.json'), JSON.stringify({ ignoredRules: ['repeated-word'] }));
    expect(await cli('check', join(folder, 'chapter-10.txt'))).toMatchObject({ code: 0 });
  });
});

describe('redline report', () => {
  it('writes the book map of a folder of chapter files, in natural order, as HTML, Markdown or JSON', async () => {
    const folder = join(dir, 'book');
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'ch10.txt'), 'Chapter Ten\n\nMara knew the house was empty. Mara hated the cold.\n');
    await writeFile(join(folder, 'ch2.txt'), 'Chapter Two\n\nJon wondered where Mara was. Jon felt the cold.\n');
    await writeFile(join(folder, 'notes.pdf'), 'not a manuscript');
    const html = join(dir, 'map.html');
    const done = await cli('report', folder, '-o', html);
    expect(done).toMatchObject({ code: 0, out: expect.stringMatching(/^Wrote the book map of 2 files \(2 chapters, 2 scenes\)/) });
    const page = await readFile(html, 'utf8');
    expect(page).toContain('<svg');
    expect(page.indexOf('Chapter Two')).toBeLessThan(page.indexOf('Chapter Ten'));
    const json = await cli('report', folder, '--format', 'json');
    expect(JSON.parse(json.out).chapters.map((c: { file: string }) => c.file)).toEqual(['ch2.txt', 'ch10.txt']);
    expect((await cli('report', folder, '-o', join(dir, 'map.md'))).code).toBe(0);
    expect(await readFile(join(dir, 'map.md'), 'utf8')).toMatch(/^# book: book map/);
  });

  it('refuses to write over a manuscript or without a report file', async () => {
    const path = await file('lone.md', 'Mara knew.\n');
    expect(await cli('report', path, '-o', path)).toMatchObject({ code: 2, err: expect.stringMatching(/is one of the manuscripts/) });
    expect(await readFile(path, 'utf8')).toBe('Mara knew.\n');
    expect(await cli('report', path)).toMatchObject({ code: 2, err: expect.stringMatching(/give -o REPORT\.html/) });
  });
});
