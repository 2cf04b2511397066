import type { Mailer } from '@forkcast/core';
import { SesMailer } from '@forkcast/core/sesMailer';
import { requiredFromEnvironment } from './awsEnvironment';

/** Email through SES v2, from the stage's verified identity (`MAIL_FROM`). */
export function awsMailer(): Mailer {
  return new SesMailer({ from: requiredFromEnvironment('MAIL_FROM'), configurationSet: process.env.SES_CONFIGURATION_SET || undefined });
}
