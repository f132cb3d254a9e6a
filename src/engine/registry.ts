import { confusables, type ConfusablesOptions } from '../checks/confusables/confusables.js';
import { dialogue, type DialogueOptions } from '../checks/dialogue/dialogue.js';
import { pov, type PovOptions } from '../checks/pov/pov.js';
import { repeatedWords, type RepeatedWordsOptions } from '../checks/repeated-words/repeated-words.js';
import { spelling, type SpellingOptions } from '../checks/spelling/spelling.js';
import { tense, type TenseOptions } from '../checks/tense/tense.js';
import type { CheckDefinition } from './types.js';

/** Each registered check's options type, by id. */
export interface CheckOptions {
  readonly confusables: Partial<ConfusablesOptions>;
  readonly dialogue: Partial<DialogueOptions>;
  readonly pov: Partial<PovOptions>;
  readonly 'repeated-words': Partial<RepeatedWordsOptions>;
  readonly spelling: Partial<SpellingOptions>;
  readonly tense: Partial<TenseOptions>;
}

/** Every check Redline runs: one array, sorted by id. */
export const CHECKS: readonly CheckDefinition[] = [confusables, dialogue, pov, repeatedWords, spelling, tense];
