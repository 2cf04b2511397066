import { describe, expect, it } from 'vitest';
import { Validator } from '@seriousme/openapi-schema-validator';
import { openApiDocument } from './openApi';
import { routes } from './routeTable';

type Operation = {
  operationId: string;
  security: Record<string, string[]>[];
  parameters?: ({ name: string; in: string; example?: unknown } | { $ref: string })[];
  requestBody?: { content: Record<string, { example: unknown }> };
  responses: Record<string, { $ref?: string; content?: Record<string, { example: unknown }>; headers?: Record<string, unknown> }>;
};
const doc = openApiDocument() as { openapi: string; paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, unknown> } };
const operationOf = (operationId: string) => {
  const route = routes.find((r) => r.operationId === operationId)!;
  return doc.paths[route.path]![route.method.toLowerCase()]!;
};
const statusesOf = (operationId: string) => Object.keys(operationOf(operationId).responses).sort();
const parameterRefs = (operation: Operation) => (operation.parameters ?? []).flatMap((p) => ('$ref' in p ? [p.$ref] : []));

describe('openApiDocument', () => {
  it('is a valid OpenAPI 3.1 document whose every $ref resolves', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(doc));
    expect(result.errors ?? [], JSON.stringify(result.errors, null, 1)).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
    expect(() => validator.resolveRefs()).not.toThrow();
    // zod writes named schemas as #/$defs/… refs, which would point at the document's root.
    expect(JSON.stringify(doc)).not.toContain('#/$defs/');
  });

  it('lists every route of the table under its path and method, with its auth as the security requirement', () => {
    expect(doc.openapi).toBe('3.1.0');
    for (const route of routes) {
      const operation = doc.paths[route.path]?.[route.method.toLowerCase()];
      expect(operation?.operationId, `${route.method} ${route.path}`).toBe(route.operationId);
      expect(operation!.security).toEqual(route.auth === 'public' ? [] : route.auth.map((role) => ({ bearer: [role] })));
    }
    expect(Object.values(doc.paths).flatMap((p) => Object.keys(p))).toHaveLength(routes.length);
  });

  it('gives each operation the problem responses its row can produce', () => {
    expect(statusesOf('listRestaurant')).toEqual(['201', '400', '401', '403', '409', '413', '415', '422', '500']);
    expect(statusesOf('updateRestaurantProfile')).toEqual(['202', '400', '401', '403', '404', '409', '412', '413', '415', '422', '500']);
    expect(statusesOf('getRestaurant')).toEqual(['200', '400', '404', '500']);
    expect(statusesOf('getImport')).toEqual(['200', '400', '401', '403', '404', '500']);
    expect(operationOf('updateRestaurantProfile').responses['412']!.$ref).toBe('#/components/responses/PreconditionFailed');
  });

  it('takes Idempotency-Key on every command and If-Match on commands on an existing resource', () => {
    for (const route of routes) {
      const refs = parameterRefs(doc.paths[route.path]![route.method.toLowerCase()]!);
      expect(refs.includes('#/components/parameters/IdempotencyKey'), route.operationId).toBe(route.method !== 'GET');
      expect(refs.includes('#/components/parameters/IfMatch'), route.operationId).toBe(route.method !== 'GET' && route.request?.params !== undefined);
    }
    expect(Object.keys(operationOf('listRestaurant').responses['201']!.headers!)).toEqual(['X-Correlation-Id', 'ETag', 'Location', 'Idempotent-Replayed']);
  });

  it('has request and response examples that the routes themselves accept and could answer', () => {
    for (const route of routes) {
      const operation = doc.paths[route.path]![route.method.toLowerCase()]!;
      if (route.request?.body) {
        const example = operation.requestBody!.content['application/json']!.example;
        expect(route.request.body.safeParse(example).error?.issues, `${route.operationId} body ${JSON.stringify(example)}`).toBeUndefined();
      }
      for (const [where, schema] of [['path', route.request?.params], ['query', route.request?.query]] as const) {
        if (!schema) continue;
        const values = Object.fromEntries((operation.parameters ?? []).flatMap((p) => ('in' in p && p.in === where ? [[p.name, p.example]] : [])));
        expect(schema.safeParse(values).error?.issues, `${route.operationId} ${where}`).toBeUndefined();
      }
      if (route.response) {
        const success = Object.entries(operation.responses).find(([status]) => status.startsWith('2'))![1];
        const example = success.content!['application/json']!.example;
        expect(route.response.safeParse(example).error?.issues, `${route.operationId} response ${JSON.stringify(example)}`).toBeUndefined();
      }
    }
  });
});
