// nspell ships no types; this is the part of its API the lexicon build script and its test use (nspell is a devDependency).
declare module 'nspell' {
  export interface Dictionary {
    readonly aff: Uint8Array | string;
    readonly dic?: Uint8Array | string;
  }
  export interface NSpell {
    correct(word: string): boolean;
    suggest(word: string): string[];
    add(word: string, model?: string): NSpell;
    remove(word: string): NSpell;
    personal(dic: string): NSpell;
  }
  function nspell(dictionary: Dictionary | readonly Dictionary[]): NSpell;
  export default nspell;
}
