import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { evaluateRecommender, falsePositiveLimit, type EvaluationReport, type Metrics, type RankingCeilings } from './evaluateRecommender';
import { readUciDataSet } from './uciDataSet';

const usage = 'usage: npm run -s eval:recommendations -- --data DIR [--seed N] [--json] [--predictions FILE] [--recommendations FILE]';

function fail(message: string): never {
  process.stderr.write(`${message}\n${usage}\n`);
  process.exit(2);
}

function table(report: EvaluationReport): string {
  const rows: [string, Metrics][] = [['model', report.model], ...Object.entries(report.baselines)];
  const columns = ['rmse', 'mae', 'precisionAt5', 'ndcgAt10', 'fpr', 'tpr'] as const;
  const head = ['method'.padEnd(12), ...columns.map((c) => c.padStart(13))].join('');
  return [head, ...rows.map(([name, m]) => [name.padEnd(12), ...columns.map((c) => m[c].toFixed(4).padStart(13))].join(''))].join('\n');
}

/** Below the table only: `--json` keeps the object the issue specifies. */
function ceilingLines(ceilings: RankingCeilings): string {
  const line = (name: string, p: RankingCeilings['model']) => `${name.padEnd(24)} tpr ${p.tpr.toFixed(4)} at fpr ${p.fpr.toFixed(4)}`;
  return [
    `best tpr any threshold reaches with fpr < ${falsePositiveLimit} (threshold chosen on the test rows; no calibration does better):`,
    line('model', ceilings.model),
    line('userMean', ceilings.userMean),
    `${line('userMeanOfAllOtherRows', ceilings.userMeanOfAllOtherRows)}   (each row's user's other ratings in every fold, more than any fold may train on)`,
    `${line('ownFactorScores', ceilings.ownFactorScores)}   (each row's own food + service scores, which the model may not see)`,
  ].join('\n');
}

async function main() {
  let values;
  try {
    ({ values } = parseArgs({
      options: { data: { type: 'string' }, seed: { type: 'string' }, json: { type: 'boolean' }, predictions: { type: 'string' }, recommendations: { type: 'string' } },
      strict: true, allowPositionals: false,
    }));
  } catch (error) {
    fail((error as Error).message);
  }
  if (!values.data) fail('--data DIR is required');
  const seed = values.seed === undefined ? 42 : Number(values.seed);
  if (!Number.isSafeInteger(seed)) fail(`--seed must be an integer, not ${values.seed}`);
  let data;
  try {
    data = await readUciDataSet(values.data);
  } catch (error) {
    fail(`cannot read the UCI data set in ${values.data}: ${(error as Error).message}`);
  }
  const { report, predictions, recommendations, ceilings } = evaluateRecommender(data, seed);
  if (values.predictions) {
    await writeFile(values.predictions, ['fold,userID,placeID,predicted,recommend', ...predictions.map((p) => `${p.fold},${p.userID},${p.placeID},${p.predicted.toFixed(6)},${p.recommend ? 1 : 0}`)].join('\n') + '\n');
  }
  if (values.recommendations) {
    await writeFile(values.recommendations, ['fold,userID,rank,placeID', ...recommendations.map((r) => `${r.fold},${r.userID},${r.rank},${r.placeID}`)].join('\n') + '\n');
  }
  process.stdout.write(values.json ? `${JSON.stringify(report)}\n` : `seed ${seed}, ${data.ratings.length} ratings, 5 folds\n${table(report)}\n\n${ceilingLines(ceilings)}\n`);
}

await main();
