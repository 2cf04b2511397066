import { defineRoute } from '../http/route';
import { openApiDocumentResponse } from './apiRequests';

export const getOpenApiDocumentRoute = defineRoute({
  method: 'GET', path: '/openapi.json', operationId: 'getOpenApiDocument', summary: 'The OpenAPI 3.1 document of this API',
  auth: 'public', handler: 'api/getOpenApiDocument', needs: [], response: openApiDocumentResponse,
});

/** The api context's routes. */
export const apiRoutes = [getOpenApiDocumentRoute];
