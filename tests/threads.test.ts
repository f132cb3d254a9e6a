// `redline check` on several threads gives byte-for-byte the output of one thread, on whole novels.
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/main.js';
import { CORPUS, hasCorpus } from './support/corpus.js';

async function check(argv: readonly string[], env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(['check', ...argv], { stdout: (s) => (out += s), stderr: (s) => (err += s), env: { XDG_CONFIG_HOME: '/nonexistent', ...env } });
  return { code, out, err };
}

describe.skipIf(!hasCorpus)('redline check on several threads', () => {
  // Three novels in one call: the worker engines are re-configured per file like the main one.
  const novels = ['the-time-machine', 'the-wonderful-wizard-of-oz', 'my-man-jeeves'].map((n) => `${CORPUS}${n}.txt`);

  it('prints the same JSON as one thread, whatever the number of threads', async () => {
    const one = await check([...novels, '--format', 'json'], { REDLINE_THREADS: '1' });
    const three = await check([...novels, '--format', 'json', '--threads', '3']);
    expect(one.code).toBe(1);
    expect(one.err).toBe('');
    expect(three.err).toBe('');
    expect(three.code).toBe(one.code);
    expect(JSON.parse(one.out).files.map((f: { diagnostics: unknown[] }) => f.diagnostics.length)).toEqual([expect.any(Number), expect.any(Number), expect.any(Number)]);
    expect(three.out === one.out).toBe(true); // not toEqual: a diff of 5 MB of JSON is no help
  }, 600_000);
});

describe('--threads', () => {
  it('takes a whole number of at least 1', async () => {
    const { code, err } = await check(['x.txt', '--threads', '0']);
    expect(code).toBe(2);
    expect(err).toContain('--threads (or REDLINE_THREADS) must be a whole number of at least 1, not "0"');
    expect((await check(['x.txt'], { REDLINE_THREADS: 'many' })).err).toContain('not "many"');
  });
});
