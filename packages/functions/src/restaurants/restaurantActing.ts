import { dinerStreamFor, staffActing, type RestaurantActing } from '@forkcast/core';
import type { HttpRequest } from '../http/httpRequest';
import { unauthorized } from '../http/httpProblem';

/**
 * Who the caller acts as for a restaurant, from the verified token only: staff as `staff:<sub>`,
 * anyone else as their diner stream (the decider then checks it is the owner's).
 */
export function restaurantActing(request: HttpRequest<unknown, unknown, unknown>): RestaurantActing {
  if (!request.actor) throw unauthorized('A bearer token is required.');
  return request.actor.role === 'staff' ? staffActing(request.actor.id) : dinerStreamFor(request.actor.id);
}
