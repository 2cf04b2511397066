import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { problemContentType, type ProblemDetails } from './problemDetails';

export function problemResponse(problem: ProblemDetails, headers: Record<string, string> = {}): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode: problem.status,
    headers: { ...headers, 'content-type': problemContentType },
    body: JSON.stringify(problem),
  };
}
