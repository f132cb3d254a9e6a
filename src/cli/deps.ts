import type { EngineDeps } from '../contract/check.js';
import { loadConfusablesModel, loadLexicon, loadVocabulary, loadWordRanks } from '../formats/dictionaries.node.js';

/** Everything the engine takes from the host, read from the installed packages and data/: the same in every thread. */
export async function loadEngineDeps(): Promise<EngineDeps> {
  const [lexicon, wordRanks, vocabulary, confusablesModel] = await Promise.all([loadLexicon(), loadWordRanks(), loadVocabulary(), loadConfusablesModel()]);
  return { wordRanks, vocabulary, ...(lexicon ? { lexicon } : {}), ...(confusablesModel ? { confusablesModel } : {}) };
}
