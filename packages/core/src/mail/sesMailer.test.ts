import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { SesMailer } from './sesMailer';

const ses = mockClient(SESv2Client);
beforeEach(() => ses.reset());

describe('SesMailer', () => {
  it('sends both parts as UTF-8 simple content from the configured identity, tagged with the send key', async () => {
    ses.on(SendEmailCommand).resolves({ MessageId: 'ses-1' });
    const mailer = new SesMailer({ from: 'Forkcast <hello@forkcast.example>', configurationSet: 'forkcast', client: new SESv2Client({ region: 'eu-west-1' }), now: () => new Date(0) });
    const sent = await mailer.send({ to: 'owner@tasca.example', subject: 'Olá', html: '<p>Olá</p>', text: 'Olá' }, 'review-01J:notify owner');
    expect(sent).toEqual({ to: 'owner@tasca.example', subject: 'Olá', html: '<p>Olá</p>', text: 'Olá', id: 'review-01J:notify owner', sentAt: '1970-01-01T00:00:00.000Z' });
    expect(ses.commandCalls(SendEmailCommand).map((c) => c.args[0].input)).toEqual([{
      FromEmailAddress: 'Forkcast <hello@forkcast.example>',
      Destination: { ToAddresses: ['owner@tasca.example'] },
      Content: { Simple: { Subject: { Data: 'Olá', Charset: 'UTF-8' }, Body: { Html: { Data: '<p>Olá</p>', Charset: 'UTF-8' }, Text: { Data: 'Olá', Charset: 'UTF-8' } } } },
      EmailTags: [{ Name: 'forkcast-send', Value: 'review-01J_notify_owner' }],
      ConfigurationSetName: 'forkcast',
    }]);
  });

  it('lets a refused send fail the step (so its Retry applies)', async () => {
    ses.on(SendEmailCommand).rejects(new Error('MessageRejected'));
    await expect(new SesMailer({ from: 'a@b.example', client: new SESv2Client({ region: 'eu-west-1' }) }).send({ to: 'x@y.example', subject: 's', html: 'h', text: 't' }, 'k')).rejects.toThrow('MessageRejected');
  });
});
