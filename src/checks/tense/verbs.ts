import { IRREGULAR_VERBS } from './tense.data.js';

/*
 * Verb forms for the `tense` check's fixes: base ("swing"), third person ("swings"), past ("swung"). Lower case
 * in, lower case out; `undefined` where the form is a guess (a doubled consonant nobody listed: "stops" →
 * "stopped"? "stoped"?).
 */

const pastOfBase = new Map<string, string>();
const baseOfPast = new Map<string, string>();
const participleOfBase = new Map<string, string>();
for (const [base, past, participle] of IRREGULAR_VERBS) {
  pastOfBase.set(base, past);
  participleOfBase.set(base, participle);
  // "lay" is the past of "lie" and the base of "lay": the first listed wins ("lie").
  if (!baseOfPast.has(past)) baseOfPast.set(past, base);
}
const thirdOfBase = new Map<string, string>([...pastOfBase.keys()].map((b) => [thirdPerson(b), b]));

/** "go" → "goes", "carry" → "carries", "have" → "has", "walk" → "walks". */
export function thirdPerson(base: string): string {
  if (base === 'have') return 'has';
  if (base === 'be') return 'is';
  if (/(?:s|x|z|ch|sh|^go|^do)$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

/** True when `word` is a verb this module knows to be irregular in its base form ("swing", "know"). */
export function isIrregularBase(word: string): boolean {
  return pastOfBase.has(word) && pastOfBase.get(word) !== word;
}

/** True when `word` is the past of an irregular verb ("knew", "felt"; not "put", the same as its base). */
export function isIrregularPast(word: string): boolean {
  const base = baseOfPast.get(word);
  return base !== undefined && base !== word;
}

/** The base of an irregular third-person form ("knows" → "know", "goes" → "go"), or `undefined`. */
export function irregularBaseOfThird(word: string): string | undefined {
  return thirdOfBase.get(word);
}

/** The past of a base form: "swing" → "swung", "walk" → "walked", "carry" → "carried", "hope" → "hoped". */
export function pastOf(base: string): string | undefined {
  const known = pastOfBase.get(base);
  if (known) return known;
  if (base === 'are') return 'were';
  if (base === 'is' || base === 'am') return 'was';
  if (!/^[a-z]{2,}$/.test(base)) return undefined;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ied`;
  if (base.endsWith('e')) return `${base}d`;
  // "open" → "opened", "enter" → "entered": an unstressed last syllable is not doubled.
  if ((base.match(/[aeiouy]+/g) ?? []).length >= 2 && /(?:en|er|on|el|it|al|or|ol|om|et)$/.test(base)) return `${base}ed`;
  if (/(?:^|[^aeiou])[aeiou][bdgklmnprt]$/.test(base)) return undefined; // doubling is a guess
  return `${base}ed`;
}

/** The past participle of an irregular base ("forget" → "forgotten"), or `undefined`. */
export function irregularParticiple(base: string): string | undefined {
  return participleOfBase.get(base);
}

/** The base of a past form: "swung" → "swing", "knew" → "know"; regular pasts where the stem is sure. */
export function baseOf(past: string): string | undefined {
  const known = baseOfPast.get(past);
  if (known) return known === past ? undefined : known;
  if (!/^[a-z]{3,}ed$/.test(past)) return undefined;
  if (/[^aeiou]ied$/.test(past)) return `${past.slice(0, -3)}y`;
  const stem = past.slice(0, -2);
  if (/([bdgmnprt])\1$/.test(stem)) return stem.slice(0, -1);
  if (/(?:ss|sh|ch|x|zz)$/.test(stem)) return stem;
  if (/(?:ck|lk|rk|sk|nk|mp|lt|nt|st|rn|rm|ld|nd|ll|wn|[aeiou][wy]|rl|ft|pt|ct|gh)$/.test(stem)) return stem;
  // "shoved" → "shove", "faced" → "face": no English verb ends in v or c.
  if (/[vc]$/.test(stem) || ((stem.match(/[aeiouy]+/g) ?? []).length === 1 && /(?:[^aeiou]|^)[aeiou][rs]$/.test(stem))) return `${stem}e`;
  // "wiped" → "wipe", "smiled" → "smile": one short syllable would have doubled its consonant ("stopped").
  if ((stem.match(/[aeiouy]+/g) ?? []).length === 1 && /(?:^|[^aeiou])[aeiou][bdgklmnptz]$/.test(stem)) return `${stem}e`;
  if ((stem.match(/[aeiouy]+/g) ?? []).length >= 2 && /(?:en|er|on|el|it|al|or|ol|om|et)$/.test(stem)) return stem;
  // "rained" → "rain", "looked" → "look": two vowels and one consonant never double it.
  if (/[aeiou]{2}[bdgklmnprt]$/.test(stem)) return stem;
  // "changed" → "change", "nursed" → "nurse", "judged" → "judge"; "howled" → "howl", "helped" → "help".
  if (/(?:[nrd]g|[rnl]s)$/.test(stem)) return `${stem}e`;
  if (/[^aeiou]{2}$/.test(stem) && stem.at(-1) !== stem.at(-2)) return stem;
  return undefined;
}
