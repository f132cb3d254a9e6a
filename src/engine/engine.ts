import { ParseEnglish } from 'parse-english';
import { CHECK_IDS, type CheckId, type Diagnostic } from '../contract/diagnostic.js';
import { proseOf, type SourceFormat } from '../formats/prose.js';
import { fingerprint } from './fingerprint.js';
import { stripPossessive } from './case.js';
import { wordTokens } from './nlcst.js';
import { splitParagraphs } from './paragraphs.js';
import { narrationOf, scenesOf, type ParagraphNarration } from './scenes.js';
import { CHECKS, type CheckOptions } from './registry.js';
import type {
  CheckDefinition,
  CheckRunner,
  Draft,
  EngineDeps,
  ManuscriptContext,
  Paragraph,
  ParagraphInput,
  WordUse,
} from './types.js';

/** Engine configuration. Every field is optional; defaults are each check's documented defaults. */
export interface EngineConfig {
  /** Checks to run, by id. Default: every registered check. */
  readonly checks?: readonly CheckId[];
  /** Per-check options, merged over the check's defaults. */
  readonly options?: Partial<CheckOptions>;
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
  readonly summaries: Readonly<Partial<Record<CheckId, Readonly<Record<string, unknown>>>>>;
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
}

interface ActiveCheck {
  readonly definition: CheckDefinition;
  readonly runner: CheckRunner;
  readonly optionsKey: string;
  cache: Map<string, readonly Draft[]>;
}

interface ParagraphFacts {
  readonly capitalised: ReadonlyMap<string, WordUse>;
  /** Pronouns, tense, names and minds in the paragraph's narration (scenes.ts). */
  readonly narration: ParagraphNarration;
}

/**
 * Creates an engine. `deps` carries the dictionaries as data; nothing here touches the file system.
 */
export function createEngine(config: EngineConfig, deps: EngineDeps): Engine {
  const parser = new ParseEnglish();
  let active: ActiveCheck[] = [];
  let facts = new Map<string, ParagraphFacts>();
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
    for (const definition of CHECKS as readonly CheckDefinition[]) {
      if (!enabled.has(definition.id)) continue;
      const given: Readonly<Partial<Record<CheckId, object>>> = next.options ?? {};
      const options = { ...definition.defaults, ...given[definition.id] };
      const optionsKey = JSON.stringify(options);
      const old = previous.get(definition.id);
      if (old && (old.optionsKey === optionsKey || old.runner.update?.(options) === true)) {
        active.push({ ...old, optionsKey });
        continue;
      }
      const runner = definition.setup(options, { dictionaries: deps.dictionaries, wordRank, vocabulary });
      active.push({ definition, runner, optionsKey, cache: new Map() });
    }
  };
  configure(config);

  const check = (raw: string, options: CheckCallOptions = {}): CheckOutcome => {
    const text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
    const prose = proseOf(text, options.format ?? 'text');
    const paragraphs = splitParagraphs(prose);
    const nextFacts = new Map<string, ParagraphFacts>();
    const nextCaches = active.map(() => new Map<string, readonly Draft[]>());
    const drafts: Draft[][] = active.map(() => []);
    let analysed = 0;

    for (const paragraph of paragraphs) {
      let input: ParagraphInput | undefined;
      const parse = (): ParagraphInput => (input ??= { text: paragraph.text, tree: parser.parse(paragraph.text) });
      let paragraphFacts = nextFacts.get(paragraph.text) ?? facts.get(paragraph.text);
      if (!paragraphFacts) paragraphFacts = factsOf(parse());
      nextFacts.set(paragraph.text, paragraphFacts);
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
    facts = nextFacts;
    active.forEach((a, i) => (a.cache = nextCaches[i]!));

    const capitalised = mergeFacts(paragraphs, facts);
    const narration = paragraphs.map((p) => facts.get(p.text)!.narration);
    const scenes = scenesOf(paragraphs, narration, text, capitalised);
    const context: ManuscriptContext = { text: prose, source: text, paragraphs, capitalised, scenes };
    const diagnostics: Diagnostic[] = [];
    const summaries: Partial<Record<CheckId, Readonly<Record<string, unknown>>>> = {};
    active.forEach((a, i) => {
      const finished = a.runner.finish ? a.runner.finish(drafts[i]!, context) : drafts[i]!;
      for (const d of finished) diagnostics.push(complete(a.definition.id, d, text));
      const summary = a.runner.summary?.();
      if (summary) summaries[a.definition.id] = summary;
    });
    const order = new Map(CHECK_IDS.map((id, i) => [id, i]));
    diagnostics.sort((x, y) => x.from - y.from || x.to - y.to || order.get(x.check)! - order.get(y.check)!);
    return { diagnostics, paragraphs: paragraphs.length, analysed, summaries };
  };

  return { check, configure };
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

const CAPITALISED = /^\p{Lu}/u;

function factsOf(input: ParagraphInput): ParagraphFacts {
  const capitalised = new Map<string, WordUse>();
  const lowercase = new Map<string, number>();
  for (const token of wordTokens(input.tree)) {
    const word = stripPossessive(token.text);
    if (CAPITALISED.test(word)) {
      const use = capitalised.get(word) ?? { mid: 0, initial: 0, lower: 0 };
      if (token.initial) use.initial++;
      else use.mid++;
      capitalised.set(word, use);
    } else {
      lowercase.set(word, (lowercase.get(word) ?? 0) + 1);
    }
  }
  // Lower-case uses are recorded under the capitalised key; mergeFacts drops words never capitalised.
  for (const [word, count] of lowercase) {
    const key = word.charAt(0).toUpperCase() + word.slice(1);
    const use = capitalised.get(key) ?? { mid: 0, initial: 0, lower: 0 };
    use.lower += count;
    capitalised.set(key, use);
  }
  return { capitalised, narration: narrationOf(input) };
}

function mergeFacts(paragraphs: readonly Paragraph[], facts: ReadonlyMap<string, ParagraphFacts>): Map<string, WordUse> {
  const merged = new Map<string, WordUse>();
  for (const p of paragraphs) {
    for (const [word, use] of facts.get(p.text)?.capitalised ?? []) {
      const m = merged.get(word);
      if (m) {
        m.mid += use.mid;
        m.initial += use.initial;
        m.lower += use.lower;
      } else merged.set(word, { ...use });
    }
  }
  for (const [word, use] of merged) if (use.mid === 0 && use.initial === 0) merged.delete(word);
  return merged;
}
