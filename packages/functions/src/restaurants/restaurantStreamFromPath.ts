import { isRestaurantStream } from '@forkcast/core';
import { notFound } from '../http/httpProblem';

/** The stream a `/restaurants/{id}` path names; ids we could never have issued are simply not found. */
export function restaurantStreamFromPath(id: string): string {
  if (!isRestaurantStream(id)) throw notFound(`There is no restaurant ${id}.`);
  return id;
}
