import type { RecommendationData } from './recommendationData';
import { factorNames, type FactorName, type Feedback } from './recommendationInputs';

/** Regularisation and neighbourhood sizes; the defaults are the ones the offline evaluation reports. */
export interface RecommenderOptions {
  /** Shrinks a restaurant's bias towards 0 until it has about this many ratings. */
  itemBiasShrinkage: number;
  /** Same for a diner's bias. */
  userBiasShrinkage: number;
  /** Shrinks an item-item similarity by n / (n + this), n the co-raters. */
  similarityShrinkage: number;
  /** How many of the diner's most similar rated restaurants inform a prediction. */
  neighbours: number;
  /** Rating points added per matching stated or learned cuisine (at most one match counted). */
  cuisineWeight: number;
  /** The share of disliked (0) ratings the calibrated "would recommend" threshold may let through in training. */
  targetFalsePositiveRate: number;
}

export const defaultRecommenderOptions: RecommenderOptions = {
  itemBiasShrinkage: 8,
  userBiasShrinkage: 1,
  similarityShrinkage: 8,
  neighbours: 30,
  cuisineWeight: 0.1,
  targetFalsePositiveRate: 0.06,
};

export interface Neighbour {
  restaurantId: string;
  similarity: number;
}

/**
 * A trained model: baseline biases, item-item neighbours over baseline residuals, factor profiles
 * per restaurant, the cuisines each diner liked, and the "would recommend" threshold. Derived only
 * from `RecommendationData`, so it is rebuilt, never migrated.
 */
export interface RecommenderModel {
  options: RecommenderOptions;
  data: RecommendationData;
  globalMean: number;
  userBias: ReadonlyMap<string, number>;
  itemBias: ReadonlyMap<string, number>;
  /** Diner id to their feedback by restaurant id. */
  byUser: ReadonlyMap<string, ReadonlyMap<string, Feedback>>;
  ratingCount: ReadonlyMap<string, number>;
  neighbours: ReadonlyMap<string, readonly Neighbour[]>;
  /** Mean factor score per restaurant, shrunk to the global factor mean. */
  factorProfile: ReadonlyMap<string, Partial<Record<FactorName, number>>>;
  /** Implicit item-item similarity: cosine of "rated by the same diners", weighted by how much they liked both. */
  coVisits: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Cuisines of the restaurants a diner rated 2. */
  likedCuisines: ReadonlyMap<string, ReadonlySet<string>>;
  /** How many of a diner's / a restaurant's ratings were 0, 1 and 2 (overall rounded). */
  userScores: ReadonlyMap<string, readonly [number, number, number]>;
  itemScores: ReadonlyMap<string, readonly [number, number, number]>;
  /** Share of all ratings that were 0, 1 and 2: the prior of every diner and restaurant. */
  scoreShares: readonly [number, number, number];
  /** A `recommendScore` at or above this is a "would recommend". */
  recommendThreshold: number;
}

const iterations = 8;

function groupByUser(feedback: Iterable<Feedback>): Map<string, Map<string, Feedback>> {
  const byUser = new Map<string, Map<string, Feedback>>();
  for (const f of feedback) {
    let items = byUser.get(f.dinerId);
    if (!items) byUser.set(f.dinerId, (items = new Map()));
    items.set(f.restaurantId, f);
  }
  return byUser;
}

/** Alternating regularised means: the biases of mu + b_u + b_i that fit the ratings. */
function fitBiases(rows: readonly Feedback[], mean: number, options: RecommenderOptions) {
  const userBias = new Map<string, number>();
  const itemBias = new Map<string, number>();
  for (let step = 0; step < iterations; step++) {
    const itemSum = new Map<string, [number, number]>();
    for (const f of rows) {
      const s = itemSum.get(f.restaurantId) ?? [0, 0];
      s[0] += f.overall - mean - (userBias.get(f.dinerId) ?? 0);
      s[1] += 1;
      itemSum.set(f.restaurantId, s);
    }
    for (const [id, [sum, n]] of itemSum) itemBias.set(id, sum / (n + options.itemBiasShrinkage));
    const userSum = new Map<string, [number, number]>();
    for (const f of rows) {
      const s = userSum.get(f.dinerId) ?? [0, 0];
      s[0] += f.overall - mean - (itemBias.get(f.restaurantId) ?? 0);
      s[1] += 1;
      userSum.set(f.dinerId, s);
    }
    for (const [id, [sum, n]] of userSum) userBias.set(id, sum / (n + options.userBiasShrinkage));
  }
  return { userBias, itemBias };
}

/** Shrunk cosine similarity of baseline residuals between every pair of co-rated restaurants. */
function itemNeighbours(byUser: Map<string, Map<string, Feedback>>, residual: (f: Feedback) => number, options: RecommenderOptions) {
  const dot = new Map<string, Map<string, number>>();
  const count = new Map<string, Map<string, number>>();
  const norm = new Map<string, number>();
  const add = (m: Map<string, Map<string, number>>, a: string, b: string, v: number) => {
    let row = m.get(a);
    if (!row) m.set(a, (row = new Map()));
    row.set(b, (row.get(b) ?? 0) + v);
  };
  for (const items of byUser.values()) {
    const rated = [...items.values()].map((f) => [f.restaurantId, residual(f)] as const);
    for (const [i, ri] of rated) {
      norm.set(i, (norm.get(i) ?? 0) + ri * ri);
      for (const [j, rj] of rated) {
        if (i === j) continue;
        add(dot, i, j, ri * rj);
        add(count, i, j, 1);
      }
    }
  }
  const neighbours = new Map<string, Neighbour[]>();
  for (const [i, row] of dot) {
    const list: Neighbour[] = [];
    for (const [j, d] of row) {
      const denominator = Math.sqrt((norm.get(i) ?? 0) * (norm.get(j) ?? 0));
      if (denominator === 0) continue;
      const n = count.get(i)!.get(j)!;
      list.push({ restaurantId: j, similarity: (d / denominator) * (n / (n + options.similarityShrinkage)) });
    }
    neighbours.set(i, list.sort((a, b) => b.similarity - a.similarity));
  }
  return neighbours;
}

/** How often two restaurants were rated by one diner (liked ones count more), over sqrt(n_i n_j). */
function coVisitsOf(byUser: Map<string, Map<string, Feedback>>, ratingCount: Map<string, number>) {
  const co = new Map<string, Map<string, number>>();
  for (const items of byUser.values()) {
    const rated = [...items.values()];
    for (const a of rated) {
      let row = co.get(a.restaurantId);
      if (!row) co.set(a.restaurantId, (row = new Map()));
      for (const b of rated) if (a !== b) row.set(b.restaurantId, (row.get(b.restaurantId) ?? 0) + (1 + a.overall) * (1 + b.overall));
    }
  }
  for (const [i, row] of co) for (const [j, v] of row) row.set(j, v / Math.sqrt(ratingCount.get(i)! * ratingCount.get(j)!));
  return co;
}

function factorProfiles(rows: readonly Feedback[]) {
  const shrink = 3;
  const global: Partial<Record<FactorName, [number, number]>> = {};
  const per = new Map<string, Partial<Record<FactorName, [number, number]>>>();
  for (const f of rows) {
    for (const name of factorNames) {
      const v = f.factors?.[name];
      if (v === undefined) continue;
      const g = (global[name] ??= [0, 0]);
      g[0] += v; g[1] += 1;
      let p = per.get(f.restaurantId);
      if (!p) per.set(f.restaurantId, (p = {}));
      const s = (p[name] ??= [0, 0]);
      s[0] += v; s[1] += 1;
    }
  }
  const profiles = new Map<string, Partial<Record<FactorName, number>>>();
  for (const [id, p] of per) {
    const profile: Partial<Record<FactorName, number>> = {};
    for (const name of factorNames) {
      const s = p[name];
      const g = global[name];
      if (!s || !g) continue;
      profile[name] = (s[0] + shrink * (g[0] / g[1])) / (s[1] + shrink);
    }
    profiles.set(id, profile);
  }
  return profiles;
}

function likedCuisinesOf(byUser: Map<string, Map<string, Feedback>>, data: RecommendationData) {
  const liked = new Map<string, Set<string>>();
  for (const [user, items] of byUser) {
    const set = new Set<string>();
    for (const f of items.values()) if (f.overall >= 2) for (const c of data.restaurants.get(f.restaurantId)?.cuisines ?? []) set.add(c);
    liked.set(user, set);
  }
  return liked;
}

/** Trains the model from what the log says; `recommendThreshold` is calibrated separately (calibrateThreshold). */
export function fitRecommender(data: RecommendationData, options: RecommenderOptions = defaultRecommenderOptions): RecommenderModel {
  const rows = [...data.feedback.values()];
  const globalMean = rows.length ? rows.reduce((s, f) => s + f.overall, 0) / rows.length : 1;
  const { userBias, itemBias } = fitBiases(rows, globalMean, options);
  const byUser = groupByUser(rows);
  const baseline = (f: Feedback) => globalMean + (userBias.get(f.dinerId) ?? 0) + (itemBias.get(f.restaurantId) ?? 0);
  const ratingCount = new Map<string, number>();
  for (const f of rows) ratingCount.set(f.restaurantId, (ratingCount.get(f.restaurantId) ?? 0) + 1);
  const tally = (m: Map<string, [number, number, number]>, key: string, f: Feedback) => {
    const t = m.get(key) ?? [0, 0, 0];
    t[Math.max(0, Math.min(2, Math.round(f.overall)))]++;
    m.set(key, t);
  };
  const userScores = new Map<string, [number, number, number]>();
  const itemScores = new Map<string, [number, number, number]>();
  const all: [number, number, number] = [0, 0, 0];
  for (const f of rows) { tally(userScores, f.dinerId, f); tally(itemScores, f.restaurantId, f); all[Math.max(0, Math.min(2, Math.round(f.overall)))]++; }
  const total = Math.max(1, rows.length);
  return {
    options, data, globalMean, userBias, itemBias, byUser, ratingCount,
    neighbours: itemNeighbours(byUser, (f) => f.overall - baseline(f), options),
    coVisits: coVisitsOf(byUser, ratingCount),
    factorProfile: factorProfiles(rows),
    likedCuisines: likedCuisinesOf(byUser, data),
    userScores, itemScores, scoreShares: [all[0] / total, all[1] / total, all[2] / total],
    recommendThreshold: 1.5,
  };
}
