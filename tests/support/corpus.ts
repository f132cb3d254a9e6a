// The shared corpus lives beside the checkout (../shared/corpus); it is read, never copied into the repo.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Folder of the public-domain novels used for false-alarm counts, snapshots and benchmarks. */
export const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

/** True when the corpus is present (it is in CI and on developer machines; a stray clone elsewhere skips). */
export const hasCorpus = existsSync(CORPUS);

export const NOVELS = ['pride-and-prejudice', 'emma', 'anne-of-green-gables'] as const;

/** A novel's text. */
export function novel(name: (typeof NOVELS)[number]): string {
  return readFileSync(`${CORPUS}${name}.txt`, 'utf8');
}

/** The text of chapter `n` (1-based), from its heading to the next. */
export function chapter(text: string, n: number): string {
  const heads = [...text.matchAll(/^(?:CHAPTER|Chapter) [IVXLC\d]+\b.*$/gm)].map((m) => m.index!);
  return text.slice(heads[n - 1], heads[n] ?? text.length).trimEnd() + '\n';
}
