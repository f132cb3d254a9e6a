/**
 * The personal dictionary: one file of words shared by every manuscript, read by the CLI (`redline check`,
 * `fix`, `report`) and by the app (desktop and `redline serve`) from the same place, and written by the app when
 * the writer adds a word to it. One word a line; blank lines and lines starting with `#` are kept but not words.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { DictionaryChange } from '../contract/ipc.js';
import { ok, type Result } from '../contract/result.js';
import { fsError, writeFileSafely } from './file.node.js';

/**
 * Where the personal dictionary lives: `$REDLINE_DICTIONARY`, else `$XDG_CONFIG_HOME/redline/dictionary.txt`,
 * else `~/.config/redline/dictionary.txt` (`home` is the user's home folder). The CLI's `--dictionary FILE`
 * overrides it for one run.
 */
export function personalDictionaryPath(env: Readonly<Record<string, string | undefined>>, home: string): string {
  return env['REDLINE_DICTIONARY'] || join(env['XDG_CONFIG_HOME'] || join(home, '.config'), 'redline', 'dictionary.txt');
}

/** The words of a dictionary file's text: each line trimmed, blank lines and `#` comments left out. */
export function parsePersonalDictionary(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

/** The words of the dictionary at `path`; a file that does not exist yet has none. */
export async function readPersonalDictionary(path: string): Promise<Result<string[]>> {
  try {
    return ok(parsePersonalDictionary(await readFile(path, 'utf8')));
  } catch (e) {
    if ((e as { code?: string }).code === 'ENOENT') return ok([]);
    return { ok: false, error: fsError(e, path, 'read') };
  }
}

/**
 * Adds a word (once) or removes it (every line that is that word), keeping every other line (comments, blank lines, the order) as it was, and writes the
 * file atomically (its folder is made when missing; a symlinked dictionary is written where it really lives).
 * Resolves with the words after the change; on failure the file is as it was.
 */
export async function updatePersonalDictionary(path: string, change: DictionaryChange): Promise<Result<string[]>> {
  let text = '';
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as { code?: string }).code !== 'ENOENT') return { ok: false, error: fsError(e, path, 'read') };
  }
  const word = change.word.trim();
  const lines = text === '' ? [] : text.replace(/\r?\n$/, '').split(/\r?\n/);
  const has = lines.some((l) => l.trim() === word);
  let next: string[];
  if (change.kind === 'add') {
    if (has) return ok(parsePersonalDictionary(text));
    next = [...lines, word];
  } else {
    if (!has) return ok(parsePersonalDictionary(text));
    next = lines.filter((l) => l.trim() !== word);
  }
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const body = next.length ? next.join(eol) + eol : '';
  await mkdir(dirname(path), { recursive: true }).catch(() => undefined);
  const written = await writeFileSafely(path, body);
  if (!written.ok) return written;
  return ok(parsePersonalDictionary(body));
}
