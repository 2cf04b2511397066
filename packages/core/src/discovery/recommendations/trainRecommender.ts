import { recommendationDataOf, type RecommendationData } from './recommendationData';
import type { Feedback } from './recommendationInputs';
import { recommendScore } from './predictRating';
import { defaultRecommenderOptions, fitRecommender, type RecommenderModel, type RecommenderOptions } from './fitRecommender';

/**
 * Ten inner folds: each inner model sees 90% of the training rows, so its scores are spread like
 * the final model's (with four, the inner models saw 75%, scored less confidently than the model
 * the threshold is applied to, and the held-out false-positive rate ran from 2% to 7% by split).
 */
const innerFolds = 10;

/** A stable fold for a diner/restaurant pair, so calibration needs no random source. */
function innerFoldOf(f: Feedback): number {
  let h = 2166136261;
  for (const ch of `${f.dinerId}|${f.restaurantId}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return (h >>> 0) % innerFolds;
}

/**
 * The lowest threshold whose false-positive rate on held-out training ratings (inner folds, so
 * the threshold never sees a prediction of a rating it was trained on) stays within the target.
 */
export function calibrateThreshold(data: RecommendationData, options: RecommenderOptions): number {
  const rows = [...data.feedback.values()];
  const scored: { predicted: number; overall: number }[] = [];
  for (let fold = 0; fold < innerFolds; fold++) {
    const train = rows.filter((f) => innerFoldOf(f) !== fold);
    const test = rows.filter((f) => innerFoldOf(f) === fold);
    const model = fitRecommender(recommendationDataOf({ feedback: train, preferences: data.preferences.values(), restaurants: data.restaurants.values() }), options);
    for (const f of test) scored.push({ predicted: recommendScore(model, f.dinerId, f.restaurantId), overall: f.overall });
  }
  const disliked = scored.filter((s) => s.overall === 0).map((s) => s.predicted).sort((a, b) => b - a);
  if (disliked.length === 0) return Number.NEGATIVE_INFINITY;
  // Allowed false positives: the top `allowed` disliked predictions may pass, the next one must not.
  const allowed = Math.floor(disliked.length * options.targetFalsePositiveRate);
  return disliked[allowed]! + 1e-9;
}

/** Fits the model on all of `data` with a threshold calibrated on held-out parts of it. */
export function trainRecommender(data: RecommendationData, options: RecommenderOptions = defaultRecommenderOptions): RecommenderModel {
  return { ...fitRecommender(data, options), recommendThreshold: calibrateThreshold(data, options) };
}
