import { commandNeeds } from '../app/handlerNeeds';
import { defineRoute } from '../http/route';
import {
  addRestaurantContactBody, correctRestaurantContactBody, restaurantContactParams, restaurantContactsResponse,
  commandAcceptedResponse, delistRestaurantBody, delistRestaurantQuery, listRestaurantBody, listRestaurantsQuery,
  restaurantPageResponse, restaurantParams, restaurantProfileResponse, updateRestaurantProfileBody,
  myRestaurantsQuery, ownedRestaurantsResponse, postSpecialBody, restaurantSpecialsResponse, specialParams, staleSpecialsResponse,
} from './restaurantRequests';

/**
 * Routes an owner uses: any signed-in caller gets past the role check, and the decider lets only
 * the restaurant's verified owner (a RestaurantClaimed on its stream) or staff through (403).
 * Staff first, so a staff member who is also a diner acts as staff.
 */
const ownerOrStaff: ['staff', 'owner', 'diner'] = ['staff', 'owner', 'diner'];

export const listRestaurantRoute = defineRoute({
  method: 'POST', path: '/restaurants', operationId: 'listRestaurant', summary: 'List a new restaurant',
  auth: ['staff'], handler: 'restaurants/listRestaurant', needs: commandNeeds,
  request: { body: listRestaurantBody }, response: commandAcceptedResponse,
});

export const updateRestaurantProfileRoute = defineRoute({
  method: 'PATCH', path: '/restaurants/{id}', operationId: 'updateRestaurantProfile', summary: "Change a restaurant's profile (owners: menu link, hours, description, photos)",
  auth: ownerOrStaff, handler: 'restaurants/updateRestaurantProfile', needs: commandNeeds,
  request: { body: updateRestaurantProfileBody, params: restaurantParams }, response: commandAcceptedResponse,
});

export const delistRestaurantRoute = defineRoute({
  method: 'DELETE', path: '/restaurants/{id}', operationId: 'delistRestaurant', summary: 'Delist a restaurant',
  auth: ['staff'], handler: 'restaurants/delistRestaurant', needs: commandNeeds,
  request: { body: delistRestaurantBody, query: delistRestaurantQuery, params: restaurantParams }, response: commandAcceptedResponse,
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
});

export const correctRestaurantContactRoute = defineRoute({
  method: 'PATCH', path: '/restaurants/{id}/contacts/{contactId}', operationId: 'correctRestaurantContact', summary: "Correct a restaurant's contact",
  auth: ['staff'], handler: 'restaurants/correctRestaurantContact', needs: commandNeeds,
  request: { body: correctRestaurantContactBody, params: restaurantContactParams }, response: commandAcceptedResponse,
});

export const listRestaurantContactsRoute = defineRoute({
  method: 'GET', path: '/restaurants/{id}/contacts', operationId: 'listRestaurantContacts', summary: "A restaurant's contacts (staff)",
  auth: ['staff'], handler: 'restaurants/listRestaurantContacts', needs: ['views:read'],
  request: { params: restaurantParams }, response: restaurantContactsResponse,
});

export const postSpecialRoute = defineRoute({
  method: 'POST', path: '/restaurants/{id}/specials', operationId: 'postSpecial', summary: 'Post a special (owner or staff)',
  auth: ownerOrStaff, handler: 'restaurants/postSpecial', needs: commandNeeds,
  request: { body: postSpecialBody, params: restaurantParams }, response: commandAcceptedResponse,
});

export const withdrawSpecialRoute = defineRoute({
  method: 'DELETE', path: '/restaurants/{id}/specials/{specialId}', operationId: 'withdrawSpecial', summary: 'Withdraw a special (owner or staff)',
  auth: ownerOrStaff, handler: 'restaurants/withdrawSpecial', needs: commandNeeds,
  request: { params: specialParams }, response: commandAcceptedResponse,
});

export const listSpecialsRoute = defineRoute({
  method: 'GET', path: '/restaurants/{id}/specials', operationId: 'listSpecials', summary: "A restaurant's current specials",
  auth: 'public', handler: 'restaurants/listSpecials', needs: ['views:read'],
  request: { params: restaurantParams }, response: restaurantSpecialsResponse,
});

export const listMyRestaurantsRoute = defineRoute({
  method: 'GET', path: '/me/restaurants', operationId: 'listMyRestaurants', summary: 'The restaurants the caller owns',
  auth: ['owner', 'diner', 'staff'], handler: 'restaurants/listMyRestaurants', needs: ['views:read'],
  request: { query: myRestaurantsQuery }, response: ownedRestaurantsResponse,
});

export const listStaleSpecialsRoute = defineRoute({
  method: 'GET', path: '/specials/stale', operationId: 'listStaleSpecials', summary: 'Owned restaurants whose specials have not been updated for the freshness period (staff)',
  auth: ['staff'], handler: 'restaurants/listStaleSpecials', needs: ['views:read'],
  response: staleSpecialsResponse,
});

/** The restaurants context's routes, in the order the OpenAPI document lists them. */
export const restaurantsRoutes = [
  listRestaurantRoute, updateRestaurantProfileRoute, delistRestaurantRoute, getRestaurantRoute, listRestaurantsByCityRoute,
  addRestaurantContactRoute, correctRestaurantContactRoute, listRestaurantContactsRoute,
  postSpecialRoute, withdrawSpecialRoute, listSpecialsRoute, listMyRestaurantsRoute, listStaleSpecialsRoute,
];
