import { describe, expect, it } from 'vitest';
import { routes } from '@forkcast/functions';
import { createRouteMatcher } from './matchRoute';

describe('route precedence over the real route table', () => {
  const match = createRouteMatcher(routes);

  it('sends GET /restaurants/search to the search, not to GET /restaurants/{id}', () => {
    expect(match('GET', '/restaurants/search')).toMatchObject({ kind: 'matched', route: { operationId: 'searchRestaurants' }, pathParameters: {} });
  });

  it('still sends any other id to the profile', () => {
    expect(match('GET', '/restaurants/restaurant-01J0000000000000000000000')).toMatchObject({ kind: 'matched', route: { operationId: 'getRestaurant' } });
  });
});
