/**
 * A fingerprint for a finding: rule + flagged text + up to two words either side (same paragraph), lower-cased,
 * hashed.
 * Stable under edits anywhere but right next to the finding, so an ignore survives the rest of the revision.
 */
export function fingerprint(ruleId: string, text: string, from: number, to: number): string {
  // Nearby words within the paragraph only: a new paragraph above must not change the fingerprint.
  const head = text.slice(Math.max(0, from - 40), from);
  const tail = text.slice(to, to + 40);
  const before = words(head.slice(head.lastIndexOf('\n\n') + 1)).slice(-2);
  const after = words(tail.includes('\n\n') ? tail.slice(0, tail.indexOf('\n\n')) : tail).slice(0, 2);
  return hash([ruleId, text.slice(from, to).toLowerCase(), ...before, '|', ...after].join(' '));
}

function words(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}'’]+/gu) ?? [];
}

/** 64-bit FNV-1a as 16 hex digits (two 32-bit lanes). Not cryptographic; it only needs to be stable. */
export function hash(s: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c ^ (a >>> 7), 0x01000193) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}
