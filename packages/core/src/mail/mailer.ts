/** An email as it is rendered for one recipient: both parts, the HTML already escaped. */
export interface EmailMessage {
  to: string;
  subject: string;
  html: string;
  text: string;
}

export interface SentEmail extends EmailMessage {
  /** The idempotency key it was sent under. */
  id: string;
  sentAt: string;
}

/**
 * Outgoing email. `idempotencyKey` names the send (e.g. the workflow execution and step): the
 * local outbox keeps the first message per key, so a retried step sends once. SES has no such
 * key: on AWS the workflow's own retry and the event it records (e.g. ReviewOwnerNotified) are
 * what keep a retried step from mailing twice.
 */
export interface Mailer {
  send(message: EmailMessage, idempotencyKey: string): Promise<SentEmail>;
}
