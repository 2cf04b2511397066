/** Count, mean and distribution (keyed by score) of the scores of one measure. */
export interface ScoreAggregate {
  count: number;
  /** Absent when count is 0. */
  mean?: number;
  distribution: Record<string, number>;
}

/** An aggregate over a fixed scale, so every score appears in the distribution, even at 0. */
export function aggregateScores(scores: readonly number[], scale: readonly number[]): ScoreAggregate {
  const distribution = Object.fromEntries(scale.map((s) => [String(s), 0]));
  let sum = 0;
  for (const s of scores) {
    distribution[String(s)] = (distribution[String(s)] ?? 0) + 1;
    sum += s;
  }
  return { count: scores.length, ...(scores.length > 0 ? { mean: sum / scores.length } : {}), distribution };
}
