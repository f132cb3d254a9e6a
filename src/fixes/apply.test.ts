import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../contract/diagnostic.js';
import { applyFixes } from './apply.js';

const diag = (text: string, actual: string, replacement: string, occurrence = 0): Diagnostic => {
  let from = -1;
  for (let i = 0; i <= occurrence; i++) from = text.indexOf(actual, from + 1);
  return {
    check: 'spelling', ruleId: 'r', severity: 'error', from, to: from + actual.length, actual, message: '',
    fixes: [{ kind: 'replace', label: '', text: replacement }], fingerprint: '',
  };
};

describe('applyFixes', () => {
  it('applies several fixes in one pass, in any order given', () => {
    const text = 'Teh cat recieved the the fish.';
    const ds = [diag(text, 'the the', 'the'), diag(text, 'Teh', 'The'), diag(text, 'recieved', 'received')];
    const out = applyFixes(text, ds.map((d) => ({ diagnostic: d, fix: d.fixes[0]! })));
    expect(out.text).toBe('The cat received the fish.');
    expect(out.applied.map((a) => a.diagnostic.actual)).toEqual(['Teh', 'recieved', 'the the']);
  });

  it('skips a fix that overlaps one already taken, and a stale one', () => {
    const text = 'the the the end';
    const a = diag(text, 'the the', 'the');
    const b = diag(text, 'the the', 'the', 1);
    const stale = { ...diag(text, 'end', 'close'), actual: 'finish' };
    const out = applyFixes(text, [a, b, stale].map((d) => ({ diagnostic: d, fix: d.fixes[0]! })));
    expect(out.text).toBe('the the end');
    expect(out.skipped.map((s) => s.reason)).toEqual(['overlap', 'stale']);
  });

  it('supports insert-after and remove', () => {
    const text = 'Wait she said';
    const d = diag(text, 'Wait', '');
    const out = applyFixes(text, [{ diagnostic: d, fix: { kind: 'insert-after', label: '', text: ',' } }]);
    expect(out.text).toBe('Wait, she said');
    expect(applyFixes(text, [{ diagnostic: diag(text, ' she', ''), fix: { kind: 'remove', label: '' } }]).text).toBe('Wait said');
  });
});
