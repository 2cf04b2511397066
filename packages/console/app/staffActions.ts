/**
 * What a state waiting on a person waits for, and the staff actions that apply, per workflow and
 * state. Each action is an ordinary API call: `path` takes the execution's facts
 * (executionFacts.ts: `{restaurantId}`, `{importId}`, `{claimId}`, assigned variables); the body
 * is the form's fields, plus `bodyFacts` (body field → fact). A workflow without an entry still
 * shows its waiting state, with what the task token's task scheduled.
 */
export interface StaffActionField {
  name: string;
  label: string;
  type?: 'text' | 'email' | 'tel';
  required?: boolean;
}

export interface StaffAction {
  id: string;
  label: string;
  description: string;
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  path: string;
  fields?: StaffActionField[];
  bodyFacts?: Record<string, string>;
  /** Commands send an Idempotency-Key, so a double click appends once. */
  idempotent?: boolean;
}

export interface WaitingState {
  waitsFor: string;
  actions: StaffAction[];
}

export type StaffActionTable = Record<string, Record<string, WaitingState>>;

export const staffActions: StaffActionTable = {
  'import-follow-up': {
    'Wait for the import to finish': {
      waitsFor: "staff to upload the CSV to the import's upload URL, then the import to finish (the release policy answers the task token)",
      actions: [{ id: 'check-import', label: 'Check the import', description: "GET /imports/{id}: the import's status, counts and per-row report", method: 'GET', path: '/imports/{importId}' }],
    },
  },
};
