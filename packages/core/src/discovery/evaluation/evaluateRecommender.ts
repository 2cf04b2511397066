import { seededRandom, shuffled } from '../../random/seededRandom';
import { trainRecommender } from '../recommendations/trainRecommender';
import { predictRating, recommendScore, wouldRecommend } from '../recommendations/predictRating';
import { recommendationDataOf } from '../recommendations/recommendationData';
import type { Feedback } from '../recommendations/recommendationInputs';
import { recommendRestaurants } from '../recommendations/recommendRestaurants';
import { bestTruePositiveRate, type OperatingPoint, type ScoredRow } from './bestTruePositiveRate';
import { leaveOneOutUserMeans } from './leaveOneOutUserMeans';
import { ndcgAt, precisionAt } from './rankingMetrics';
import type { UciDataSet, UciRating } from './uciDataSet';

export const foldCount = 5;
const listLength = 10;

export interface Metrics {
  rmse: number;
  mae: number;
  precisionAt5: number;
  ndcgAt10: number;
  fpr: number;
  tpr: number;
}

export interface EvaluationReport {
  model: Metrics;
  baselines: { globalMean: Metrics; userMean: Metrics; popularity: Metrics };
}

export interface PredictionRow { fold: number; userID: string; placeID: string; predicted: number; recommend: boolean }
export interface RecommendationRow { fold: number; userID: string; rank: number; placeID: string }

/** What a method does for one fold, given only the training rows (and the side tables). */
interface Method {
  /** `score` is what `recommend` thresholds (the predicted rating, for the baselines). */
  predict: (userID: string, placeID: string) => { predicted: number; recommend: boolean; score?: number };
  topList: (userID: string) => string[];
}
type MethodFactory = (train: readonly UciRating[], data: UciDataSet) => Method;

/** Baselines' "would recommend": the predicted rating rounds to 2. */
const baselineRecommends = (predicted: number) => predicted >= 1.5;

const feedbackOf = (r: UciRating): Feedback => ({
  dinerId: r.userID, restaurantId: r.placeID, overall: r.rating, factors: { food: r.food, service: r.service }, at: '1970-01-01T00:00:00.000Z',
});

function ratedBy(train: readonly UciRating[]) {
  const rated = new Map<string, Set<string>>();
  for (const r of train) rated.set(r.userID, (rated.get(r.userID) ?? new Set()).add(r.placeID));
  return rated;
}

function rankedBy(data: UciDataSet, train: readonly UciRating[], key: (placeID: string) => number) {
  const order = data.restaurants.map((r) => r.id).sort((a, b) => key(b) - key(a) || a.localeCompare(b));
  const rated = ratedBy(train);
  return (userID: string) => order.filter((id) => !rated.get(userID)?.has(id)).slice(0, listLength);
}

function meanBy(train: readonly UciRating[], key: (r: UciRating) => string) {
  const sums = new Map<string, [number, number]>();
  for (const r of train) {
    const s = sums.get(key(r)) ?? [0, 0];
    s[0] += r.rating; s[1] += 1;
    sums.set(key(r), s);
  }
  return new Map([...sums].map(([k, [sum, n]]) => [k, sum / n]));
}

const globalMeanOf = (train: readonly UciRating[]) => train.reduce((s, r) => s + r.rating, 0) / train.length;

/** The mean ranks nothing: its list is the restaurants with the best mean rating. */
const globalMeanMethod: MethodFactory = (train, data) => {
  const mean = globalMeanOf(train);
  const itemMean = meanBy(train, (r) => r.placeID);
  return { predict: () => ({ predicted: mean, recommend: baselineRecommends(mean) }), topList: rankedBy(data, train, (id) => itemMean.get(id) ?? -1) };
};

const userMeanMethod: MethodFactory = (train, data) => {
  const mean = globalMeanOf(train);
  const userMean = meanBy(train, (r) => r.userID);
  const itemMean = meanBy(train, (r) => r.placeID);
  return {
    predict: (u) => { const p = userMean.get(u) ?? mean; return { predicted: p, recommend: baselineRecommends(p) }; },
    topList: rankedBy(data, train, (id) => itemMean.get(id) ?? -1),
  };
};

/** Most rated first; its rating is the restaurant's mean. */
const popularityMethod: MethodFactory = (train, data) => {
  const mean = globalMeanOf(train);
  const itemMean = meanBy(train, (r) => r.placeID);
  const count = new Map<string, number>();
  for (const r of train) count.set(r.placeID, (count.get(r.placeID) ?? 0) + 1);
  return {
    predict: (_u, i) => { const p = itemMean.get(i) ?? mean; return { predicted: p, recommend: baselineRecommends(p) }; },
    topList: rankedBy(data, train, (id) => count.get(id) ?? 0),
  };
};

/** The product's model, through the same code the API uses. */
const modelMethod: MethodFactory = (train, data) => {
  const model = trainRecommender(recommendationDataOf({ feedback: train.map(feedbackOf), preferences: data.preferences, restaurants: data.restaurants }));
  return {
    predict: (u, i) => ({ predicted: predictRating(model, u, i).rating, recommend: wouldRecommend(model, u, i), score: recommendScore(model, u, i) }),
    topList: (u) => recommendRestaurants(model, { dinerId: u, limit: listLength }).map((r) => r.restaurantId),
  };
};

/** Every row lands in exactly one fold: a seeded shuffle of row indices, dealt round robin. */
export function assignFolds(rowCount: number, seed: number): number[] {
  const folds = new Array<number>(rowCount);
  shuffled([...Array(rowCount).keys()], seededRandom(seed)).forEach((row, position) => { folds[row] = position % foldCount; });
  return folds;
}

function runMethod(data: UciDataSet, folds: readonly number[], factory: MethodFactory) {
  const predictions: PredictionRow[] = [];
  const lists: RecommendationRow[] = [];
  const scored: ScoredRow[] = [];
  let squared = 0, absolute = 0, precision = 0, ndcg = 0, listUsers = 0, zeros = 0, zerosRecommended = 0, twos = 0, twosRecommended = 0;
  for (let fold = 0; fold < foldCount; fold++) {
    const train = data.ratings.filter((_, i) => folds[i] !== fold);
    const test = data.ratings.map((r, i) => [r, i] as const).filter(([, i]) => folds[i] === fold);
    const method = factory(train, data);
    const relevantByUser = new Map<string, Set<string>>();
    for (const [r, index] of test) {
      const { predicted, recommend, score = predicted } = method.predict(r.userID, r.placeID);
      predictions[index] = { fold, userID: r.userID, placeID: r.placeID, predicted, recommend };
      scored[index] = { score, rating: r.rating };
      squared += (predicted - r.rating) ** 2;
      absolute += Math.abs(predicted - r.rating);
      if (r.rating === 0) { zeros++; if (recommend) zerosRecommended++; }
      if (r.rating === 2) { twos++; if (recommend) twosRecommended++; }
      const relevant = relevantByUser.get(r.userID) ?? new Set<string>();
      if (r.rating === 2) relevant.add(r.placeID);
      relevantByUser.set(r.userID, relevant);
    }
    for (const [userID, relevant] of [...relevantByUser].sort(([a], [b]) => a.localeCompare(b))) {
      const list = method.topList(userID);
      list.forEach((placeID, rank) => lists.push({ fold, userID, rank: rank + 1, placeID }));
      if (relevant.size === 0) continue;
      listUsers++;
      precision += precisionAt(5, list, relevant);
      ndcg += ndcgAt(10, list, relevant);
    }
  }
  const n = data.ratings.length;
  const metrics: Metrics = {
    rmse: Math.sqrt(squared / n), mae: absolute / n,
    precisionAt5: precision / listUsers, ndcgAt10: ndcg / listUsers,
    fpr: zeros ? zerosRecommended / zeros : 0, tpr: twos ? twosRecommended / twos : 0,
  };
  return { metrics, predictions, lists, scored };
}

/** The false-positive rate the evaluation holds the model under (not the model's own calibration target, RecommenderOptions.targetFalsePositiveRate). */
export const falsePositiveLimit = 0.08;

/**
 * How far each ranking could go at all: its best true-positive rate under the target
 * false-positive rate, the threshold picked on the test rows (see bestTruePositiveRate). The
 * model's and the user mean's use only training rows to score. `userMeanOfAllOtherRows` scores
 * each row by its user's other ratings in every fold (more training than the folds allow), so it
 * shows what diner taste alone could reach with all the data there is; `ownFactorScores` ranks each
 * row by its own food + service scores, which the model may not see, to show what that operating
 * point takes.
 */
export interface RankingCeilings {
  model: OperatingPoint;
  userMean: OperatingPoint;
  userMeanOfAllOtherRows: OperatingPoint;
  ownFactorScores: OperatingPoint;
}

/** Five-fold evaluation of the model and the baselines on the same folds. */
export function evaluateRecommender(data: UciDataSet, seed = 42) {
  const folds = assignFolds(data.ratings.length, seed);
  const model = runMethod(data, folds, modelMethod);
  const userMean = runMethod(data, folds, userMeanMethod);
  const report: EvaluationReport = {
    model: model.metrics,
    baselines: {
      globalMean: runMethod(data, folds, globalMeanMethod).metrics,
      userMean: userMean.metrics,
      popularity: runMethod(data, folds, popularityMethod).metrics,
    },
  };
  const ceilings: RankingCeilings = {
    model: bestTruePositiveRate(model.scored, falsePositiveLimit),
    userMean: bestTruePositiveRate(userMean.scored, falsePositiveLimit),
    userMeanOfAllOtherRows: bestTruePositiveRate(leaveOneOutUserMeans(data.ratings), falsePositiveLimit),
    ownFactorScores: bestTruePositiveRate(data.ratings.map((r) => ({ score: r.food + r.service, rating: r.rating })), falsePositiveLimit),
  };
  return { report, predictions: model.predictions, recommendations: model.lists, ceilings };
}
