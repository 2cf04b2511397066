import type { ScoredRow } from './bestTruePositiveRate';
import type { UciRating } from './uciDataSet';

/**
 * Each row scored by the mean of its user's other ratings across every fold: 1,160 training rows
 * per prediction where a fold has about 930. It bounds what per-diner taste alone can separate;
 * a diner with no other rating gets the mean of every other row.
 */
export function leaveOneOutUserMeans(ratings: readonly UciRating[]): ScoredRow[] {
  const byUser = new Map<string, { sum: number; count: number }>();
  let total = 0;
  for (const r of ratings) {
    const s = byUser.get(r.userID) ?? { sum: 0, count: 0 };
    s.sum += r.rating; s.count += 1;
    byUser.set(r.userID, s);
    total += r.rating;
  }
  return ratings.map((r) => {
    const { sum, count } = byUser.get(r.userID)!;
    const score = count > 1 ? (sum - r.rating) / (count - 1) : ratings.length > 1 ? (total - r.rating) / (ratings.length - 1) : 0;
    return { score, rating: r.rating };
  });
}
