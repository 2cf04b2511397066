import type { DinerEventEnvelope, DinerRegisteredData } from '@forkcast/events';
import type { Projection } from '../../projections/projection';
import { applyDinerChanges } from '../dinerState';

/** GET /me: the caller's profile and referral code. */
export type DinerProfileView = DinerRegisteredData & { id: string; registeredAt: string; updatedAt: string };

function evolve(view: DinerProfileView | null, event: DinerEventEnvelope): DinerProfileView | null {
  switch (event.type) {
    case 'DinerRegistered':
      return { ...event.data, id: event.stream, registeredAt: event.occurredAt, updatedAt: event.occurredAt };
    case 'DinerProfileUpdated':
      return view && { ...applyDinerChanges(view, event.data), updatedAt: event.occurredAt };
  }
}

/** One item per diner stream. */
export const dinerProfileProjection: Projection<DinerProfileView, DinerEventEnvelope> = {
  name: 'dinerProfile',
  handles: ['DinerRegistered', 'DinerProfileUpdated'],
  initialView: () => null,
  evolve,
};
