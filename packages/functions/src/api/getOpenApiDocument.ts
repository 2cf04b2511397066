import { createHash } from 'node:crypto';
import { openApiDocument } from '../app/openApi';
import { onAws } from '../app/onAws';
import { httpHandler } from '../http/httpHandler';
import { viewResponse } from '../http/responses';
import { getOpenApiDocumentRoute } from './apiRoutes';

/** GET /openapi.json (public): the document generated from the route rows this bundle was built with. */
export const build = () => {
  // The rows cannot change while a handler lives, so neither can the document or its tag.
  const document = openApiDocument();
  const etag = `"${createHash('sha256').update(JSON.stringify(document)).digest('base64url').slice(0, 27)}"`;
  return httpHandler(getOpenApiDocumentRoute, async (request) => viewResponse(request.event, document, etag));
};
export const handler = onAws(() => build());
