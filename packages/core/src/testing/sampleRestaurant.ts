import type { RestaurantListedData } from '@forkcast/events';

/** A valid RestaurantListed payload for tests; override any field. */
export function sampleRestaurant(overrides: Partial<RestaurantListedData> = {}): RestaurantListedData {
  return {
    name: 'Le Petit Souffle',
    location: { lat: 14.565443, lon: 121.027535 },
    address: 'Third Floor, Century City Mall, Kalayaan Avenue, Poblacion, Makati City',
    city: 'Makati City',
    locality: 'Century City Mall, Poblacion, Makati City',
    cuisines: ['French', 'Japanese', 'Desserts'],
    priceRange: 3,
    source: 'zomato',
    externalId: '6317637',
    averageCostForTwo: { amount: 1100, currency: 'Botswana Pula(P)' },
    hasTableBooking: true,
    hasOnlineDelivery: false,
    sourceRating: { aggregate: 4.8, votes: 314 },
    ...overrides,
  };
}
