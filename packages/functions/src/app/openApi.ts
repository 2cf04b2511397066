import * as z from 'zod';
import type { Route } from '../http/route';
import { jsonSchemaExample } from './jsonSchemaExample';
import { problemResponses, problemStatusesOf, takesIfMatch } from './openApiProblems';
import { routes as allRoutes } from './routeTable';

type JsonSchema = Record<string, any>;

const problemSchema: JsonSchema = {
  type: 'object',
  description: 'RFC 9457 problem details. `type` is a stable URN clients may switch on.',
  required: ['type', 'title', 'status'],
  properties: {
    type: { type: 'string' }, title: { type: 'string' }, status: { type: 'integer' }, detail: { type: 'string' }, instance: { type: 'string' },
    code: { type: 'string', description: 'The domain rule or missing thing, on 404 and 409 from a decider.' },
    currentVersion: { type: 'integer', description: 'On 412: the version the resource is at.' },
    errors: { type: 'array', items: { type: 'object', required: ['path', 'message'], properties: { path: { type: 'string' }, message: { type: 'string' } } } },
  },
};

const headerParameters = {
  IdempotencyKey: {
    name: 'Idempotency-Key', in: 'header', required: false,
    description: 'draft-ietf-httpapi-idempotency-key-header: a retry with the same key (per caller and operation, kept 24 h) gets the first response and changes nothing; the same key with another payload is 422; while the first request runs, 409.',
    schema: { type: 'string', minLength: 1, maxLength: 255, pattern: '^[\\x21-\\x7e]+$' },
    example: '7c4e0f4e-1d1a-4a53-9a43-2b0f0e2d5c11',
  },
  IfMatch: {
    name: 'If-Match', in: 'header', required: false,
    description: 'The ETag of the version the change is based on (e.g. "3"); a stale one is 412. `*` or absent: any version.',
    schema: { type: 'string' },
    example: '"3"',
  },
};

/** The OpenAPI 3.1 document of the API, generated from the route rows and their zod schemas. */
export function openApiDocument(routes: readonly Route<any>[] = allRoutes): Record<string, unknown> {
  const schemas: Record<string, JsonSchema> = { Problem: problemSchema };
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    (paths[route.path] ??= {})[route.method.toLowerCase()] = operation(route, schemas);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Forkcast API',
      version: '0.1.0',
      description: 'Commands answer 201/202 with `{id, stream, version}` and an `ETag`; every error is `application/problem+json` (RFC 9457).',
    },
    tags: [...new Set(routes.map(contextOf))].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: {
        bearer: {
          type: 'http', scheme: 'bearer', bearerFormat: 'JWT',
          description: 'A Cognito (locally: `forkcast token`) JWT; its `cognito:groups` grant the roles an operation lists in its security requirement.',
        },
      },
      parameters: headerParameters,
      schemas,
      responses: Object.fromEntries(Object.entries(problemResponses).map(([status, p]) => [p.name, {
        description: status === '401' ? `${p.title} (on AWS the JWT authorizer answers a missing or invalid token itself, with {"message":"Unauthorized"})` : p.title,
        content: {
          'application/problem+json': {
            schema: { $ref: '#/components/schemas/Problem' },
            example: { type: `urn:forkcast:problem:${p.type}`, title: p.title, status: Number(status), detail: p.detail, instance: '/restaurants#req-1', ...('errors' in p ? { errors: p.errors } : {}) },
          },
        },
      }])),
    },
  };
}

function operation(route: Route<any>, schemas: Record<string, JsonSchema>): Record<string, unknown> {
  const command = route.method !== 'GET';
  const parameters = [
    ...objectParameters(route.request?.params, 'path', schemas),
    ...objectParameters(route.request?.query, 'query', schemas),
    ...(command ? [{ $ref: '#/components/parameters/IdempotencyKey' }] : []),
    ...(takesIfMatch(route) ? [{ $ref: '#/components/parameters/IfMatch' }] : []),
  ];
  const success = route.method === 'POST' ? '201' : command ? '202' : '200';
  const accepted = (route.response?.meta() as { id?: string } | undefined)?.id === 'CommandAccepted';
  const headers = {
    'X-Correlation-Id': { description: "The request's correlation id (the client's, or API Gateway's request id).", schema: { type: 'string' } },
    ...(accepted ? { ETag: { description: 'The version the command produced.', schema: { type: 'string' } } } : {}),
    ...(route.method === 'POST' ? { Location: { description: 'Where the created resource is read.', schema: { type: 'string' } } } : {}),
    ...(command ? { 'Idempotent-Replayed': { description: '`true` on the replayed first answer to a retried Idempotency-Key.', schema: { type: 'string', enum: ['true'] } } } : {}),
  };
  return {
    operationId: route.operationId,
    summary: route.summary,
    tags: [contextOf(route)],
    ...(route.auth === 'public'
      ? { security: [] }
      : { security: route.auth.map((role) => ({ bearer: [role] })), 'x-forkcast-roles': route.auth, description: `Needs the role ${route.auth.join(' or ')}.` }),
    ...(parameters.length ? { parameters } : {}),
    ...(route.request?.body ? { requestBody: requestBody(route.request.body, schemas) } : {}),
    responses: {
      [success]: { description: 'Success', headers, ...(route.response ? { content: { 'application/json': media(route.response, 'output', schemas) } } : {}) },
      ...Object.fromEntries(problemStatusesOf(route).map((status) => [String(status), { $ref: `#/components/responses/${problemResponses[status].name}` }])),
    },
  };
}

function requestBody(schema: z.ZodType, schemas: Record<string, JsonSchema>): Record<string, unknown> {
  return { required: !schema.safeParse(undefined).success, content: { 'application/json': media(schema, 'input', schemas) } };
}

function media(schema: z.ZodType, io: 'input' | 'output', schemas: Record<string, JsonSchema>): Record<string, unknown> {
  const json = jsonSchema(schema, io, schemas);
  return { schema: json, example: jsonSchemaExample(json, schemas) };
}

function objectParameters(schema: z.ZodType | undefined, where: 'path' | 'query', schemas: Record<string, JsonSchema>): Record<string, unknown>[] {
  if (!schema) return [];
  const json = jsonSchema(schema, 'input', schemas) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name, in: where, required: where === 'path' || (json.required ?? []).includes(name), schema: property, example: jsonSchemaExample(property, schemas),
  }));
}

/**
 * A zod schema as JSON Schema 2020-12. Named schemas (`.meta({ id })`) come out as `$defs` with
 * `#/$defs/…` refs, which inside an OpenAPI document would point at its root: they are moved to
 * components.schemas and the refs rewritten.
 */
function jsonSchema(schema: z.ZodType, io: 'input' | 'output', schemas: Record<string, JsonSchema>): JsonSchema {
  const { $schema: _ignored, $defs, ...rest } = z.toJSONSchema(schema, { io, target: 'draft-2020-12', unrepresentable: 'any' }) as JsonSchema;
  const definitions = Object.entries(($defs ?? {}) as Record<string, JsonSchema>);
  const plain = (name: string) => name;
  // The input and output forms of one named schema can differ (defaults, transforms): keep both.
  const names = new Map(definitions.map(([name, definition]) => {
    const existing = schemas[name];
    return [name, !existing || JSON.stringify(existing) === JSON.stringify(withRefs(definition, plain)) ? name : `${name}${io === 'input' ? 'Input' : 'Output'}`];
  }));
  const rename = (name: string) => names.get(name) ?? name;
  for (const [name, definition] of definitions) schemas[rename(name)] = withRefs(definition, rename);
  return withRefs(rest, rename);
}

function withRefs(value: unknown, rename: (name: string) => string): any {
  if (Array.isArray(value)) return value.map((v) => withRefs(v, rename));
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [
    key,
    key === '$ref' && typeof v === 'string' && v.startsWith('#/$defs/') ? `#/components/schemas/${rename(v.slice('#/$defs/'.length))}` : withRefs(v, rename),
  ]));
}

function contextOf(route: Route<any>): string {
  return route.handler.split('/')[0]!;
}
