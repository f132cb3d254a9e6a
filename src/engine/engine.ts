import { ParseEnglish } from 'parse-english';
import type {
  Analysis,
  AnyCheckDefinition,
  CheckRunner,
  Draft,
  EngineDeps,
  ManuscriptContext,
  ParagraphInput,
} from '../contract/check.js';
import { CHECK_IDS, type CheckId, type Diagnostic } from '../contract/diagnostic.js';
import type { CheckSummaries } from '../contract/summaries.js';
import { proseOf, type SourceFormat } from '../formats/prose.js';
import { fingerprint } from './fingerprint.js';
import { splitParagraphs } from './paragraphs.js';

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

/** The analysis engine: the same in Node and in a Web Worker. */
export interface Engine {
  /**
   * Checks a whole manuscript. Paragraph results are cached by content, so calling again after an edit only
   * re-analyses the paragraphs that changed; manuscript-wide steps (names, dialect) always see the whole text.
   * `\r\n` and `\r` are normalised to `\n` first; offsets refer to the normalised text.
   */
  check(text: string, options?: CheckCallOptions): CheckOutcome;
  /** Replaces the configuration; caches of checks whose options did not change are kept. */
  configure(config: EngineConfig): void;
  /** The analyses the running checks use (by id), for tests and benchmarks: what a call computes. */
  analyses(): readonly string[];
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

  const check = (raw: string, options: CheckCallOptions = {}): CheckOutcome => {
    const text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
    const prose = proseOf(text, options.format ?? 'text');
    const paragraphs = splitParagraphs(prose);
    const nextCaches = active.map(() => new Map<string, readonly Draft[]>());
    const nextFacts = analyses.map(() => new Map<string, unknown>());
    const facts: unknown[][] = analyses.map(() => []);
    const drafts: Draft[][] = active.map(() => []);
    let analysed = 0;

    for (const paragraph of paragraphs) {
      let input: ParagraphInput | undefined;
      const parse = (): ParagraphInput => (input ??= { text: paragraph.text, tree: parser.parse(paragraph.text) });
      analyses.forEach((a, i) => {
        let found = nextFacts[i]!.get(paragraph.text) ?? a.cache.get(paragraph.text);
        if (found === undefined) found = a.analysis.paragraph(parse());
        nextFacts[i]!.set(paragraph.text, found);
        facts[i]!.push(found);
      });
      active.forEach((a, i) => {
        let found = nextCaches[i]!.get(paragraph.text) ?? a.cache.get(paragraph.text);
        if (!found) found = a.runner.scan(parse());
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

  return { check, configure, analyses: () => analyses.map((a) => a.analysis.id) };
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
