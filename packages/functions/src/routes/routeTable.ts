import type { Route } from './route';
import {
  commandAcceptedResponse, delistRestaurantBody, delistRestaurantQuery, listRestaurantBody, listRestaurantsQuery,
  restaurantPageResponse, restaurantParams, restaurantProfileResponse, updateRestaurantProfileBody,
} from '../restaurants/restaurantRequests';
import { createImportBody, createImportResponse, importParams, importStatusResponse } from '../imports/importRequests';

/**
 * Every HTTP route of Forkcast, and the only place one is declared: the local gateway, the OpenAPI
 * document and the Api stack are generated from this table. Handlers load lazily.
 */
export const routes: Route[] = [
  {
    method: 'POST', path: '/restaurants', operationId: 'listRestaurant', summary: 'List a new restaurant',
    auth: ['staff'], handler: { module: 'restaurants/listRestaurant', export: 'handler' },
    load: async () => (await import('../restaurants/listRestaurant')).handler,
    request: { body: listRestaurantBody }, response: commandAcceptedResponse,
  },
  {
    method: 'PATCH', path: '/restaurants/{id}', operationId: 'updateRestaurantProfile', summary: "Change a restaurant's profile",
    auth: ['staff'], handler: { module: 'restaurants/updateRestaurantProfile', export: 'handler' },
    load: async () => (await import('../restaurants/updateRestaurantProfile')).handler,
    request: { body: updateRestaurantProfileBody, params: restaurantParams }, response: commandAcceptedResponse,
  },
  {
    method: 'DELETE', path: '/restaurants/{id}', operationId: 'delistRestaurant', summary: 'Delist a restaurant',
    auth: ['staff'], handler: { module: 'restaurants/delistRestaurant', export: 'handler' },
    load: async () => (await import('../restaurants/delistRestaurant')).handler,
    request: { body: delistRestaurantBody, query: delistRestaurantQuery, params: restaurantParams }, response: commandAcceptedResponse,
  },
  {
    method: 'GET', path: '/restaurants/{id}', operationId: 'getRestaurant', summary: "A restaurant's profile",
    auth: 'public', handler: { module: 'restaurants/getRestaurant', export: 'handler' },
    load: async () => (await import('../restaurants/getRestaurant')).handler,
    request: { params: restaurantParams }, response: restaurantProfileResponse,
  },
  {
    method: 'GET', path: '/restaurants', operationId: 'listRestaurantsByCity', summary: 'Restaurants of a city, by name, a page at a time',
    auth: 'public', handler: { module: 'restaurants/listRestaurantsByCity', export: 'handler' },
    load: async () => (await import('../restaurants/listRestaurantsByCity')).handler,
    request: { query: listRestaurantsQuery }, response: restaurantPageResponse,
  },
  {
    method: 'POST', path: '/imports', operationId: 'createImport', summary: 'Start an import: returns where to upload the CSV',
    auth: ['staff'], handler: { module: 'imports/createImport', export: 'handler' },
    load: async () => (await import('../imports/createImport')).handler,
    request: { body: createImportBody }, response: createImportResponse,
  },
  {
    method: 'GET', path: '/imports/{id}', operationId: 'getImport', summary: "An import's status, counts and per-row report",
    auth: ['staff'], handler: { module: 'imports/getImport', export: 'handler' },
    load: async () => (await import('../imports/getImport')).handler,
    request: { params: importParams }, response: importStatusResponse,
  },
];
