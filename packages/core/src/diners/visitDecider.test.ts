import { describe, it } from 'vitest';
import type { VisitEvent, VisitRecordedData } from '@forkcast/events';
import { deciderSpec } from '../testing/deciderSpec';
import { DomainError, DomainNotFoundError } from '../commands/commandErrors';
import { visitDecider } from './visitDecider';
import type { VisitFacts } from './visitCommands';

const spec = deciderSpec(visitDecider);
const code = (c: string) => (e: DomainError) => e.code === c;
const facts: VisitFacts = { dinerRegistered: true, restaurantListedOn: '2026-01-10', today: '2026-02-01' };
const data: VisitRecordedData = { diner: 'diner-A', restaurant: 'restaurant-R', visitedOn: '2026-01-20', overall: 2, factors: { food: 2, service: 1 } };
const recorded: VisitEvent = { type: 'VisitRecorded', data };
const deleted: VisitEvent = { type: 'VisitDeleted', data: {} };

describe('visitDecider', () => {
  it('records a visit once', () => {
    spec.given([]).when({ type: 'RecordVisit', data, facts }).then(recorded);
    spec.given([recorded]).when({ type: 'RecordVisit', data, facts }).thenThrows(DomainError, code('visit-already-recorded'));
  });

  it('refuses every command of a diner who has not registered', () => {
    const unregistered = { ...facts, dinerRegistered: false };
    spec.given([]).when({ type: 'RecordVisit', data, facts: unregistered }).thenThrows(DomainError, code('diner-not-registered'));
    spec.given([recorded]).when({ type: 'CorrectVisit', by: 'diner-A', data: { overall: 0 }, facts: unregistered }).thenThrows(DomainError, code('diner-not-registered'));
    spec.given([recorded]).when({ type: 'DeleteVisit', by: 'diner-A', facts: unregistered }).thenThrows(DomainError, code('diner-not-registered'));
  });

  it('refuses a day still to come, a day before the listing, and an unknown restaurant', () => {
    spec.given([]).when({ type: 'RecordVisit', data: { ...data, visitedOn: '2026-02-02' }, facts }).thenThrows(DomainError, code('visit-in-future'));
    spec.given([]).when({ type: 'RecordVisit', data: { ...data, visitedOn: '2026-01-09' }, facts }).thenThrows(DomainError, code('visit-before-listing'));
    spec.given([]).when({ type: 'RecordVisit', data: { ...data, visitedOn: '2026-02-01' }, facts }).then({ type: 'VisitRecorded', data: { ...data, visitedOn: '2026-02-01' } });
    spec.given([]).when({ type: 'RecordVisit', data, facts: { ...facts, restaurantDelisted: true } }).thenThrows(DomainError, code('restaurant-delisted'));
    spec.given([recorded]).when({ type: 'CorrectVisit', by: 'diner-A', data: { overall: 1 }, facts: { ...facts, restaurantDelisted: true } }).then({ type: 'VisitCorrected', data: { overall: 1 } });
    const { restaurantListedOn: _r, ...noRestaurant } = facts;
    spec.given([]).when({ type: 'RecordVisit', data, facts: noRestaurant }).thenThrows(DomainNotFoundError, code('restaurant-not-found'));
  });

  it('corrects only what changes, by its own diner, with the same date rules', () => {
    spec.given([recorded]).when({ type: 'CorrectVisit', by: 'diner-A', data: { overall: 2, factors: { food: 0 } }, facts })
      .then({ type: 'VisitCorrected', data: { factors: { food: 0 } } });
    spec.given([recorded]).when({ type: 'CorrectVisit', by: 'diner-A', data: { overall: 2 }, facts }).then(null);
    spec.given([recorded]).when({ type: 'CorrectVisit', by: 'diner-A', data: { visitedOn: '2027-01-01' }, facts }).thenThrows(DomainError, code('visit-in-future'));
  });

  it("treats another diner's visit, a deleted one and a missing one alike: not found", () => {
    spec.given([recorded]).when({ type: 'CorrectVisit', by: 'diner-B', data: { overall: 0 }, facts }).thenThrows(DomainNotFoundError, code('visit-not-found'));
    spec.given([recorded]).when({ type: 'DeleteVisit', by: 'diner-B', facts }).thenThrows(DomainNotFoundError, code('visit-not-found'));
    spec.given([recorded, deleted]).when({ type: 'CorrectVisit', by: 'diner-A', data: { overall: 0 }, facts }).thenThrows(DomainNotFoundError, code('visit-not-found'));
    spec.given([recorded, deleted]).when({ type: 'DeleteVisit', by: 'diner-A', facts }).thenThrows(DomainNotFoundError, code('visit-not-found'));
    spec.given([]).when({ type: 'DeleteVisit', by: 'diner-A', facts }).thenThrows(DomainNotFoundError, code('visit-not-found'));
  });

  it('deletes its own visit', () => {
    spec.given([recorded]).when({ type: 'DeleteVisit', by: 'diner-A', facts }).then(deleted);
  });
});
