/**
 * Issue 10's fault-injection suite for the CLI: `fix --in-place`, `-o` and `--report` under every injected fault,
 * symlinks at every path the command writes, read-only files, leftovers, and the encodings `fix` writes.
 */
import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AtomicWriteFs } from '../formats/atomic-write.node.js';
import { TEMP_FILE_PATTERN } from '../formats/atomic-write.node.js';
import { expectedMessage, FAULTS, faultyFs } from '../../tests/support/faulty-fs.js';
import { run } from './main.js';

// Two fixable slips ("recieved", "the the"), so every fix writes.
const OLD = 'It was a dark night.\nShe recieved the the letter.\n'.repeat(40);

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'redline-cli-faults-'));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

async function cli(argv: string[], fs?: AtomicWriteFs): Promise<{ code: number; out: string; err: string; bytes: Uint8Array[] }> {
  let out = '';
  let err = '';
  const bytes: Uint8Array[] = [];
  const code = await run(argv, {
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
    stdoutBytes: (b) => bytes.push(b),
    env: { XDG_CONFIG_HOME: '/nonexistent' },
    ...(fs ? { fs } : {}),
  });
  return { code, out, err, bytes };
}

const book = async (name = 'ch1.txt', content: string | Uint8Array = OLD): Promise<string> => {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
};
const temps = async (): Promise<string[]> => (await readdir(dir)).filter((n) => TEMP_FILE_PATTERN.test(n));

describe('redline fix under every injected fault', () => {
  for (const fault of FAULTS) {
    it(`${fault.how} at ${fault.step} (${fault.code}): --in-place, -o and --report leave every file wholly old and say why`, async () => {
      const path = await book();
      const inPlace = await cli(['fix', path, '--in-place'], faultyFs(fault));
      expect(inPlace.code).toBe(2);
      expect(inPlace.err).toMatch(expectedMessage(fault));
      expect(inPlace.err).not.toMatch(/internal error/);
      expect(await readFile(path, 'utf8')).toBe(OLD);

      const out = await book('out.txt', 'an older output\n');
      const toOut = await cli(['fix', path, '-o', out, '--report', join(dir, 'r.html')], faultyFs(fault));
      expect(toOut.code).toBe(2);
      expect(await readFile(out, 'utf8')).toBe('an older output\n');
      await expect(stat(join(dir, 'r.html'))).rejects.toThrow();
      expect(await temps()).toHaveLength(fault.how === 'kill' ? 2 : 0);
    });
  }

  it('a leftover of a killed fix is removed by the next write beside it, once stale; others are kept', async () => {
    const path = await book();
    expect((await cli(['fix', path, '--in-place'], faultyFs({ step: 'rename', how: 'kill', code: 'KILLED' }))).code).toBe(2);
    const [left] = await temps();
    expect(left).toMatch(new RegExp(`^\\.ch1\\.txt\\.redline-${process.pid}-\\d+\\.tmp$`));
    // Fresh and ours: a write in progress; kept.
    expect((await cli(['fix', path, '--in-place'])).code).toBe(0);
    expect(await temps()).toEqual([left]);
    const old = new Date(Date.now() - 120_000);
    await utimes(join(dir, left!), old, old);
    const dead = execFileSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).toString();
    await writeFile(join(dir, `.ch1.txt.redline-${dead}-7.tmp`), 'half');
    await writeFile(join(dir, '.ch1.txt.swp'), 'vim’s');
    expect((await cli(['fix', path, '-o', join(dir, 'out.txt')])).code).toBe(0);
    expect((await readdir(dir)).sort()).toEqual(['.ch1.txt.swp', 'ch1.txt', 'out.txt']);
  });
});

describe('symlinks and the guards of fix', () => {
  it('--report that is a symlink to the chapter is refused; the chapter is untouched', async () => {
    const path = await book();
    await symlink(path, join(dir, 'r.html'));
    const r = await cli(['fix', path, '-o', join(dir, 'out.txt'), '--report', join(dir, 'r.html')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--report .*r\.html would overwrite the manuscript/);
    expect(await readFile(path, 'utf8')).toBe(OLD);
    await expect(stat(join(dir, 'out.txt'))).rejects.toThrow();
  });

  it('-o that is a symlink to the input is refused without --in-place', async () => {
    const path = await book();
    await symlink(path, join(dir, 'out.txt'));
    const r = await cli(['fix', path, '-o', join(dir, 'out.txt')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/-o .*out\.txt is the input file; use --in-place to overwrite it/);
    expect(await readFile(path, 'utf8')).toBe(OLD);
  });

  it('-o through a symlinked folder to the input is refused', async () => {
    const path = await book();
    await symlink(dir, join(dir, 'same'));
    const r = await cli(['fix', path, '-o', join(dir, 'same', 'ch1.txt')]);
    expect(r.code).toBe(2);
    expect(await readFile(path, 'utf8')).toBe(OLD);
  });

  it('-o or --report that is a symlink to the settings or the dictionary is refused', async () => {
    const path = await book();
    await writeFile(join(dir, 'ch1.txt.redline.json'), '{"words":[]}\n');
    await writeFile(join(dir, 'words.txt'), 'Mara\n');
    await symlink(join(dir, 'ch1.txt.redline.json'), join(dir, 'out.txt'));
    await symlink(join(dir, 'words.txt'), join(dir, 'r.md'));
    const a = await cli(['fix', path, '-o', join(dir, 'out.txt')]);
    expect(a.err).toMatch(/is the manuscript’s settings; write to another file/);
    const b = await cli(['fix', path, '--dictionary', join(dir, 'words.txt'), '-o', join(dir, 'o2.txt'), '--report', join(dir, 'r.md')]);
    expect(b.err).toMatch(/is the dictionary; write the report to another file/);
    expect([a.code, b.code]).toEqual([2, 2]);
    expect(await readFile(join(dir, 'ch1.txt.redline.json'), 'utf8')).toBe('{"words":[]}\n');
    expect(await readFile(join(dir, 'words.txt'), 'utf8')).toBe('Mara\n');
  });

  it('-o or --report that is a symlink to some other file is not written through', async () => {
    const path = await book();
    const victim = await book('victim.txt', 'someone’s notes\n');
    await symlink(victim, join(dir, 'out.txt'));
    await symlink(victim, join(dir, 'r.md'));
    const a = await cli(['fix', path, '-o', join(dir, 'out.txt')]);
    expect(a.err).toBe(`redline: cannot write ${join(dir, 'out.txt')}: it is a symbolic link, and Redline does not write through links it did not open (nothing was changed)\n`);
    const b = await cli(['fix', path, '-o', join(dir, 'o2.txt'), '--report', join(dir, 'r.md')]);
    expect(b.err).toMatch(/cannot write .*r\.md: it is a symbolic link/);
    expect([a.code, b.code]).toEqual([2, 2]);
    expect(await readFile(victim, 'utf8')).toBe('someone’s notes\n');
  });

  it('--report and -o the same file is refused', async () => {
    const path = await book();
    const r = await cli(['fix', path, '-o', join(dir, 'out.md'), '--report', join(dir, 'out.md')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/is the output file/);
  });

  it('--in-place on a symlinked manuscript writes where it really lives; the link stays', async () => {
    const path = await book('real.txt');
    await symlink(path, join(dir, 'link.txt'));
    const r = await cli(['fix', join(dir, 'link.txt'), '--in-place']);
    expect(r.code).toBe(0);
    expect(await readFile(path, 'utf8')).toMatch(/received the letter/);
    await expect((await import('node:fs/promises')).readlink(join(dir, 'link.txt'))).resolves.toBe(path);
  });

  it('a symlink loop and a NUL in a name are plain sentences', async () => {
    await symlink(join(dir, 'b.txt'), join(dir, 'a.txt'));
    await symlink(join(dir, 'a.txt'), join(dir, 'b.txt'));
    const loop = await cli(['check', join(dir, 'a.txt')]);
    expect(loop.err).toBe(`redline: cannot read ${join(dir, 'a.txt')}: it is a loop of symbolic links (or too many levels of them)\n`);
    const nul = await cli(['check', 'ch\0.txt']);
    expect(nul.err).toBe('redline: cannot read “ch\\0.txt”: a file name cannot contain a NUL character\n');
    expect([loop.code, nul.code]).toEqual([2, 2]);
  });
});

describe('read-only manuscripts and --in-place', () => {
  it('a file without write permission is refused, -o is offered, nothing is replaced', async () => {
    const path = await book();
    await chmod(path, 0o444);
    const r = await cli(['fix', path, '--in-place']);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`redline: ${path} is read-only; nothing was changed. Write the fixed text to another file with -o OUT.\n`);
    expect(await readFile(path, 'utf8')).toBe(OLD);
    expect((await stat(path)).mode & 0o777).toBe(0o444);
  });

  it('a file in a read-only folder is refused', async () => {
    await mkdir(join(dir, 'locked'));
    const path = join(dir, 'locked', 'ch1.txt');
    await writeFile(path, OLD);
    await chmod(join(dir, 'locked'), 0o555);
    try {
      const r = await cli(['fix', path, '--in-place']);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/the folder .*locked is read-only; nothing was changed\. Write the fixed text to another file with -o OUT\./);
      expect(await readFile(path, 'utf8')).toBe(OLD);
    } finally {
      await chmod(join(dir, 'locked'), 0o755);
    }
  });
});

describe('what fix reads and writes', () => {
  const utf16 = (s: string, le: boolean, bom: boolean): Uint8Array => {
    const b = Buffer.from(s, 'utf16le');
    if (!le) b.swap16();
    return bom ? Buffer.concat([Buffer.from(le ? [0xff, 0xfe] : [0xfe, 0xff]), b]) : b;
  };

  it('a NUL after the first 8 KB is binary: fix refuses and writes nothing', async () => {
    const bytes = Buffer.concat([Buffer.from('She recieved the letter.\n'.repeat(400)), Buffer.from([0]), Buffer.from('more\n')]);
    const path = await book('late-nul.txt', bytes);
    const r = await cli(['fix', path, '--in-place']);
    expect(r).toMatchObject({ code: 2, err: `redline: late-nul.txt is a binary file, not text\n` });
    expect(Buffer.compare(await readFile(path), bytes)).toBe(0);
  });

  it('UTF-16 without a BOM is read, fixed and written back as UTF-16', async () => {
    for (const le of [true, false]) {
      const path = await book(`u16-${le ? 'le' : 'be'}.txt`, utf16('She recieved the letter.\r\n', le, false));
      const r = await cli(['fix', path, '--in-place']);
      expect(r.code).toBe(0);
      expect(Buffer.compare(await readFile(path), Buffer.from(utf16('She received the letter.\r\n', le, false)))).toBe(0);
    }
  });

  it('fix to stdout keeps the encoding: UTF-16 with a BOM stays UTF-16', async () => {
    const path = await book('u16.txt', utf16('She recieved the letter.\n', true, true));
    const r = await cli(['fix', path]);
    expect(r.code).toBe(0);
    expect(Buffer.compare(Buffer.concat(r.bytes), Buffer.from(utf16('She received the letter.\n', true, true)))).toBe(0);
    expect(r.out).toBe('');
  });
});
