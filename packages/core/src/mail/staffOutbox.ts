/** A message to Forkcast's own staff (import outcomes, stuck workflows). */
export interface StaffMessage {
  subject: string;
  text: string;
}

export interface SentStaffMessage extends StaffMessage {
  id: string;
  to: 'staff';
  createdAt: string;
}

/**
 * Where messages to staff go. Sending is idempotent by key: a retried workflow step that sends with
 * the same key gets the first message back and sends nothing. Locally a directory of JSON files;
 * on AWS there is no adapter yet (SES comes with the Mailer), so a send there fails with a reason.
 */
export interface StaffOutbox {
  send(message: StaffMessage, idempotencyKey: string): Promise<SentStaffMessage>;
}
