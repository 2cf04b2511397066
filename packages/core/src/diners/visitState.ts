import type { VisitCorrectedData, VisitEvent, VisitRecordedData } from '@forkcast/events';

export type VisitState =
  | { status: 'none' }
  | { status: 'recorded'; visit: VisitRecordedData }
  | { status: 'deleted'; visit: VisitRecordedData };

export const initialVisitState = (): VisitState => ({ status: 'none' });

/** A visit after a correction: `factors` is replaced whole, a null note removed. */
export function correctedVisit(visit: VisitRecordedData, data: VisitCorrectedData): VisitRecordedData {
  const next: Record<string, unknown> = { ...visit };
  for (const [field, value] of Object.entries(data)) {
    if (value === null) delete next[field];
    else if (value !== undefined) next[field] = value;
  }
  return next as VisitRecordedData;
}

export function evolveVisit(state: VisitState, event: VisitEvent): VisitState {
  switch (event.type) {
    case 'VisitRecorded':
      return { status: 'recorded', visit: event.data };
    case 'VisitCorrected':
      return state.status === 'recorded' ? { status: 'recorded', visit: correctedVisit(state.visit, event.data) } : state;
    case 'VisitDeleted':
      return state.status === 'recorded' ? { status: 'deleted', visit: state.visit } : state;
  }
}
