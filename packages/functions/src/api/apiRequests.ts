import * as z from 'zod';

/** GET /openapi.json: an OpenAPI 3.1 document (its own schema is the OpenAPI specification's). */
export const openApiDocumentResponse = z
  .looseObject({ openapi: z.literal('3.1.0'), info: z.looseObject({ title: z.string(), version: z.string() }), paths: z.record(z.string(), z.unknown()) })
  .meta({ id: 'OpenApiDocument', examples: [{ openapi: '3.1.0', info: { title: 'Forkcast API', version: '0.1.0' }, paths: {} }] });
