import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { CHECK_IDS, isCheckId, type CheckId } from '../contract/diagnostic.js';
import { createEngine, type Engine } from '../engine/engine.js';
import { CHECKS } from '../engine/registry.js';
import type { SpellingDialect } from '../checks/spelling/spelling.js';
import { applyFixes } from '../fixes/apply.js';
import { readSettingsFor, readTextFile, writeFileSafely, type TextFile } from '../formats/file.node.js';
import { encodeText } from '../formats/text.js';
import { loadDictionaries, loadVocabulary, loadWordRanks } from './dictionaries.js';
import { formatText, formatTotals, locate } from './report.js';

/** Where the CLI writes. */
export interface Io {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** Exit codes: 0 nothing found / success, 1 something found, 2 usage or input error. */
export const EXIT = { clean: 0, found: 1, error: 2 } as const;

class UsageError extends Error {}

export const USAGE = `Usage:
  redline check <file...> [--format text|json] [--checks a,b] [--dialect auto|en-US|en-GB|both]
                [--dictionary FILE]
  redline fix <file> [--checks a,b] [--rules r,...] [-o OUT | --in-place] [--dialect ...] [--dictionary FILE]
  redline --help | --version

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
    if (command === 'check') return await check(rest, io);
    if (command === 'fix') return await fix(rest, io);
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
  const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, options: { ...common, format: { type: 'string', default: 'text' } } });
  if (positionals.length === 0) throw new UsageError('check needs at least one file');
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format must be text or json, not "${values.format}"`);
  const checks = parseChecks(values.checks);
  const files: TextFile[] = [];
  for (const path of positionals) {
    const file = await readManuscript(path, io);
    if (!file) return EXIT.error;
    files.push(file);
  }
  const personal = await personalWords(values.dictionary, io);
  if (!personal) return EXIT.error;
  const engine = await engineFor(checks, dialectOf(values.dialect), personal);
  const results = [];
  for (const file of files) {
    const settings = await readSettingsFor(file.path);
    engine.configure(configFor(checks, dialectOf(values.dialect), [...personal, ...(settings?.words ?? [])]));
    const outcome = engine.check(file.text, { format: file.format });
    const diagnostics = outcome.diagnostics.filter(
      (d) => !settings?.ignored.includes(d.fingerprint) && !settings?.ignoredRules.includes(d.ruleId),
    );
    results.push({ path: file.path, text: file.text, diagnostics, summaries: outcome.summaries });
  }
  const all = results.flatMap((r) => r.diagnostics);
  if (values.format === 'json') {
    const json = { files: results.map((r) => ({ path: r.path, diagnostics: locate(r.text, r.diagnostics), summaries: r.summaries })) };
    io.stdout(JSON.stringify(json, null, 2) + '\n');
  } else {
    for (const r of results) for (const line of formatText(r.path, locate(r.text, r.diagnostics))) io.stdout(line + '\n');
    io.stdout((all.length ? '\n' : '') + formatTotals(all, results.length) + '\n');
  }
  return all.length ? EXIT.found : EXIT.clean;
}

async function fix(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { ...common, rules: { type: 'string' }, output: { type: 'string', short: 'o' }, 'in-place': { type: 'boolean', default: false } },
  });
  if (positionals.length !== 1) throw new UsageError('fix takes exactly one file');
  if (values.output && values['in-place']) throw new UsageError('use either -o or --in-place, not both');
  const input = positionals[0]!;
  if (values.output && resolve(values.output) === resolve(input)) {
    throw new UsageError(`-o ${values.output} is the input file; use --in-place to overwrite it`);
  }
  const checks = parseChecks(values.checks);
  const rules = values.rules ? new Set(values.rules.split(',').map((r) => r.trim()).filter(Boolean)) : undefined;
  const file = await readManuscript(input, io);
  if (!file) return EXIT.error;
  const personal = await personalWords(values.dictionary, io);
  if (!personal) return EXIT.error;
  const settings = await readSettingsFor(file.path);
  const engine = await engineFor(checks, dialectOf(values.dialect), [...personal, ...(settings?.words ?? [])]);
  const { diagnostics } = engine.check(file.text, { format: file.format });
  const chosen = diagnostics
    .filter((d) => d.fixes.length > 0 && (!rules || rules.has(d.ruleId)))
    .filter((d) => !settings?.ignored.includes(d.fingerprint) && !settings?.ignoredRules.includes(d.ruleId))
    .map((d) => ({ diagnostic: d, fix: d.fixes[0]! }));
  const outcome = applyFixes(file.text, chosen);
  const log = values.output || values['in-place'] ? io.stdout : io.stderr;
  const located = locate(file.text, outcome.applied.map((a) => a.diagnostic));
  outcome.applied.forEach((a, i) => {
    const d = located[i]!;
    const after = a.edit.insert;
    log(`${file.path}:${d.line}:${d.column}  ${d.ruleId}  “${oneLine(d.actual)}” → “${oneLine(after)}”\n`);
  });
  for (const s of outcome.skipped) log(`${file.path}: skipped ${s.diagnostic.ruleId} at “${oneLine(s.diagnostic.actual)}” (${s.reason === 'overlap' ? 'overlaps another fix' : 'text changed'})\n`);
  const target = values['in-place'] ? file.path : values.output;
  if (target) {
    const written = await writeFileSafely(target, encodeText(outcome.text, file.layout));
    if (!written.ok) {
      io.stderr(`redline: ${written.error.message}\n`);
      return EXIT.error;
    }
    log(`${outcome.applied.length} fix${outcome.applied.length === 1 ? '' : 'es'} applied; wrote ${target}.\n`);
  } else {
    io.stdout(outcome.text.replace(/\n/g, file.layout.eol));
    log(`${outcome.applied.length} fix${outcome.applied.length === 1 ? '' : 'es'} applied.\n`);
  }
  return EXIT.clean;
}

const oneLine = (s: string): string => s.replace(/\s*\n\s*/g, ' ');

async function readManuscript(path: string, io: Io): Promise<TextFile | undefined> {
  const read = await readTextFile(path);
  if (!read.ok) {
    io.stderr(`redline: ${read.error.message}\n`);
    return undefined;
  }
  if (read.value.text.trim() === '') {
    io.stderr(`redline: ${path} is empty; there is nothing to check\n`);
    return undefined;
  }
  return read.value;
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

function dialectOf(value: string | undefined): SpellingDialect {
  const dialects: readonly string[] = ['auto', 'en-US', 'en-GB', 'both'];
  if (value === undefined) return 'auto';
  if (!dialects.includes(value)) throw new UsageError(`--dialect must be one of ${dialects.join(', ')}`);
  return value as SpellingDialect;
}

// The personal dictionary: --dictionary FILE, else $REDLINE_DICTIONARY, else ~/.config/redline/dictionary.txt
// when it exists. One word a line; lines starting with # are comments.
async function personalWords(path: string | undefined, io: Io): Promise<string[] | undefined> {
  const env = io.env ?? process.env;
  const explicit = path ?? env['REDLINE_DICTIONARY'];
  const file = explicit ?? join(env['XDG_CONFIG_HOME'] ?? join(homedir(), '.config'), 'redline', 'dictionary.txt');
  try {
    const text = await readFile(file, 'utf8');
    return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  } catch (e) {
    if (!explicit && (e as { code?: string }).code === 'ENOENT') return [];
    io.stderr(`redline: cannot read the dictionary ${file}: ${(e as { code?: string }).code === 'ENOENT' ? 'it does not exist' : (e as Error).message}\n`);
    return undefined;
  }
}

function configFor(checks: CheckId[] | undefined, dialect: SpellingDialect, words: readonly string[]) {
  return { ...(checks ? { checks } : {}), options: { spelling: { dialect, words } } };
}

async function engineFor(checks: CheckId[] | undefined, dialect: SpellingDialect, words: readonly string[]): Promise<Engine> {
  const [dictionaries, wordRanks, vocabulary] = await Promise.all([loadDictionaries(), loadWordRanks(), loadVocabulary()]);
  return createEngine(configFor(checks, dialect, words), { dictionaries, wordRanks, vocabulary });
}

/** Entry point for bin/redline.js. */
export async function main(): Promise<void> {
  const code = await run(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
  });
  process.exitCode = code;
}

