import { confusables, type ConfusablesOptions } from '../checks/confusables/confusables.js';
import { repeatedWords, type RepeatedWordsOptions } from '../checks/repeated-words/repeated-words.js';
import { spelling, type SpellingOptions } from '../checks/spelling/spelling.js';
import type { CheckDefinition } from './types.js';

/** Each registered check's options type, by id. */
export interface CheckOptions {
  readonly confusables: Partial<ConfusablesOptions>;
  readonly 'repeated-words': Partial<RepeatedWordsOptions>;
  readonly spelling: Partial<SpellingOptions>;
}

/** Every check Redline runs: one array, sorted by id. */
export const CHECKS: readonly CheckDefinition[] = [confusables, repeatedWords, spelling];
