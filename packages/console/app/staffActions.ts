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

const cancelClaim: StaffAction = {
  id: 'cancel-claim',
  label: 'Cancel the claim',
  description: 'POST /claims/{claimId}/cancellation: the claim is cancelled and its onboarding ends',
  method: 'POST',
  path: '/claims/{claimId}/cancellation',
  fields: [{ name: 'reason', label: 'Reason (optional)' }],
  idempotent: true,
};

export const staffActions: StaffActionTable = {
  'restaurant-onboarding': {
    'Wait for staff to add the contact': {
      waitsFor: "staff to add the restaurant's contact, so the verification link can be emailed to it",
      actions: [
        {
          id: 'add-contact',
          label: "Add the restaurant's contact",
          description: 'POST /restaurants/{id}/contacts: whom to write to at the restaurant',
          method: 'POST',
          path: '/restaurants/{restaurantId}/contacts',
          fields: [
            { name: 'email', label: 'Email', type: 'email', required: true },
            { name: 'name', label: 'Name' },
            { name: 'phone', label: 'Phone', type: 'tel' },
          ],
          idempotent: true,
        },
        cancelClaim,
      ],
    },
    'Wait for the owner to verify': {
      waitsFor: "the restaurant's contact to open the emailed verification link (POST /claims/{claimId}/verification)",
      actions: [
        {
          id: 'resend-verification-email',
          label: 'Resend the verification email',
          description: "POST /claims/{claimId}/verification-email: the link is emailed again to the restaurant's contact, working until the first one ends",
          method: 'POST',
          path: '/claims/{claimId}/verification-email',
          idempotent: true,
        },
        cancelClaim,
      ],
    },
  },
  'import-follow-up': {
    'Wait for the import to finish': {
      waitsFor: "staff to upload the CSV to the import's upload URL, then the import to finish (the release policy answers the task token)",
      actions: [{ id: 'check-import', label: 'Check the import', description: "GET /imports/{id}: the import's status, counts and per-row report", method: 'GET', path: '/imports/{importId}' }],
    },
  },
};
