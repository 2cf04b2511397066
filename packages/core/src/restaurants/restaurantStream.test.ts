import { describe, expect, it } from 'vitest';
import { isRestaurantStream, newRestaurantStream, restaurantStreamFor } from './restaurantStream';

describe('restaurant stream ids', () => {
  it('derives the same id for the same source record, another for another', () => {
    const a = restaurantStreamFor('zomato', '6317637');
    expect(restaurantStreamFor(' Zomato ', '6317637 ')).toBe(a);
    expect(restaurantStreamFor('zomato', '6317638')).not.toBe(a);
    expect(restaurantStreamFor('yelp', '6317637')).not.toBe(a);
  });

  it('shapes derived and fresh ids alike', () => {
    const derived = Array.from({ length: 500 }, (_, i) => restaurantStreamFor('zomato', String(i)));
    expect(new Set(derived).size).toBe(500);
    for (const id of [...derived, newRestaurantStream()]) expect(isRestaurantStream(id), id).toBe(true);
    expect(isRestaurantStream('restaurant-8ZZZZZZZZZZZZZZZZZZZZZZZZZ')).toBe(false);
    expect(isRestaurantStream('review-01J0000000000000000000000')).toBe(false);
  });
});
