import type { VisitEventEnvelope, VisitFactors, VisitScore } from '@forkcast/events';
import type { Projection } from '../../projections/projection';

/** One visit's contribution to its restaurant's aggregates. */
export interface VisitScoresView {
  restaurant: string;
  overall: VisitScore;
  factors: VisitFactors;
}

function evolve(view: VisitScoresView | null, event: VisitEventEnvelope): VisitScoresView | null {
  switch (event.type) {
    case 'VisitRecorded':
      return { restaurant: event.data.restaurant, overall: event.data.overall, factors: event.data.factors };
    case 'VisitCorrected':
      return view && {
        ...view,
        ...(event.data.overall !== undefined ? { overall: event.data.overall } : {}),
        ...(event.data.factors !== undefined ? { factors: event.data.factors } : {}),
      };
    case 'VisitDeleted':
      return null;
  }
}

/**
 * Per-restaurant scores, as one contribution item per visit STREAM indexed by restaurant, summed
 * when read (restaurantRatingsQuery.ts). The runner keys one item per stream and orders,
 * deduplicates and gap-fills within a stream, so each contribution is exactly what a rebuild of
 * its stream gives whatever the delivery order; a single per-restaurant total fed by thousands
 * of visit streams could not tell a redelivery from a new visit without tracking every source's
 * version. The price is a query over the restaurant's visits on read, which a cache in front of
 * GET /restaurants/{id}/ratings can take when one restaurant has very many.
 */
export const restaurantVisitScoresProjection: Projection<VisitScoresView, VisitEventEnvelope> = {
  name: 'restaurantVisitScores',
  handles: ['VisitRecorded', 'VisitCorrected', 'VisitDeleted'],
  initialView: () => null,
  evolve,
  indexKeys: (view) => ({ restaurant: view.restaurant }),
};
