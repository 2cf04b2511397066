import { restaurantsByCityProjection } from '@forkcast/core';
import { projectionHandler } from './projectionHandler';

/** EventBridge target: keeps the list of listed restaurants by city (GET /restaurants?city=). */
export const handler = projectionHandler(restaurantsByCityProjection);
