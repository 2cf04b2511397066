import type { VisitCorrectedData, VisitRecordedData } from '@forkcast/events';

/**
 * What the handler looked up before deciding: the decider stays pure, and each rule is a test
 * of these facts. `today` is the caller's date (UTC), `restaurantListedOn` the date the restaurant
 * was listed (absent: there is no such listed restaurant).
 */
export interface VisitFacts {
  dinerRegistered: boolean;
  restaurantListedOn?: string;
  /** The restaurant left the catalogue: no new visits, but earlier ones may still be corrected. */
  restaurantDelisted?: boolean;
  today: string;
}

/** A diner records a visit on a new visit stream. */
export interface RecordVisit {
  type: 'RecordVisit';
  data: VisitRecordedData;
  facts: VisitFacts;
}

/** The diner who recorded a visit corrects it. */
export interface CorrectVisit {
  type: 'CorrectVisit';
  /** The caller's diner stream. */
  by: string;
  data: VisitCorrectedData;
  facts: VisitFacts;
}

/** The diner who recorded a visit deletes it. */
export interface DeleteVisit {
  type: 'DeleteVisit';
  by: string;
  facts: Pick<VisitFacts, 'dinerRegistered'>;
}

export type VisitCommand = RecordVisit | CorrectVisit | DeleteVisit;
