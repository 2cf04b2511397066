import { defineRoute } from '../http/route';
import {
  commandAcceptedResponse, delistRestaurantBody, delistRestaurantQuery, listRestaurantBody, listRestaurantsQuery,
  restaurantPageResponse, restaurantParams, restaurantProfileResponse, updateRestaurantProfileBody,
} from './restaurantRequests';

export const listRestaurantRoute = defineRoute({
  method: 'POST', path: '/restaurants', operationId: 'listRestaurant', summary: 'List a new restaurant',
  auth: ['staff'], handler: 'restaurants/listRestaurant',
  request: { body: listRestaurantBody }, response: commandAcceptedResponse, emits: ['RestaurantListed'],
});

export const updateRestaurantProfileRoute = defineRoute({
  method: 'PATCH', path: '/restaurants/{id}', operationId: 'updateRestaurantProfile', summary: "Change a restaurant's profile",
  auth: ['staff'], handler: 'restaurants/updateRestaurantProfile',
  request: { body: updateRestaurantProfileBody, params: restaurantParams }, response: commandAcceptedResponse, emits: ['RestaurantProfileUpdated'],
});

export const delistRestaurantRoute = defineRoute({
  method: 'DELETE', path: '/restaurants/{id}', operationId: 'delistRestaurant', summary: 'Delist a restaurant',
  auth: ['staff'], handler: 'restaurants/delistRestaurant',
  request: { body: delistRestaurantBody, query: delistRestaurantQuery, params: restaurantParams }, response: commandAcceptedResponse,
  emits: ['RestaurantDelisted'],
});

export const getRestaurantRoute = defineRoute({
  method: 'GET', path: '/restaurants/{id}', operationId: 'getRestaurant', summary: "A restaurant's profile",
  auth: 'public', handler: 'restaurants/getRestaurant',
  request: { params: restaurantParams }, response: restaurantProfileResponse,
});

export const listRestaurantsByCityRoute = defineRoute({
  method: 'GET', path: '/restaurants', operationId: 'listRestaurantsByCity', summary: 'Restaurants of a city, by name, a page at a time',
  auth: 'public', handler: 'restaurants/listRestaurantsByCity',
  request: { query: listRestaurantsQuery }, response: restaurantPageResponse,
});

/** The restaurants context's routes, in the order the OpenAPI document lists them. */
export const restaurantsRoutes = [
  listRestaurantRoute, updateRestaurantProfileRoute, delistRestaurantRoute, getRestaurantRoute, listRestaurantsByCityRoute,
];
