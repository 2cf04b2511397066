import type { StaffOutbox } from '@forkcast/core';

/**
 * There is no staff mail on AWS yet (SES arrives with the Mailer port): a send fails with this
 * reason, so the workflow's history says why staff were not told.
 */
export function awsStaffOutbox(): StaffOutbox {
  return {
    send: async () => {
      throw new Error('staff email is not available on AWS yet (no SES adapter); see the README');
    },
  };
}
