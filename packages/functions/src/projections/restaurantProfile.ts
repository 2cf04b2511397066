import { restaurantProfileProjection } from '@forkcast/core';
import { projectionHandler } from './projectionHandler';

/** EventBridge target: keeps the restaurant profile view (GET /restaurants/{id}). */
export const handler = projectionHandler(restaurantProfileProjection);
