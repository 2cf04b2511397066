import type { IncomingMessage } from 'node:http';
import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { isTextContentType } from './isTextContentType';
import { lowerCaseHeaders } from './lowerCaseHeaders';

export interface ApiGatewayEventInput {
  request: IncomingMessage;
  url: URL;
  body: Buffer;
  routeKey: string;
  pathParameters: Record<string, string>;
  /** Flattened claims when the route has the JWT authorizer and the token verified. */
  claims?: Record<string, string>;
  requestId: string;
  accountId: string;
  now: Date;
}

/** The HTTP API payload format 2.0 event API Gateway would send for this request. */
export function toApiGatewayEvent(input: ApiGatewayEventInput): APIGatewayProxyEventV2WithJWTAuthorizer {
  const { request, url } = input;
  const headers = lowerCaseHeaders(request);
  const cookies = headers.cookie?.split(';').map((cookie) => cookie.trim()).filter(Boolean);
  delete headers.cookie;
  const sourceIp = (request.socket.remoteAddress ?? '127.0.0.1').replace(/^::ffff:/, '');
  headers['x-forwarded-for'] ??= sourceIp;
  headers['x-forwarded-proto'] ??= 'http';
  headers['x-forwarded-port'] ??= String(request.socket.localPort ?? '');
  const text = isTextContentType(headers['content-type']);
  const hasBody = input.body.length > 0;
  const event = {
    version: '2.0',
    routeKey: input.routeKey,
    rawPath: url.pathname,
    rawQueryString: url.search.replace(/^\?/, ''),
    ...(cookies && cookies.length > 0 ? { cookies } : {}),
    headers,
    ...queryParameters(url),
    requestContext: {
      accountId: input.accountId,
      apiId: 'local',
      ...(input.claims ? { authorizer: { jwt: { claims: input.claims, scopes: null } } } : {}),
      domainName: headers.host ?? 'localhost',
      domainPrefix: (headers.host ?? 'localhost').split('.')[0],
      http: {
        method: request.method ?? 'GET',
        path: url.pathname,
        protocol: `HTTP/${request.httpVersion}`,
        sourceIp,
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: input.requestId,
      routeKey: input.routeKey,
      stage: '$default',
      time: formatRequestTime(input.now),
      timeEpoch: input.now.getTime(),
    },
    ...(Object.keys(input.pathParameters).length > 0 ? { pathParameters: input.pathParameters } : {}),
    ...(hasBody ? { body: text ? input.body.toString('utf8') : input.body.toString('base64') } : {}),
    isBase64Encoded: hasBody && !text,
  };
  // scopes: null is what API Gateway sends, though @types/aws-lambda declares string[].
  return event as unknown as APIGatewayProxyEventV2WithJWTAuthorizer;
}

function queryParameters(url: URL): { queryStringParameters?: Record<string, string> } {
  if (!url.search || url.search === '?') return {};
  const parameters: Record<string, string> = {};
  for (const [name, value] of url.searchParams) {
    parameters[name] = parameters[name] === undefined ? value : `${parameters[name]},${value}`;
  }
  return { queryStringParameters: parameters };
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "12/Mar/2020:19:03:58 +0000", the format of requestContext.time. */
function formatRequestTime(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(date.getUTCDate())}/${months[date.getUTCMonth()]}/${date.getUTCFullYear()}:${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} +0000`;
}
