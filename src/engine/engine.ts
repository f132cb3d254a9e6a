import { ParseEnglish } from 'parse-english';
import type {
  Analysis,
  AnyCheckDefinition,
  CheckRunner,
  Draft,
  EngineDeps,
  ManuscriptContext,
  Paragraph,
  ParagraphInput,
} from '../contract/check.js';
import { CHECK_IDS, type CheckId, type Diagnostic } from '../contract/diagnostic.js';
import type { CheckSummaries } from '../contract/summaries.js';
import { proseOf, type SourceFormat } from '../formats/prose.js';
import { fingerprint } from './fingerprint.js';
import { boundParagraphs, splitParagraphs } from './paragraphs.js';

/**
 * Engine configuration. Every field is optional; defaults are each check's documented defaults. `Options`
 * maps a check id to its options (the registry's `CheckOptions`); the engine itself knows no check.
 */
export interface EngineConfig<Options extends object = Readonly<Partial<Record<CheckId, object>>>> {
  /** Checks to run, by id. Default: every check the engine was given. */
  readonly checks?: readonly CheckId[];
  /** Per-check options, merged over the check's defaults. */
  readonly options?: Options;
}

/** Per-call options. */
export interface CheckCallOptions {
  /** `markdown` checks only prose (headings, emphasis, links, code and front matter handled). Default `text`. */
  readonly format?: SourceFormat;
  /**
   * A book of chapter files joined into one text: where each file starts (UTF-16 offsets, ascending, the first 0)
   * and its name. Scenes are then numbered per file, as each file alone numbers them, with the file's place in
   * the book before them (`"2:1.3"`); prose before a file's first heading is headed by its name. Default: one file.
   */
  readonly files?: readonly BookFile[];
}

/** One chapter file of a book joined into one text (see {@link CheckCallOptions.files}). */
export interface BookFile {
  readonly from: number;
  readonly name: string;
}

/** What one `check` call found. */
export interface CheckOutcome {
  /** Sorted by position, then check order. Offsets into the `\n`-normalised text. */
  readonly diagnostics: readonly Diagnostic[];
  /** Paragraphs in the text. */
  readonly paragraphs: number;
  /** Paragraphs actually analysed by this call (the rest came from the cache). */
  readonly analysed: number;
  /** Facts checks report beside their diagnostics (e.g. `spelling.cast`), keyed by check id. */
  readonly summaries: Partial<CheckSummaries>;
}

/** Options of one `checkRange` call. */
export interface CheckRangeOptions extends CheckCallOptions {
  /**
   * Read the range only with the checks whose findings it returns (no manuscript-wide step): the quickest first
   * look, with no dictionary built for a check whose findings wait for the whole check anyway. Default false:
   * every running check reads it, and every cache is filled.
   */
  readonly safeOnly?: boolean;
}

/** What one `checkRange` call found. */
export interface RangeOutcome {
  /**
   * The findings of the paragraphs in the range that no manuscript-wide step can drop or change: those of checks
   * without `finish`. Sorted like {@link CheckOutcome.diagnostics}; offsets into the `\n`-normalised text.
   */
  readonly diagnostics: readonly Diagnostic[];
  /** Paragraphs in the range. */
  readonly paragraphs: number;
  /** Paragraphs in the whole text. */
  readonly total: number;
  /** Paragraphs actually analysed by this call (the rest came from the cache). */
  readonly analysed: number;
}

/** The analysis engine: the same in Node and in a Web Worker. */
export interface Engine {
  /**
   * Checks a whole manuscript. Paragraph results are cached by content, so calling again after an edit only
   * re-analyses the paragraphs that changed; manuscript-wide steps (names, dialect) always see the whole text.
   * `\r\n` and `\r` are normalised to `\n` first; offsets refer to the normalised text. A paragraph longer than
   * `MAX_PARAGRAPH` (20,000 code units) is analysed, cached and shown to checks as pieces ending at sentence ends.
   */
  check(text: string, options?: CheckCallOptions): CheckOutcome;
  /**
   * Analyses only the paragraphs of `text` that overlap `[from, to)` (UTF-16 offsets into the normalised text),
   * with every running check, and adds what it found to the paragraph caches, so a `check` of the same text
   * afterwards re-analyses only the other paragraphs. Returns the findings safe to show before that whole
   * check: those of checks with no manuscript-wide step. A host shows the part of a manuscript in view first
   * this way, and the rest in slices, before the whole check.
   */
  checkRange(text: string, range: { readonly from: number; readonly to: number }, options?: CheckRangeOptions): RangeOutcome;
  /** Replaces the configuration; caches of checks whose options did not change are kept. */
  configure(config: EngineConfig): void;
  /** The analyses the running checks use (by id), for tests and benchmarks: what a call computes. */
  analyses(): readonly string[];
  /**
   * The paragraphs `check` would analyse in `text`, as their prose, in order (duplicates kept). A host that
   * spreads the per-paragraph work over threads splits this list into ranges for `scanParagraphs`.
   */
  paragraphsOf(text: string, options?: CheckCallOptions): readonly string[];
  /**
   * The per-paragraph half of `check`: every running analysis's facts and every running check's drafts for
   * each paragraph text, as plain structured-cloneable data (Maps, arrays, plain objects: safe to `postMessage`).
   * Reads the caches but never fills them, so an engine that only scans stays small.
   */
  scanParagraphs(texts: readonly string[]): ParagraphScans;
  /**
   * Feeds scans (from this engine or another with the same checks, options and deps, e.g. one in a worker
   * thread) into the caches, so the next `check` of a text made of those paragraphs does only the
   * manuscript-wide work. Its result is identical to a `check` that analysed every paragraph itself.
   * Throws when the scans came from a differently configured engine (their `setup` differs).
   */
  adopt(scans: ParagraphScans): void;
}

/** One paragraph's share of a check, as data. */
export interface ParagraphScan {
  /** The paragraph's prose (the cache key). */
  readonly text: string;
  /** Paragraph facts by analysis id. */
  readonly facts: Readonly<Record<string, unknown>>;
  /** Drafts by check id, offsets from the paragraph's start. */
  readonly drafts: Readonly<Partial<Record<CheckId, readonly Draft[]>>>;
}

/** What `scanParagraphs` returns and `adopt` takes. */
export interface ParagraphScans {
  /** The running checks with their options, and the analyses: `adopt` refuses scans from another setup. */
  readonly setup: string;
  /** One per text given, in order. */
  readonly paragraphs: readonly ParagraphScan[];
}

interface ActiveCheck {
  readonly definition: AnyCheckDefinition;
  readonly runner: CheckRunner;
  readonly optionsKey: string;
  cache: Map<string, readonly Draft[]>;
}

interface ActiveAnalysis {
  readonly analysis: Analysis;
  /** Paragraph facts by paragraph text, kept only for the text of the last call. */
  cache: Map<string, unknown>;
}

/** Every analysis the checks use, with what those analyses use, dependencies first. */
function analysesOf(checks: readonly AnyCheckDefinition[]): Analysis[] {
  const out: Analysis[] = [];
  const visit = (a: Analysis): void => {
    if (out.includes(a)) return;
    for (const u of a.uses ?? []) visit(u);
    out.push(a);
  };
  for (const c of checks) for (const a of c.uses ?? []) visit(a);
  return out;
}

/**
 * Creates an engine over `checks` (hosts pass the registry, `CHECKS` from `src/checks`). `deps` carries the
 * spelling lexicon and other data as bytes; nothing here touches the file system.
 */
export function createEngine(checks: readonly AnyCheckDefinition[], config: EngineConfig, deps: EngineDeps): Engine {
  const parser = new ParseEnglish();
  let active: ActiveCheck[] = [];
  let analyses: ActiveAnalysis[] = [];
  const wordRank = new Map<string, number>();
  (deps.wordRanks ?? []).forEach((w, i) => {
    const key = w.toLowerCase();
    if (!wordRank.has(key)) wordRank.set(key, i);
  });
  const vocabulary = new Set((deps.vocabulary ?? []).map((w) => w.toLowerCase()));

  const configure = (next: EngineConfig): void => {
    const enabled = new Set<CheckId>(next.checks ?? CHECK_IDS);
    const previous = new Map(active.map((a) => [a.definition.id, a]));
    active = [];
    for (const definition of checks) {
      if (!enabled.has(definition.id)) continue;
      const given: Readonly<Partial<Record<CheckId, object>>> = next.options ?? {};
      const options = { ...definition.defaults, ...given[definition.id] };
      const optionsKey = JSON.stringify(options);
      const old = previous.get(definition.id);
      if (old && (old.optionsKey === optionsKey || old.runner.update?.(options) === true)) {
        active.push({ ...old, optionsKey });
        continue;
      }
      const runner = definition.setup(options, { lexicon: deps.lexicon, wordRank, vocabulary, confusablesModel: deps.confusablesModel });
      active.push({ definition, runner, optionsKey, cache: new Map() });
    }
    const kept = new Map(analyses.map((a) => [a.analysis, a]));
    analyses = analysesOf(active.map((a) => a.definition)).map((analysis) => kept.get(analysis) ?? { analysis, cache: new Map() });
  };
  configure(config);

  // The last text split into paragraphs: a host that checks a manuscript in ranges, then whole, splits it once.
  let split: { raw: string; format: SourceFormat; text: string; prose: string; paragraphs: Paragraph[] } | undefined;
  const splitText = (raw: string, format: SourceFormat): { text: string; prose: string; paragraphs: Paragraph[] } => {
    if (split?.raw !== raw || split.format !== format) {
      const text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
      const prose = proseOf(text, format);
      // A paragraph far longer than any a novel has is analysed in pieces: each step's cost stays bounded.
      split = { raw, format, text, prose, paragraphs: boundParagraphs(splitParagraphs(prose)) };
    }
    return split;
  };

  const check = (raw: string, options: CheckCallOptions = {}): CheckOutcome => {
    const { text, prose, paragraphs } = splitText(raw, options.format ?? 'text');
    const nextCaches = active.map(() => new Map<string, readonly Draft[]>());
    const nextFacts = analyses.map(() => new Map<string, unknown>());
    const facts: unknown[][] = analyses.map(() => []);
    const drafts: Draft[][] = active.map(() => []);
    let analysed = 0;

    for (const paragraph of paragraphs) {
      let input: ParagraphInput | undefined;
      const parse = (): ParagraphInput => (input ??= { text: paragraph.text, tree: parser.parse(paragraph.text) });
      analyses.forEach((a, i) => {
        const found = nextFacts[i]!.get(paragraph.text) ?? factsOf(a, paragraph.text, parse);
        nextFacts[i]!.set(paragraph.text, found);
        facts[i]!.push(found);
      });
      active.forEach((a, i) => {
        const found = nextCaches[i]!.get(paragraph.text) ?? draftsOf(a, paragraph.text, parse);
        nextCaches[i]!.set(paragraph.text, found);
        for (const d of found) drafts[i]!.push({ ...d, from: d.from + paragraph.from, to: d.to + paragraph.from });
      });
      if (input) analysed++;
    }
    // Keep only what this text uses: memory stays proportional to the manuscript, and an edit's old
    // paragraph text is dropped once it is gone.
    analyses.forEach((a, i) => (a.cache = nextFacts[i]!));
    active.forEach((a, i) => (a.cache = nextCaches[i]!));

    const values = new Map<Analysis, unknown>();
    const context: ManuscriptContext = {
      text: prose,
      source: text,
      paragraphs,
      ...(options.files ? { files: options.files } : {}),
      get<M>(analysis: Analysis<unknown, M>): M {
        if (values.has(analysis)) return values.get(analysis) as M;
        const i = analyses.findIndex((a) => a.analysis === analysis);
        if (i < 0) throw new Error(`the "${analysis.id}" analysis was asked for but no running check declares it in \`uses\``);
        const value = analysis.manuscript(facts[i]!, context);
        values.set(analysis, value);
        return value;
      },
    };
    const diagnostics: Diagnostic[] = [];
    const summaries: Partial<Record<CheckId, unknown>> = {};
    active.forEach((a, i) => {
      const finished = a.runner.finish ? a.runner.finish(drafts[i]!, context) : drafts[i]!;
      for (const d of finished) diagnostics.push(complete(a.definition.id, d, text));
      const summary = a.runner.summary?.();
      if (summary !== undefined) summaries[a.definition.id] = summary;
    });
    const order = new Map(CHECK_IDS.map((id, i) => [id, i]));
    diagnostics.sort((x, y) => x.from - y.from || x.to - y.to || order.get(x.check)! - order.get(y.check)!);
    // Each check's summary is its entry in CheckSummaries (the registry's types say which).
    return { diagnostics, paragraphs: paragraphs.length, analysed, summaries: summaries as Partial<CheckSummaries> };
  };

  const checkRange = (raw: string, range: { readonly from: number; readonly to: number }, options: CheckRangeOptions = {}): RangeOutcome => {
    const { text, paragraphs } = splitText(raw, options.format ?? 'text');
    const checks = options.safeOnly ? active.filter((a) => !a.runner.finish) : active;
    const inRange = paragraphs.filter((p) => p.to > range.from && p.from < range.to);
    const diagnostics: Diagnostic[] = [];
    let analysed = 0;
    for (const paragraph of inRange) {
      let input: ParagraphInput | undefined;
      const parse = (): ParagraphInput => (input ??= { text: paragraph.text, tree: parser.parse(paragraph.text) });
      if (!options.safeOnly) for (const a of analyses) if (!a.cache.has(paragraph.text)) a.cache.set(paragraph.text, a.analysis.paragraph(parse()));
      for (const a of checks) {
        let found = a.cache.get(paragraph.text);
        if (!found) {
          found = a.runner.scan(parse());
          a.cache.set(paragraph.text, found);
        }
        // A check with a manuscript-wide step may drop or rewrite these (a name learned elsewhere in the book,
        // a scene's point of view): only the whole check shows them.
        if (a.runner.finish) continue;
        for (const d of found) diagnostics.push(complete(a.definition.id, { ...d, from: d.from + paragraph.from, to: d.to + paragraph.from }, text));
      }
      if (input) analysed++;
    }
    const order = new Map(CHECK_IDS.map((id, i) => [id, i]));
    diagnostics.sort((x, y) => x.from - y.from || x.to - y.to || order.get(x.check)! - order.get(y.check)!);
    return { diagnostics, paragraphs: inRange.length, total: paragraphs.length, analysed };
  };


  const factsOf = (a: ActiveAnalysis, text: string, parse: () => ParagraphInput): unknown => {
    const cached = a.cache.get(text);
    return cached !== undefined ? cached : a.analysis.paragraph(parse());
  };
  const draftsOf = (a: ActiveCheck, text: string, parse: () => ParagraphInput): readonly Draft[] => a.cache.get(text) ?? a.runner.scan(parse());
  const setupKey = (): string =>
    JSON.stringify({ checks: active.map((a) => [a.definition.id, a.optionsKey]), analyses: analyses.map((a) => a.analysis.id) });

  const paragraphsOf = (raw: string, options: CheckCallOptions = {}): string[] => splitText(raw, options.format ?? 'text').paragraphs.map((p) => p.text);

  const scanParagraphs = (texts: readonly string[]): ParagraphScans => {
    const done = new Map<string, ParagraphScan>();
    const paragraphs = texts.map((text) => {
      const known = done.get(text);
      if (known) return known;
      let input: ParagraphInput | undefined;
      const parse = (): ParagraphInput => (input ??= { text, tree: parser.parse(text) });
      const facts: Record<string, unknown> = {};
      for (const a of analyses) facts[a.analysis.id] = factsOf(a, text, parse);
      const drafts: Partial<Record<CheckId, readonly Draft[]>> = {};
      for (const a of active) drafts[a.definition.id] = draftsOf(a, text, parse);
      const scan = { text, facts, drafts };
      done.set(text, scan);
      return scan;
    });
    return { setup: setupKey(), paragraphs };
  };

  const adopt = (scans: ParagraphScans): void => {
    if (scans.setup !== setupKey()) throw new Error('adopt: the scans come from an engine with other checks or options');
    for (const scan of scans.paragraphs) {
      for (const a of analyses) if (a.analysis.id in scan.facts) a.cache.set(scan.text, scan.facts[a.analysis.id]);
      for (const a of active) {
        const found = scan.drafts[a.definition.id];
        if (found) a.cache.set(scan.text, found);
      }
    }
  };

  return { check, checkRange, configure, analyses: () => analyses.map((a) => a.analysis.id), paragraphsOf, scanParagraphs, adopt };
}

function complete(check: CheckId, d: Draft, text: string): Diagnostic {
  const { data: _data, ...rest } = d;
  return {
    check,
    ...rest,
    actual: text.slice(d.from, d.to),
    fingerprint: fingerprint(d.ruleId, text, d.from, d.to),
  };
}
