import { ownedRestaurantsProjection, restaurantContactsProjection, restaurantProfileProjection, restaurantsByCityProjection, restaurantSpecialsProjection } from '@forkcast/core';
import { subscribeProjection } from '../subscriptions/subscribe';

/** The restaurants context's bus subscriptions; each pattern is derived from what its projection handles. */
export const restaurantsSubscriptions = [
  subscribeProjection({
    id: 'restaurant-profile',
    description: 'Keeps the restaurant profile view (GET /restaurants/{id}) up to date.',
    projection: restaurantProfileProjection,
    handler: 'restaurants/projectRestaurantProfile',
  }),
  subscribeProjection({
    id: 'restaurants-by-city',
    description: 'Keeps the list of listed restaurants by city (GET /restaurants?city=) up to date.',
    projection: restaurantsByCityProjection,
    handler: 'restaurants/projectRestaurantsByCity',
  }),
  subscribeProjection({
    id: 'restaurant-contacts',
    description: "Keeps each restaurant's contacts view (GET /restaurants/{id}/contacts, staff only) up to date.",
    projection: restaurantContactsProjection,
    handler: 'restaurants/projectRestaurantContacts',
  }),
  subscribeProjection({
    id: 'owned-restaurants',
    description: 'Keeps the restaurants each owner owns (GET /me/restaurants) up to date.',
    projection: ownedRestaurantsProjection,
    handler: 'restaurants/projectOwnedRestaurants',
  }),
  subscribeProjection({
    id: 'restaurant-specials',
    description: "Keeps each restaurant's specials and their freshness (GET /restaurants/{id}/specials, GET /specials/stale) up to date.",
    projection: restaurantSpecialsProjection,
    handler: 'restaurants/projectRestaurantSpecials',
  }),
];
