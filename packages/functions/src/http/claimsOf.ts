import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';

/** The claims API Gateway's JWT authorizer verified (all strings on AWS); undefined on a public call without a token. */
export function claimsOf(event: APIGatewayProxyEventV2WithJWTAuthorizer): Record<string, unknown> | undefined {
  return event.requestContext?.authorizer?.jwt?.claims as Record<string, unknown> | undefined;
}
