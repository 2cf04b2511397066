import { DomainForbiddenError } from '../commands/commandErrors';
import type { RestaurantOwner } from './restaurantState';

/** Staff act as `staff:<sub>`; a diner stream never has this prefix (dinerStream.ts). */
export const staffActing = (sub: string): string => `staff:${sub}`;
export const isStaffActing = (by: string): boolean => by.startsWith('staff:');

/** Only the restaurant's verified owner or staff act for it; anyone else is refused (403). */
export function mustActFor(owner: RestaurantOwner | undefined, by: string): void {
  if (isStaffActing(by) || (owner !== undefined && owner.diner === by)) return;
  throw new DomainForbiddenError('not-restaurant-owner', "only the restaurant's owner or staff may do this");
}
