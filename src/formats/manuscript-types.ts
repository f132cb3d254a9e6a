/**
 * The one table of manuscript file types: which file-name extensions Redline reads as plain text, as
 * Markdown and as a Word document. Everything that decides by a file's name asks here: the CLI, the file
 * service, `redline serve`, the Electron entry, its preload (a dropped file) and its dialogs' filters.
 *
 * Pure (no `node:`), so the sandboxed preload can use it. A name or a path both work: only the text after
 * the last `.` of the last path segment (`/` or `\`) counts, compared without case. As with Node's
 * `extname`, a leading dot is not an extension: `.md` alone is a hidden file with no extension.
 */
import type { SourceFormat } from './prose.js';

/** How Redline reads a manuscript: plain text, Markdown source, or a Word document (opened for review). */
export type ManuscriptKind = 'text' | 'markdown' | 'docx';

/** Extension (lower case, no dot) → kind. Listed in the order dialogs show them. */
export const MANUSCRIPT_EXTENSIONS = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  mdown: 'markdown',
  mkd: 'markdown',
  docx: 'docx',
} as const satisfies Readonly<Record<string, ManuscriptKind>>;

/** Every kind, the default of the functions below that take a list of kinds. */
export const MANUSCRIPT_KINDS: readonly ManuscriptKind[] = ['text', 'markdown', 'docx'];

/** Kinds Redline saves back as they are (a Word document is exported, never saved). */
export const TEXT_KINDS: readonly ManuscriptKind[] = ['text', 'markdown'];

/** The extension of a name or path, lower case, without the dot; `''` when there is none. */
function extensionOf(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** The kind a name's extension says (`chapter.MD` → `markdown`), or `undefined` for any other name. */
export function manuscriptKindOf(name: string): ManuscriptKind | undefined {
  const ext = extensionOf(name);
  return Object.hasOwn(MANUSCRIPT_EXTENSIONS, ext) ? MANUSCRIPT_EXTENSIONS[ext as keyof typeof MANUSCRIPT_EXTENSIONS] : undefined;
}

/** True when the name has a manuscript extension of one of `kinds` (default: any kind). */
export function isManuscriptName(name: string, kinds: readonly ManuscriptKind[] = MANUSCRIPT_KINDS): boolean {
  const kind = manuscriptKindOf(name);
  return kind !== undefined && kinds.includes(kind);
}

/** The name without its manuscript extension (`a.b.md` → `a.b`); any other name is returned as it is. */
export function manuscriptStem(name: string): string {
  return manuscriptKindOf(name) === undefined ? name : name.slice(0, name.lastIndexOf('.'));
}

/** The extensions (no dot) of `kinds`, in table order: a dialog's file filter. */
export function manuscriptExtensions(kinds: readonly ManuscriptKind[] = MANUSCRIPT_KINDS): string[] {
  return Object.entries(MANUSCRIPT_EXTENSIONS)
    .filter(([, kind]) => kinds.includes(kind))
    .map(([ext]) => ext);
}

/**
 * How the engine reads a text manuscript by its name: `markdown` for a Markdown extension, `text` for
 * anything else (a `.txt`, a name with no or an unknown extension, the sample chapter).
 */
export function sourceFormatOf(name: string): SourceFormat {
  return manuscriptKindOf(name) === 'markdown' ? 'markdown' : 'text';
}
