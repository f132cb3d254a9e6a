/** The span of `text` that differs from `expected`, widened to whole words. */
export function changed(text: string, expected: string): [number, number] {
  let a = 0;
  while (a < text.length && text[a] === expected[a]) a++;
  let b = 0;
  while (b < text.length - a && text[text.length - 1 - b] === expected[expected.length - 1 - b]) b++;
  let from = a;
  let to = text.length - b;
  while (from > 0 && /[\p{L}'’]/u.test(text[from - 1]!)) from--;
  while (to < text.length && /[\p{L}'’]/u.test(text[to]!)) to++;
  return [from, Math.max(to, from)];
}
