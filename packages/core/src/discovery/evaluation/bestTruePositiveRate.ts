export interface ScoredRow {
  /** What a yes/no would be decided on: recommend when the score is above a threshold. */
  score: number;
  /** The rating the row actually had: 0 disliked, 2 liked (1s carry no vote). */
  rating: number;
}

export interface OperatingPoint {
  tpr: number;
  fpr: number;
  /** Recommend when score > threshold. */
  threshold: number;
}

/**
 * The best point a ranking allows: the highest true-positive rate of any threshold whose
 * false-positive rate stays under `maxFpr`, the threshold chosen on these rows themselves. No
 * calibration of the same scores can do better on them, so it separates "the ranking cannot
 * reach the target" from "the threshold was set badly". Ties move together: a threshold between
 * two equal scores does not exist.
 */
export function bestTruePositiveRate(rows: readonly ScoredRow[], maxFpr: number): OperatingPoint {
  const liked = rows.filter((r) => r.rating === 2).map((r) => r.score);
  const disliked = rows.filter((r) => r.rating === 0).map((r) => r.score).sort((a, b) => b - a);
  const share = (scores: readonly number[], threshold: number) => (scores.length ? scores.filter((s) => s > threshold).length / scores.length : 0);
  // Candidate thresholds: at each disliked score (everything above it passes), and above them all.
  // With no disliked row nothing can be a false positive, so everything may pass.
  const top = disliked[0] ?? -Infinity;
  let best: OperatingPoint = { tpr: share(liked, top), fpr: 0, threshold: top };
  for (const threshold of new Set(disliked)) {
    const fpr = share(disliked, threshold);
    if (fpr >= maxFpr) continue;
    const tpr = share(liked, threshold);
    if (tpr > best.tpr) best = { tpr, fpr, threshold };
  }
  return best;
}
