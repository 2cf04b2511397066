import type { VisitEventEnvelope, VisitRecordedData } from '@forkcast/events';
import { correctedVisit } from '../visitState';

/** A visit as its views show it; null once deleted. */
export type VisitView = VisitRecordedData & { id: string; recordedAt: string; updatedAt: string };

/** The evolve both visit projections share: they differ only in the index they write. */
export function evolveVisitView(view: VisitView | null, event: VisitEventEnvelope): VisitView | null {
  switch (event.type) {
    case 'VisitRecorded':
      return { ...event.data, id: event.stream, recordedAt: event.occurredAt, updatedAt: event.occurredAt };
    case 'VisitCorrected':
      return view && { ...(correctedVisit(view, event.data) as VisitView), updatedAt: event.occurredAt };
    case 'VisitDeleted':
      return null;
  }
}
