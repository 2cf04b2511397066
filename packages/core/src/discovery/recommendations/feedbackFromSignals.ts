import type { RecommendationSignal } from './recommendationSignalProjection';
import type { DinerPreferences, Feedback } from './recommendationInputs';
import { addFeedback, emptyRecommendationData, feedbackKey, removeFeedback, setPreferences, type RecommendationData } from './recommendationData';

type PairSignal = Exclude<RecommendationSignal, { kind: 'preferences' }>;

/**
 * The recommender's memory of the diner streams: each stream's latest signal (the projection's
 * item), which streams speak about each (diner, restaurant) pair, and the data the model trains
 * on. Updating one stream recomputes only the pairs it touched, from the signals, so any order of
 * updates that ends with the same items gives the same data as folding them at once.
 */
export interface SignalsState {
  signals: ReadonlyMap<string, RecommendationSignal>;
  streamsOfPair: ReadonlyMap<string, ReadonlySet<string>>;
  /** The catalogue is not the diners' (it comes from the search index): left empty here. */
  data: RecommendationData;
}

export const emptySignalsState = (): SignalsState => ({ signals: new Map(), streamsOfPair: new Map(), data: emptyRecommendationData() });

/** Stars without a visit: 4-5 liked (2), 3 fine (1), 1-2 disliked (0). */
export const overallOfStars = (stars: number) => (stars >= 4 ? 2 : stars === 3 ? 1 : 0);

/**
 * The diner's current opinion of a restaurant from what their streams say now: the latest live
 * visit (by visit date, then by when it was last changed) gives the score and factors, the live
 * rating (else the latest review) its stars; stars alone score by `overallOfStars`.
 */
export function feedbackOf(signals: readonly PairSignal[]): Feedback | undefined {
  const latest = <T extends PairSignal>(kind: T['kind']) =>
    (signals.filter((s) => s.kind === kind) as T[]).sort((a, b) => b.at.localeCompare(a.at))[0];
  const visit = (signals.filter((s) => s.kind === 'visit') as Extract<PairSignal, { kind: 'visit' }>[])
    .sort((a, b) => b.visitedOn.localeCompare(a.visitedOn) || b.at.localeCompare(a.at))[0];
  const stars = latest<Extract<PairSignal, { kind: 'rating' }>>('rating') ?? latest<Extract<PairSignal, { kind: 'review' }>>('review');
  const any = visit ?? stars;
  if (!any) return undefined;
  const at = [visit?.at, stars?.at].filter((t): t is string => !!t).sort().at(-1)!;
  return {
    dinerId: any.diner, restaurantId: any.restaurant, at,
    overall: visit ? visit.overall : overallOfStars(stars!.stars),
    ...(visit && Object.keys(visit.factors).length ? { factors: { ...visit.factors } } : {}),
    ...(stars ? { stars: stars.stars } : {}),
  };
}

const preferencesOf = (s: Extract<RecommendationSignal, { kind: 'preferences' }>): DinerPreferences =>
  ({ dinerId: s.diner, cuisines: s.cuisines, ...(s.homeLocation ? { homeLocation: s.homeLocation } : {}) });

const pairOf = (s: RecommendationSignal) => (s.kind === 'preferences' ? undefined : feedbackKey(s.diner, s.restaurant));

/** Puts one stream's signal (null: it says nothing any more, e.g. a deleted visit) into the state. */
export function applySignal(state: SignalsState, stream: string, signal: RecommendationSignal | null): SignalsState {
  const before = state.signals.get(stream);
  const signals = new Map(state.signals);
  if (signal) signals.set(stream, signal); else signals.delete(stream);
  const streamsOfPair = new Map(state.streamsOfPair);
  const oldPair = before && pairOf(before);
  const newPair = signal ? pairOf(signal) : undefined;
  if (oldPair && oldPair !== newPair) {
    const rest = new Set(streamsOfPair.get(oldPair)); rest.delete(stream);
    if (rest.size) streamsOfPair.set(oldPair, rest); else streamsOfPair.delete(oldPair);
  }
  if (newPair) streamsOfPair.set(newPair, new Set(streamsOfPair.get(newPair)).add(stream));

  let data = state.data;
  for (const s of [before, signal]) {
    if (!s) continue;
    if (s.kind === 'preferences') continue;
    const key = feedbackKey(s.diner, s.restaurant);
    const feedback = feedbackOf([...(streamsOfPair.get(key) ?? [])].map((id) => signals.get(id) as PairSignal));
    data = feedback ? addFeedback(data, feedback) : removeFeedback(data, s.diner, s.restaurant);
  }
  if (signal?.kind === 'preferences') {
    data = setPreferences(data, preferencesOf(signal));
  }
  return { signals, streamsOfPair, data };
}

/** Folds a set of stream items at once: a rebuild (the same data as applying them one by one, in any order). */
export function signalsStateOf(items: Iterable<[string, RecommendationSignal]>): SignalsState {
  const signals = new Map(items);
  const streamsOfPair = new Map<string, Set<string>>();
  const feedback = new Map<string, Feedback>();
  const preferences = new Map<string, DinerPreferences>();
  for (const [stream, s] of signals) {
    const key = pairOf(s);
    if (key) streamsOfPair.set(key, (streamsOfPair.get(key) ?? new Set()).add(stream));
    else if (s.kind === 'preferences') preferences.set(s.diner, preferencesOf(s));
  }
  for (const [key, streams] of streamsOfPair) {
    const f = feedbackOf([...streams].map((id) => signals.get(id) as PairSignal));
    if (f) feedback.set(key, f);
  }
  return { signals, streamsOfPair, data: { ...emptyRecommendationData(), feedback, preferences } };
}
