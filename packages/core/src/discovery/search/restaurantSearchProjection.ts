import type { RestaurantEventEnvelope, RestaurantListedData } from '@forkcast/events';
import type { Projection } from '../../projections/projection';
import { applyProfileChanges } from '../../restaurants/restaurantState';

/** What the search index holds of one listed restaurant. */
export interface SearchDocument {
  id: string;
  name: string;
  location: { lat: number; lon: number };
  cuisines: string[];
  priceRange: number;
  locality?: string;
  city: string;
  source?: string;
  externalId?: string;
  /** Current specials, searchable once the specials context publishes them; empty until then. */
  specials: string;
}

type Listed = RestaurantListedData & { source?: string; externalId?: string };

function documentOf(id: string, p: Listed): SearchDocument {
  return {
    id, name: p.name, location: p.location, cuisines: p.cuisines, priceRange: p.priceRange, city: p.city, specials: '',
    ...(p.locality ? { locality: p.locality } : {}),
    ...(p.source !== undefined ? { source: p.source, externalId: p.externalId } : {}),
  };
}

function evolve(view: SearchDocument | null, event: RestaurantEventEnvelope): SearchDocument | null {
  switch (event.type) {
    case 'RestaurantListed':
      return documentOf(event.stream, event.data);
    case 'RestaurantProfileUpdated': {
      if (!view) return null;
      const { id, specials: _specials, ...current } = view;
      return documentOf(id, applyProfileChanges(current as Listed, event.data) as Listed);
    }
    case 'RestaurantDelisted':
      return null;
    case 'RestaurantContactAdded':
    case 'RestaurantContactCorrected':
    case 'RestaurantClaimed':
    case 'SpecialPosted':
    case 'SpecialWithdrawn':
      // Contacts are personal data for staff: never searchable.
      return view;
  }
}

/** One search document per listed restaurant; the index (restaurantSearchIndex.ts) is built from these. */
export const restaurantSearchProjection: Projection<SearchDocument, RestaurantEventEnvelope> = {
  name: 'restaurantSearch',
  handles: ['RestaurantListed', 'RestaurantProfileUpdated', 'RestaurantDelisted'],
  initialView: () => null,
  evolve,
};
