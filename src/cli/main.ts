import { homedir } from 'node:os';
import { basename, dirname, extname } from 'node:path';
import { readFile, stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { CHECK_IDS, isCheckId, type CheckId } from '../contract/diagnostic.js';
import { createEngine, type Engine } from '../engine/engine.js';
import { CHECKS, engineConfigFor, type RedlineConfig } from '../checks/index.js';
import { isSpellingDialect, SPELLING_DIALECTS, type SpellingDialect } from '../contract/summaries.js';
import { visibleDiagnostics } from '../engine/visible.js';
import type { Diagnostic } from '../contract/diagnostic.js';
import type { ExportFormat, ExportSource } from '../export/export.js';
import { exportWithReport, type ReportRequest } from '../export/with-report.js';
import { revisionWarning, type DocxDocument } from '../formats/docx.js';
import { readDocxFile } from '../formats/docx.node.js';
import { cleanStaleTempFiles, type AtomicWriteFs } from '../formats/atomic-write.node.js';
import { checkReplaceable, readTextFile, realPathOf, settingsPathFor, writeFileSafely } from '../formats/file.node.js';
import { manuscriptKindOf } from '../formats/manuscript-types.js';
import { chapterFilesIn, readManuscriptSettings } from '../formats/book.node.js';
import { bookMap, bookReportHtml, bookReportMarkdown } from '../export/book-report.js';
import type { SourceFormat } from '../formats/prose.js';
import { parsePersonalDictionary, personalDictionaryPath } from '../formats/personal-dictionary.node.js';
import { formatText, formatTotals, locate, type LocatedDiagnostic } from './report.js';
import { loadEngineDeps } from './deps.js';
import { ScanPool, threadPlan, type ThreadPlan } from './threads.js';

/** Where the CLI writes. */
export interface Io {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Bytes to stdout (`fix` without `-o` keeps the file's encoding: UTF-16 stays UTF-16); default: `stdout` of the UTF-8 text. */
  readonly stdoutBytes?: (b: Uint8Array) => void;
  /** Fault injection for tests: the file-system calls of every write. */
  readonly fs?: AtomicWriteFs;
}

/** Exit codes: 0 nothing found / success, 1 something found, 2 usage or input error. */
export const EXIT = { clean: 0, found: 1, error: 2 } as const;

class UsageError extends Error {}

export const USAGE = `Usage:
  redline check <file... | folder> [--format text|json] [--checks a,b] [--dialect auto|en-US|en-GB|both]
                [--dictionary FILE] [--threads N]
  redline fix <file> [--checks a,b] [--rules r,...] [-o OUT | --in-place] [--dialect ...] [--dictionary FILE]
                [--track-changes [--comments]] [--report FILE.html|FILE.md]
  redline report <file... | folder> -o REPORT.html|REPORT.md | --format json
                the book map: each scene's viewpoint, person, tense and findings, and the cast across the book
  redline serve [FILE | FOLDER]   the app in your browser (after npm run build)
  redline <command> --help | redline --help | --version

Input: .txt, .md or .docx. fix -o writes .txt, .md or .docx by the name's extension; --track-changes (.docx
output) writes each fix as a Word tracked change by "Redline", --comments adds a comment with the rule.

A long manuscript is checked on every core; --threads N (or REDLINE_THREADS=N) uses N threads for every file,
1 for one thread.

Checks: ${CHECK_IDS.join(', ')} (available now: ${CHECKS.map((c) => c.id).join(', ')}).
Exit codes: 0 nothing found, 1 something found, 2 usage or input error.`;

/** Runs the CLI; returns the exit code. Never throws for user errors. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      io.stdout(USAGE + '\n');
      return command ? EXIT.clean : EXIT.error;
    }
    if (command === '--version' || command === '-v') {
      io.stdout('redline 0.1.0\n');
      return EXIT.clean;
    }
    // "redline check --help": usage, exit 0 (it used to be an argument-parser error, exit 2).
    if ((command === 'check' || command === 'fix') && rest.some((a) => a === '--help' || a === '-h')) {
      io.stdout(USAGE + '\n');
      return EXIT.clean;
    }
    if (command === 'check') return await check(rest, io);
    if (command === 'fix') return await fix(rest, io);
    if (command === 'report') return await report(rest, io);
    throw new UsageError(`unknown command "${command}"`);
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`redline: ${(e as Error).message}\n${USAGE}\n`);
      return EXIT.error;
    }
    io.stderr(`redline: internal error: ${(e as Error).message}\n`);
    return EXIT.error;
  }
}

const common = {
  checks: { type: 'string' },
  dialect: { type: 'string' },
  dictionary: { type: 'string' },
} as const;

async function check(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { ...common, format: { type: 'string', default: 'text' }, threads: { type: 'string' } },
  });
  if (positionals.length === 0) throw new UsageError('check needs at least one file');
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format must be text or json, not "${values.format}"`);
  const checks = parseChecks(values.checks);
  const plan = threadsOf(values.threads, io);
  const paths = await expandFolders(positionals, io);
  if (!paths) return EXIT.error;
  const files: Manuscript[] = [];
  for (const path of paths) {
    const file = await readManuscript(path, io);
    if (!file) return EXIT.error;
    files.push(file);
  }
  const personal = await personalWords(values.dictionary, io);
  if (!personal) return EXIT.error;
  const host = { ...(checks ? { checks } : {}), ...dialectOf(values.dialect), personalWords: personal };
  const settingsOf = await Promise.all(files.map((f) => readManuscriptSettings(f.path)));
  const configs = settingsOf.map((s) => engineConfigFor(s, host));
  // Workers start first, so that their setup overlaps the main engine's.
  const long = files.map((f) => plan.threads > 1 && f.text.length >= plan.minChars);
  const pool = long.some(Boolean) ? new ScanPool(plan.threads - 1, configs[long.indexOf(true)]!) : undefined;
  const results = [];
  try {
    const engine = await engineFor(configs[0]!);
    for (const [i, file] of files.entries()) {
      engine.configure(configs[i]!);
      const options = { format: file.format };
      const outcome = pool && long[i] ? await pool.check(engine, configs[i]!, file.text, options) : engine.check(file.text, options);
      const diagnostics = visibleDiagnostics(outcome.diagnostics, settingsOf[i]);
      results.push({ file, diagnostics, summaries: outcome.summaries });
    }
  } finally {
    await pool?.close();
  }
  const all = results.flatMap((r) => r.diagnostics);
  if (values.format === 'json') {
    const json = { files: results.map((r) => ({ path: r.file.path, diagnostics: locateIn(r.file, r.diagnostics), summaries: r.summaries })) };
    io.stdout(JSON.stringify(json, null, 2) + '\n');
  } else {
    for (const r of results) for (const line of formatText(r.file.path, locateIn(r.file, r.diagnostics))) io.stdout(line + '\n');
    io.stdout((all.length ? '\n' : '') + formatTotals(all, results.length) + '\n');
  }
  return all.length ? EXIT.found : EXIT.clean;
}

async function fix(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      ...common,
      rules: { type: 'string' },
      output: { type: 'string', short: 'o' },
      'in-place': { type: 'boolean', default: false },
      'track-changes': { type: 'boolean', default: false },
      comments: { type: 'boolean', default: false },
      report: { type: 'string' },
    },
  });
  if (positionals.length !== 1) throw new UsageError('fix takes exactly one file');
  if (values.output && values['in-place']) throw new UsageError('use either -o or --in-place, not both');
  const input = positionals[0]!;
  const target = values['in-place'] ? input : values.output;
  const format: ExportFormat = target ? formatOfOutput(target) : 'txt';
  if (values['track-changes'] && format !== 'docx') throw new UsageError('--track-changes writes a Word file: give -o OUT.docx (or --in-place on a .docx)');
  if (values.comments && !values['track-changes']) throw new UsageError('--comments goes with --track-changes');
  const reportKind = values.report === undefined ? undefined : reportKindOf(values.report);
  // Guards compare real paths: "-o out.txt" or "--report r.html" that is a symlink to the chapter is the chapter.
  const realInput = await realPathOf(input);
  const reads = new Map<string, string>([
    [realInput, 'the input file'],
    [await realPathOf(settingsPathFor(input)), 'the manuscript’s settings'],
  ]);
  const dictionary = values.dictionary ?? (io.env ?? process.env)['REDLINE_DICTIONARY'];
  if (dictionary !== undefined) reads.set(await realPathOf(dictionary), 'the dictionary');
  if (values.output !== undefined) {
    const what = reads.get(await realPathOf(values.output));
    if (what === 'the input file') throw new UsageError(`-o ${values.output} is the input file; use --in-place to overwrite it`);
    if (what) throw new UsageError(`-o ${values.output} is ${what}; write to another file`);
  }
  if (values.report !== undefined) {
    const real = await realPathOf(values.report);
    const what = reads.get(real) ?? (target !== undefined && real === (await realPathOf(target)) ? 'the output file' : undefined);
    if (what === 'the input file' || (what === 'the output file' && values['in-place'])) throw new UsageError(`--report ${values.report} would overwrite the manuscript`);
    if (what) throw new UsageError(`--report ${values.report} is ${what}; write the report to another file`);
  }
  const checks = parseChecks(values.checks);
  const rules = values.rules ? new Set(values.rules.split(',').map((r) => r.trim()).filter(Boolean)) : undefined;
  const file = await readManuscript(input, io);
  if (!file) return EXIT.error;
  if (values['in-place']) {
    // Some systems (and root) replace a read-only file anyway: refuse first, and say what to do instead.
    const replaceable = await checkReplaceable(realInput);
    if (!replaceable.ok) {
      io.stderr(`redline: ${replaceable.error.message}. Write the fixed text to another file with -o OUT.\n`);
      return EXIT.error;
    }
  }
  const personal = await personalWords(values.dictionary, io);
  if (!personal) return EXIT.error;
  const settings = await readManuscriptSettings(file.path);
  const engine = await engineFor(engineConfigFor(settings, { ...(checks ? { checks } : {}), ...dialectOf(values.dialect), personalWords: personal }));
  const { diagnostics } = engine.check(file.text, { format: file.format });
  const kept = visibleDiagnostics(diagnostics, settings);
  const chosen = kept.filter((d) => d.fixes.length > 0 && (!rules || rules.has(d.ruleId))).map((d) => ({ diagnostic: d, fix: d.fixes[0]! }));
  const docx = file.source.kind === 'docx' ? file.source.document : undefined;
  const report: ReportRequest | undefined = reportKind && {
    format: reportKind,
    title: basename(file.path),
    date: new Date().toISOString().slice(0, 10),
    ...(docx ? { where: paragraphColumn(docx) } : {}),
  };
  const result = exportWithReport(file.source, { kind: 'fixes', accepted: chosen, diagnostics: kept }, format, { trackChanges: values['track-changes'], comments: values.comments }, report);
  const log = target ? io.stdout : io.stderr;
  const located = locateIn(file, result.applied.map((a) => a.diagnostic));
  result.applied.forEach((a, i) => {
    const d = located[i]!;
    log(`${file.path}:${d.line}:${d.column}  ${d.ruleId}  “${oneLine(d.actual)}” → “${oneLine(a.edit.insert)}”\n`);
  });
  for (const s of result.skipped) log(`${file.path}: skipped ${s.diagnostic.ruleId} at “${oneLine(s.diagnostic.actual)}” (${s.reason})\n`);
  const count = `${result.applied.length} fix${result.applied.length === 1 ? '' : 'es'} applied`;
  const writeOptions = io.fs ? { fs: io.fs } : {};
  if (target) {
    await cleanStaleTempFiles(dirname(await realPathOf(target)));
    // --in-place writes the manuscript the user named, where it really lives; -o is never written through a link.
    const written = await writeFileSafely(target, result.bytes, values['in-place'] ? writeOptions : { ...writeOptions, symlinks: 'refuse' });
    if (!written.ok) {
      io.stderr(`redline: ${written.error.message}\n`);
      return EXIT.error;
    }
    const how = values['track-changes'] ? ' as tracked changes' : '';
    log(`${count}${how}; wrote ${target}.\n`);
  } else {
    if (file.source.kind === 'text' && io.stdoutBytes) io.stdoutBytes(result.bytes);
    else io.stdout(file.source.kind === 'text' ? result.text.replace(/\n/g, file.source.layout.eol) : result.text);
    log(`${count}.\n`);
  }
  if (values.report !== undefined && result.report !== undefined) {
    const written = await writeFileSafely(values.report, result.report, { ...writeOptions, symlinks: 'refuse' });
    if (!written.ok) {
      io.stderr(`redline: ${written.error.message}\n`);
      return EXIT.error;
    }
    log(`Wrote the change report to ${values.report}.\n`);
  }
  return EXIT.clean;
}


function formatOfOutput(path: string): ExportFormat {
  const kind = manuscriptKindOf(path);
  if (kind === 'docx') return 'docx';
  if (kind === 'markdown') return 'md';
  const ext = extname(path).toLowerCase();
  if (ext === '.doc' || ext === '.odt' || ext === '.rtf' || ext === '.pdf') throw new UsageError(`cannot write ${ext} files; write .txt, .md or .docx`);
  return 'txt';
}

function reportKindOf(path: string): 'html' | 'md' {
  const ext = extname(path).toLowerCase();
  if (ext === '.html' || ext === '.htm') return 'html';
  if (manuscriptKindOf(path) === 'markdown') return 'md';
  throw new UsageError(`--report writes .html or .md, not "${path}"`);
}

const oneLine = (s: string): string => s.replace(/\s*\n\s*/g, ' ');

/** A manuscript as the CLI checks it: the text the engine sees, and what export needs to write it back. */
interface Manuscript {
  readonly path: string;
  readonly text: string;
  readonly format: SourceFormat;
  readonly source: ExportSource;
}

async function readManuscript(path: string, io: Io): Promise<Manuscript | undefined> {
  if (manuscriptKindOf(path) === 'docx') {
    const read = await readDocxFile(path);
    if (!read.ok) {
      io.stderr(`redline: ${read.error.message}\n`);
      return undefined;
    }
    const warning = revisionWarning(read.value.revisions);
    if (warning) io.stderr(`redline: warning: ${path} ${warning}.\n`);
    if (read.value.text.trim() === '') {
      io.stderr(`redline: ${path} has no text; there is nothing to check\n`);
      return undefined;
    }
    return { path, text: read.value.text, format: 'text', source: { kind: 'docx', document: read.value } };
  }
  const read = await readTextFile(path);
  if (!read.ok) {
    io.stderr(`redline: ${read.error.message}\n`);
    return undefined;
  }
  if (read.value.text.trim() === '') {
    io.stderr(`redline: ${path} is empty; there is nothing to check\n`);
    return undefined;
  }
  const { text, layout, format } = read.value;
  return { path, text, format, source: { kind: 'text', text, layout, format } };
}

/** Line and column for each diagnostic; in a .docx, the line is the paragraph's number. */
function locateIn(file: Manuscript, diagnostics: readonly Diagnostic[]): LocatedDiagnostic[] {
  if (file.source.kind === 'text') return locate(file.text, diagnostics);
  const paragraphs = file.source.document.paragraphs;
  return diagnostics.map((d) => {
    const index = paragraphIndex(paragraphs, d.from);
    return { ...d, line: index + 1, column: d.from - (paragraphs[index]?.from ?? 0) + 1 };
  });
}

function paragraphIndex(paragraphs: DocxDocument['paragraphs'], offset: number): number {
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (paragraphs[mid]!.from <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function paragraphColumn(doc: DocxDocument): (offset: number) => string {
  return (offset) => {
    const index = paragraphIndex(doc.paragraphs, offset);
    return `paragraph ${index + 1}, column ${offset - (doc.paragraphs[index]?.from ?? 0) + 1}`;
  };
}

function parseChecks(list: string | undefined): CheckId[] | undefined {
  if (!list) return undefined;
  const ids = list.split(',').map((s) => s.trim()).filter(Boolean);
  const available = new Set<string>(CHECKS.map((c) => c.id));
  for (const id of ids) {
    if (!isCheckId(id)) throw new UsageError(`unknown check "${id}"; checks are ${CHECK_IDS.join(', ')}`);
    if (!available.has(id)) throw new UsageError(`the "${id}" check is not available yet; available: ${[...available].join(', ')}`);
  }
  return ids as CheckId[];
}

// --dialect overrides each manuscript's own dialect (its .redline.json); without it, that one, else auto.
function dialectOf(value: string | undefined): { dialect?: SpellingDialect } {
  if (value === undefined) return {};
  if (!isSpellingDialect(value)) throw new UsageError(`--dialect must be one of ${SPELLING_DIALECTS.join(', ')}`);
  return { dialect: value };
}

// The personal dictionary: --dictionary FILE, else the one the app shares (personalDictionaryPath:
// $REDLINE_DICTIONARY, else ~/.config/redline/dictionary.txt) when it exists.
async function personalWords(path: string | undefined, io: Io): Promise<string[] | undefined> {
  const env = io.env ?? process.env;
  const explicit = path ?? env['REDLINE_DICTIONARY'];
  const file = path ?? personalDictionaryPath(env, homedir());
  try {
    return parsePersonalDictionary(await readFile(file, 'utf8'));
  } catch (e) {
    if (!explicit && (e as { code?: string }).code === 'ENOENT') return [];
    io.stderr(`redline: cannot read the dictionary ${file}: ${(e as { code?: string }).code === 'ENOENT' ? 'it does not exist' : (e as Error).message}\n`);
    return undefined;
  }
}

/**
 * Chapter files in a folder, in natural order ("ch2" before "ch10"); other arguments as given. A folder with none:
 * one line on stderr and `undefined`.
 */
async function expandFolders(paths: readonly string[], io: Io): Promise<string[] | undefined> {
  const out: string[] = [];
  for (const path of paths) {
    const isFolder = await stat(path).then((s) => s.isDirectory(), () => false);
    if (!isFolder) {
      out.push(path);
      continue;
    }
    const chapters = await chapterFilesIn(path);
    if (!chapters.ok) {
      io.stderr(`redline: ${chapters.error.message}\n`);
      return undefined;
    }
    out.push(...chapters.value);
  }
  return out;
}

// `redline report`: the book map of one file or many chapter files (a folder counts as its files in order).
async function report(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { ...common, output: { type: 'string', short: 'o' }, format: { type: 'string', default: 'html' }, title: { type: 'string' } },
  });
  if (positionals.length === 0) throw new UsageError('report needs a manuscript file or a folder of chapter files');
  const json = values.format === 'json';
  if (!json && values.format !== 'html') throw new UsageError(`--format must be json (or leave it out), not "${values.format}"`);
  const kind = values.output === undefined ? undefined : /\.html?$/i.test(values.output) ? 'html' : /\.(md|markdown)$/i.test(values.output) ? 'md' : undefined;
  if (!json && kind === undefined) throw new UsageError('report writes a file: give -o REPORT.html or -o REPORT.md (or --format json for standard output)');
  const paths = await expandFolders(positionals, io);
  if (!paths) return EXIT.error;
  const files: Manuscript[] = [];
  for (const path of paths) {
    const file = await readManuscript(path, io);
    if (!file) return EXIT.error;
    files.push(file);
  }
  if (values.output !== undefined) {
    const target = await realPathOf(values.output);
    for (const f of files) if ((await realPathOf(f.path)) === target) throw new UsageError(`-o ${values.output} is one of the manuscripts; name another file`);
  }
  const personal = await personalWords(values.dictionary, io);
  if (!personal) return EXIT.error;
  const host = { ...dialectOf(values.dialect), personalWords: personal };
  const engine = await engineFor(engineConfigFor(undefined, host));
  const checked = [];
  for (const file of files) {
    const settings = await readManuscriptSettings(file.path);
    engine.configure(engineConfigFor(settings, host));
    const outcome = engine.check(file.text, { format: file.format });
    checked.push({
      name: basename(file.path),
      text: file.text,
      scenes: outcome.summaries.pov?.scenes ?? [],
      diagnostics: visibleDiagnostics(outcome.diagnostics, settings),
      cast: outcome.summaries.spelling?.cast ?? [],
    });
  }
  const title = values.title ?? (positionals.length === 1 ? basename(positionals[0]!).replace(/\.[^.]+$/, '') : 'Manuscript');
  const map = bookMap(title, checked, new Date().toISOString().slice(0, 10));
  if (json) {
    io.stdout(JSON.stringify(map, null, 2) + '\n');
    return EXIT.clean;
  }
  const written = await writeFileSafely(values.output!, kind === 'html' ? bookReportHtml(map) : bookReportMarkdown(map));
  if (!written.ok) {
    io.stderr(`redline: ${written.error.message}\n`);
    return EXIT.error;
  }
  const scenes = map.chapters.reduce((n, c) => n + c.scenes.length, 0);
  io.stdout(`Wrote the book map of ${files.length} file${files.length === 1 ? '' : 's'} (${map.chapters.length} chapters, ${scenes} scenes) to ${values.output}.\n`);
  return EXIT.clean;
}

async function engineFor(config: RedlineConfig): Promise<Engine> {
  return createEngine(CHECKS, config, await loadEngineDeps());
}

function threadsOf(flag: string | undefined, io: Io): ThreadPlan {
  try {
    return threadPlan(flag, io.env ?? process.env);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/** Entry point for bin/redline.js. */
export async function main(): Promise<void> {
  const code = await run(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    stdoutBytes: (b) => process.stdout.write(b),
  });
  process.exitCode = code;
}

