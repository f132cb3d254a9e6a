import { describe, expect, it } from 'vitest';
import { hardWrapWidth } from './hard-wrap.js';

const words = 'the kettle was still warm and the back door had been left on the latch when she came in from the yard'.split(' ');
/** Paragraphs of prose broken at `width` columns. */
function wrapped(width: number, paragraphs = 8): string {
  const out: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    const lines: string[] = [];
    let line = '';
    for (let i = 0; i < 60; i++) {
      const w = words[(i * 7 + p) % words.length]!;
      if (line && line.length + 1 + w.length > width) {
        lines.push(line);
        line = w;
      } else line = line ? `${line} ${w}` : w;
    }
    lines.push(line);
    out.push(lines.join('\n'));
  }
  return out.join('\n\n');
}

describe('hardWrapWidth', () => {
  it('finds the width of a hard-wrapped manuscript', () => {
    const w = hardWrapWidth(wrapped(72));
    expect(w).toBeGreaterThanOrEqual(66);
    expect(w).toBeLessThanOrEqual(72);
  });

  it('leaves a manuscript with one line per paragraph alone', () => {
    expect(hardWrapWidth(wrapped(10_000, 40))).toBeUndefined();
  });

  it('leaves verse, lists and dialogue of short lines alone', () => {
    expect(hardWrapWidth(Array.from({ length: 40 }, (_, i) => (i % 2 ? '“Yes.”' : 'The rose is red,')).join('\n'))).toBeUndefined();
  });
});
