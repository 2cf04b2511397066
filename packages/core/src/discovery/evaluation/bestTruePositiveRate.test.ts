import { describe, expect, it } from 'vitest';
import { bestTruePositiveRate } from './bestTruePositiveRate';

const rows = (liked: number[], disliked: number[]) => [...liked.map((score) => ({ score, rating: 2 })), ...disliked.map((score) => ({ score, rating: 0 })), { score: 99, rating: 1 }];

describe('bestTruePositiveRate', () => {
  it('recommends every liked row when the ranking separates them from the disliked ones', () => {
    expect(bestTruePositiveRate(rows([5, 6, 7], [1, 2, 3]), 0.08)).toEqual({ tpr: 1, fpr: 0, threshold: 3 });
  });

  it('recommends nothing when every liked row ranks below every disliked one', () => {
    expect(bestTruePositiveRate(rows([1, 2], [5, 6]), 0.08).tpr).toBe(0);
  });

  it('lets through at most the allowed share of disliked rows, strictly under the limit', () => {
    // Ten disliked rows: one above the threshold is 10%, over an 8% limit; so none may pass.
    const disliked = [10, 1, 1, 1, 1, 1, 1, 1, 1, 1];
    expect(bestTruePositiveRate(rows([5, 6, 11], disliked), 0.08)).toEqual({ tpr: 1 / 3, fpr: 0, threshold: 10 });
    // With a 15% limit the 10 may pass and the 5 and 6 come in with it.
    expect(bestTruePositiveRate(rows([5, 6, 11], disliked), 0.15)).toEqual({ tpr: 1, fpr: 0.1, threshold: 1 });
  });

  it('moves tied scores together: a liked row tied with a disliked one is not recommended at that threshold', () => {
    // Eleven disliked rows: letting the tied 3 through is 1/11, over the limit.
    expect(bestTruePositiveRate(rows([3, 3], [3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), 0.08).tpr).toBe(0);
    // Thirteen: 1/13 is under it, and both liked 3s come in with the disliked one.
    expect(bestTruePositiveRate(rows([3, 3], [3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), 0.08)).toEqual({ tpr: 1, fpr: 1 / 13, threshold: 0 });
  });

  it('recommends every liked row when no row was disliked', () => {
    expect(bestTruePositiveRate([{ score: 1, rating: 2 }, { score: 0, rating: 2 }, { score: 5, rating: 1 }], 0.08)).toEqual({ tpr: 1, fpr: 0, threshold: -Infinity });
  });

  it('ignores the 1s', () => {
    expect(bestTruePositiveRate([{ score: 100, rating: 1 }, { score: 2, rating: 2 }, { score: 1, rating: 0 }], 0.08).tpr).toBe(1);
  });
});
