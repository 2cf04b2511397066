import * as z from 'zod';
import type { Route } from '../http/route';
import { routes as allRoutes } from './routeTable';

type JsonSchema = Record<string, unknown>;

const problemSchema: JsonSchema = {
  type: 'object',
  required: ['type', 'title', 'status'],
  properties: {
    type: { type: 'string' }, title: { type: 'string' }, status: { type: 'integer' }, detail: { type: 'string' }, instance: { type: 'string' },
    errors: { type: 'array', items: { type: 'object', required: ['path', 'message'], properties: { path: { type: 'string' }, message: { type: 'string' } } } },
  },
};

/** The OpenAPI 3.1 document of the API, generated from the route table and its zod schemas. */
export function openApiDocument(routes: readonly Route<any>[] = allRoutes): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    (paths[route.path] ??= {})[route.method.toLowerCase()] = operation(route);
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Forkcast API', version: '0.1.0' },
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: { Problem: problemSchema },
    },
  };
}

function operation(route: Route<any>): Record<string, unknown> {
  const parameters = [
    ...objectParameters(route.request?.params, 'path'),
    ...objectParameters(route.request?.query, 'query'),
  ];
  const problem = { description: 'Problem', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } };
  const success = route.method === 'POST' ? '201' : route.method === 'PATCH' || route.method === 'DELETE' ? '202' : '200';
  return {
    operationId: route.operationId,
    summary: route.summary,
    ...(route.auth === 'public' ? { security: [] } : { security: [{ bearer: [] }], 'x-forkcast-roles': route.auth }),
    ...(parameters.length ? { parameters } : {}),
    ...(route.request?.body
      ? { requestBody: { required: !route.request.body.safeParse(undefined).success, content: { 'application/json': { schema: jsonSchema(route.request.body, 'input') } } } }
      : {}),
    responses: {
      [success]: { description: 'Success', ...(route.response ? { content: { 'application/json': { schema: jsonSchema(route.response, 'output') } } } : {}) },
      default: problem,
    },
  };
}

function objectParameters(schema: z.ZodType | undefined, where: 'path' | 'query'): Record<string, unknown>[] {
  if (!schema) return [];
  const json = jsonSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name, in: where, required: where === 'path' || (json.required ?? []).includes(name), schema: property,
  }));
}

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, target: 'draft-2020-12', unrepresentable: 'any' }) as JsonSchema;
  return rest;
}
