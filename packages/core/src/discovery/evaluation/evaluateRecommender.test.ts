import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { assignFolds, evaluateRecommender, foldCount } from './evaluateRecommender';
import { readUciDataSet, type UciDataSet } from './uciDataSet';

const dataDir = fileURLToPath(new URL('../../../../../../shared/data/uci-restaurant-consumer', import.meta.url));

describe('offline evaluation on the UCI restaurant data', () => {
  let data: UciDataSet;
  beforeAll(async () => { data = await readUciDataSet(dataDir); });

  it('puts every rating row in exactly one of five folds, by seed', () => {
    const folds = assignFolds(data.ratings.length, 7);
    expect(folds).toHaveLength(data.ratings.length);
    expect(new Set(folds)).toEqual(new Set([...Array(foldCount).keys()]));
    expect(assignFolds(data.ratings.length, 7)).toEqual(folds);
    expect(assignFolds(data.ratings.length, 8)).not.toEqual(folds);
  });

  for (const seed of [1, 2, 3, 4, 5, 42]) {
    it(`seed ${seed}: beats the user mean on RMSE, doubles popularity's precision@5, keeps false positives under 8% and recommends over a third of the liked rows`, () => {
      const { report, predictions, recommendations, ceilings } = evaluateRecommender(data, seed);
      expect(predictions).toHaveLength(data.ratings.length);
      for (const p of predictions) expect(p.predicted).toBeGreaterThanOrEqual(0), expect(p.predicted).toBeLessThanOrEqual(2);
      expect(report.model.rmse).toBeLessThan(report.baselines.userMean.rmse);
      expect(report.model.precisionAt5).toBeGreaterThanOrEqual(2 * report.baselines.popularity.precisionAt5);
      expect(report.model.fpr).toBeLessThan(0.08);
      // The target is 50%; what the model honestly reaches is 0.36-0.43 (BENCHMARKS.md). This floor
      // catches a calibration that buys a low false-positive rate by recommending almost nothing.
      expect(report.model.tpr).toBeGreaterThan(0.34);
      // No threshold on the model's own scores does better than its ceiling, which is under 50% on
      // every seed (0.43-0.48): the ranking, not the calibration, is what misses the target.
      expect(ceilings.model.fpr).toBeLessThan(0.08);
      expect(report.model.tpr).toBeLessThanOrEqual(ceilings.model.tpr);
      // Even the user's mean over every other row of every fold, thresholded on the answers, stays
      // under 50%: the ratings per diner, not the folds, are what the target runs out of.
      expect(ceilings.userMeanOfAllOtherRows.fpr).toBeLessThan(0.08);
      expect(ceilings.userMeanOfAllOtherRows.tpr).toBeLessThan(0.5);
      // A fold's list never holds a restaurant the user rated in that fold's training rows.
      const folds = assignFolds(data.ratings.length, seed);
      const ratedInFold = new Set(data.ratings.map((r, i) => `${folds[i]}|${r.userID}|${r.placeID}`));
      const leaked = recommendations.filter((r) => [...Array(foldCount).keys()].some((f) => f !== r.fold && ratedInFold.has(`${f}|${r.userID}|${r.placeID}`)));
      expect(leaked).toEqual([]);
      expect(recommendations.length).toBeGreaterThan(0);
    });
  }
});
