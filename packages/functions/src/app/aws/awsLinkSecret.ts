import { SecretsProvider } from '@aws-lambda-powertools/parameters/secrets';
import { requiredFromEnvironment } from './awsEnvironment';

/**
 * The secret that signs and verifies emailed links, read from Secrets Manager at cold start (the
 * stacks pass its ARN as LINK_SIGNING_SECRET_ARN to rows that need `links:sign`; the value itself is
 * never in a template or an environment). Called from an `onAws(async () => ...)` builder, so once
 * per container.
 */
export async function awsLinkSecret(env: NodeJS.ProcessEnv = process.env, provider: SecretsProvider = new SecretsProvider()): Promise<string> {
  const arn = requiredFromEnvironment('LINK_SIGNING_SECRET_ARN', env);
  const value = await provider.get(arn);
  // The stack generates a string secret; anything else is someone's hand edit, said plainly.
  if (typeof value !== 'string' || value.length === 0) throw new Error(`the link-signing secret ${arn} has no string value`);
  return value;
}
