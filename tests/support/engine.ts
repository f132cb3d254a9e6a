// Test helpers shared by unit and cross-layer tests.
import { loadConfusablesModel, loadLexicon, loadVocabulary, loadWordRanks } from '../../src/formats/dictionaries.node.js';
import type { Diagnostic } from '../../src/contract/diagnostic.js';
import { CHECKS, type RedlineConfig } from '../../src/checks/index.js';
import { createEngine, type Engine } from '../../src/engine/engine.js';
import { applyFixes } from '../../src/fixes/apply.js';

const [lexicon, wordRanks, vocabulary, confusablesModel] = await Promise.all([loadLexicon(), loadWordRanks(), loadVocabulary(), loadConfusablesModel()]);
if (!lexicon) throw new Error('data/lexicon.bin is missing: run `npm run build:lexicon`');

/**
 * A real engine with the compiled lexicon; `learned` adds the confusables model (data/confusables-model.bin).
 * Off by default so tests of the patterns and of other checks do not move when the model is retrained.
 */
export function testEngine(config: RedlineConfig = {}, learned = false): Engine {
  if (learned && !confusablesModel) throw new Error('data/confusables-model.bin is missing: run `npm run train:confusables`');
  return createEngine(CHECKS, config, { lexicon, wordRanks, vocabulary, ...(learned && confusablesModel ? { confusablesModel } : {}) });
}

/** `[flagged text, ruleId, first fix text]` per diagnostic: the way a user reads the result. */
export function flags(diagnostics: readonly Diagnostic[]): Array<[string, string, string | undefined]> {
  return diagnostics.map((d) => {
    const f = d.fixes[0];
    return [d.actual, d.ruleId, f && 'text' in f ? f.text : f ? '' : undefined];
  });
}

/** The text after applying every diagnostic's first fix. */
export function fixed(text: string, diagnostics: readonly Diagnostic[]): string {
  return applyFixes(text, diagnostics.filter((d) => d.fixes[0]).map((d) => ({ diagnostic: d, fix: d.fixes[0]! }))).text;
}
