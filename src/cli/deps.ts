import type { EngineDeps } from '../contract/check.js';
import { loadConfusablesModel, loadDictionaries, loadVocabulary, loadWordRanks } from '../formats/dictionaries.node.js';

/** Everything the engine takes from the host, read from the installed packages and data/: the same in every thread. */
export async function loadEngineDeps(): Promise<EngineDeps> {
  const [dictionaries, wordRanks, vocabulary, confusablesModel] = await Promise.all([loadDictionaries(), loadWordRanks(), loadVocabulary(), loadConfusablesModel()]);
  return { dictionaries, wordRanks, vocabulary, ...(confusablesModel ? { confusablesModel } : {}) };
}
