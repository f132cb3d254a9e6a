import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, readdir, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli/main.js';

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

  it.each([
    ['a missing file', async () => join(dir, 'nope.txt'), /nope\.txt does not exist/],
    ['a directory', async () => dir, /is a folder, not a manuscript file/],
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

describe('bin/redline.js', () => {
  it('runs the built CLI as a user would', async () => {
    const path = await file('bin.txt', 'She recieved it.');
    await stat(new URL('../out/node/cli/main.js', import.meta.url)); // built by `npm test` / `npm install`
    const result: { code?: number; stdout: string } = await promisify(execFile)(process.execPath, ['bin/redline.js', 'check', path, '--format', 'json']).catch((e: { code: number; stdout: string }) => e);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).files[0].diagnostics[0].actual).toBe('recieved');
  });
});
