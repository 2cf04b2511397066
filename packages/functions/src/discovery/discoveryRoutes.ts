import { defineRoute } from '../http/route';
import { recommendationsQuery, recommendationsResponse, searchRestaurantsQuery, searchRestaurantsResponse } from './discoveryRequests';

export const searchRestaurantsRoute = defineRoute({
  method: 'GET', path: '/restaurants/search', operationId: 'searchRestaurants',
  summary: 'Restaurants near a point, by cuisine, price and typo-tolerant text, with facets',
  auth: 'public', handler: 'discovery/searchRestaurants', needs: ['snapshots:read'],
  request: { query: searchRestaurantsQuery }, response: searchRestaurantsResponse,
});

export const getRecommendationsRoute = defineRoute({
  method: 'GET', path: '/me/recommendations', operationId: 'getRecommendations',
  summary: "The calling diner's recommended restaurants, each with its reasons",
  auth: ['diner'], handler: 'discovery/getRecommendations', needs: ['snapshots:read'],
  request: { query: recommendationsQuery }, response: recommendationsResponse,
});

/** The discovery context's routes, in the order the OpenAPI document lists them. */
export const discoveryRoutes = [searchRestaurantsRoute, getRecommendationsRoute];
