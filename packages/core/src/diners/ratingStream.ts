import { derivedId } from './derivedId';

/**
 * The one stream of a diner's rating of a restaurant, derived from both: a second PUT lands on
 * the same stream, which is what keeps one live rating per pair without any cross-stream check.
 */
export function ratingStreamFor(dinerStream: string, restaurantStream: string): string {
  return `rating-${derivedId(['rating', dinerStream, restaurantStream])}`;
}
