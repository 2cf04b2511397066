import { recommendationDataOf, recommendRestaurants, trainRecommender, type RecommendationSignalsStore, type RecommenderModel } from '@forkcast/core';
import type { SearchIndexStore } from '@forkcast/core/searchIndex';
import { awsRecommendationSignals, awsSearchIndex } from '../app/aws/awsDiscovery';
import { onAws } from '../app/onAws';
import { callerDiner } from '../diners/callerDiner';
import { httpHandler } from '../http/httpHandler';
import { jsonResponse } from '../http/responses';
import { getRecommendationsRoute } from './discoveryRoutes';

/** Candidates farther than this from the diner are not offered. */
const maxDistanceKm = 25;

/**
 * GET /me/recommendations (diner): the caller's next places with reasons. The model is retrained
 * only when what it learns from changed (a new signals object or index revision); the memo lives
 * in this built handler, not in the module.
 */
export const build = (deps: { searchIndex: SearchIndexStore; recommendationSignals: RecommendationSignalsStore }) => {
  let trained: { key: [unknown, unknown, number]; model: RecommenderModel } | undefined;
  return httpHandler(getRecommendationsRoute, async (request) => {
    // Feedback is keyed by diner stream, derived from the token exactly as the diners context does.
    const dinerId = callerDiner(request).stream;
    const [index, signals] = await Promise.all([deps.searchIndex.current(), deps.recommendationSignals.current()]);
    if (!trained || trained.key[0] !== index || trained.key[1] !== signals || trained.key[2] !== index.revision) {
      const restaurants = [...index.documents()].map((d) => ({ id: d.id, name: d.name, cuisines: d.cuisines, location: d.location, priceRange: d.priceRange }));
      const data = recommendationDataOf({ feedback: signals.feedback.values(), preferences: signals.preferences.values(), restaurants });
      trained = { key: [index, signals, index.revision], model: trainRecommender(data) };
    }
    const { lat, lon, limit } = request.query;
    const near = lat !== undefined && lon !== undefined ? { lat, lon } : undefined;
    const picks = recommendRestaurants(trained.model, { dinerId, limit, maxDistanceKm, ...(near ? { near } : {}) });
    const items = picks.map((p) => {
      const r = trained!.model.data.restaurants.get(p.restaurantId)!;
      return {
        id: r.id, name: r.name, cuisines: r.cuisines, priceRange: r.priceRange, predictedRating: p.predictedRating, reasons: p.reasons, featured: p.featured,
        ...(p.distanceKm !== undefined ? { distanceKm: p.distanceKm } : {}),
      };
    });
    return jsonResponse(200, { items });
  });
};
export const handler = onAws(() => build({ searchIndex: awsSearchIndex(), recommendationSignals: awsRecommendationSignals() }));
