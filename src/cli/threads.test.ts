import { describe, expect, it } from 'vitest';
import { PARALLEL_MIN_CHARS, splitRanges, threadPlan } from './threads.js';

describe('splitRanges', () => {
  it('cuts contiguous ranges of about equal length that cover every paragraph once', () => {
    const texts = ['aaaa', 'bb', 'cc', 'dddd', 'e', 'fff'];
    expect(splitRanges(texts, 2)).toEqual([
      [0, 3],
      [3, 6],
    ]);
    expect(splitRanges(texts, 3)).toEqual([
      [0, 2],
      [2, 4],
      [4, 6],
    ]);
  });

  it('gives fewer ranges than asked when there are fewer paragraphs, and one range on one thread', () => {
    expect(splitRanges(['one', 'two'], 4)).toEqual([
      [0, 1],
      [1, 2],
    ]);
    expect(splitRanges(['one', 'two'], 1)).toEqual([[0, 2]]);
    expect(splitRanges([], 3)).toEqual([]);
  });
});

describe('threadPlan', () => {
  it('uses one thread unless asked: a worker’s setup costs what the split saves (measured, see threadPlan)', () => {
    expect(threadPlan(undefined, {}).threads).toBe(1);
  });

  it('takes --threads, then REDLINE_THREADS, for every manuscript', () => {
    expect(threadPlan('3', { REDLINE_THREADS: '1' })).toEqual({ threads: 3, minChars: 0 });
    expect(threadPlan(undefined, { REDLINE_THREADS: '1' })).toEqual({ threads: 1, minChars: 0 });
    expect(threadPlan(undefined, {})).toEqual({ threads: 1, minChars: PARALLEL_MIN_CHARS });
    expect(threadPlan('3', {})).toEqual({ threads: 3, minChars: 0 });
    expect(() => threadPlan('1.5', {})).toThrow(/whole number of at least 1, not "1.5"/);
  });
});
