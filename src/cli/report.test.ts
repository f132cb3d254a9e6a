import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../contract/diagnostic.js';
import { formatText, formatTotals, locate } from './report.js';

describe('the text reporter', () => {
  it('lists 200,000 findings (spreading them into Math.max overflowed the stack past ~120,000)', () => {
    const text = 'teh\n'.repeat(200_000);
    const one: Omit<Diagnostic, 'from' | 'to'> = { check: 'spelling', ruleId: 'spelling-unknown-word', severity: 'error', actual: 'teh', message: '“teh” is not in the dictionary.', fixes: [], fingerprint: 'f' };
    const diagnostics = Array.from({ length: 200_000 }, (_, i): Diagnostic => ({ ...one, from: i * 4, to: i * 4 + 3 }));
    const lines = formatText('book.txt', locate(text, diagnostics));
    expect(lines).toHaveLength(200_000);
    expect(lines[0]).toBe('book.txt:1:1       error    “teh” is not in the dictionary.  spelling-unknown-word');
    expect(lines[199_999]).toBe('book.txt:200000:1  error    “teh” is not in the dictionary.  spelling-unknown-word');
    expect(formatTotals(diagnostics, 1)).toBe('200000 problems (200000 errors, 0 warnings, 0 info) in 1 file.');
  });
});
