import { Aws } from 'aws-cdk-lib';
import { use } from 'sst/constructs';
import { mailSettings, publicSiteUrl } from '../stageSettings';
import { Storage } from '../Storage';
import type { NeedResources } from './needGrants';

/** The ARN of an SES identity (a domain or an address) in the stack's account and region. */
export function sesIdentityArn(identity: string): string {
  return `arn:${Aws.PARTITION}:ses:${Aws.REGION}:${Aws.ACCOUNT_ID}:identity/${identity}`;
}

/** The stage's mail settings as a need resource: the sender's identity, then any sandbox recipients. */
export function mailNeedResource(stage: string): NonNullable<NeedResources['mail']> {
  const mail = mailSettings(stage);
  return { from: mail.from, staffEmail: mail.staffEmail, identityArns: [mail.identity, ...mail.sandboxRecipients].map(sesIdentityArn) };
}

/**
 * What Storage and the stage's settings give a handler's needs: every stack after Storage (the
 * Workflows stack included, which cannot use itself). Call it inside a stack function: it `use()`s Storage.
 */
export function storageNeedResources(stage: string): NeedResources {
  const storage = use(Storage);
  return {
    events: storage.events, views: storage.views, idempotency: storage.idempotency, importsBucket: storage.imports, exportsBucket: storage.exports, snapshotsBucket: storage.snapshots,
    linkSecret: { secretArn: storage.linkSecret.secretArn },
    publicSiteUrl: publicSiteUrl(stage),
    mail: mailNeedResource(stage),
  };
}
