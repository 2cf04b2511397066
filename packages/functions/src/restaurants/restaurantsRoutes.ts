import { commandNeeds } from '../app/handlerNeeds';
import { defineRoute } from '../http/route';
import {
  addRestaurantContactBody, correctRestaurantContactBody, restaurantContactParams, restaurantContactsResponse,
  commandAcceptedResponse, delistRestaurantBody, delistRestaurantQuery, listRestaurantBody, listRestaurantsQuery,
  restaurantPageResponse, restaurantParams, restaurantProfileResponse, updateRestaurantProfileBody,
} from './restaurantRequests';

export const listRestaurantRoute = defineRoute({
  method: 'POST', path: '/restaurants', operationId: 'listRestaurant', summary: 'List a new restaurant',
  auth: ['staff'], handler: 'restaurants/listRestaurant', needs: commandNeeds,
  request: { body: listRestaurantBody }, response: commandAcceptedResponse, emits: ['RestaurantListed'],
});

export const updateRestaurantProfileRoute = defineRoute({
  method: 'PATCH', path: '/restaurants/{id}', operationId: 'updateRestaurantProfile', summary: "Change a restaurant's profile",
  auth: ['staff'], handler: 'restaurants/updateRestaurantProfile', needs: commandNeeds,
  request: { body: updateRestaurantProfileBody, params: restaurantParams }, response: commandAcceptedResponse, emits: ['RestaurantProfileUpdated'],
});

export const delistRestaurantRoute = defineRoute({
  method: 'DELETE', path: '/restaurants/{id}', operationId: 'delistRestaurant', summary: 'Delist a restaurant',
  auth: ['staff'], handler: 'restaurants/delistRestaurant', needs: commandNeeds,
  request: { body: delistRestaurantBody, query: delistRestaurantQuery, params: restaurantParams }, response: commandAcceptedResponse,
  emits: ['RestaurantDelisted'],
});

export const getRestaurantRoute = defineRoute({
  method: 'GET', path: '/restaurants/{id}', operationId: 'getRestaurant', summary: "A restaurant's profile",
  auth: 'public', handler: 'restaurants/getRestaurant', needs: ['views:read'],
  request: { params: restaurantParams }, response: restaurantProfileResponse,
});

export const listRestaurantsByCityRoute = defineRoute({
  method: 'GET', path: '/restaurants', operationId: 'listRestaurantsByCity', summary: 'Restaurants of a city, by name, a page at a time',
  auth: 'public', handler: 'restaurants/listRestaurantsByCity', needs: ['views:read'],
  request: { query: listRestaurantsQuery }, response: restaurantPageResponse,
});

export const addRestaurantContactRoute = defineRoute({
  method: 'POST', path: '/restaurants/{id}/contacts', operationId: 'addRestaurantContact', summary: 'Add whom to write to at a restaurant',
  auth: ['staff'], handler: 'restaurants/addRestaurantContact', needs: commandNeeds,
  request: { body: addRestaurantContactBody, params: restaurantParams }, response: commandAcceptedResponse,
  emits: ['RestaurantContactAdded'],
});

export const correctRestaurantContactRoute = defineRoute({
  method: 'PATCH', path: '/restaurants/{id}/contacts/{contactId}', operationId: 'correctRestaurantContact', summary: "Correct a restaurant's contact",
  auth: ['staff'], handler: 'restaurants/correctRestaurantContact', needs: commandNeeds,
  request: { body: correctRestaurantContactBody, params: restaurantContactParams }, response: commandAcceptedResponse,
  emits: ['RestaurantContactCorrected'],
});

export const listRestaurantContactsRoute = defineRoute({
  method: 'GET', path: '/restaurants/{id}/contacts', operationId: 'listRestaurantContacts', summary: "A restaurant's contacts (staff)",
  auth: ['staff'], handler: 'restaurants/listRestaurantContacts', needs: ['views:read'],
  request: { params: restaurantParams }, response: restaurantContactsResponse,
});

/** The restaurants context's routes, in the order the OpenAPI document lists them. */
export const restaurantsRoutes = [
  listRestaurantRoute, updateRestaurantProfileRoute, delistRestaurantRoute, getRestaurantRoute, listRestaurantsByCityRoute,
  addRestaurantContactRoute, correctRestaurantContactRoute, listRestaurantContactsRoute,
];
