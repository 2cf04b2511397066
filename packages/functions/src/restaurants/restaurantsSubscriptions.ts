import { restaurantContactsProjection, restaurantProfileProjection, restaurantsByCityProjection } from '@forkcast/core';
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
];
