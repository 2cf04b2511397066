import { describe, expect, it } from 'vitest';
import { openApiDocument } from './openApi';
import { routes } from './routeTable';

describe('openApiDocument', () => {
  const doc = openApiDocument() as { openapi: string; paths: Record<string, Record<string, { operationId: string; parameters?: { name: string; in: string }[]; requestBody?: unknown; security: unknown[] }>> };

  it('is OpenAPI 3.1 and lists every route of the table under its path and method', () => {
    expect(doc.openapi).toBe('3.1.0');
    for (const route of routes) {
      expect(doc.paths[route.path]?.[route.method.toLowerCase()]?.operationId, `${route.method} ${route.path}`).toBe(route.operationId);
    }
    const operations = Object.values(doc.paths).flatMap((p) => Object.keys(p));
    expect(operations).toHaveLength(routes.length);
  });

  it('describes path and query parameters and JSON bodies from the zod schemas', () => {
    const list = doc.paths['/restaurants']!.get!;
    expect(list.parameters).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'city', in: 'query' }), expect.objectContaining({ name: 'cursor', in: 'query' })]));
    expect(list.security).toEqual([]);
    const patch = doc.paths['/restaurants/{id}']!.patch!;
    expect(patch.parameters).toEqual([expect.objectContaining({ name: 'id', in: 'path' })]);
    expect(JSON.stringify(patch.requestBody)).toContain('"priceRange"');
    expect(patch.security).toEqual([{ bearer: [] }]);
  });
});
