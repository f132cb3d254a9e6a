/** Loads the engine's dictionaries and word ranks in the host and hands them to the renderer's worker as text. */
import { loadConfusablesModel, loadDictionaries, loadVocabulary, loadWordRanks } from '../src/formats/dictionaries.node.js';
import type { EngineData } from '../src/contract/ipc.js';

const decoder = new TextDecoder('utf-8');
const asText = (v: Uint8Array | string): string => (typeof v === 'string' ? v : decoder.decode(v));

/** Reads the bundled dictionaries by path (never through dictionary-en's own loader: it breaks inside asar). */
export async function loadEngineData(): Promise<EngineData> {
  const [dictionaries, wordRanks, vocabulary, confusablesModel] = await Promise.all([
    loadDictionaries(['en-US', 'en-GB']),
    loadWordRanks(),
    loadVocabulary(),
    loadConfusablesModel(),
  ]);
  const us = dictionaries['en-US'];
  const gb = dictionaries['en-GB'];
  if (!us) throw new Error('the en-US dictionary is missing');
  return {
    dictionaries: {
      'en-US': { aff: asText(us.aff), dic: asText(us.dic) },
      ...(gb ? { 'en-GB': { aff: asText(gb.aff), dic: asText(gb.dic) } } : {}),
    },
    wordRanks,
    vocabulary,
    ...(confusablesModel ? { confusablesModel: Buffer.from(confusablesModel.buffer, confusablesModel.byteOffset, confusablesModel.byteLength).toString('base64') } : {}),
  };
}
