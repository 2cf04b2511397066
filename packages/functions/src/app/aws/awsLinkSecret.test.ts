import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { onAws } from '../onAws';
import { awsLinkSecret } from './awsLinkSecret';

const secrets = mockClient(SecretsManagerClient);
const arn = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:LinkSigningSecret-AbCdEf';
const env = { LINK_SIGNING_SECRET_ARN: arn };

afterEach(() => secrets.reset());

describe('awsLinkSecret', () => {
  it('reads the secret named by LINK_SIGNING_SECRET_ARN with one GetSecretValue of exactly that ARN', async () => {
    secrets.on(GetSecretValueCommand).resolves({ SecretString: 'k'.repeat(64) });
    expect(await awsLinkSecret(env)).toBe('k'.repeat(64));
    const calls = secrets.commandCalls(GetSecretValueCommand);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.args[0].input).toEqual({ SecretId: arn });
  });

  it('is fetched once per container by an onAws entry point, not per invocation', async () => {
    secrets.on(GetSecretValueCommand, { SecretId: arn }).resolves({ SecretString: 'the-key' });
    const handler = onAws(async () => {
      const secret = await awsLinkSecret(env);
      return async (n: number) => `${secret}:${n}`;
    });
    expect(await handler(1)).toBe('the-key:1');
    expect(await handler(2)).toBe('the-key:2');
    expect(secrets.commandCalls(GetSecretValueCommand)).toHaveLength(1);
  });

  it('says plainly when the ARN is not set or the secret holds no string', async () => {
    await expect(awsLinkSecret({})).rejects.toThrow(/LINK_SIGNING_SECRET_ARN is not set/);
    expect(secrets.commandCalls(GetSecretValueCommand)).toHaveLength(0);
    secrets.on(GetSecretValueCommand).resolves({ SecretBinary: new Uint8Array([1, 2]) });
    await expect(awsLinkSecret(env)).rejects.toThrow(/has no string value/);
  });
});
