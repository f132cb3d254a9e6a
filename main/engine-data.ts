/** Loads the engine's lexicon, word ranks and model in the host and hands them to the renderer's worker. */
import { loadConfusablesModel, loadLexicon, loadVocabulary, loadWordRanks } from '../src/formats/dictionaries.node.js';
import type { EngineData } from '../src/contract/ipc.js';

const base64 = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

/** Reads the generated data files by path (data/, unpacked beside the app) and the word lists from their packages. */
export async function loadEngineData(): Promise<EngineData> {
  const [lexicon, wordRanks, vocabulary, confusablesModel] = await Promise.all([loadLexicon(), loadWordRanks(), loadVocabulary(), loadConfusablesModel()]);
  if (!lexicon) throw new Error('the spelling lexicon (data/lexicon.bin) is missing');
  return {
    lexicon: base64(lexicon),
    wordRanks,
    vocabulary,
    ...(confusablesModel ? { confusablesModel: base64(confusablesModel) } : {}),
  };
}
