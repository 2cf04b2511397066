import { visitEventTypes, type VisitCorrectedData, type VisitEvent, type VisitRecordedData } from '@forkcast/events';
import type { Decider } from '../decider';
import { DomainError, DomainNotFoundError } from '../commands/commandErrors';
import type { VisitCommand, VisitFacts } from './visitCommands';
import { correctedVisit, evolveVisit, initialVisitState, type VisitState } from './visitState';
import { dinerNotRegistered } from './dinerNotRegistered';
import { sameJson } from './sameJson';

function checkDate(visitedOn: string, facts: VisitFacts): void {
  if (facts.restaurantListedOn === undefined) throw new DomainNotFoundError('restaurant-not-found', 'there is no such restaurant');
  if (visitedOn > facts.today) throw new DomainError('visit-in-future', 'a visit cannot be on a day still to come');
  if (visitedOn < facts.restaurantListedOn) throw new DomainError('visit-before-listing', 'the restaurant was not listed yet on that day');
}

/**
 * Another diner's visit is "not found", like one that never existed: visits are private, so
 * their ids disclose nothing (GET, PATCH and DELETE all answer 404 alike).
 */
function ownVisit(state: VisitState, by: string): VisitRecordedData {
  if (state.status !== 'recorded' || state.visit.diner !== by) throw new DomainNotFoundError('visit-not-found', 'there is no such visit of yours');
  return state.visit;
}

function changes(visit: VisitRecordedData, proposed: VisitCorrectedData): VisitCorrectedData {
  const current = visit as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(proposed)) {
    if (value === undefined) continue;
    if (value === null ? current[field] !== undefined : !sameJson(value, current[field])) out[field] = value;
  }
  return out as VisitCorrectedData;
}

function decide(command: VisitCommand, state: VisitState): VisitEvent | null {
  if (!command.facts.dinerRegistered) throw dinerNotRegistered();
  switch (command.type) {
    case 'RecordVisit':
      if (state.status !== 'none') throw new DomainError('visit-already-recorded', 'this visit is already recorded');
      checkDate(command.data.visitedOn, command.facts);
      if (command.facts.restaurantDelisted) throw new DomainError('restaurant-delisted', 'the restaurant is delisted');
      return { type: 'VisitRecorded', data: command.data };
    case 'CorrectVisit': {
      const visit = ownVisit(state, command.by);
      const changed = changes(visit, command.data);
      if (Object.keys(changed).length === 0) return null;
      checkDate(correctedVisit(visit, changed).visitedOn, command.facts);
      return { type: 'VisitCorrected', data: changed };
    }
    case 'DeleteVisit':
      ownVisit(state, command.by);
      return { type: 'VisitDeleted', data: {} };
  }
}

/** A visit: one stream each (`visit-<ULID>`), owned by the diner who recorded it. */
export const visitDecider: Decider<VisitCommand, VisitEvent, VisitState> = {
  eventTypes: visitEventTypes.map((t) => t.type),
  initialState: initialVisitState,
  evolve: evolveVisit,
  decide,
};
