import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import type { EmailMessage, Mailer, SentEmail } from './mailer';

export interface SesMailerOptions {
  /** A verified SES identity, e.g. `Forkcast <hello@forkcast.example>`. */
  from: string;
  /** SES configuration set, for delivery and bounce events. */
  configurationSet?: string;
  /** The adapter owns its client (one SDK copy: core's); tests may pass one to mock. */
  client?: SESv2Client;
  now?: () => Date;
}

/** The Mailer port on Amazon SES v2 (SendEmail, simple content, UTF-8). */
export class SesMailer implements Mailer {
  private readonly client: SESv2Client;

  constructor(private readonly options: SesMailerOptions) {
    this.client = options.client ?? new SESv2Client({});
  }

  async send(message: EmailMessage, idempotencyKey: string): Promise<SentEmail> {
    await this.client.send(new SendEmailCommand({
      FromEmailAddress: this.options.from,
      Destination: { ToAddresses: [message.to] },
      Content: {
        Simple: {
          Subject: { Data: message.subject, Charset: 'UTF-8' },
          Body: { Html: { Data: message.html, Charset: 'UTF-8' }, Text: { Data: message.text, Charset: 'UTF-8' } },
        },
      },
      // Tags may hold only [A-Za-z0-9_-]: the key is reduced to that, for tracing a send back to its step.
      EmailTags: [{ Name: 'forkcast-send', Value: idempotencyKey.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 256) }],
      ...(this.options.configurationSet ? { ConfigurationSetName: this.options.configurationSet } : {}),
    }));
    return { ...message, id: idempotencyKey, sentAt: (this.options.now ?? (() => new Date()))().toISOString() };
  }
}
