import type { RestaurantEventEnvelope, RestaurantListedData } from '@forkcast/events';
import type { Projection } from '../../projections/projection';
import { applyProfileChanges } from '../restaurantState';
import { cityKey } from './cityKey';

/** A row of GET /restaurants?city=...: what a list shows, not the whole profile. */
export type RestaurantSummary = Pick<RestaurantListedData,
  'name' | 'city' | 'locality' | 'cuisines' | 'priceRange' | 'location' | 'averageCostForTwo' | 'sourceRating'> & { id: string };

function summary(id: string, p: RestaurantListedData): RestaurantSummary {
  const { name, city, locality, cuisines, priceRange, location, averageCostForTwo, sourceRating } = p;
  return { id, name, city, locality, cuisines, priceRange, location, averageCostForTwo, sourceRating };
}

function evolve(view: RestaurantSummary | null, event: RestaurantEventEnvelope): RestaurantSummary | null {
  switch (event.type) {
    case 'RestaurantListed':
      return summary(event.stream, event.data);
    case 'RestaurantProfileUpdated': {
      if (!view) return null;
      const { id, ...current } = view;
      return summary(id, applyProfileChanges(current as RestaurantListedData, event.data));
    }
    case 'RestaurantDelisted':
      return null;
    case 'RestaurantContactAdded':
    case 'RestaurantContactCorrected':
    case 'RestaurantClaimed':
    case 'SpecialPosted':
    case 'SpecialWithdrawn':
    case 'SpecialsReminderSent':
      // Contacts are personal data for staff, never part of a public view.
      return view;
  }
}

/** Listed restaurants indexed by normalised city, sorted by name; delisted ones drop out. */
export const restaurantsByCityProjection: Projection<RestaurantSummary, RestaurantEventEnvelope> = {
  name: 'restaurantsByCity',
  handles: ['RestaurantListed', 'RestaurantProfileUpdated', 'RestaurantDelisted'],
  initialView: () => null,
  evolve,
  indexKeys: (view) => ({ city: cityKey(view.city) }),
  indexSort: (view) => `${cityKey(view.name)}#${view.id}`,
};
