import type { VisitEventEnvelope } from '@forkcast/events';
import type { Projection } from '../../projections/projection';
import { evolveVisitView, type VisitView } from './visitView';

/** GET /me/visits: one item per visit stream, indexed by diner, by visit date. */
export const dinerVisitsProjection: Projection<VisitView, VisitEventEnvelope> = {
  name: 'dinerVisits',
  handles: ['VisitRecorded', 'VisitCorrected', 'VisitDeleted'],
  initialView: () => null,
  evolve: evolveVisitView,
  indexKeys: (view) => ({ diner: view.diner }),
  indexSort: (view) => `${view.visitedOn}#${view.id}`,
};
